// The title screen: language, the goal, the scenario picker (title and brief in the current
// language), seed (typed or random) and optional team name, saved games (readable or not),
// and loading a save, a replay or a custom scenario file. All loaded text is shown as text.
import type { Problem } from '../../engine/index';
import { describeSaveProblem } from '../../session/save';
import type { SlotEntry } from '../../session/save-store';
import { scenarioProblemLine } from '../../i18n/details';
import type { Lang } from '../../i18n/index';
import { LANGUAGE_NAMES, t } from '../../i18n/index';
import type { Catalog, CatalogEntry } from './catalog';
import { fill, h } from '../shared/dom';
import { calendar, moneyShort } from '../shared/format';
import { workshopLinks } from '../workshop/links';
import { setTutorialWanted, tutorialWanted } from '../game/tutorial/flag';
import { checkTeamName, TEAM_MAX } from '../../workshop/apply';
import { describeWorkshopProblem } from '../../workshop/texts';

const SEED_RE = /^[A-Za-z0-9_-]{1,64}$/;

export interface TitleHost {
  lang(): Lang;
  setLang(l: Lang): void;
  catalog: Catalog;
  slots(): SlotEntry[];
  storageWarning(): string | null;
  start(entry: CatalogEntry, seed: string, team: string): void;
  continueSlot(slot: string): string | null;
  exportSlot(slot: string): void;
  importSave(text: string): string | null;
  openReplayDialog(): void;
}

/** A random seed from the browser's generator (never the engine's: seeds are inputs to it). */
function randomSeed(): string {
  const r = new Uint32Array(1);
  crypto.getRandomValues(r);
  return String(r[0]! % 1_000_000).padStart(6, '0');
}

export class TitleScreen {
  readonly root = h('main', { class: 'screen title', id: 'title' });
  private selected: string;
  private seed = randomSeed();
  private team = '';
  private problems: { title: string; lines: string[] } | null = null;
  private message = '';

  constructor(private readonly host: TitleHost) {
    const c = host.catalog.entries;
    this.selected = (c.find((e) => e.id === 'classic') ?? c[0])?.hash ?? '';
    this.render();
  }

  private pickFile(accept: string, onText: (text: string, name: string) => void): void {
    const input = h('input', { type: 'file', accept, class: 'sr-only', 'aria-hidden': 'true', tabindex: '-1' });
    input.addEventListener('change', async () => {
      const f = input.files?.[0];
      input.remove();
      if (!f) return;
      if (f.size > 2_000_000) {
        this.message = t(this.host.lang(), 'title.fileTooBig', { size: f.size });
        this.render();
        return;
      }
      onText(await f.text(), f.name);
    });
    document.body.append(input);
    input.click();
  }

  loadScenarioText(text: string, name: string): void {
    const L = this.host.lang();
    const r = this.host.catalog.addCustom(text);
    if (r.ok) {
      this.selected = r.entry.hash;
      this.problems = null;
      this.message = t(L, 'title.customLoaded', { title: r.entry.scenario.title[L] });
    } else {
      this.problems = {
        title: t(L, 'title.scenarioProblems', { file: name }),
        lines: r.problems.map((p: Problem) => `${scenarioProblemLine(p, L)}${p.found ? ` (${t(L, 'title.found')} ${p.found})` : ''}`),
      };
      this.message = '';
    }
    this.render();
  }

  render(): void {
    const L = this.host.lang();
    const focusId =
      document.activeElement instanceof HTMLElement && this.root.contains(document.activeElement) ? document.activeElement.id : '';
    const entries = this.host.catalog.entries;
    const seedInput = h('input', {
      id: 'seed',
      type: 'text',
      value: this.seed,
      maxlength: 64,
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-describedby': 'seed-help',
      oninput: (e: Event) => {
        this.seed = (e.target as HTMLInputElement).value;
        seedErr.textContent = SEED_RE.test(this.seed.trim()) ? '' : t(L, 'title.seedInvalid');
      },
    });
    const seedErr = h('p', { class: 'warn', id: 'seed-error', role: 'alert' });
    const start = () => {
      const entry = entries.find((e) => e.hash === this.selected);
      const seed = this.seed.trim();
      if (!SEED_RE.test(seed)) {
        seedErr.textContent = t(L, 'title.seedInvalid');
        seedInput.focus();
        return;
      }
      // The one text rule of every format (engine/user-text.ts), refused here with a reason.
      const team = this.team.trim() === '' ? { ok: true as const, team: '' } : checkTeamName(this.team);
      if (!team.ok) {
        teamErr.textContent = describeWorkshopProblem(team.problem, L);
        teamInput.focus();
        return;
      }
      if (entry) this.host.start(entry, seed, team.team);
    };
    const teamErr = h('p', { class: 'warn', id: 'team-error', role: 'alert' });
    const teamInput = h('input', {
      id: 'team',
      type: 'text',
      value: this.team,
      maxlength: TEAM_MAX,
      autocomplete: 'off',
      'aria-describedby': 'team-error',
      oninput: (e: Event) => {
        this.team = (e.target as HTMLInputElement).value;
        teamErr.textContent = '';
      },
    });
    const slots = this.host.slots();
    const warning = this.host.storageWarning();
    fill(
      this.root,
      h(
        'div',
        { class: 'title-top' },
        h('div', {}, h('h1', {}, t(L, 'title.game')), h('p', { class: 'tagline' }, t(L, 'title.tagline'))),
        h(
          'div',
          { class: 'lang-switch', role: 'group', 'aria-label': t(L, 'ui.language') },
          h(
            'button',
            {
              type: 'button',
              id: 'lang-zh',
              lang: 'zh',
              'aria-pressed': L === 'zh' ? 'true' : 'false',
              onclick: () => this.host.setLang('zh'),
            },
            LANGUAGE_NAMES.zh,
          ),
          h(
            'button',
            {
              type: 'button',
              id: 'lang-en',
              lang: 'en',
              'aria-pressed': L === 'en' ? 'true' : 'false',
              onclick: () => this.host.setLang('en'),
            },
            LANGUAGE_NAMES.en,
          ),
        ),
      ),
      h('p', { class: 'goal' }, t(L, 'title.goal')),
      warning ? h('p', { class: 'warn', role: 'status' }, '⚠ ', warning) : null,
      this.host.catalog.broken.map((b) =>
        h('p', { class: 'warn' }, `⚠ ${b.file}: ${b.problems[0] ? scenarioProblemLine(b.problems[0], L) : ''}`),
      ),
      h(
        'div',
        { class: 'title-cols' },
        h(
          'section',
          { class: 'new-game', 'aria-labelledby': 'new-title' },
          h('h2', { id: 'new-title' }, t(L, 'title.newGame')),
          h(
            'fieldset',
            { class: 'scenarios' },
            h('legend', {}, t(L, 'title.scenario')),
            entries.map((e) => {
              const id = `sc-${e.hash.slice(0, 12)}`;
              return h(
                'div',
                { class: 'scenario-option' + (e.hash === this.selected ? ' selected' : '') },
                h('input', {
                  type: 'radio',
                  name: 'scenario',
                  id,
                  value: e.hash,
                  checked: e.hash === this.selected,
                  'data-scenario': e.id,
                  onchange: () => {
                    this.selected = e.hash;
                    this.render();
                  },
                }),
                h(
                  'label',
                  { for: id },
                  h('span', { class: 'sc-title' }, e.scenario.title[L]),
                  h(
                    'span',
                    { class: 'sc-meta' },
                    t(L, 'title.scenarioMeta', {
                      n: e.scenario.quarters.v,
                      difficulty: t(L, `difficulty.${e.scenario.difficulty}`),
                      cash: moneyShort(L, e.scenario.start.cash.v),
                    }),
                    e.customText ? h('span', { class: 'badge' }, t(L, 'title.custom')) : null,
                  ),
                  h('span', { class: 'sc-brief' }, e.scenario.brief[L]),
                ),
              );
            }),
          ),
          h(
            'div',
            { class: 'field' },
            h('label', { for: 'seed' }, t(L, 'title.seed')),
            h(
              'div',
              { class: 'row' },
              seedInput,
              h(
                'button',
                {
                  type: 'button',
                  id: 'seed-random',
                  onclick: () => {
                    this.seed = randomSeed();
                    this.render();
                  },
                },
                t(L, 'title.randomSeed'),
              ),
            ),
            h('p', { class: 'muted small', id: 'seed-help' }, t(L, 'title.seedHelp')),
            seedErr,
          ),
          h('div', { class: 'field' }, h('label', { for: 'team' }, t(L, 'title.team')), teamInput, teamErr),
          // Pinned to the window's bottom while the scenario list scrolls: at 1280×720 the list alone
          // fills the screen, and a first-time player should not have to hunt for Start.
          h(
            'div',
            {
              class: 'start-bar',
              style: 'position:sticky;bottom:0;background:var(--card);padding:0.5em 0 0.2em;border-top:1px solid var(--line)',
            },
            h(
              'div',
              { class: 'field check', style: 'margin:0 0 0.4em' },
              h('input', {
                type: 'checkbox',
                id: 'tutorial-again',
                checked: tutorialWanted(),
                onchange: (e: Event) => setTutorialWanted((e.target as HTMLInputElement).checked),
              }),
              h('label', { for: 'tutorial-again' }, t(L, 'tutorial.titleCheckbox')),
            ),
            h('button', { type: 'button', class: 'primary big', id: 'btn-start', onclick: start }, t(L, 'title.start')),
          ),
        ),
        h(
          'section',
          { class: 'continue', 'aria-labelledby': 'cont-title' },
          h('h2', { id: 'cont-title' }, t(L, 'title.continue')),
          slots.length === 0
            ? h('p', { class: 'muted' }, t(L, 'title.noSaves'))
            : h(
                'ul',
                { class: 'slots' },
                slots.slice(0, 8).map((s) => this.slotItem(L, s)),
              ),
          h(
            'div',
            { class: 'row wrap' },
            h(
              'button',
              {
                type: 'button',
                id: 'btn-import-save',
                onclick: () =>
                  this.pickFile('.json,.txt,application/json', (text) => {
                    this.message = this.host.importSave(text) ?? '';
                    this.render();
                  }),
              },
              t(L, 'title.importSave'),
            ),
            h('button', { type: 'button', id: 'btn-replay', onclick: () => this.host.openReplayDialog() }, t(L, 'title.loadReplay')),
            h(
              'button',
              {
                type: 'button',
                id: 'btn-scenario-file',
                onclick: () => this.pickFile('.json,application/json', (text, name) => this.loadScenarioText(text, name)),
              },
              t(L, 'title.loadScenario'),
            ),
          ),
          workshopLinks(L),
          h('p', { class: 'row wrap ws-links' }, h('a', { href: '#balance-lab', id: 'link-balance-lab' }, t(L, 'title.labLink'))),
          this.message ? h('p', { class: 'message', role: 'status', id: 'title-message' }, this.message) : null,
          this.problems
            ? h(
                'div',
                { class: 'problems', role: 'alert', id: 'scenario-problems' },
                h('h3', {}, this.problems.title),
                h(
                  'ul',
                  {},
                  this.problems.lines.map((l) => h('li', {}, l)),
                ),
              )
            : null,
        ),
      ),
    );
    if (focusId) document.getElementById(focusId)?.focus();
  }

  private slotItem(L: Lang, s: SlotEntry): HTMLElement {
    if (!s.ok) {
      return h(
        'li',
        { class: 'slot damaged' },
        h('p', {}, '⚠ ', t(L, 'title.damaged'), ' ', h('span', { class: 'muted' }, describeSaveProblem(s.why, L))),
        h(
          'button',
          { type: 'button', class: 'small', id: `slot-export-${s.slot}`, onclick: () => this.host.exportSlot(s.slot) },
          t(L, 'title.exportRaw'),
        ),
      );
    }
    const sv = s.save;
    const entry = this.host.catalog.byHash(sv.scenario.hash);
    const title = entry ? entry.scenario.title[L] : sv.scenario.id;
    const where = entry
      ? calendar(L, entry.scenario.startYear.v, Math.min(sv.summary.quarter, entry.scenario.quarters.v - 1))
      : `Q${sv.summary.quarter + 1}`;
    const who = [sv.meta.workshop, sv.meta.team].filter(Boolean).join(' · ');
    return h(
      'li',
      { class: 'slot' },
      h(
        'p',
        {},
        h('strong', {}, title),
        ' · ',
        where,
        ' · ',
        t(L, `outcome.${sv.summary.status}`),
        ' · ',
        moneyShort(L, sv.summary.cash),
        who ? h('span', { class: 'team' }, ` · ${who}`) : null,
        h('span', { class: 'muted small' }, ` · ${t(L, 'title.seedIs', { seed: sv.seed })} · ${sv.savedAt.slice(0, 16).replace('T', ' ')}`),
      ),
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          {
            type: 'button',
            class: 'small primary',
            id: `slot-continue-${s.slot}`,
            onclick: () => {
              const err = this.host.continueSlot(s.slot);
              if (err) {
                this.message = err;
                this.render();
              }
            },
          },
          t(L, 'title.continueThis'),
        ),
        h(
          'button',
          { type: 'button', class: 'small', id: `slot-export-${s.slot}`, onclick: () => this.host.exportSlot(s.slot) },
          t(L, 'title.exportSave'),
        ),
      ),
    );
  }
}
