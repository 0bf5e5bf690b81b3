// The balance report as one self-contained HTML file: inline CSS and SVG charts, no scripts, no
// external requests. Every piece of text from data is escaped. Headings in English, then Chinese,
// from the dictionary (src/i18n/balance-report.ts).
import { bi } from '../i18n/balance-report';
import type { BiParams, ReportKey } from '../i18n/balance-report';
import type { FactorEffect } from './analyze';
import type { LabReport } from './lab';
import { strategyDiff } from './text';

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const usdM = (x: number) => `$${(x / 1e6).toFixed(1)}M`;
/** A heading or note in English, then in Chinese: "Survival 存活率" (a note in brackets is kept
 *  apart with `sep` ' / ': "p10–p90, … / p10–p90，…"). */
function both(key: ReportKey, params?: BiParams, sep = ' '): string {
  const e = bi(key, params);
  return `${e.en}${sep}${e.zh}`;
}

/** A header cell in both languages. */
const th = (key: ReportKey): string => `<th>${both(key)}</th>`;
/** A header row of such cells. */
const headRow = (keys: readonly ReportKey[]): string => `<tr>${keys.map(th).join('')}</tr>`;

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
  const head = `<tr>${th('labReport.html.event')}${names.map((n) => `<th>${esc(n)}</th>`).join('')}</tr>`;
  const row = (id: string) => `<tr><td>${esc(id)}</td>${names.map((n) => cell(r.bots[n]!.eventsPerGame[id]!)).join('')}</tr>`;
  return `<table>${head}${ids.map(row).join('')}</table>`;
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

/** The factor's name in both languages and its sections of the essay. */
function factorName(f: FactorEffect): string {
  return `<b>${esc(f.label.en)}</b><br>${esc(f.label.zh)} <span class="sec">${esc(f.section)}</span>`;
}

/** The secondary event check: effect, interval, z and whether it went the expected way; '–' without one. */
function checkText(c: FactorEffect['eventCheck']): string {
  if (!c) return '–';
  const u = (x: number) => esc(checkUnit(c.metric)(x));
  return `${esc(c.metric)}: ${u(c.effect)} [${u(c.effectCi.lo)}, ${u(c.effectCi.hi)}] z ${c.z.toFixed(1)} ${c.holds ? '✔' : '✘'}`;
}

/** One row of the claims table. */
function factorRow(f: FactorEffect): string {
  if (!f.measured) {
    const reason = `${esc(f.reason?.en ?? '')}<br>${esc(f.reason?.zh ?? '')}`;
    return `<tr class="na"><td>${both('labReport.html.notMeasured')}</td><td>${factorName(f)}</td><td colspan="4">${reason}</td></tr>`;
  }
  const verdict = f.holds ? `✔ ${both('labReport.html.holds')}` : `✘ ${both('labReport.html.notShown')}`;
  const against = f.clearlyAgainst.length ? `<br><b>${both('labReport.html.against')}: ${esc(f.clearlyAgainst.join(', '))}</b>` : '';
  const note = f.note ? `<br>${esc(f.note.en)} / ${esc(f.note.zh)}` : '';
  const ways = `${esc(f.good.en)} / ${esc(f.good.zh)}<br>vs ${esc(f.bad.en)} / ${esc(f.bad.zh)}${note}`;
  return (
    `<tr class="${f.holds ? 'holds' : 'fails'}"><td>${verdict}${against}</td>` +
    `<td>${factorName(f)}<br>${esc(f.claim.en)} / ${esc(f.claim.zh)}<br><small>${ways}</small></td>` +
    `<td>${f.judgedOn.map((o) => both(o === 'survival' ? 'labReport.html.outcomeSurvival' : 'labReport.html.outcomeStake')).join(' + ')}</td>` +
    `<td>${esc(pp(f.survivalEffect))}<br>[${esc(pp(f.ci.lo))}, ${esc(pp(f.ci.hi))}]<br>z ${f.survivalZ.toFixed(1)}</td>` +
    `<td>${esc(usdSigned(f.stakeEffect))}<br>[${esc(usdSigned(f.stakeCi.lo))}, ${esc(usdSigned(f.stakeCi.hi))}]<br>z ${f.stakeZ.toFixed(1)}</td>` +
    `<td><small>${checkText(f.eventCheck)}</small></td></tr>`
  );
}

const CLAIM_COLUMNS: readonly ReportKey[] = [
  'labReport.html.colVerdict',
  'labReport.html.colFactor',
  'labReport.html.colJudgedOn',
  'labReport.html.colSurvival',
  'labReport.html.colStake',
  'labReport.html.colEventCheck',
];

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
  const rows = r.factors.map(factorRow).join('');
  return (
    `<h2>${both('labReport.html.factorsTitle')}</h2><p>${both('labReport.html.factorsIntro')}</p>` +
    `<h3>${both('labReport.html.survival')}</h3>${surv}` +
    `<h3>${both('labReport.html.stake')} (${both('labReport.html.stakeNote')})</h3>${stake}` +
    `<h3>${both('labReport.html.claims')}</h3><table>${headRow(CLAIM_COLUMNS)}${rows}</table>`
  );
}

type Dominant = NonNullable<LabReport['strategies']>['dominant'][number];

const DOMINANT_COLUMNS: readonly ReportKey[] = [
  'labReport.html.colKind',
  'labReport.html.colValue',
  'labReport.html.colScenarios',
  'labReport.html.colAgainst',
];

/** The decisions and strategies that dominate, each marked when it contradicts the essay. */
function dominantTable(dominant: readonly Dominant[]): string {
  const row = (d: Dominant) => {
    const value = `${esc(d.value)}${d.balanced ? ` (${both('labReport.html.balanced')})` : ''}`;
    const against = d.contradictsEssay
      ? `${both('labReport.html.yes')}: ${esc(d.why?.en ?? '')} / ${esc(d.why?.zh ?? '')}`
      : both('labReport.html.no');
    return (
      `<tr class="${d.contradictsEssay ? 'fails' : ''}"><td>${esc(d.kind)}</td><td>${value}</td>` +
      `<td>${esc(d.scenarios.join(', '))}</td><td>${against}</td></tr>`
    );
  };
  const rows = dominant.map(row).join('') || `<tr><td colspan="4">${both('labReport.html.none')}</td></tr>`;
  return `<table>${headRow(DOMINANT_COLUMNS)}${rows}</table>`;
}

function strategiesSection(r: LabReport): string {
  const s = r.strategies;
  if (!s) return '';
  const cls = (n: string, i: number) => (s.best[s.scenarios[i]!] === n ? 'best' : s.topTier[n]![i] ? 'tier' : '');
  const cells = (n: string) =>
    s.scores[n]!.map((v, i) => `<td class="${cls(n, i)}">${esc(usdM(v))} · ${esc(pct(s.survival[n]![i]!))}</td>`).join('');
  const rows = Object.keys(s.scores)
    .map((n) => `<tr><td>${esc(n)}</td>${cells(n)}</tr>`)
    .join('');
  const bad = s.dominant.filter((d) => d.contradictsEssay);
  const verdict = !s.judged
    ? both('labReport.html.oneScenario')
    : bad.length
      ? `${both('labReport.html.dominantAgainst')}: ${esc(bad.map((d) => d.value).join(', '))}`
      : both('labReport.html.noDominantAgainst');
  const at = bi('labReport.html.atOf', { at: s.dominantAt, n: s.scenarios.length });
  const dom = s.judged ? `<p>${both('labReport.html.dominantIntro', { at })}</p>${dominantTable(s.dominant)}` : '';
  const greedy = Object.keys(s.greedy)
    .map((id) => `<li>${esc(id)}: ${esc(strategyDiff(s.greedy[id]!.strategy))}</li>`)
    .join('');
  const head = `<tr>${th('labReport.html.colStrategy')}${s.scenarios.map((id) => `<th>${esc(id)}</th>`).join('')}</tr>`;
  return (
    `<h2>${both('labReport.html.strategies')}</h2><p>${both('labReport.html.strategiesIntro')}</p>` +
    `<table>${head}${rows}</table><p class="verdict">${verdict}</p>${dom}` +
    `<p>${both('labReport.html.greedy')}:</p><ul>${greedy}</ul>`
  );
}

/** The page's style sheet: three lines of rules. */
const STYLE = [
  'body{font-family:"Noto Sans SC",system-ui,sans-serif;max-width:1000px;margin:24px auto;padding:0 16px;color:#222}',
  'table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 8px;font-size:13px;text-align:right}' +
    'td:first-child,th:first-child{text-align:left}',
  '.best{background:#c8e6c9;font-weight:bold}tr.fails td:first-child{color:#c62828}tr.holds td:first-child{color:#2e7d32}' +
    'tr.na{color:#777}.tier{background:#e8f5e9}.claim{border-top:1px solid #eee;margin-top:6px}.claim p{margin:6px 0 0}' +
    '.sec{color:#666}.verdict{font-weight:bold}',
].join('\n');

/** Pure. The whole report as an HTML document. */
export function reportHtml(r: LabReport, seedBase = 0): string {
  const games = bi('labReport.html.games', { games: r.games });
  const seeds = bi('labReport.html.seeds', { from: seedBase + 1, to: seedBase + r.games });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${bi('labReport.html.title').en}: ${esc(r.scenario)}</title><style>
${STYLE}
</style></head><body><h1>${both('labReport.html.title')}: ${esc(r.scenario)}</h1>
<p>${games.en}, ${seeds.en}. ${games.zh}，${seeds.zh}。</p>
<h2>${both('labReport.html.survival')} (${both('labReport.html.wilson', {}, ' / ')})</h2>${survivalChart(r)}
<h2>${both('labReport.html.valuation')} (${both('labReport.html.spread', {}, ' / ')})</h2>${valuationChart(r)}
<h2>${both('labReport.html.events')}</h2>${eventsTable(r)}
${factorsSection(r)}${strategiesSection(r)}</body></html>
`;
}
