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
function forest(
  rows: { label: string; value: number; lo: number; hi: number; good?: boolean }[],
  lo: number,
  hi: number,
  fmt: (x: number) => string,
): string {
  const W = 760,
    L = 250,
    R = 110,
    rowH = 24;
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
  const W = 760,
    L = 250,
    R = 30,
    rowH = 28;
  const H = entries.length * rowH + 34;
  const lo = 5,
    hi = 10; // 10^5 .. 10^10 USD
  const x = (v: number) => L + ((Math.min(hi, Math.max(lo, Math.log10(Math.max(1, v)))) - lo) / (hi - lo)) * (W - L - R);
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" role="img">`;
  for (let e = lo; e <= hi; e++)
    svg += `<line x1="${x(10 ** e)}" x2="${x(10 ** e)}" y1="4" y2="${H - 22}" stroke="#ddd"/><text x="${x(10 ** e)}" y="${H - 6}" font-size="11" text-anchor="middle">${esc(usdM(10 ** e))}</text>`;
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

const pp = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} pp`;
const usdSigned = (x: number) => `${x >= 0 ? '+' : '−'}$${(Math.abs(x) / 1e6).toFixed(2)}M`;

function checkUnit(metric: string): (x: number) => string {
  if (metric === 'survival' || metric === 'survival8') return pp;
  if (metric === 'valuation') return usdSigned;
  if (metric === 'founderBp') return (x) => `${(x / 100).toFixed(2)} pts`;
  return (x) => `${x.toFixed(2)}/game`;
}

/** A forest of one outcome over the measured factors, each bar green when clearly for the essay,
 *  red when clearly against, grey when the interval includes 0. */
function outcomeForest(
  fs: readonly FactorEffect[],
  value: (f: FactorEffect) => number,
  ci: (f: FactorEffect) => { lo: number; hi: number },
  z: (f: FactorEffect) => number,
  fmt: (x: number) => string,
  floor: number,
): string {
  const lo = Math.min(-floor, ...fs.map((f) => ci(f).lo));
  const hi = Math.max(floor, ...fs.map((f) => ci(f).hi));
  return forest(
    fs.map((f) => ({
      label: `${f.factor} (z ${z(f).toFixed(1)})`,
      value: value(f),
      lo: ci(f).lo,
      hi: ci(f).hi,
      good: ci(f).lo > 0 ? true : ci(f).hi < 0 ? false : undefined,
    })),
    lo,
    hi,
    fmt,
  );
}

function factorsSection(r: LabReport): string {
  if (!r.factors.length) return '';
  const fs = r.factors.filter((f) => f.measured);
  const surv = outcomeForest(
    fs,
    (f) => f.survivalEffect,
    (f) => f.ci,
    (f) => f.survivalZ,
    pp,
    0.05,
  );
  const stake = outcomeForest(
    fs,
    (f) => f.stakeEffect,
    (f) => f.stakeCi,
    (f) => f.stakeZ,
    usdSigned,
    100_000,
  );
  const rows = r.factors
    .map((f) => {
      if (!f.measured)
        return `<tr class="na"><td>n/a 未测</td><td><b>${esc(f.label.en)}</b><br>${esc(f.label.zh)} <span class="sec">${esc(f.section)}</span></td><td colspan="4">${esc(f.reason?.en ?? '')}<br>${esc(f.reason?.zh ?? '')}</td></tr>`;
      const c = f.eventCheck;
      const check = c
        ? `${esc(c.metric)}: ${esc(checkUnit(c.metric)(c.effect))} [${esc(checkUnit(c.metric)(c.effectCi.lo))}, ${esc(checkUnit(c.metric)(c.effectCi.hi))}] z ${c.z.toFixed(1)} ${c.holds ? '✔' : '✘'}`
        : '–';
      return (
        `<tr class="${f.holds ? 'holds' : 'fails'}"><td>${f.holds ? '✔ holds 成立' : '✘ not shown 未证实'}${f.clearlyAgainst.length ? `<br><b>against 相反: ${esc(f.clearlyAgainst.join(', '))}</b>` : ''}</td>` +
        `<td><b>${esc(f.label.en)}</b><br>${esc(f.label.zh)} <span class="sec">${esc(f.section)}</span><br>${esc(f.claim.en)} / ${esc(f.claim.zh)}<br><small>${esc(f.good.en)} / ${esc(f.good.zh)}<br>vs ${esc(f.bad.en)} / ${esc(f.bad.zh)}${f.note ? `<br>${esc(f.note.en)} / ${esc(f.note.zh)}` : ''}</small></td>` +
        `<td>${esc(f.judgedOn.join(' + '))}</td>` +
        `<td>${esc(pp(f.survivalEffect))}<br>[${esc(pp(f.ci.lo))}, ${esc(pp(f.ci.hi))}]<br>z ${f.survivalZ.toFixed(1)}</td>` +
        `<td>${esc(usdSigned(f.stakeEffect))}<br>[${esc(usdSigned(f.stakeCi.lo))}, ${esc(usdSigned(f.stakeCi.hi))}]<br>z ${f.stakeZ.toFixed(1)}</td>` +
        `<td><small>${check}</small></td></tr>`
      );
    })
    .join('');
  return (
    `<h2>Factor effects on outcomes 因素对结果的影响</h2><p>Each factor: the essay's way minus the warned-against way, same seeds and the same rolls (common random numbers); bars are 95% intervals of the paired difference (green: clearly for the essay, red: clearly against). A factor holds when an outcome it is judged on is clearly for the essay and neither survival nor the founders' stake is clearly against. 每个因素：原文推荐的做法减去它警告的做法，相同种子与相同随机数；横线为配对差值的 95% 区间（绿：明确支持原文，红：明确相反）。所评结果之一明确支持原文、且存活率与创始人股权价值都不明确相反时，判断成立。</p>` +
    `<h3>Survival 存活率</h3>${surv}<h3>Founders' stake 创始人股权价值 (valuation × ownership, 0 if bankrupt 估值 × 持股，破产为 0)</h3>${stake}` +
    `<h3>The essay's claims 原文的判断</h3><table><tr><th>verdict 结论</th><th>factor 因素</th><th>judged on 评判依据</th><th>survival 存活率</th><th>stake 股权价值</th><th>event check 事件次数（次要）</th></tr>${rows}</table>`
  );
}

function strategiesSection(r: LabReport): string {
  const s = r.strategies;
  if (!s) return '';
  const rows = Object.keys(s.scores)
    .map(
      (n) =>
        `<tr><td>${esc(n)}</td>${s.scores[n]!.map((v, i) => `<td class="${s.best[s.scenarios[i]!] === n ? 'best' : s.topTier[n]![i] ? 'tier' : ''}">${esc(usdM(v))} · ${esc(pct(s.survival[n]![i]!))}</td>`).join('')}</tr>`,
    )
    .join('');
  const bad = s.dominant.filter((d) => d.contradictsEssay);
  const verdict = !s.judged
    ? 'Only one scenario: a dominant strategy needs two or more scenarios to judge. 仅一个场景，无法判断。'
    : bad.length
      ? `Dominant strategy against the essay 存在违背原文的优势策略: ${esc(bad.map((d) => d.value).join(', '))}`
      : 'No dominant strategy against the essay. 没有违背原文的优势策略。';
  const dom = s.judged
    ? `<p>Dominant: chosen by the search, or beating the balanced player on stake with 95% confidence, on ≥ ${s.dominantAt} of ${s.scenarios.length} scenarios. 优势项：在至少 ${s.dominantAt} 个场景中被搜索选中，或以 95% 置信度胜过平衡型玩家。</p><table><tr><th>kind 类型</th><th>value 取值</th><th>scenarios 场景</th><th>against the essay? 违背原文？</th></tr>${s.dominant.map((d) => `<tr class="${d.contradictsEssay ? 'fails' : ''}"><td>${esc(d.kind)}</td><td>${esc(d.value)}${d.balanced ? ' (balanced)' : ''}</td><td>${esc(d.scenarios.join(', '))}</td><td>${d.contradictsEssay ? `yes 是: ${esc(d.why?.en ?? '')} / ${esc(d.why?.zh ?? '')}` : 'no 否'}</td></tr>`).join('') || '<tr><td colspan="4">none 无</td></tr>'}</table>`
    : '';
  const greedy = Object.keys(s.greedy)
    .map((id) => `<li>${esc(id)}: ${esc(strategyDiff(s.greedy[id]!.strategy))}</li>`)
    .join('');
  return `<h2>Strategies 策略</h2><p>Mean founders' stake (valuation × founders' ownership, 0 when bankrupt) · survival rate. Best per scenario in bold; light green: not beaten by the best with 95% confidence over the same seeds. 平均创始人股权价值 · 存活率；粗体为最佳，浅绿为与最佳无显著差异。</p><table><tr><th>strategy</th>${s.scenarios.map((id) => `<th>${esc(id)}</th>`).join('')}</tr>${rows}</table><p class="verdict">${verdict}</p>${dom}<p>Greedy search result per scenario (changes from the balanced player) 各场景贪心搜索结果:</p><ul>${greedy}</ul>`;
}

/** Pure. The whole report as an HTML document. */
export function reportHtml(r: LabReport, seedBase = 0): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Balance lab: ${esc(r.scenario)}</title><style>
body{font-family:"Noto Sans SC",system-ui,sans-serif;max-width:1000px;margin:24px auto;padding:0 16px;color:#222}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 8px;font-size:13px;text-align:right}td:first-child,th:first-child{text-align:left}
.best{background:#c8e6c9;font-weight:bold}tr.fails td:first-child{color:#c62828}tr.holds td:first-child{color:#2e7d32}tr.na{color:#777}.tier{background:#e8f5e9}.claim{border-top:1px solid #eee;margin-top:6px}.claim p{margin:6px 0 0}.sec{color:#666}.verdict{font-weight:bold}
</style></head><body><h1>Balance lab 平衡实验室: ${esc(r.scenario)}</h1>
<p>${r.games} games per bot, seeds ${seedBase + 1}..${seedBase + r.games}. 每个机器人 ${r.games} 局。</p>
<h2>Survival 存活率 (95% Wilson interval)</h2>${survivalChart(r)}
<h2>Final valuation 最终估值 (p10–p90, box p25–p75, median)</h2>${valuationChart(r)}
<h2>Events per game 每局事件次数</h2>${eventsTable(r)}
${factorsSection(r)}${strategiesSection(r)}</body></html>
`;
}
