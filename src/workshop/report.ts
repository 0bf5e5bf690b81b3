// The print-ready debrief report (used by the CLI and the browser): leaderboard with the six
// elements, overlaid trajectories as inline SVG, the decision matrix, the same-roll event table and
// the flagged runs. A pure string builder; every text (team names above all) is escaped.
import type { Lang } from '../i18n/index';
import type { Debrief, EventRow, TeamResult } from './debrief';
import { quarterWords, shortUsd } from './decision-words';
import { esc, lineChart, pctBp, PRINT_CSS, teamStroke, usd } from './html';
import type { Series } from './html';
import { describeWorkshopProblem } from './texts';
import { ELEMENTS } from './score-adapter';
import { ui } from './ui-texts';

/** Beyond this many teams the event table lists who it fired for instead of a column per team. */
const EVENT_COLUMNS_MAX = 8;

export function outcomeText(t: TeamResult, l: Lang): string {
  return ui(l, `outcome.${t.outcome}`, { q: t.quartersPlayed });
}

function swatch(i: number): string {
  const { color, dash } = teamStroke(i);
  return `<span class="swatch" style="border-top-color:${color};border-top-style:${dash ? 'dashed' : 'solid'}"></span>`;
}

/** An element's parts ("quality 40 + growth 12 + …"): why the number is what it is. */
function parts(t: TeamResult, e: (typeof ELEMENTS)[number]): string {
  const p = t.score.parts[e];
  return Object.keys(p).map((k) => `${k} ${p[k]}`).join(' + ');
}

/** Pure. The leaderboard table (also used by the browser page). */
export function leaderboardHtml(d: Debrief, l: Lang): string {
  if (d.ranked.length === 0) return `<p>${esc(ui(l, 'noRuns'))}</p>`;
  const head = `<tr><th class="n">${esc(ui(l, 'rank'))}</th><th>${esc(ui(l, 'team'))}</th><th class="n">${esc(ui(l, 'total'))}</th>${ELEMENTS.map((e) => `<th class="n">${esc(ui(l, `el.${e}`))}</th>`).join('')}<th class="n">${esc(ui(l, 'valuation'))}</th><th class="n">${esc(ui(l, 'founders'))}</th><th>${esc(ui(l, 'outcome'))}</th></tr>`;
  const rows = d.ranked.map((t, i) => `<tr data-team="${esc(t.team)}"><td class="n">${t.rank}</td><td class="team">${swatch(i)}${esc(t.team)}</td><td class="n"><b>${t.score.total}</b></td>${ELEMENTS.map((e) => `<td class="n" title="${esc(parts(t, e))}">${t.score[e]}</td>`).join('')}<td class="n">${esc(usd(t.score.valuation))}</td><td class="n">${esc(pctBp(t.score.founderBp))}</td><td>${esc(outcomeText(t, l))}</td></tr>`);
  return `<table class="leaderboard"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table><p class="muted">${esc(ui(l, 'elementsNote'))}</p>`;
}

/** Pure. The four overlaid trajectory charts as SVG strings. */
export function trajectoryCharts(d: Debrief, l: Lang): string[] {
  const s = (f: (k: TeamResult['kpis'][number]) => number): Series[] => d.ranked.map((t) => ({ name: t.team, values: t.kpis.map(f) }));
  return [
    lineChart(ui(l, 'cash'), s((k) => k.cash), shortUsd),
    lineChart(ui(l, 'revenue'), s((k) => k.revenue), shortUsd),
    lineChart(ui(l, 'valuation'), s((k) => k.valuation), shortUsd),
    lineChart(ui(l, 'founders'), s((k) => k.founderBp), pctBp),
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
export function decisionMatrixHtml(d: Debrief, l: Lang): string {
  const qs = Array.from({ length: d.settings.quarters }, (_, i) => i);
  return chunks(d.ranked, TEAMS_PER_TABLE).map(({ start, items }) => {
    const head = `<tr><th class="q">${esc(ui(l, 'quarter'))}</th>${items.map((t, i) => `<th>${swatch(start + i)}${esc(t.team)}</th>`).join('')}</tr>`;
    const rows = qs.map((q) => `<tr><th class="q">Q${q + 1}</th>${items.map((t) => `<td>${q < t.decisions.length ? esc(quarterWords(t.decisions[q]!, l)) : ''}</td>`).join('')}</tr>`);
    return `<table class="matrix"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
  }).join('');
}

function eventName(d: Debrief, id: string, l: Lang): string {
  const def = d.scenario.events.find((e) => e.id === id);
  return def ? def.title[l] : id;
}

/** Pure. The event rows that fired for at least one team (all rows with `all`). */
export function eventTableHtml(d: Debrief, l: Lang, all = false): string {
  const rows = all ? d.events : d.events.filter((r) => r.firedBy > 0);
  const wide = d.ranked.length <= EVENT_COLUMNS_MAX;
  const cell = (r: EventRow, i: number) => {
    const c = r.cells[i];
    if (!c) return `<td class="n muted">${esc(ui(l, 'notApplicable'))}</td>`;
    return `<td class="n${c.fired ? ' fired' : ''}">${esc(pctBp(c.probabilityBp))}${c.fired ? ' ✔' : ''}</td>`;
  };
  const head = `<tr><th>${esc(ui(l, 'quarter'))}</th><th>${esc(ui(l, 'event'))}</th><th class="n">${esc(ui(l, 'roll'))}</th>${wide ? d.ranked.map((t) => `<th class="n">${esc(t.team)}</th>`).join('') : `<th>${esc(ui(l, 'team'))}</th>`}</tr>`;
  const body = rows.map((r) => {
    const lead = `<td>Q${r.quarter + 1}</td><td>${esc(eventName(d, r.id, l))}</td><td class="n">${esc(pctBp(r.roll))}</td>`;
    if (wide) return `<tr>${lead}${d.ranked.map((_, i) => cell(r, i)).join('')}</tr>`;
    const who = d.ranked.flatMap((t, i) => (r.cells[i]?.fired ? [`${t.team} (${pctBp(r.cells[i]!.probabilityBp)})`] : []));
    return `<tr>${lead}<td class="fired">${esc(who.join(', '))}</td></tr>`;
  });
  return `<p class="muted">${esc(ui(l, 'eventsNote', { shown: rows.length, all: d.events.length }))}</p><table class="events"><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
}

/** Pure. The flagged runs with their reasons. */
export function flaggedHtml(d: Debrief, l: Lang): string {
  if (d.flagged.length === 0) return `<p class="muted">${esc(ui(l, 'none'))}</p>`;
  return `<table class="flagged"><thead><tr><th>${esc(ui(l, 'file'))}</th><th>${esc(ui(l, 'team'))}</th><th>${esc(ui(l, 'reason'))}</th></tr></thead><tbody>${d.flagged.map((f) => `<tr><td>${esc(f.label)}</td><td>${esc(f.team ?? '')}</td><td class="flag">${esc(describeWorkshopProblem(f.problem, l))}</td></tr>`).join('')}</tbody></table>`;
}

/** Pure. The whole report as a complete HTML document, ready for the browser's print to PDF. */
export function reportHtml(d: Debrief, l: Lang, allEvents = false): string {
  const title = ui(l, 'reportTitle', { title: d.scenario.title[l] });
  return `<!doctype html>
<html lang="${l === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>${PRINT_CSS}
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; } table.matrix, table.events { font-size: 7.5pt; margin-bottom: 3mm; }
table.matrix { table-layout: fixed; } table.matrix th.q { width: 9mm; } table.matrix td { overflow-wrap: anywhere; }
table.leaderboard { font-size: 8.5pt; } table.leaderboard th { font-size: 7.5pt; } td.team { overflow-wrap: anywhere; }
</style></head><body>
<h1>${esc(title)}</h1>
<p class="muted">${esc(ui(l, 'reportMeta', { code: d.code, seed: d.settings.seed, quarters: d.settings.quarters, teams: d.ranked.length, flagged: d.flagged.length }))}</p>
<h2>${esc(ui(l, 'leaderboard'))}</h2>${leaderboardHtml(d, l)}
<h2>${esc(ui(l, 'trajectories'))}</h2><div class="charts nobreak">${trajectoryCharts(d, l).join('')}</div>
<h2>${esc(ui(l, 'flagged'))}</h2>${flaggedHtml(d, l)}
<section><h2>${esc(ui(l, 'decisions'))}</h2>${decisionMatrixHtml(d, l)}
<h2>${esc(ui(l, 'events'))}</h2>${eventTableHtml(d, l, allEvents)}</section>
</body></html>
`;
}
