// The balance lab page (#balance-lab) for scenario authors: pick a shipped scenario or load a file,
// choose players and sizes, run `sim balance`'s analysis in Web Workers with progress and cancel,
// and read the charts; the report downloads as the CLI's JSON and HTML.
import './balance-lab.css';
import { reportHtml } from '../../balance/html';
import type { LabReport } from '../../balance/lab';
import { runLab } from '../../balance/lab';
import { STRATEGIES } from '../../engine/index';
import type { Scenario } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { BALANCE_REPORT_STRINGS } from '../../i18n/balance-report';
import { BALANCE_LAB_STRINGS } from '../../i18n/balance-ui';
import { LANGUAGE_NAMES, nameOf, registerDictionary, t } from '../../i18n/index';
import type { Catalog } from '../title/catalog';
import { download, fill, h } from '../shared/dom';
import { reportView } from './results';
import type { WebPool } from './web-pool';
import { Cancelled, startWebPool } from './web-pool';

export interface LabHost {
  lang(): Lang;
  setLang(l: Lang): void;
  catalog: Catalog;
  toTitle(): void;
}

const MAIN_BOTS: readonly string[] = ['random', 'balanced', 'focused', 'scattered'];
const MORE = Object.keys(STRATEGIES).filter((n) => !MAIN_BOTS.includes(n));
const FILE_MAX = 2_000_000;

interface Finished {
  report: LabReport;
  scenario: Scenario;
  seedBase: number;
  seconds: number;
  workers: number;
  total: number;
}

/** What one run asks for, as the CLI's arguments would. */
export interface LabArgs {
  scenarioHash: string;
  games: number;
  bots: string[];
  factors: boolean;
  searchGames: number;
  seedBase: number;
  workers: number;
}

export class BalanceLabPage {
  readonly root = h('main', { class: 'screen lab-page', id: 'balance-lab' });
  private selected: string;
  private fileNames = new Map<string, string>();
  private bots = new Set<string>(MAIN_BOTS);
  private fields = {
    games: '200',
    searchGames: '',
    seedBase: '0',
    workers: String(Math.max(1, Math.min(16, navigator.hardwareConcurrency || 2))),
  };
  private factors = true;
  private problems: string[] = [];
  private message = '';
  private formError = '';
  private pool: WebPool | null = null;
  private finished: Finished | null = null;
  private readonly progress = {
    bar: h('progress', { id: 'lab-progress', max: 1, value: 0 }),
    text: h('p', { id: 'lab-progress-text', 'aria-live': 'polite' }),
    elapsed: h('p', { class: 'muted small', id: 'lab-elapsed' }),
  };
  private tick: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly host: LabHost) {
    registerDictionary(BALANCE_LAB_STRINGS);
    // The report's factor texts and verdicts, as the lab's report carries them ({ zh, en }).
    registerDictionary(BALANCE_REPORT_STRINGS);
    const shipped = host.catalog.entries.filter((e) => !e.customText);
    this.selected = (shipped.find((e) => e.id === 'classic') ?? shipped[0])?.hash ?? '';
    this.render();
  }

  get running(): boolean {
    return this.pool !== null;
  }

  /** The arguments as typed, checked like the CLI checks its own; a message names a bad field. */
  args(): LabArgs | string {
    const L = this.host.lang();
    const num = (key: keyof BalanceLabPage['fields'], label: string, lo: number, hi: number, fallback?: number): number | string => {
      const v = this.fields[key].trim();
      if (v === '' && fallback !== undefined) return fallback;
      return /^\d+$/.test(v) && Number(v) >= lo && Number(v) <= hi ? Number(v) : t(L, 'lab.invalid', { field: label, lo, hi });
    };
    const games = num('games', t(L, 'lab.games'), 1, 1_000_000);
    if (typeof games === 'string') return games;
    const searchGames = num('searchGames', t(L, 'lab.searchGames'), 0, 1_000_000, Math.min(games, 200));
    const seedBase = num('seedBase', t(L, 'lab.seedBase'), 0, 1_000_000_000);
    const workers = num('workers', t(L, 'lab.workers'), 0, 64);
    for (const x of [searchGames, seedBase, workers]) if (typeof x === 'string') return x;
    const bots = [...MAIN_BOTS, ...MORE].filter((b) => this.bots.has(b));
    if (bots.length === 0) return t(L, 'lab.noBots');
    return {
      scenarioHash: this.selected,
      games,
      bots,
      factors: this.factors,
      searchGames: searchGames as number,
      seedBase: seedBase as number,
      workers: workers as number,
    };
  }

  /** The run's scenarios in the CLI's order: the chosen one, then every other shipped one by id. */
  private scenarios(hash: string): Scenario[] {
    const all = this.host.catalog.entries;
    const main = all.find((e) => e.hash === hash)!;
    const others = all.filter((e) => !e.customText && e.id !== main.id).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return [main.scenario, ...others.map((e) => e.scenario)];
  }

  private command(a: LabArgs): string {
    const e = this.host.catalog.entries.find((x) => x.hash === a.scenarioHash);
    const sc = e?.customText ? (this.fileNames.get(e.hash) ?? `${e.id}.json`) : (e?.id ?? 'classic');
    return (
      `npm run -s sim -- balance --scenario ${sc} --games ${a.games} --bots ${a.bots.join(',')} ` +
      `--search-games ${a.searchGames} --seed-base ${a.seedBase}${a.factors ? '' : ' --no-factors'} --json`
    );
  }

  /** Runs the analysis; resolves when it is shown (or cancelled, or failed). */
  async run(): Promise<void> {
    if (this.pool) return;
    const a = this.args();
    if (typeof a === 'string') {
      this.formError = a;
      this.render();
      return;
    }
    this.formError = '';
    this.finished = null;
    this.message = '';
    const L = () => this.host.lang();
    const scenarios = this.scenarios(a.scenarioHash);
    let phase = t(L(), 'lab.phase.bots');
    let before = 0;
    let current = 0;
    const started = performance.now();
    const show = (done: number, total: number) => {
      current = done;
      this.progress.bar.max = Math.max(1, total);
      this.progress.bar.value = done;
      this.progress.text.textContent = t(L(), 'lab.progressText', { phase, done, total });
    };
    this.pool = startWebPool(scenarios, a.seedBase, a.workers, (p) => show(p.done, p.total));
    this.tick = setInterval(() => {
      this.progress.elapsed.textContent = t(L(), 'lab.elapsed', {
        s: Math.round((performance.now() - started) / 1000),
        games: before + current,
      });
    }, 500);
    show(0, 1);
    this.render();
    this.progress.bar.scrollIntoView({ block: 'nearest' });
    const onPhase = (name: string) => {
      before += current;
      current = 0;
      const m = /^search pass (\d+): (\w+)$/.exec(name);
      phase = m
        ? t(L(), 'lab.phase.search', { pass: m[1]!, dim: m[2]! })
        : name === 'bots and factors'
          ? t(L(), 'lab.phase.bots')
          : t(L(), 'lab.phase.strategies');
    };
    const pool = this.pool;
    try {
      const report = await runLab(
        { scenarios, games: a.games, bots: a.bots, factors: a.factors, searchGames: a.searchGames },
        pool.exec,
        onPhase,
      );
      this.finished = {
        report,
        scenario: scenarios[0]!,
        seedBase: a.seedBase,
        seconds: (performance.now() - started) / 1000,
        workers: pool.workers,
        total: before + current,
      };
    } catch (e) {
      this.message =
        e instanceof Cancelled ? t(L(), 'lab.cancelled') : t(L(), 'lab.failed', { why: e instanceof Error ? e.message : String(e) });
    } finally {
      pool.close();
      this.pool = null;
      if (this.tick !== null) clearInterval(this.tick);
      this.tick = null;
    }
    this.render();
    document.getElementById(this.finished ? 'lab-summary' : 'lab-run')?.focus();
  }

  cancel(): void {
    this.pool?.cancel();
  }

  destroy(): void {
    this.pool?.cancel();
    this.root.remove();
  }

  /** The report as `sim balance --json` prints it (its last line). */
  json(): string | null {
    return this.finished ? JSON.stringify({ ...this.finished.report, seedBase: this.finished.seedBase }) : null;
  }

  private loadFile(): void {
    const input = h('input', { type: 'file', accept: '.json,application/json', class: 'sr-only', 'aria-hidden': 'true', tabindex: '-1' });
    input.addEventListener('change', async () => {
      const f = input.files?.[0];
      input.remove();
      if (!f) return;
      const L = this.host.lang();
      if (f.size > FILE_MAX) {
        this.problems = [t(L, 'lab.fileTooBig', { size: f.size })];
        this.render();
        return;
      }
      const r = this.host.catalog.addCustom(await f.text());
      if (r.ok) {
        this.selected = r.entry.hash;
        this.fileNames.set(r.entry.hash, f.name);
        this.problems = [];
        this.message = t(L, 'lab.fileLoaded', { title: r.entry.scenario.title[L] });
      } else this.problems = [t(L, 'lab.fileProblems', { file: f.name }), ...r.problems.slice(0, 20).map((p) => `${p.path}: ${p.message}`)];
      this.render();
    });
    document.body.append(input);
    input.click();
  }

  render(): void {
    const L = this.host.lang();
    const focusId =
      document.activeElement instanceof HTMLElement && this.root.contains(document.activeElement) ? document.activeElement.id : '';
    const busy = this.running;
    const a = this.args();
    const field = (key: keyof BalanceLabPage['fields'], label: string, help?: string) =>
      h(
        'div',
        { class: 'field' },
        h('label', { for: `lab-${key}` }, label),
        h('input', {
          type: 'text',
          inputmode: 'numeric',
          id: `lab-${key}`,
          value: this.fields[key],
          disabled: busy,
          size: 10,
          'aria-describedby': help ? `lab-${key}-help` : null,
          placeholder: key === 'searchGames' ? String(Math.min(Number(this.fields.games) || 200, 200)) : null,
          oninput: (e: Event) => {
            this.fields[key] = (e.target as HTMLInputElement).value;
            this.updateCommand();
          },
        }),
        help ? h('p', { class: 'muted small', id: `lab-${key}-help` }, help) : null,
      );
    const botBox = (b: string, label: string) =>
      h(
        'div',
        { class: 'field check' },
        h('input', {
          type: 'checkbox',
          id: `lab-bot-${b}`,
          'data-bot': b,
          checked: this.bots.has(b),
          disabled: busy,
          onchange: (e: Event) => {
            if ((e.target as HTMLInputElement).checked) this.bots.add(b);
            else this.bots.delete(b);
            this.updateCommand();
          },
        }),
        h('label', { for: `lab-bot-${b}` }, label),
      );
    const f = this.finished;
    fill(
      this.root,
      h(
        'div',
        { class: 'row space' },
        h('h1', {}, t(L, 'lab.title')),
        h(
          'div',
          { class: 'row' },
          h(
            'button',
            { type: 'button', id: 'lab-lang', lang: L === 'zh' ? 'en' : 'zh', onclick: () => this.host.setLang(L === 'zh' ? 'en' : 'zh') },
            LANGUAGE_NAMES[L === 'zh' ? 'en' : 'zh'],
          ),
          h('button', { type: 'button', id: 'lab-back', onclick: () => this.host.toTitle() }, t(L, 'lab.toTitle')),
        ),
      ),
      h('p', { class: 'lab-intro' }, t(L, 'lab.intro')),
      h(
        'form',
        {
          class: 'lab-form',
          id: 'lab-form',
          onsubmit: (e: Event) => {
            e.preventDefault();
            void this.run();
          },
        },
        h(
          'fieldset',
          { class: 'scenarios' },
          h('legend', {}, t(L, 'lab.scenario')),
          this.host.catalog.entries.map((e) =>
            h(
              'div',
              { class: 'field check' },
              h('input', {
                type: 'radio',
                name: 'lab-scenario',
                id: `lab-sc-${e.hash.slice(0, 12)}`,
                'data-scenario': e.id,
                checked: e.hash === this.selected,
                disabled: busy,
                onchange: () => {
                  this.selected = e.hash;
                  this.updateCommand();
                },
              }),
              h(
                'label',
                { for: `lab-sc-${e.hash.slice(0, 12)}` },
                e.scenario.title[L],
                e.customText ? h('span', { class: 'badge' }, t(L, 'lab.custom')) : null,
              ),
            ),
          ),
          h('button', { type: 'button', id: 'lab-file', disabled: busy, onclick: () => this.loadFile() }, t(L, 'lab.loadFile')),
          this.problems.length
            ? h(
                'ul',
                { class: 'problems', role: 'alert' },
                this.problems.map((p) => h('li', {}, p)),
              )
            : null,
        ),
        h(
          'fieldset',
          {},
          h('legend', {}, t(L, 'lab.bots')),
          MAIN_BOTS.map((b) => botBox(b, nameOf(L, 'lab.bot', b))),
          h(
            'details',
            { open: MORE.some((b) => this.bots.has(b)) },
            h('summary', {}, t(L, 'lab.morePlayers')),
            h(
              'div',
              { class: 'lab-more' },
              MORE.map((b) => botBox(b, b)),
            ),
          ),
        ),
        h(
          'fieldset',
          { class: 'lab-sizes' },
          h('legend', {}, t(L, 'lab.games')),
          field('games', t(L, 'lab.games'), t(L, 'lab.gamesHelp')),
          h(
            'div',
            { class: 'field check' },
            h('input', {
              type: 'checkbox',
              id: 'lab-factors',
              checked: this.factors,
              disabled: busy,
              onchange: (e: Event) => {
                this.factors = (e.target as HTMLInputElement).checked;
                this.updateCommand();
              },
            }),
            h('label', { for: 'lab-factors' }, t(L, 'lab.factors')),
          ),
          field('searchGames', t(L, 'lab.searchGames')),
          field('seedBase', t(L, 'lab.seedBase')),
          field('workers', t(L, 'lab.workers'), t(L, 'lab.workersHelp', { n: navigator.hardwareConcurrency || 1 })),
        ),
        h(
          'div',
          { class: 'lab-run-row' },
          h('button', { type: 'submit', class: 'primary big', id: 'lab-run', disabled: busy }, t(L, 'lab.run')),
          h('button', { type: 'button', id: 'lab-cancel', disabled: !busy, onclick: () => this.cancel() }, t(L, 'lab.cancel')),
        ),
        this.formError ? h('p', { class: 'warn', role: 'alert', id: 'lab-form-error' }, this.formError) : null,
        h(
          'div',
          { class: 'field lab-command' },
          h('label', { for: 'lab-command' }, t(L, 'lab.command')),
          h('input', {
            type: 'text',
            id: 'lab-command',
            readonly: true,
            value: typeof a === 'string' ? '' : this.command(a),
            spellcheck: 'false',
          }),
        ),
      ),
      busy
        ? h(
            'div',
            { class: 'lab-progress', role: 'group', 'aria-label': t(L, 'lab.progress') },
            h('label', { for: 'lab-progress' }, t(L, 'lab.progress')),
            this.progress.bar,
            this.progress.text,
            this.progress.elapsed,
          )
        : null,
      this.message ? h('p', { class: 'message', role: 'status', id: 'lab-message' }, this.message) : null,
      f
        ? h(
            'div',
            { class: 'lab-results', id: 'lab-results' },
            h(
              'p',
              { id: 'lab-summary', tabindex: '-1', role: 'status' },
              t(L, f.workers > 0 ? 'lab.done' : 'lab.doneMain', {
                games: f.report.games,
                from: f.seedBase + 1,
                to: f.seedBase + f.report.games,
                s: f.seconds.toFixed(1),
                workers: f.workers,
                total: f.total,
              }),
            ),
            h(
              'div',
              { class: 'row wrap' },
              h(
                'button',
                {
                  type: 'button',
                  id: 'lab-json',
                  onclick: () => download(`balance-${f.report.scenario}-${f.report.games}.json`, this.json()! + '\n'),
                },
                t(L, 'lab.downloadJson'),
              ),
              h(
                'button',
                {
                  type: 'button',
                  id: 'lab-html',
                  onclick: () =>
                    download(`balance-${f.report.scenario}-${f.report.games}.html`, reportHtml(f.report, f.seedBase), 'text/html'),
                },
                t(L, 'lab.downloadHtml'),
              ),
            ),
            reportView(L, f.scenario, f.report),
          )
        : null,
    );
    if (focusId) document.getElementById(focusId)?.focus();
  }

  /** The command line follows the form without redrawing it (typing keeps its place). */
  private updateCommand(): void {
    const a = this.args();
    const el = document.getElementById('lab-command') as HTMLInputElement | null;
    if (el) el.value = typeof a === 'string' ? '' : this.command(a);
  }
}
