// The balance report as one self-contained HTML file: inline CSS and SVG charts, no scripts, no
// external requests. Every piece of text from data is escaped. Headings in Chinese and English.
import type { FactorEffect } from './analyze';
import type { LabReport } from './lab';
import { strategyDiff } from './text';

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const usdM = (x: number) => `$${(x / 1e6).toFixed(1)}M`;
const BOT_COLOURS = ['#4c78a8', '#f58518', '#54a24b', '#e45756', '#72b7b2', '#b279a2', '#ff9da6', '#9d755d'];

/** Horizontal bars with interval whiskers on a shared axis [lo, hi]; zero marked when inside. */
function forest(rows: { label: string; value: number; lo: number; hi: number; good?: boolean }[], lo: number, hi: number, fmt: (x: number) => string): string {
  const W = 760, L = 250, R = 110, rowH = 24;
  const H = rows.length * rowH + 30;
  const span = hi - lo || 1;
  const x = (v: number) => L + ((v - lo) / span) * (W - L - R);
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" role="img">`;
  if (lo < 0 && hi > 0) svg += `<line x1="${x(0)}" x2="${x(0)}" y1="4" y2="${H - 22}" stroke="#888" stroke-dasharray="3 3"/>`;
  rows.forEach((r, i) => {
    const y = 14 + i * rowH;
    const colour = r.good === undefined ? '#4c78a8' : r.good ? '#2e7d32' : '#c62828';
    svg += `<text x="${L - 8}" y="${y + 4}" text-anchor="end" font-size="12">${esc(r.label)}</text>`;
    svg += `<line x1="${x(Math.max(lo, r.lo))}" x2="${x(Math.min(hi, r.hi))}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="2"/>`;
    svg += `<circle cx="${x(Math.min(hi, Math.max(lo, r.value)))}" cy="${y}" r="4.5" fill="${colour}"/>`;
    svg += `<text x="${W - R + 6}" y="${y + 4}" font-size="11">${esc(fmt(r.value))}</text>`;
  });
  svg += `<text x="${L}" y="${H - 6}" font-size="11">${esc(fmt(lo))}</text><text x="${W - R}" y="${H - 6}" font-size="11" text-anchor="end">${esc(fmt(hi))}</text>`;
  return svg + '</svg>';
}

/** Survival per bot with Wilson intervals, on 0..100%. */
function survivalChart(r: LabReport): string {
  const rows = Object.entries(r.bots).map(([n, b]) => ({ label: n, value: b.survivalRate, lo: b.survivalCi.lo, hi: b.survivalCi.hi }));
  return forest(rows, 0, 1, pct);
}

/** Valuation quantiles per bot on a log scale: whisker p10-p90, box p25-p75, tick at the median. */
function valuationChart(r: LabReport): string {
  const entries = Object.entries(r.bots);
  const W = 760, L = 250, R = 30, rowH = 28;
  const H = entries.length * rowH + 34;
  const lo = 5, hi = 10; // 10^5 .. 10^10 USD
  const x = (v: number) => L + ((Math.min(hi, Math.max(lo, Math.log10(Math.max(1, v)))) - lo) / (hi - lo)) * (W - L - R);
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" role="img">`;
  for (let e = lo; e <= hi; e++) svg += `<line x1="${x(10 ** e)}" x2="${x(10 ** e)}" y1="4" y2="${H - 22}" stroke="#ddd"/><text x="${x(10 ** e)}" y="${H - 6}" font-size="11" text-anchor="middle">${esc(usdM(10 ** e))}</text>`;
  entries.forEach(([n, b], i) => {
    const q = b.valuation.quantiles;
    const y = 16 + i * rowH;
    const c = BOT_COLOURS[i % BOT_COLOURS.length]!;
    svg += `<text x="${L - 8}" y="${y + 4}" text-anchor="end" font-size="12">${esc(n)}</text>`;
    svg += `<line x1="${x(q[0]!)}" x2="${x(q[4]!)}" y1="${y}" y2="${y}" stroke="${c}" stroke-width="2"/>`;
    svg += `<rect x="${x(q[1]!)}" y="${y - 7}" width="${Math.max(1, x(q[3]!) - x(q[1]!))}" height="14" fill="${c}" fill-opacity="0.35" stroke="${c}"/>`;
    svg += `<line x1="${x(q[2]!)}" x2="${x(q[2]!)}" y1="${y - 9}" y2="${y + 9}" stroke="#000" stroke-width="2"/>`;
  });
  return svg + '</svg>';
}

function eventsTable(r: LabReport): string {
  const names = Object.keys(r.bots);
  if (!names.length) return '';
  const ids = Object.keys(r.bots[names[0]!]!.eventsPerGame);
  let max = 0;
  for (const n of names) for (const id of ids) max = Math.max(max, r.bots[n]!.eventsPerGame[id]!);
  const cell = (v: number) => `<td style="background:rgba(228,87,86,${max ? (v / max) * 0.6 : 0})">${v.toFixed(2)}</td>`;
  return `<table><tr><th>event 事件</th>${names.map((n) => `<th>${esc(n)}</th>`).join('')}</tr>${ids.map((id) => `<tr><td>${esc(id)}</td>${names.map((n) => cell(r.bots[n]!.eventsPerGame[id]!)).join('')}</tr>`).join('')}</table>`;
}

function factorMetricUnit(f: FactorEffect): (x: number) => string {
  if (f.metric === 'survival' || f.metric === 'survival8') return (x) => `${(x * 100).toFixed(1)} pp`;
  if (f.metric === 'valuation') return usdM;
  if (f.metric === 'founderBp') return (x) => `${(x / 100).toFixed(2)} pts`;
  return (x) => `${x.toFixed(2)}/game`;
}

function factorsSection(r: LabReport): string {
  if (!r.factors.length) return '';
  const surv = forest(r.factors.map((f) => ({ label: `${f.factor} (${f.section})`, value: f.survivalEffect, lo: f.ci.lo, hi: f.ci.hi })),
    Math.min(-0.05, ...r.factors.map((f) => f.ci.lo)), Math.max(0.05, ...r.factors.map((f) => f.ci.hi)), (x) => `${(x * 100).toFixed(1)} pp`);
  // Each claim has its own unit, so each gets its own small axis, scaled to its interval.
  const claims = r.factors.map((f) => {
    const m = Math.max(Math.abs(f.effectCi.lo), Math.abs(f.effectCi.hi), 1e-9) * 1.15;
    return `<div class="claim"><p><b>${f.holds ? '✔' : '✘'} ${esc(f.label.en)}</b> / ${esc(f.label.zh)} <span class="sec">${esc(f.section)}</span><br>${esc(f.claim.en)} / ${esc(f.claim.zh)}<br><small>${esc(f.metric)}: ${esc(factorMetricUnit(f)(f.effect))}, 95% CI [${esc(factorMetricUnit(f)(f.effectCi.lo))}, ${esc(factorMetricUnit(f)(f.effectCi.hi))}], z = ${f.z.toFixed(1)}, ${f.games} paired seeds</small></p>${forest([{ label: f.expect === 'higher' ? 'expected above 0' : 'expected below 0', value: f.effect, lo: f.effectCi.lo, hi: f.effectCi.hi, good: f.holds }], -m, m, factorMetricUnit(f))}</div>`;
  }).join('');
  return `<h2>Factor effects 因素效应</h2><p>Each factor: the seed's recommended setting minus the warned-against one, same seeds and the same rolls (common random numbers); bars are 95% intervals of the paired difference. 每个因素：推荐做法减去警示做法，相同种子与相同随机数。</p><h3>Effect on survival 对存活率的影响</h3>${surv}<h3>The seed's claims 原文的判断</h3>${claims}`;
}

function strategiesSection(r: LabReport): string {
  const s = r.strategies;
  if (!s) return '';
  const rows = Object.keys(s.scores).map((n) => `<tr><td>${esc(n)}</td>${s.scores[n]!.map((v, i) => `<td class="${s.best[s.scenarios[i]!] === n ? 'best' : s.topTier[n]![i] ? 'tier' : ''}">${esc(usdM(v))} · ${esc(pct(s.survival[n]![i]!))}</td>`).join('')}</tr>`).join('');
  const verdict = !s.judged ? 'Only one scenario: a dominant strategy needs two or more scenarios to judge. 仅一个场景，无法判断。'
    : s.dominant.length ? `Dominant strategy 存在优势策略: ${esc(s.dominant.join(', '))} (in the top tier of every scenario)` : 'No dominant strategy: no strategy is in the top tier of every scenario. 无优势策略：没有一种策略在所有场景中都名列前茅。';
  const common = s.judged ? `<p>${s.commonDecisions.length ? `Decisions the greedy search made on every scenario 所有场景中搜索都选择的决策: ${esc(s.commonDecisions.join(', '))}` : 'No single decision was chosen by the search on every scenario. 没有一项决策在所有场景中都被选中。'}</p>` : '';
  const greedy = Object.keys(s.greedy).map((id) => `<li>${esc(id)}: ${esc(strategyDiff(s.greedy[id]!.strategy))}</li>`).join('');
  return `<h2>Strategies 策略</h2><p>Mean founders' stake (valuation × founders' ownership, 0 when bankrupt) · survival rate. Best per scenario in bold; light green: not beaten by the best with 95% confidence over the same seeds. 平均创始人股权价值 · 存活率；粗体为最佳，浅绿为与最佳无显著差异。</p><table><tr><th>strategy</th>${s.scenarios.map((id) => `<th>${esc(id)}</th>`).join('')}</tr>${rows}</table><p class="verdict">${verdict}</p><p>Greedy search result per scenario (changes from the balanced player) 各场景贪心搜索结果:</p><ul>${greedy}</ul>${common}`;
}

/** Pure. The whole report as an HTML document. */
export function reportHtml(r: LabReport, seedBase = 0): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Balance lab: ${esc(r.scenario)}</title><style>
body{font-family:"Noto Sans SC",system-ui,sans-serif;max-width:1000px;margin:24px auto;padding:0 16px;color:#222}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 8px;font-size:13px;text-align:right}td:first-child,th:first-child{text-align:left}
.best{background:#c8e6c9;font-weight:bold}.tier{background:#e8f5e9}.claim{border-top:1px solid #eee;margin-top:6px}.claim p{margin:6px 0 0}.sec{color:#666}.verdict{font-weight:bold}
</style></head><body><h1>Balance lab 平衡实验室: ${esc(r.scenario)}</h1>
<p>${r.games} games per bot, seeds ${seedBase + 1}..${seedBase + r.games}. 每个机器人 ${r.games} 局。</p>
<h2>Survival 存活率 (95% Wilson interval)</h2>${survivalChart(r)}
<h2>Final valuation 最终估值 (p10–p90, box p25–p75, median)</h2>${valuationChart(r)}
<h2>Events per game 每局事件次数</h2>${eventsTable(r)}
${factorsSection(r)}${strategiesSection(r)}</body></html>
`;
}
