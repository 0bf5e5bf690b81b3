// The debrief page (#debrief=CODE): drop, pick or paste the teams' runs; each is verified by replay
// on the workshop's world. Built for 60 teams on a projector: the leaderboard comes first (the file
// list folds away), unfinished runs ranked apart, replaced hand-ins noted, a projector view; the
// full report (charts with one team highlighted, decision matrix, event grid) in a sandboxed frame
// to print; CSV and HTML downloads. The loaded runs survive a reload (IndexedDB) until removed.
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import { describeProblem } from '../../replay/problems';
import { debriefCsv } from '../../workshop/csv';
import { assembleDebrief, DEBRIEF_MAX_RUNS, prepareDebrief, allTeams } from '../../workshop/debrief';
import type { Debrief, RunInput, TeamResult } from '../../workshop/debrief';
import { workshopProblem, describeWorkshopProblem } from '../../workshop/texts';
import { reportHtml, survivalText } from '../../workshop/report';
import { usd } from '../../workshop/html';
import { ELEMENTS } from '../../workshop/score-adapter';
import { download, fill, h } from '../shared/dom';
import { loadRuns, saveRuns } from './run-store';
import type { PageHost } from './page-host';
import { langSwitch } from './page-host';
import { resolveWorkshop } from './join-page';
import { PrintFrame } from './print-frame';
import { replayApp } from '../replay/host';
import { VerifyPool } from './verify-pool';

const MAX_FILE = 8_000_000;

export class DebriefPage {
  readonly root = h('main', { class: 'screen ws-page', id: 'ws-debrief-page' });
  private runs: RunInput[] = [];
  private notes: string[] = [];
  private pastedCount = 0;
  private result: Debrief | null = null;
  private error = '';
  private allEvents = false;
  private highlight = -1;
  private projector = false;
  private projectorTop = 10;
  private filesOpen = false;
  private restoredFor = '';
  private readonly report = new PrintFrame('report', 'ws-report');
  private readonly pool = new VerifyPool();
  private generation = 0;
  private reportToken = 0;
  /** Resolves once the runs kept for this code (if any) are back on the page. */
  readonly ready: Promise<void>;
  /** Milliseconds the last verification took (shown to the instructor; read by the bench). */
  lastMs = 0;

  constructor(
    private readonly host: PageHost,
    private code: string,
  ) {
    this.root.addEventListener('dragover', (e) => {
      e.preventDefault();
    });
    this.root.addEventListener('drop', (e) => {
      e.preventDefault();
      if (e.dataTransfer?.files) void this.addFiles(e.dataTransfer.files);
    });
    this.root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.projector) {
        this.projector = false;
        this.render();
      }
    });
    this.ready = this.restore();
  }

  /** The canonical code of the workshop this page debriefs, or null when it does not resolve. */
  private codeKey(): string | null {
    const r = resolveWorkshop(this.code, this.host);
    return r.ok ? r.code : null;
  }

  private async restore(): Promise<void> {
    const key = this.codeKey();
    if (key && this.runs.length === 0) {
      const kept = await loadRuns(key);
      if (kept.length > 0 && this.runs.length === 0) {
        this.runs = kept;
        this.restoredFor = key;
        this.pastedCount = kept.filter(
          (r) =>
            r.label.startsWith(t('en', 'workshop.ui.pasted', { n: '' })) || r.label.startsWith(t('zh', 'workshop.ui.pasted', { n: '' })),
        ).length;
      }
    }
    await this.verify();
  }

  private persist(): void {
    const key = this.codeKey();
    if (key) void saveRuns(key, this.runs);
  }

  /** Adds files (from the picker or a drop); too large ones are noted, never read. */
  async addFiles(files: FileList | File[]): Promise<void> {
    const ok = [...files].filter((f) => {
      if (f.size <= MAX_FILE) return true;
      this.notes.push(t(this.host.lang(), 'workshop.ui.fileTooBig', { name: f.name }));
      return false;
    });
    // Read all at once (60 files one after another took a tenth of the time to the leaderboard).
    const texts = await Promise.all(ok.map((f) => f.text()));
    ok.forEach((f, i) => this.runs.push({ label: f.name, text: texts[i]! }));
    this.changed();
  }

  addText(text: string): void {
    if (text.trim() === '') return;
    this.pastedCount += 1;
    this.runs.push({ label: t(this.host.lang(), 'workshop.ui.pasted', { n: this.pastedCount }), text });
    this.changed();
  }

  private changed(): void {
    this.persist();
    this.recompute();
  }

  private clearAll(): void {
    if (!confirm(t(this.host.lang(), 'workshop.ui.clearConfirm'))) return;
    this.runs = [];
    this.notes = [];
    this.pastedCount = 0;
    this.restoredFor = '';
    this.highlight = -1;
    this.changed();
  }

  private recompute(): void {
    void this.verify();
  }

  /** Verifies what is new (in workers), then ranks and charts everything. Resolves when shown. */
  async verify(): Promise<void> {
    const gen = ++this.generation;
    const r = resolveWorkshop(this.code, this.host);
    if (!r.ok) {
      this.error = r.message;
      this.result = null;
      this.render();
      return;
    }
    if (this.runs.length > DEBRIEF_MAX_RUNS) {
      this.error = describeWorkshopProblem(workshopProblem('overLimit', 'run', { max: DEBRIEF_MAX_RUNS }), this.host.lang());
      this.result = null;
      this.render();
      return;
    }
    const t0 = performance.now();
    const file = { scenario: r.file.scenario, hash: r.file.hash };
    const p = prepareDebrief(r.code, file);
    if (!p.ok) {
      this.error = describeWorkshopProblem(p.problem, this.host.lang());
      this.result = null;
      this.render();
      return;
    }
    // While the instructor picks the files, the workers load and verify practice runs.
    void this.pool.warm(r.code, file).then((warm) => {
      this.root.dataset.ready = warm ? 'warm' : 'no-workers';
    });
    const outcomes = await this.pool.check(r.code, file, this.runs);
    if (gen !== this.generation) return; // a newer change is being verified
    this.error = '';
    this.result = assembleDebrief(p.ctx, outcomes);
    if (this.highlight >= allTeams(this.result).length) this.highlight = -1;
    this.lastMs = performance.now() - t0;
    this.render();
  }

  /** "What if?": the team's run in the replay viewer, verified in the world this debrief uses; Back
   *  returns to this page as it was. */
  whatIf(team: TeamResult): void {
    const app = replayApp();
    const run = this.runs[team.index];
    const r = resolveWorkshop(this.code, this.host);
    if (!app || !run || !r.ok) return;
    void import('../replay/index').then((m) => {
      const parent = this.root.parentElement;
      const v = m.openInViewer(app, run.text, {
        world: r.entry,
        back: () => {
          app.leaveReplayScreen();
          parent?.replaceChildren(this.root);
          this.render();
        },
      });
      if (v.status !== 'verified') {
        this.error = describeProblem(v.problem, this.host.lang());
        this.render();
      }
    });
  }

  private board(d: Debrief, l: Lang, list: TeamResult[], id: string, unfinished: boolean): HTMLElement {
    const Q = d.settings.quarters;
    return h(
      'table',
      { class: 'ws-table ws-board' + (unfinished ? ' ws-unfinished' : ''), id },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, t(l, 'workshop.ui.rank')),
          h('th', {}, t(l, 'workshop.ui.team')),
          h('th', {}, t(l, 'workshop.ui.total')),
          ELEMENTS.map((e) => h('th', {}, t(l, `workshop.ui.el.${e}`))),
          h('th', {}, t(l, 'workshop.ui.valuation')),
          h('th', {}, t(l, 'workshop.ui.survival')),
          h('th', {}, t(l, 'workshop.ui.outcome')),
          h('th', {}, t(l, 'rv.whatIfTeam')),
        ),
      ),
      h(
        'tbody',
        {},
        list.map((tm) =>
          h(
            'tr',
            {
              'data-team': tm.team,
              'data-standing': tm.standing,
              class: this.highlight >= 0 && allTeams(d)[this.highlight] === tm ? 'ws-hl' : '',
            },
            h('td', {}, unfinished ? `(${tm.rank})` : tm.rank),
            // A click on a name highlights the team in the charts (and again, clears it).
            h(
              'td',
              {
                class: 'ws-team-name',
                title: t(l, 'workshop.ui.highlight'),
                onclick: () => {
                  const i = allTeams(d).indexOf(tm);
                  this.highlight = this.highlight === i ? -1 : i;
                  this.render();
                },
              },
              h('bdi', {}, tm.team),
            ),
            h('td', {}, h('b', {}, tm.score.total)),
            ELEMENTS.map((e) =>
              h(
                'td',
                {
                  title: Object.entries(tm.score.parts[e])
                    .map(([k, v]) => `${k} ${v}`)
                    .join(' + '),
                },
                tm.score[e],
              ),
            ),
            h('td', {}, usd(tm.score.valuation)),
            h('td', { class: tm.outcome === 'bankrupt' ? 'warn' : '' }, survivalText(tm, Q)),
            h('td', {}, t(l, `workshop.ui.outcome.${tm.outcome}`, { q: tm.quartersPlayed })),
            h(
              'td',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: 'small',
                  'data-what-if': tm.team,
                  'aria-label': t(l, 'rv.whatIfTeamLabel', { team: tm.team }),
                  onclick: () => this.whatIf(tm),
                },
                t(l, 'rv.whatIfTeam'),
              ),
            ),
          ),
        ),
      ),
    );
  }

  private projectorView(d: Debrief, l: Lang): HTMLElement {
    const top = d.ranked.slice(0, this.projectorTop);
    const Q = d.settings.quarters;
    return h(
      'div',
      { class: 'ws-projector', id: 'ws-projector', role: 'dialog', 'aria-label': t(l, 'workshop.ui.projector') },
      h(
        'div',
        { class: 'row space' },
        h('h1', {}, t(l, 'workshop.ui.leaderboard'), ' · ', d.scenario.title[l]),
        h(
          'div',
          { class: 'row' },
          h('label', { for: 'ws-projector-top' }, t(l, 'workshop.ui.projectorTop')),
          h(
            'select',
            {
              id: 'ws-projector-top',
              onchange: (e: Event) => {
                this.projectorTop = Number((e.target as HTMLSelectElement).value);
                this.render();
              },
            },
            [3, 5, 10, 15, 20].map((n) => h('option', { value: n, selected: n === this.projectorTop }, String(n))),
          ),
          h(
            'button',
            {
              type: 'button',
              id: 'ws-projector-exit',
              onclick: () => {
                this.projector = false;
                this.render();
              },
            },
            t(l, 'workshop.ui.exitProjector'),
          ),
        ),
      ),
      top.length === 0
        ? h('p', {}, t(l, d.unfinished.length ? 'workshop.ui.noCompleteRuns' : 'workshop.ui.noRuns'))
        : h(
            'table',
            { class: 'ws-projector-table' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', {}, t(l, 'workshop.ui.rank')),
                h('th', {}, t(l, 'workshop.ui.team')),
                h('th', {}, t(l, 'workshop.ui.total')),
                h('th', {}, t(l, 'workshop.ui.valuation')),
                h('th', {}, t(l, 'workshop.ui.survival')),
              ),
            ),
            h(
              'tbody',
              {},
              top.map((t) =>
                h(
                  'tr',
                  { 'data-team': t.team },
                  h('td', {}, t.rank),
                  h('td', { class: 'ws-team-name' }, h('bdi', {}, t.team)),
                  h('td', {}, h('b', {}, t.score.total)),
                  h('td', {}, usd(t.score.valuation)),
                  h('td', {}, survivalText(t, Q)),
                ),
              ),
            ),
          ),
      d.ranked.length > top.length ? h('p', { class: 'muted' }, t(l, 'workshop.ui.moreTeams', { n: d.ranked.length - top.length })) : null,
      d.unfinished.length ? h('p', { class: 'muted' }, `${t(l, 'workshop.ui.unfinishedTitle')}: ${d.unfinished.length}`) : null,
    );
  }

  render(): void {
    const l = this.host.lang();
    const d = this.result;
    const fileInput = h('input', {
      type: 'file',
      id: 'ws-files',
      multiple: true,
      accept: '.json,.txt,application/json,text/plain',
      onchange: (e: Event) => {
        const fs = (e.target as HTMLInputElement).files;
        if (fs) void this.addFiles(fs);
      },
    });
    const paste = h('textarea', { id: 'ws-paste', rows: 3, placeholder: t(l, 'workshop.ui.pasteRun'), spellcheck: 'false' });
    const drop = h(
      'div',
      { class: 'ws-drop', id: 'ws-drop', tabindex: '0' },
      h('p', {}, t(l, 'workshop.ui.debriefIntro')),
      h('label', { class: 'button-like' }, t(l, 'workshop.ui.pickFiles'), ' ', fileInput),
      h(
        'div',
        { class: 'ws-paste' },
        paste,
        h('button', { type: 'button', id: 'ws-add-paste', onclick: () => this.addText(paste.value) }, t(l, 'workshop.ui.addPasted')),
      ),
    );
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    const list = h(
      'ul',
      { class: 'ws-runs', id: 'ws-runs' },
      this.runs.map((r, i) =>
        h(
          'li',
          {},
          h('bdi', {}, r.label),
          ' ',
          h(
            'button',
            {
              type: 'button',
              class: 'small',
              onclick: () => {
                this.runs.splice(i, 1);
                this.changed();
              },
            },
            t(l, 'workshop.ui.remove'),
          ),
        ),
      ),
    );
    // The files fold away once runs are loaded: the leaderboard is what the room looks at.
    const files = h(
      'details',
      { class: 'ws-files', id: 'ws-files-box', open: this.runs.length === 0 || this.filesOpen },
      h(
        'summary',
        {
          onclick: (e: Event) => {
            this.filesOpen = !((e.currentTarget as HTMLElement).parentElement as HTMLDetailsElement).open;
          },
        },
        t(l, 'workshop.ui.filesTitle', { n: this.runs.length }),
      ),
      drop,
      list,
      this.runs.length
        ? h('button', { type: 'button', class: 'small', id: 'ws-clear', onclick: () => this.clearAll() }, t(l, 'workshop.ui.clearAll'))
        : null,
    );
    const out: (HTMLElement | null)[] = [];
    if (d) {
      const teams = allTeams(d);
      out.push(
        h(
          'div',
          { class: 'row wrap ws-actions' },
          h(
            'p',
            { id: 'ws-summary', role: 'status', 'data-ms': Math.round(this.lastMs), 'data-workers': this.pool.lastWorkers },
            t(l, 'workshop.ui.summary', { teams: teams.length, flagged: d.flagged.length }),
            ' ',
            h('span', { class: 'muted small' }, t(l, 'workshop.ui.verifiedIn', { ms: Math.round(this.lastMs) })),
          ),
          h(
            'button',
            {
              type: 'button',
              id: 'ws-projector-open',
              class: 'primary',
              disabled: teams.length === 0,
              onclick: () => {
                this.projector = true;
                this.render();
              },
            },
            t(l, 'workshop.ui.projector'),
          ),
          h(
            'button',
            {
              type: 'button',
              id: 'ws-csv',
              disabled: teams.length === 0,
              onclick: () => download(`workshop-${d.code}.csv`, debriefCsv(d, l), 'text/csv;charset=utf-8'),
            },
            t(l, 'workshop.ui.downloadCsv'),
          ),
          h('button', { type: 'button', id: 'ws-print-report', onclick: () => this.report.print() }, t(l, 'workshop.ui.printReport')),
          h(
            'button',
            {
              type: 'button',
              id: 'ws-report-html',
              onclick: () =>
                download(
                  `workshop-${d.code}-report.html`,
                  reportHtml(d, l, this.allEvents, this.highlight >= 0 ? this.highlight : undefined),
                  'text/html',
                ),
            },
            t(l, 'workshop.ui.downloadReport'),
          ),
        ),
        this.restoredFor
          ? h('p', { class: 'muted small', id: 'ws-restored' }, t(l, 'workshop.ui.restored', { n: this.runs.length }))
          : null,
        d.ranked.length
          ? this.board(d, l, d.ranked, 'ws-leaderboard', false)
          : h('p', { id: 'ws-no-complete' }, t(l, d.unfinished.length ? 'workshop.ui.noCompleteRuns' : 'workshop.ui.noRuns')),
        d.unfinished.length
          ? h(
              'section',
              { id: 'ws-unfinished-box' },
              h('h2', {}, t(l, 'workshop.ui.unfinishedTitle')),
              this.board(d, l, d.unfinished, 'ws-unfinished', true),
              h('p', { class: 'muted small' }, t(l, 'workshop.ui.unfinishedNote')),
            )
          : null,
        d.notes.length
          ? h(
              'section',
              { id: 'ws-notes' },
              h('h2', {}, t(l, 'workshop.ui.notesTitle')),
              h(
                'ul',
                {},
                d.notes.map((n) =>
                  h(
                    'li',
                    { 'data-file': n.label, 'data-by': n.byLabel, 'data-code': n.code },
                    t(l, `workshop.ui.${n.code}`, { file: n.label, q: n.quarters, by: n.byLabel, byQ: n.byQuarters }),
                    ' (',
                    h('bdi', {}, n.team),
                    ')',
                  ),
                ),
              ),
            )
          : null,
        d.flagged.length
          ? h(
              'section',
              { id: 'ws-flagged' },
              h('h2', {}, t(l, 'workshop.ui.flagged')),
              h(
                'ul',
                {},
                d.flagged.map((f) =>
                  h(
                    'li',
                    { 'data-file': f.label, 'data-code': f.problem.code },
                    h('b', {}, h('bdi', {}, f.label)),
                    f.team ? [' (', h('bdi', {}, f.team), ')'] : '',
                    ': ',
                    h('span', { class: 'warn' }, describeWorkshopProblem(f.problem, l)),
                  ),
                ),
              ),
            )
          : null,
      );
    }
    const tail: (HTMLElement | null)[] = [];
    if (d) {
      const teams = allTeams(d);
      tail.push(
        h('h2', {}, t(l, 'workshop.ui.report')),
        h(
          'div',
          { class: 'row wrap' },
          h('label', { for: 'ws-highlight' }, t(l, 'workshop.ui.highlight')),
          h(
            'select',
            {
              id: 'ws-highlight',
              onchange: (e: Event) => {
                this.highlight = Number((e.target as HTMLSelectElement).value);
                this.render();
              },
            },
            h('option', { value: -1, selected: this.highlight < 0 }, t(l, 'workshop.ui.highlightNone')),
            teams.map((t, i) =>
              h(
                'option',
                { value: i, selected: i === this.highlight },
                `${t.standing === 'ranked' ? t.rank : `(${t.rank})`}. \u2068${t.team}\u2069`,
              ),
            ),
          ),
          h(
            'label',
            { class: 'ws-check' },
            h('input', {
              type: 'checkbox',
              checked: this.allEvents,
              onchange: (e: Event) => {
                this.allEvents = (e.target as HTMLInputElement).checked;
                this.render();
              },
            }),
            ' ',
            t(l, 'workshop.ui.allEvents'),
          ),
        ),
        this.report.root,
      );
      // The leaderboard first: the report (every team's charts, the event table) is built once
      // the page has painted it.
      const token = ++this.reportToken;
      const all = this.allEvents;
      const marked = this.highlight >= 0 ? this.highlight : undefined;
      const show = () => {
        if (token === this.reportToken) void this.report.show(reportHtml(d, l, all, marked));
      };
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(show, 0));
      else show();
    }
    fill(
      this.root,
      h(
        'div',
        { class: 'row space' },
        h('h1', {}, t(l, 'workshop.ui.debriefTitle')),
        langSwitch(this.host, () => this.recompute()),
      ),
      h(
        'form',
        {
          class: 'row wrap',
          onsubmit: (e: Event) => {
            e.preventDefault();
            this.code = (document.getElementById('ws-debrief-code') as HTMLInputElement).value;
            this.runs = [];
            this.restoredFor = '';
            void this.restore();
          },
        },
        h('label', { for: 'ws-debrief-code' }, t(l, 'workshop.ui.code')),
        h('input', { type: 'text', id: 'ws-debrief-code', value: this.code, size: 36, spellcheck: 'false' }),
        h('button', { type: 'submit' }, t(l, 'workshop.ui.joinOpen')),
      ),
      this.error ? h('p', { class: 'warn', role: 'alert', id: 'ws-debrief-error' }, this.error) : null,
      ...out,
      files,
      this.notes.map((n) => h('p', { class: 'warn' }, n)),
      ...tail,
      d && this.projector ? this.projectorView(d, l) : null,
    );
    if (this.projector) (document.getElementById('ws-projector-exit') as HTMLElement | null)?.focus();
  }
}
