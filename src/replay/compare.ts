// Side-by-side data for two runs of one scenario (a branch and its original, or two teams on one
// seed): KPI series per quarter for the charts, and the event checks that differ: same roll,
// other probability (with the factor pulls that moved it) or other outcome.
import type { Check, Kpi } from '../engine/index';
import { canonicalJson } from '../engine/index';
import type { Timeline } from './timeline';

const KPI_KEYS = [
  'cash',
  'revenue',
  'costs',
  'customers',
  'headcount',
  'valuation',
  'founderBp',
  'quality',
  'brand',
  'morale',
  'complianceBp',
  'markets',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

/** One check as the comparison shows it. */
export interface CheckSide {
  roll: number;
  probabilityBp: number;
  fired: boolean;
  cooldown: boolean;
  effects: Check['effects'];
}

export interface EventDifference {
  quarter: number;
  id: string;
  /** outcome: fired in one run only; probability: same outcome, other odds; roll: other seed;
   *  effects: fired in both, with other amounts (a fine scales with revenue);
   *  onlyA / onlyB: rolled in one run only (the event did not apply, or that run had ended). */
  change: 'outcome' | 'probability' | 'roll' | 'effects' | 'onlyA' | 'onlyB';
  a: CheckSide | null;
  b: CheckSide | null;
  /** Factors whose pull on this probability differs, in basis points. */
  pulls: { factor: string; a: number; b: number }[];
}

export interface Comparison {
  /** Quarters shown: the longer run's length. */
  quarters: number;
  /** The first 0-based quarter whose decisions differ, or null when one log extends the other. */
  firstDecisionDifference: number | null;
  /** Per KPI, one value per quarter for each run (null after a run ended). */
  series: Record<KpiKey, { a: (number | null)[]; b: (number | null)[] }>;
  events: EventDifference[];
}

function kpiValue(k: Kpi, key: KpiKey): number {
  if (key !== 'customers') return k[key];
  let n = 0;
  for (const m of Object.keys(k.customers)) n += k.customers[m]!;
  return n;
}

const side = (c: Check): CheckSide => ({
  roll: c.roll,
  probabilityBp: c.probabilityBp,
  fired: c.fired,
  cooldown: c.cooldown,
  effects: c.effects,
});

function diffChecks(q: number, as: readonly Check[], bs: readonly Check[], out: EventDifference[]): void {
  const byId = new Map(bs.map((c) => [c.id, c]));
  const seen = new Set<string>();
  for (const a of as) {
    const b = byId.get(a.id);
    seen.add(a.id);
    if (!b) {
      out.push({ quarter: q, id: a.id, change: 'onlyA', a: side(a), b: null, pulls: [] });
      continue;
    }
    const change =
      a.roll !== b.roll ? 'roll' : a.fired !== b.fired ? 'outcome' : a.probabilityBp !== b.probabilityBp ? 'probability' : null;
    if (!change && canonicalJson(a.effects) === canonicalJson(b.effects)) continue;
    const bPull = new Map(b.pulls.map((p) => [p.factor as string, p.deltaBp]));
    const pulls = a.pulls
      .filter((p) => p.deltaBp !== (bPull.get(p.factor) ?? 0))
      .map((p) => ({ factor: p.factor as string, a: p.deltaBp, b: bPull.get(p.factor) ?? 0 }));
    out.push({ quarter: q, id: a.id, change: change ?? 'effects', a: side(a), b: side(b), pulls });
  }
  for (const b of bs) if (!seen.has(b.id)) out.push({ quarter: q, id: b.id, change: 'onlyB', a: null, b: side(b), pulls: [] });
}

/** Pure. Both timelines must come from the same scenario (compare seeds yourself if it matters). */
export function compareTimelines(a: Timeline, b: Timeline): Comparison {
  const n = Math.max(a.steps.length, b.steps.length);
  const series = {} as Comparison['series'];
  for (const key of KPI_KEYS) {
    series[key] = { a: [], b: [] };
    for (let q = 0; q < n; q++) {
      const ka = a.steps[q]?.kpi;
      const kb = b.steps[q]?.kpi;
      series[key].a.push(ka ? kpiValue(ka, key) : null);
      series[key].b.push(kb ? kpiValue(kb, key) : null);
    }
  }
  let first: number | null = null;
  for (let q = 0; q < Math.min(a.steps.length, b.steps.length) && first === null; q++) {
    if (canonicalJson(a.steps[q]!.decisions) !== canonicalJson(b.steps[q]!.decisions)) first = q;
  }
  const events: EventDifference[] = [];
  for (let q = 0; q < n; q++) diffChecks(q, a.steps[q]?.checks ?? [], b.steps[q]?.checks ?? [], events);
  return { quarters: n, firstDecisionDifference: first, series, events };
}
