// The print-ready debrief report (used by the CLI and the browser): leaderboard with the six
// elements, overlaid trajectories as inline SVG, the decision matrix, the same-roll event table and
// the flagged runs. A pure string builder; every text (team names above all) is escaped.
import type { Scenario } from '../engine/index';
import type { Lang } from '../i18n/index';
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
  const head = `<tr><th class="n">${esc(t(l, 'workshop.ui.rank'))}</th><th>${esc(t(l, 'workshop.ui.team'))}</th><th class="n">${esc(t(l, 'workshop.ui.total'))}</th>${ELEMENTS.map((e) => `<th class="n">${esc(t(l, `workshop.ui.el.${e}`))}</th>`).join('')}<th class="n">${esc(t(l, 'workshop.ui.valuation'))}</th><th class="n">${esc(t(l, 'workshop.ui.survival'))}</th><th class="n">${esc(t(l, 'workshop.ui.founders'))}</th><th>${esc(t(l, 'workshop.ui.outcome'))}</th></tr>`;
  const coloured = colouredFor(d, o.highlight);
  const rows = shown.map(
    (t, i) =>
      `<tr data-team="${esc(t.team)}"><td class="n">${o.unfinished ? '(' + t.rank + ')' : t.rank}</td><td class="team">${swatch(offset + i, coloured(offset + i))}${bdi(t.team)}</td><td class="n"><b>${t.score.total}</b></td>${ELEMENTS.map((e) => `<td class="n" title="${esc(parts(t, e))}">${t.score[e]}</td>`).join('')}<td class="n">${esc(usd(t.score.valuation))}</td><td class="n">${esc(survivalText(t, d.settings.quarters))}</td><td class="n">${esc(pctBp(t.score.founderBp))}</td><td>${esc(outcomeText(t, l))}</td></tr>`,
  );
  const more = o.top && list.length > o.top ? `<p class="muted">${esc(t(l, 'workshop.ui.moreTeams', { n: list.length - o.top }))}</p>` : '';
  const note = o.unfinished ? t(l, 'workshop.ui.unfinishedNote') : t(l, 'workshop.ui.elementsNote');
  return `<table class="leaderboard${o.unfinished ? ' unfinished' : ''}"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>${more}<p class="muted">${esc(note)}</p>`;
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
  return chunks(teams, TEAMS_PER_TABLE)
    .map(({ start, items }) => {
      const head = `<tr><th class="q">${esc(t(l, 'workshop.ui.quarter'))}</th>${items.map((t, i) => `<th>${swatch(start + i, coloured(start + i))}${bdi(t.team)}</th>`).join('')}</tr>`;
      const rows = qs.map(
        (q) =>
          `<tr><th class="q">Q${q + 1}</th>${items.map((t) => `<td>${q < t.decisions.length ? esc(quarterWords(t.decisions[q]!, l, (id) => d.scenario.markets[id]?.name[l] ?? id)) : ''}</td>`).join('')}</tr>`,
      );
      return `<table class="matrix"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
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
  const head = `<tr><th>${esc(t(l, 'workshop.ui.event'))}</th>${qs.map((q) => `<th class="n">Q${q + 1}</th>`).join('')}</tr>`;
  const cell = (r: EventRow | undefined) => {
    if (!r) return `<td class="n muted">${esc(t(l, 'workshop.ui.notApplicable'))}</td>`;
    // Percent with one decimal, no sign (a cell is three short lines: roll, range, count).
    const p1 = (bp: number) => `${Math.floor(bp / 100)}.${Math.floor((bp % 100) / 10)}`;
    const range = r.minBp === r.maxBp ? p1(r.minBp) : `${p1(r.minBp)}–${p1(r.maxBp)}`;
    const heat = r.firedBy === 0 ? '' : ` style="background:rgba(164,0,0,${(0.08 + (0.4 * r.firedBy) / r.applied).toFixed(2)})"`;
    return `<td class="n grid${r.firedBy ? ' hit' : ''}"${heat} data-event="${esc(r.id)}" data-quarter="${r.quarter + 1}" data-fired="${r.firedBy}" data-applied="${r.applied}"><b>${p1(r.roll)}</b><br>${esc(range)}<br>${r.firedBy}/${r.applied}</td>`;
  };
  const body = ids.map((id) => `<tr><th>${esc(eventName(d, id, l))}</th>${qs.map((q) => cell(at.get(`${id}|${q}`))).join('')}</tr>`);
  return `<p class="muted">${esc(t(l, 'workshop.ui.gridNote'))}</p><table class="events grid"><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
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
  const head = `<tr><th>${esc(t(l, 'workshop.ui.quarter'))}</th><th>${esc(t(l, 'workshop.ui.event'))}</th><th class="n">${esc(t(l, 'workshop.ui.roll'))}</th>${teams.map((t) => `<th class="n">${bdi(t.team)}</th>`).join('')}</tr>`;
  const body = rows.map(
    (r) =>
      `<tr><td>Q${r.quarter + 1}</td><td>${esc(eventName(d, r.id, l))}</td><td class="n">${esc(pctBp(r.roll))}</td>${teams.map((_, i) => cell(r, i)).join('')}</tr>`,
  );
  return `<p class="muted">${esc(t(l, 'workshop.ui.eventsNote', { shown: rows.length, all: d.events.length }))}</p><table class="events"><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
}

/** Pure. The hand-ins that count through a later one (noted, not flagged). */
function notesHtml(d: Debrief, l: Lang): string {
  if (d.notes.length === 0) return '';
  return `<ul class="notes">${d.notes.map((n) => `<li>${esc(t(l, `workshop.ui.${n.code}`, { file: n.label, q: n.quarters, by: n.byLabel, byQ: n.byQuarters }))} (${bdi(n.team)})</li>`).join('')}</ul>`;
}

/** Pure. The flagged runs with their reasons. */
function flaggedHtml(d: Debrief, l: Lang): string {
  if (d.flagged.length === 0) return `<p class="muted">${esc(t(l, 'workshop.ui.none'))}</p>`;
  return `<table class="flagged"><thead><tr><th>${esc(t(l, 'workshop.ui.file'))}</th><th>${esc(t(l, 'workshop.ui.team'))}</th><th>${esc(t(l, 'workshop.ui.reason'))}</th></tr></thead><tbody>${d.flagged.map((f) => `<tr><td>${esc(f.label)}</td><td>${f.team ? bdi(f.team) : ''}</td><td class="flag">${esc(describeWorkshopProblem(f.problem, l))}</td></tr>`).join('')}</tbody></table>`;
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
  return `<section class="answer-key" data-testid="answer-key"><h2>${esc(t(l, 'workshop.ui.answerKey'))} <span class="muted">/ ${esc(t(o, 'workshop.ui.answerKey'))}</span></h2><p class="muted">${esc(t(l, 'workshop.ui.answerKeyNote'))}</p><ol>${items.join('')}</ol></section>`;
}

/** Pure. The whole report as a complete HTML document, ready for the browser's print to PDF. */
export function reportHtml(d: Debrief, l: Lang, allEvents = false, highlight?: number): string {
  const title = t(l, 'workshop.ui.reportTitle', { title: d.scenario.title[l] });
  return `<!doctype html>
<html lang="${l === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>${PRINT_CSS}
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; } table.matrix, table.events { font-size: 7.5pt; margin-bottom: 3mm; }
table.matrix { table-layout: fixed; } table.matrix th.q { width: 9mm; } table.matrix td { overflow-wrap: anywhere; }
table.events.grid { table-layout: fixed; font-size: 6.5pt; } table.events.grid td { padding: 0.4mm 0.6mm; line-height: 1.2; white-space: nowrap; font-size: 6pt; } table.events.grid td.hit { color: #111; font-weight: 700; } table.events.grid th:first-child { width: 24mm; }
.answer-key p { margin: 0.5mm 0; } .answer-key li { margin-bottom: 1.5mm; break-inside: avoid; }
table.leaderboard { font-size: 8.5pt; } table.leaderboard th { font-size: 7.5pt; } td.team { overflow-wrap: anywhere; }
</style></head><body>
<h1>${esc(title)}</h1>
<p class="muted">${esc(t(l, 'workshop.ui.reportMeta', { code: d.code, seed: d.settings.seed, quarters: d.settings.quarters, teams: d.ranked.length + d.unfinished.length, flagged: d.flagged.length }))}</p>
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
