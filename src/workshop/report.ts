// The print-ready debrief report (used by the CLI and the browser): leaderboard with the six
// elements, overlaid trajectories as inline SVG, the decision matrix, the same-roll event table and
// the flagged runs. A pure string builder; every text (team names above all) is escaped.
import type { Scenario } from '../engine/index';
import type { Key, Lang } from '../i18n/index';
import { t } from '../i18n/index';
import type { Debrief, EventRow, TeamResult } from './debrief';
import { allTeams } from './debrief';
import { quarterWords, shortUsd } from './decision-words';
import { CHART_COLOURED_MAX, esc, lineChart, pctBp, PRINT_CSS, teamStroke, usd } from './html';
import type { Series } from './html';
import { describeWorkshopProblem } from './texts';
import { ELEMENTS } from './score-adapter';

/** Beyond this many teams only the event grid is shown (no column per team). */
const EVENT_COLUMNS_MAX = 8;

function outcomeText(team: TeamResult, l: Lang): string {
  return t(l, `workshop.ui.outcome.${team.outcome}`, { q: team.quartersPlayed });
}

/** A team name isolated from the text around it: an Arabic or Hebrew name does not reorder the row. */
function bdi(name: string): string {
  return `<bdi>${esc(name)}</bdi>`;
}

/** Survival: quarters lived of the workshop's, marked ✓ when the company is still standing. */
export function survivalText(t: TeamResult, quarters: number): string {
  return `${t.outcome === 'bankrupt' ? '✗' : '✓'} ${t.quartersPlayed}/${quarters}`;
}

/** A table row from its cells' HTML. */
function row(cells: readonly string[], attrs = ''): string {
  return `<tr${attrs}>${cells.join('')}</tr>`;
}

/** A cell (`<td>`, or `<th>` with `head`) of class `cls` (none when empty) around `html`, inserted as is:
 *  escape text first. `attrs` follow the class, each with its leading space. */
function tableCell(html: string | number, cls = '', attrs = '', head = false): string {
  const tag = head ? 'th' : 'td';
  return `<${tag}${cls ? ` class="${cls}"` : ''}${attrs}>${html}</${tag}>`;
}
const td = (html: string | number, cls = '', attrs = ''): string => tableCell(html, cls, attrs);
const th = (html: string | number, cls = ''): string => tableCell(html, cls, '', true);

/** A table of class `cls`: its head row and its body rows. */
function table(cls: string, head: string, rows: readonly string[]): string {
  return `<table class="${cls}"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

/** A text of the dictionary, escaped. */
const text = (l: Lang, key: Key, params?: Parameters<typeof t>[2]): string => esc(t(l, key, params));

function swatch(i: number, coloured = true): string {
  if (!coloured) return `<span class="swatch" style="border-top-color:#c4c8cc"></span>`;
  const { color, dash } = teamStroke(i);
  return `<span class="swatch" style="border-top-color:${color};border-top-style:${dash ? 'dashed' : 'solid'}"></span>`;
}

/** An element's parts ("quality 40 + growth 12 + …"): why the number is what it is. */
function parts(t: TeamResult, e: (typeof ELEMENTS)[number]): string {
  const p = t.score.parts[e];
  return Object.keys(p)
    .map((k) => `${k} ${p[k]}`)
    .join(' + ');
}

interface BoardOptions {
  top?: number;
  unfinished?: boolean;
  highlight?: number | undefined;
}

/** Whether team i (in allTeams order) is drawn in colour: the highlighted one, else as the charts do. */
function colouredFor(d: Debrief, highlight: number | undefined): (i: number) => boolean {
  const n = allTeams(d).length;
  return (i) => (highlight !== undefined ? i === highlight : n <= CHART_COLOURED_MAX || i < 5);
}

/** Pure. The leaderboard table: complete runs (or, with `unfinished`, the runs handed in before the
 *  end, ranked among themselves); `top` keeps the first N (the projector view). */
function leaderboardHtml(d: Debrief, l: Lang, o: BoardOptions = {}): string {
  const list = o.unfinished ? d.unfinished : d.ranked;
  const offset = o.unfinished ? d.ranked.length : 0;
  if (list.length === 0)
    return o.unfinished ? '' : `<p>${esc(t(l, d.unfinished.length ? 'workshop.ui.noCompleteRuns' : 'workshop.ui.noRuns'))}</p>`;
  const shown = o.top ? list.slice(0, o.top) : list;
  const head = row([
    th(text(l, 'workshop.ui.rank'), 'n'),
    th(text(l, 'workshop.ui.team')),
    th(text(l, 'workshop.ui.total'), 'n'),
    ...ELEMENTS.map((e) => th(text(l, `workshop.ui.el.${e}`), 'n')),
    th(text(l, 'workshop.ui.valuation'), 'n'),
    th(text(l, 'workshop.ui.survival'), 'n'),
    th(text(l, 'workshop.ui.founders'), 'n'),
    th(text(l, 'workshop.ui.outcome')),
  ]);
  const coloured = colouredFor(d, o.highlight);
  const rows = shown.map((team, i) =>
    row(
      [
        td(o.unfinished ? `(${team.rank})` : team.rank, 'n'),
        td(swatch(offset + i, coloured(offset + i)) + bdi(team.team), 'team'),
        td(`<b>${team.score.total}</b>`, 'n'),
        ...ELEMENTS.map((e) => td(team.score[e], 'n', ` title="${esc(parts(team, e))}"`)),
        td(esc(usd(team.score.valuation)), 'n'),
        td(esc(survivalText(team, d.settings.quarters)), 'n'),
        td(esc(pctBp(team.score.founderBp)), 'n'),
        td(esc(outcomeText(team, l))),
      ],
      ` data-team="${esc(team.team)}"`,
    ),
  );
  const more = o.top && list.length > o.top ? `<p class="muted">${esc(t(l, 'workshop.ui.moreTeams', { n: list.length - o.top }))}</p>` : '';
  const note = o.unfinished ? t(l, 'workshop.ui.unfinishedNote') : t(l, 'workshop.ui.elementsNote');
  return `${table(`leaderboard${o.unfinished ? ' unfinished' : ''}`, head, rows)}${more}<p class="muted">${esc(note)}</p>`;
}

/** Pure. The four overlaid trajectory charts as SVG strings; `highlight` (an index into
 *  allTeams) draws that team in colour on top of the others in grey. */
function trajectoryCharts(d: Debrief, l: Lang, highlight?: number): string[] {
  const s = (f: (k: TeamResult['kpis'][number]) => number): Series[] => allTeams(d).map((t) => ({ name: t.team, values: t.kpis.map(f) }));
  const hl = highlight === undefined ? undefined : [highlight];
  return [
    lineChart(
      t(l, 'workshop.ui.cash'),
      s((k) => k.cash),
      shortUsd,
      520,
      220,
      hl,
    ),
    lineChart(
      t(l, 'workshop.ui.revenue'),
      s((k) => k.revenue),
      shortUsd,
      520,
      220,
      hl,
    ),
    lineChart(
      t(l, 'workshop.ui.valuation'),
      s((k) => k.valuation),
      shortUsd,
      520,
      220,
      hl,
    ),
    lineChart(
      t(l, 'workshop.ui.founders'),
      s((k) => k.founderBp),
      pctBp,
      520,
      220,
      hl,
    ),
  ];
}

/** Teams per table in the matrix and the event table: columns stay readable on A4. */
const TEAMS_PER_TABLE = 6;

function chunks<T>(xs: readonly T[], n: number): { start: number; items: T[] }[] {
  const out: { start: number; items: T[] }[] = [];
  for (let i = 0; i < xs.length; i += n) out.push({ start: i, items: xs.slice(i, i + n) });
  return out;
}

/** Pure. Quarter × team (teams in tables of six): each cell the quarter's decisions in short words. */
function decisionMatrixHtml(d: Debrief, l: Lang, highlight?: number): string {
  const qs = Array.from({ length: d.settings.quarters }, (_, i) => i);
  const teams = allTeams(d);
  const coloured = colouredFor(d, highlight);
  const market = (id: string) => d.scenario.markets[id]?.name[l] ?? id;
  return chunks(teams, TEAMS_PER_TABLE)
    .map(({ start, items }) => {
      const head = row([
        th(text(l, 'workshop.ui.quarter'), 'q'),
        ...items.map((team, i) => th(swatch(start + i, coloured(start + i)) + bdi(team.team))),
      ]);
      const words = (team: TeamResult, q: number) => (q < team.decisions.length ? esc(quarterWords(team.decisions[q]!, l, market)) : '');
      const rows = qs.map((q) => row([th(`Q${q + 1}`, 'q'), ...items.map((team) => td(words(team, q)))]));
      return table('matrix', head, rows);
    })
    .join('');
}

function eventName(d: Debrief, id: string, l: Lang): string {
  const def = d.scenario.events.find((e) => e.id === id);
  return def ? def.title[l] : id;
}

/** Pure. The event grid: one row per event, one column per quarter; each cell the one roll every
 *  team faced, the range of the teams' probabilities and for how many of them it fired. */
function eventGridHtml(d: Debrief, l: Lang): string {
  const ids = d.scenario.events.map((e) => e.id).filter((id) => d.events.some((r) => r.id === id));
  if (ids.length === 0) return `<p class="muted">${esc(t(l, 'workshop.ui.none'))}</p>`;
  const qs = Array.from({ length: d.settings.quarters }, (_, i) => i);
  const at = new Map(d.events.map((r) => [`${r.id}|${r.quarter}`, r]));
  const head = row([th(text(l, 'workshop.ui.event')), ...qs.map((q) => th(`Q${q + 1}`, 'n'))]);
  const cell = (r: EventRow | undefined) => {
    if (!r) return `<td class="n muted">${esc(t(l, 'workshop.ui.notApplicable'))}</td>`;
    // Percent with one decimal, no sign (a cell is three short lines: roll, range, count).
    const p1 = (bp: number) => `${Math.floor(bp / 100)}.${Math.floor((bp % 100) / 10)}`;
    const range = r.minBp === r.maxBp ? p1(r.minBp) : `${p1(r.minBp)}–${p1(r.maxBp)}`;
    const heat = r.firedBy === 0 ? '' : ` style="background:rgba(164,0,0,${(0.08 + (0.4 * r.firedBy) / r.applied).toFixed(2)})"`;
    const data = ` data-event="${esc(r.id)}" data-quarter="${r.quarter + 1}" data-fired="${r.firedBy}" data-applied="${r.applied}"`;
    return td(`<b>${p1(r.roll)}</b><br>${esc(range)}<br>${r.firedBy}/${r.applied}`, `n grid${r.firedBy ? ' hit' : ''}`, heat + data);
  };
  const body = ids.map((id) => row([th(esc(eventName(d, id, l))), ...qs.map((q) => cell(at.get(`${id}|${q}`)))]));
  return `<p class="muted">${text(l, 'workshop.ui.gridNote')}</p>${table('events grid', head, body)}`;
}

/** Pure. The per-team event rows (a column per team; only for a few teams), the rows that fired
 *  for at least one team (all rows with `all`); the event grid above it covers any class size. */
function eventTableHtml(d: Debrief, l: Lang, all = false): string {
  const teams = allTeams(d);
  if (teams.length > EVENT_COLUMNS_MAX) return '';
  const rows = all ? d.events : d.events.filter((r) => r.firedBy > 0);
  const cell = (r: EventRow, i: number) => {
    const c = r.cells[i];
    if (!c) return `<td class="n muted">${esc(t(l, 'workshop.ui.notApplicable'))}</td>`;
    return `<td class="n${c.fired ? ' fired' : ''}">${esc(pctBp(c.probabilityBp))}${c.fired ? ' ✔' : ''}</td>`;
  };
  const head = row([
    th(text(l, 'workshop.ui.quarter')),
    th(text(l, 'workshop.ui.event')),
    th(text(l, 'workshop.ui.roll'), 'n'),
    ...teams.map((team) => th(bdi(team.team), 'n')),
  ]);
  const body = rows.map((r) =>
    row([td(`Q${r.quarter + 1}`), td(esc(eventName(d, r.id, l))), td(esc(pctBp(r.roll)), 'n'), ...teams.map((_, i) => cell(r, i))]),
  );
  const note = `<p class="muted">${text(l, 'workshop.ui.eventsNote', { shown: rows.length, all: d.events.length })}</p>`;
  return note + table('events', head, body);
}

/** Pure. The hand-ins that count through a later one (noted, not flagged). */
function notesHtml(d: Debrief, l: Lang): string {
  if (d.notes.length === 0) return '';
  const item = (n: Debrief['notes'][number]) => {
    const said = text(l, `workshop.ui.${n.code}`, { file: n.label, q: n.quarters, by: n.byLabel, byQ: n.byQuarters });
    return `<li>${said} (${bdi(n.team)})</li>`;
  };
  return `<ul class="notes">${d.notes.map(item).join('')}</ul>`;
}

/** Pure. The flagged runs with their reasons. */
function flaggedHtml(d: Debrief, l: Lang): string {
  if (d.flagged.length === 0) return `<p class="muted">${esc(t(l, 'workshop.ui.none'))}</p>`;
  const head = row([th(text(l, 'workshop.ui.file')), th(text(l, 'workshop.ui.team')), th(text(l, 'workshop.ui.reason'))]);
  const body = d.flagged.map((f) =>
    row([td(esc(f.label)), td(f.team ? bdi(f.team) : ''), td(esc(describeWorkshopProblem(f.problem, l)), 'flag')]),
  );
  return table('flagged', head, body);
}

/** Pure. The facilitator's answer key (instructors only; the teams' handout shows the questions
 *  alone): each discussion question with its answer, the report's language first and the other
 *  language muted below. Empty when the scenario has no questions. */
function answerKeyHtml(sc: Scenario, l: Lang): string {
  const { questions, answers } = sc.facilitator;
  if (questions.length === 0) return '';
  const o: Lang = l === 'zh' ? 'en' : 'zh';
  const pair = (x: { zh: string; en: string } | undefined) =>
    x ? `${esc(x[l])}<br><span class="muted">${esc(x[o])}</span>` : `<span class="muted">${esc(t(l, 'workshop.ui.notApplicable'))}</span>`;
  const items = questions.map(
    (q, i) => `<li data-question="${i + 1}"><p class="q"><b>${pair(q)}</b></p><p class="a">${pair(answers?.[i])}</p></li>`,
  );
  const title = `<h2>${text(l, 'workshop.ui.answerKey')} <span class="muted">/ ${text(o, 'workshop.ui.answerKey')}</span></h2>`;
  const note = `<p class="muted">${text(l, 'workshop.ui.answerKeyNote')}</p>`;
  return `<section class="answer-key" data-testid="answer-key">${title}${note}<ol>${items.join('')}</ol></section>`;
}

/** The event grid's styles: one line of the report's style sheet. */
const GRID_CSS = [
  'table.events.grid { table-layout: fixed; font-size: 6.5pt; }',
  'table.events.grid td { padding: 0.4mm 0.6mm; line-height: 1.2; white-space: nowrap; font-size: 6pt; }',
  'table.events.grid td.hit { color: #111; font-weight: 700; }',
  'table.events.grid th:first-child { width: 24mm; }',
].join(' ');

/** Pure. The whole report as a complete HTML document, ready for the browser's print to PDF. */
export function reportHtml(d: Debrief, l: Lang, allEvents = false, highlight?: number): string {
  const title = t(l, 'workshop.ui.reportTitle', { title: d.scenario.title[l] });
  const s = d.settings;
  const meta = {
    code: d.code,
    seed: s.seed,
    quarters: s.quarters,
    teams: d.ranked.length + d.unfinished.length,
    flagged: d.flagged.length,
  };
  return `<!doctype html>
<html lang="${l === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>${PRINT_CSS}
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; } table.matrix, table.events { font-size: 7.5pt; margin-bottom: 3mm; }
table.matrix { table-layout: fixed; } table.matrix th.q { width: 9mm; } table.matrix td { overflow-wrap: anywhere; }
${GRID_CSS}
.answer-key p { margin: 0.5mm 0; } .answer-key li { margin-bottom: 1.5mm; break-inside: avoid; }
table.leaderboard { font-size: 8.5pt; } table.leaderboard th { font-size: 7.5pt; } td.team { overflow-wrap: anywhere; }
</style></head><body>
<h1>${esc(title)}</h1>
<p class="muted">${text(l, 'workshop.ui.reportMeta', meta)}</p>
<h2>${esc(t(l, 'workshop.ui.leaderboard'))}</h2>${leaderboardHtml(d, l, { highlight })}
${d.unfinished.length ? `<h2>${esc(t(l, 'workshop.ui.unfinishedTitle'))}</h2>${leaderboardHtml(d, l, { unfinished: true, highlight })}` : ''}
${notesHtml(d, l)}
<h2>${esc(t(l, 'workshop.ui.trajectories'))}</h2><div class="charts nobreak">${trajectoryCharts(d, l, highlight).join('')}</div>
<h2>${esc(t(l, 'workshop.ui.flagged'))}</h2>${flaggedHtml(d, l)}
<section><h2>${esc(t(l, 'workshop.ui.decisions'))}</h2>${decisionMatrixHtml(d, l, highlight)}
<h2>${esc(t(l, 'workshop.ui.events'))}</h2>${eventGridHtml(d, l)}${eventTableHtml(d, l, allEvents)}</section>
${answerKeyHtml(d.scenario, l)}
</body></html>
`;
}
