// The debrief page (#debrief=CODE): drop, pick or paste the teams' runs; each is verified by replay
// on the workshop's world; the leaderboard and flags are shown as text, the full report (charts,
// decision matrix, same-roll event table) in a sandboxed frame to print; CSV and HTML downloads.
import type { Lang } from '../../i18n/index';
import { rv } from '../../i18n/replay-ui';
import { debriefCsv } from '../../workshop/csv';
import { assembleDebrief, DEBRIEF_MAX_RUNS, prepareDebrief } from '../../workshop/debrief';
import type { Debrief, RunInput, TeamResult } from '../../workshop/debrief';
import { workshopProblem } from '../../workshop/texts';
import { reportHtml } from '../../workshop/report';
import { ELEMENTS } from '../../workshop/score-adapter';
import { describeWorkshopProblem } from '../../workshop/texts';
import { ui } from '../../workshop/ui-texts';
import { download, fill, h } from '../dom';
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
  private readonly report = new PrintFrame('report', 'ws-report');
  private readonly pool = new VerifyPool();
  private generation = 0;
  private reportToken = 0;
  /** Milliseconds the last verification took (shown to the instructor; read by the bench). */
  lastMs = 0;

  constructor(private readonly host: PageHost, private code: string) {
    this.recompute();
  }

  /** Adds files (from the picker or a drop); too large ones are noted, never read. */
  async addFiles(files: FileList | File[]): Promise<void> {
    const ok = [...files].filter((f) => {
      if (f.size <= MAX_FILE) return true;
      this.notes.push(ui(this.host.lang(), 'fileTooBig', { name: f.name }));
      return false;
    });
    // Read all at once (60 files one after another took a tenth of the time to the leaderboard).
    const texts = await Promise.all(ok.map((f) => f.text()));
    ok.forEach((f, i) => this.runs.push({ label: f.name, text: texts[i]! }));
    this.recompute();
  }

  addText(text: string): void {
    if (text.trim() === '') return;
    this.pastedCount += 1;
    this.runs.push({ label: ui(this.host.lang(), 'pasted', { n: this.pastedCount }), text });
    this.recompute();
  }

  private recompute(): void {
    void this.verify();
  }

  /** Verifies what is new (in workers), then ranks and charts everything. Resolves when shown. */
  async verify(): Promise<void> {
    const gen = ++this.generation;
    const r = resolveWorkshop(this.code, this.host);
    if (!r.ok) { this.error = r.message; this.result = null; this.render(); return; }
    if (this.runs.length > DEBRIEF_MAX_RUNS) { this.error = describeWorkshopProblem(workshopProblem('overLimit', 'run', { max: DEBRIEF_MAX_RUNS }), this.host.lang()); this.result = null; this.render(); return; }
    const t0 = performance.now();
    const file = { scenario: r.file.scenario, hash: r.file.hash };
    const p = prepareDebrief(r.code, file);
    if (!p.ok) { this.error = describeWorkshopProblem(p.problem, this.host.lang()); this.result = null; this.render(); return; }
    // While the instructor picks the files, the workers load and verify practice runs.
    void this.pool.warm(r.code, file).then((warm) => { this.root.dataset.ready = warm ? 'warm' : 'no-workers'; });
    const outcomes = await this.pool.check(r.code, file, this.runs);
    if (gen !== this.generation) return; // a newer change is being verified
    this.error = '';
    this.result = assembleDebrief(p.ctx, outcomes);
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
      const v = m.openInViewer(app, run.text, { world: r.entry, back: () => { app.leaveReplayScreen(); parent?.replaceChildren(this.root); this.render(); } });
      if (v.status !== 'verified') { this.error = v.problem.message; this.render(); }
    });
  }

  private leaderboard(d: Debrief, l: Lang): HTMLElement {
    return h('table', { class: 'ws-table', id: 'ws-leaderboard' },
      h('thead', {}, h('tr', {}, h('th', {}, ui(l, 'rank')), h('th', {}, ui(l, 'team')), h('th', {}, ui(l, 'total')), ELEMENTS.map((e) => h('th', {}, ui(l, `el.${e}`))), h('th', {}, ui(l, 'outcome')), h('th', {}, rv(l, 'whatIfTeam')))),
      h('tbody', {}, d.ranked.map((t) => h('tr', { 'data-team': t.team },
        h('td', {}, t.rank), h('td', { class: 'ws-team-name' }, t.team), h('td', {}, h('b', {}, t.score.total)), ELEMENTS.map((e) => h('td', { title: Object.entries(t.score.parts[e]).map(([k, v]) => `${k} ${v}`).join(' + ') }, t.score[e])),
        h('td', {}, ui(l, `outcome.${t.outcome}`, { q: t.quartersPlayed })),
        h('td', {}, h('button', { type: 'button', class: 'small', 'data-what-if': t.team, 'aria-label': rv(l, 'whatIfTeamLabel', { team: t.team }), onclick: () => this.whatIf(t) }, rv(l, 'whatIfTeam')))))));
  }

  render(): void {
    const l = this.host.lang();
    const d = this.result;
    const fileInput = h('input', { type: 'file', id: 'ws-files', multiple: true, accept: '.json,.txt,application/json,text/plain', onchange: (e: Event) => { const fs = (e.target as HTMLInputElement).files; if (fs) void this.addFiles(fs); } });
    const paste = h('textarea', { id: 'ws-paste', rows: 3, placeholder: ui(l, 'pasteRun'), spellcheck: 'false' });
    const drop = h('div', { class: 'ws-drop', id: 'ws-drop', tabindex: '0' },
      h('p', {}, ui(l, 'debriefIntro')),
      h('label', { class: 'button-like' }, ui(l, 'pickFiles'), ' ', fileInput),
      h('div', { class: 'ws-paste' }, paste, h('button', { type: 'button', id: 'ws-add-paste', onclick: () => this.addText(paste.value) }, ui(l, 'addPasted'))));
    drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); if (e.dataTransfer?.files) void this.addFiles(e.dataTransfer.files); });
    const list = h('ul', { class: 'ws-runs', id: 'ws-runs' }, this.runs.map((r, i) => h('li', {}, r.label, ' ',
      h('button', { type: 'button', class: 'small', onclick: () => { this.runs.splice(i, 1); this.recompute(); } }, ui(l, 'remove')))));
    const out: (HTMLElement | null)[] = [];
    if (d) {
      out.push(
        h('p', { id: 'ws-summary', role: 'status', 'data-ms': Math.round(this.lastMs), 'data-workers': this.pool.lastWorkers }, ui(l, 'summary', { teams: d.ranked.length, flagged: d.flagged.length }), ' ', h('span', { class: 'muted small' }, ui(l, 'verifiedIn', { ms: Math.round(this.lastMs) }))),
        d.ranked.length ? this.leaderboard(d, l) : h('p', {}, ui(l, 'noRuns')),
        d.flagged.length ? h('section', { id: 'ws-flagged' }, h('h2', {}, ui(l, 'flagged')),
          h('ul', {}, d.flagged.map((f) => h('li', { 'data-file': f.label, 'data-code': f.problem.code }, h('b', {}, f.label), f.team ? ` (${f.team})` : '', ': ', h('span', { class: 'warn' }, describeWorkshopProblem(f.problem, l)))))) : null,
        h('div', { class: 'row wrap' },
          h('button', { type: 'button', id: 'ws-csv', disabled: d.ranked.length === 0, onclick: () => download(`workshop-${d.code}.csv`, debriefCsv(d, l), 'text/csv') }, ui(l, 'downloadCsv')),
          h('button', { type: 'button', id: 'ws-print-report', onclick: () => this.report.print() }, ui(l, 'printReport')),
          h('button', { type: 'button', id: 'ws-report-html', onclick: () => download(`workshop-${d.code}-report.html`, reportHtml(d, l), 'text/html') }, ui(l, 'downloadReport')),
          h('label', { class: 'ws-check' }, h('input', { type: 'checkbox', checked: this.allEvents, onchange: (e: Event) => { this.allEvents = (e.target as HTMLInputElement).checked; this.render(); } }), ' ', ui(l, 'allEvents'))),
        h('h2', {}, ui(l, 'report')), this.report.root);
      // The leaderboard first: the report (every team's charts, the event table) is built once
      // the page has painted it.
      const token = ++this.reportToken;
      const all = this.allEvents;
      const show = () => { if (token === this.reportToken) void this.report.show(reportHtml(d, l, all)); };
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(show, 0));
      else show();
    }
    fill(this.root,
      h('div', { class: 'row space' }, h('h1', {}, ui(l, 'debriefTitle')), langSwitch(this.host, () => this.recompute())),
      h('form', { class: 'row wrap', onsubmit: (e: Event) => { e.preventDefault(); this.code = (document.getElementById('ws-debrief-code') as HTMLInputElement).value; this.recompute(); } },
        h('label', { for: 'ws-debrief-code' }, ui(l, 'code')),
        h('input', { type: 'text', id: 'ws-debrief-code', value: this.code, size: 36, spellcheck: 'false' }),
        h('button', { type: 'submit' }, ui(l, 'joinOpen'))),
      this.error ? h('p', { class: 'warn', role: 'alert', id: 'ws-debrief-error' }, this.error) : null,
      drop, this.runs.length ? h('p', {}, ui(l, 'runsLoaded', { n: this.runs.length })) : null, list,
      this.notes.map((n) => h('p', { class: 'warn' }, n)), ...out);
  }
}
