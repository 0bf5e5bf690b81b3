// The balance lab's report on the page: survival per player with intervals, events per game, factor
// effects with their intervals and essay sections, the essay's claims checked, and the strategy
// search with any dominant strategy named. Built from the same LabReport the CLI prints.
import type { FactorEffect } from '../../balance/analyze';
import type { LabReport } from '../../balance/lab';
import { strategyDiff } from '../../balance/text';
import type { Scenario } from '../../engine/scenario-schema';
import type { Lang } from '../../i18n/index';
import { bl } from '../../i18n/balance-ui';
import { eventTitle } from '../describe';
import { h } from '../dom';
import { moneyShort } from '../format';
import { barSvg, forest, intervalSvg } from './lab-charts';

const pctText = (x: number, d = 1) => `${(x * 100).toFixed(d)}%`;
const signed = (x: number, d: number) => (x > 0 ? '+' : x < 0 ? '−' : '±') + Math.abs(x).toFixed(d);

/** A metric effect as a bare signed number (interval ends: the unit is said once, at the effect). */
function bare(L: Lang, metric: string, x: number): string {
  if (metric === 'survival' || metric === 'survival8') return signed(x * 100, 1);
  if (metric === 'valuation') return (x < 0 ? '−' : '+') + moneyShort(L, Math.abs(x));
  if (metric === 'founderBp') return signed(x / 100, 2);
  return signed(x, 3);
}

/** A metric effect in its own unit, in the reader's language. */
function effectText(L: Lang, metric: string, x: number): string {
  if (metric === 'survival' || metric === 'survival8') return bl(L, 'unitPp', { x: signed(x * 100, 1) });
  if (metric === 'valuation') return (x < 0 ? '−' : '+') + moneyShort(L, Math.abs(x));
  if (metric === 'founderBp') return bl(L, 'unitPts', { x: signed(x / 100, 2) });
  return bl(L, 'unitPerGame', { x: signed(x, 3) });
}

function metricName(L: Lang, sc: Scenario, metric: string): string {
  if (!metric.startsWith('events:')) return bl(L, `metric.${metric}`);
  return bl(L, 'metric.events', { events: metric.slice(7).split('+').map((id) => eventTitle(L, sc, id)).join(L === 'zh' ? '、' : ', ') });
}

function botLabel(L: Lang, name: string): string {
  return ['random', 'balanced', 'focused', 'scattered'].includes(name) ? bl(L, `bot.${name}`) : name;
}

function survival(L: Lang, r: LabReport): HTMLElement {
  const names = Object.keys(r.bots);
  const rows = names.map((n) => {
    const b = r.bots[n]!;
    return { key: n, label: n, value: b.survivalRate, lo: b.survivalCi.lo, hi: b.survivalCi.hi, text: `${pctText(b.survivalRate)} [${pctText(b.survivalCi.lo)}, ${pctText(b.survivalCi.hi)}]` };
  });
  const detail = h('details', { class: 'lab-numbers' }, h('summary', {}, bl(L, 'showNumbers')),
    h('table', { class: 'report-table', id: 'lab-bots' },
      h('thead', {}, h('tr', {}, [bl(L, 'colPlayer'), bl(L, 'colSurvival'), bl(L, 'colAlive8'), bl(L, 'colValuation'), bl(L, 'colFounders'), bl(L, 'colCause')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, names.map((n) => {
        const b = r.bots[n]!;
        const v = b.valuation.quantiles;
        const cause = b.topCause ? bl(L, 'causeOf', { cause: bl(L, `cause.${b.topCause}`), n: b.causes[b.topCause] ?? 0, of: b.games - b.survived }) : '–';
        return h('tr', {}, h('th', { scope: 'row' }, botLabel(L, n)), h('td', {}, pctText(b.survivalRate)), h('td', {}, pctText(b.survival8Rate)),
          h('td', {}, `${moneyShort(L, v[0]!)} / ${moneyShort(L, v[2]!)} / ${moneyShort(L, v[4]!)}`), h('td', {}, pctText(b.founderOwnership.quantiles[2]! / 10000, 0)), h('td', {}, cause));
      }))));
  return h('section', { class: 'lab-section', 'aria-labelledby': 'lab-survival-title' },
    h('h2', { id: 'lab-survival-title' }, bl(L, 'survivalTitle')),
    h('p', { class: 'muted small' }, bl(L, 'survivalHelp')),
    forest({ id: 'lab-survival', caption: bl(L, 'survivalTitle'), rows, dlo: 0, dhi: 1, fmt: (x) => pctText(x, 0), cols: [bl(L, 'colPlayer'), bl(L, 'colSurvival'), bl(L, 'colCi')] }),
    detail);
}

function events(L: Lang, sc: Scenario, r: LabReport): HTMLElement {
  const names = Object.keys(r.bots);
  const ids = names.length ? Object.keys(r.bots[names[0]!]!.eventsPerGame) : [];
  let max = 0;
  for (const n of names) for (const id of ids) max = Math.max(max, r.bots[n]!.eventsPerGame[id]!);
  return h('section', { class: 'lab-section', 'aria-labelledby': 'lab-events-title' },
    h('h2', { id: 'lab-events-title' }, bl(L, 'eventsTitle')),
    h('p', { class: 'muted small' }, bl(L, 'eventsHelp')),
    h('div', { class: 'table-scroll' }, h('table', { class: 'report-table lab-events', id: 'lab-events' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, bl(L, 'colEvent')), names.map((n) => h('th', { scope: 'col' }, n)))),
      h('tbody', {}, ids.map((id) => h('tr', { 'data-event': id }, h('th', { scope: 'row' }, eventTitle(L, sc, id)),
        names.map((n) => { const v = r.bots[n]!.eventsPerGame[id]!; return h('td', {}, h('span', { class: 'num' }, v.toFixed(2)), barSvg(v, max)); })))))));
}

function claimRow(L: Lang, sc: Scenario, f: FactorEffect): HTMLElement {
  const m = Math.max(Math.abs(f.effectCi.lo), Math.abs(f.effectCi.hi), 1e-9) * 1.15;
  const z = Number.isFinite(f.z) ? f.z.toFixed(1) : f.z > 0 ? '∞' : '−∞';
  return h('tr', { 'data-factor': f.factor, class: f.holds ? 'holds' : 'fails' },
    h('td', { class: 'verdict-cell' }, bl(L, f.holds ? 'holds' : 'fails')),
    h('th', { scope: 'row' }, f.label[L], h('span', { class: 'sub' }, f.section)),
    h('td', {}, f.claim[L], h('span', { class: 'sub' }, bl(L, 'claimMetric', { metric: metricName(L, sc, f.metric), effect: effectText(L, f.metric, f.effect), lo: bare(L, f.metric, f.effectCi.lo), hi: bare(L, f.metric, f.effectCi.hi), z, n: f.games }))),
    h('td', { class: 'plot' }, intervalSvg(f.effect, f.effectCi.lo, f.effectCi.hi, -m, m, f.holds)));
}

function factors(L: Lang, sc: Scenario, r: LabReport): HTMLElement | null {
  if (!r.factors.length) return null;
  const lim = Math.max(0.05, ...r.factors.map((f) => Math.max(Math.abs(f.ci.lo), Math.abs(f.ci.hi))));
  const rows = r.factors.map((f) => ({ key: f.factor, label: f.label[L], sub: f.section, value: f.survivalEffect, lo: f.ci.lo, hi: f.ci.hi,
    conclusive: f.ci.lo > 0 || f.ci.hi < 0, text: `${effectText(L, 'survival', f.survivalEffect)} [${bare(L, 'survival', f.ci.lo)}, ${bare(L, 'survival', f.ci.hi)}]` }));
  return h('section', { class: 'lab-section', 'aria-labelledby': 'lab-factors-title' },
    h('h2', { id: 'lab-factors-title' }, bl(L, 'factorsTitle')),
    h('p', { class: 'muted small' }, bl(L, 'factorsHelp')),
    forest({ id: 'lab-factors', caption: bl(L, 'survivalEffect'), rows, dlo: -lim, dhi: lim, fmt: (x) => signed(x * 100, 0), cols: [bl(L, 'colFactor'), bl(L, 'survivalEffect'), bl(L, 'colEffect')] }),
    h('h3', { id: 'lab-claims-title' }, bl(L, 'claimsTitle')),
    h('table', { class: 'report-table lab-claims', id: 'lab-claims', 'aria-labelledby': 'lab-claims-title' },
      h('thead', {}, h('tr', {}, ['', bl(L, 'colFactor'), bl(L, 'colClaim'), bl(L, 'colEffect')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, r.factors.map((f) => claimRow(L, sc, f)))));
}

function strategies(L: Lang, r: LabReport): HTMLElement | null {
  const s = r.strategies;
  if (!s) return null;
  const verdict = !s.judged ? bl(L, 'notJudged') : s.dominant.length ? bl(L, 'dominant', { names: s.dominant.join(', ') }) : bl(L, 'noDominant');
  const common = s.commonDecisions ?? [];
  return h('section', { class: 'lab-section', 'aria-labelledby': 'lab-strategies-title' },
    h('h2', { id: 'lab-strategies-title' }, bl(L, 'strategiesTitle')),
    h('p', { class: `lab-verdict ${s.dominant.length ? 'bad' : 'good'}`, id: 'lab-verdict', role: 'status' }, verdict),
    h('p', { class: 'muted small' }, bl(L, 'strategiesHelp')),
    h('div', { class: 'table-scroll' }, h('table', { class: 'report-table lab-strategies', id: 'lab-strategies' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, bl(L, 'colStrategy')), s.scenarios.map((id) => h('th', { scope: 'col' }, id)))),
      h('tbody', {}, Object.keys(s.scores).map((n) => h('tr', { 'data-strategy': n }, h('th', { scope: 'row' }, n),
        s.scores[n]!.map((v, i) => {
          const best = s.best[s.scenarios[i]!] === n;
          return h('td', { class: best ? 'best' : s.topTier[n]![i] ? 'tier' : '' }, `${moneyShort(L, v)} · ${pctText(s.survival[n]![i]!, 0)}`,
            best ? h('span', { class: 'mark' }, ` ${bl(L, 'best')}`) : s.topTier[n]![i] ? h('span', { class: 'mark' }, ` ${bl(L, 'tied')}`) : null);
        })))))),
    h('ul', { class: 'lab-greedy' }, Object.keys(s.greedy).map((id) => h('li', {}, bl(L, 'greedy', { id, diff: strategyDiff(s.greedy[id]!.strategy) })))),
    s.judged ? h('p', { id: 'lab-common' }, common.length ? bl(L, 'common', { list: common.join(', ') }) : bl(L, 'noCommon')) : null);
}

/** The whole report for the main scenario `sc` (event names come from it). */
export function reportView(L: Lang, sc: Scenario, r: LabReport): HTMLElement[] {
  return [survival(L, r), events(L, sc, r), factors(L, sc, r), strategies(L, r)].filter((x): x is HTMLElement => x !== null);
}
