// From game summaries to the balance lab's figures: per-bot rates with intervals, quantiles, event
// frequencies and failure causes; per-factor paired effects with their intervals and the seed's
// direction checked. Pure and order-fixed, so the same games always give the same report.
import type { FactorDef, Metric } from './factor-defs';
import type { GameSummary } from './game';
import type { Interval, MeanCi } from './stats';
import { excludesZero, meanCi, pairedDiff, quantiles, wilson } from './stats';

export const QUANTILES = [0.1, 0.25, 0.5, 0.75, 0.9] as const;

export interface BotReport {
  games: number;
  survived: number;
  survivalRate: number;
  survivalCi: Interval;
  /** Alive after the first two years (quarter 8). */
  survival8Rate: number;
  valuation: { quantiles: number[]; mean: number };
  founderOwnership: { quantiles: number[]; mean: number };
  /** Founders' stake: valuation × ownership for survivors, 0 for the bankrupt; the lab's score. */
  stakeMean: number;
  /** Event id → times fired over all games. */
  events: Record<string, number>;
  /** Event id → mean times fired per game. */
  eventsPerGame: Record<string, number>;
  /** Failure cause → bankruptcies with that cause, most common first. */
  causes: Record<string, number>;
  topCause: string | null;
}

/** Pure. The founders' stake of one game: what the founders' shares are worth at the end. */
export function stake(g: GameSummary): number {
  return g.survived ? Math.floor((g.valuation * g.founderBp) / 10000) : 0;
}

/** Pure. Aggregates one bot's games (in seed order). */
export function botReport(games: readonly GameSummary[], eventIds: readonly string[]): BotReport {
  const n = games.length;
  let survived = 0;
  let alive8 = 0;
  let stakeSum = 0;
  const counts = new Array<number>(eventIds.length).fill(0);
  const causes: Record<string, number> = {};
  for (const g of games) {
    if (g.survived) survived++;
    if (alive8q(g)) alive8++;
    stakeSum += stake(g);
    for (let i = 0; i < counts.length; i++) counts[i]! += g.events[i] ?? 0;
    if (g.cause) causes[g.cause] = (causes[g.cause] ?? 0) + 1;
  }
  const ordered = Object.keys(causes).sort((a, b) => causes[b]! - causes[a]! || (a < b ? -1 : 1));
  const vals = games.map((g) => g.valuation);
  const owns = games.map((g) => g.founderBp);
  return {
    games: n,
    survived,
    survivalRate: n ? survived / n : 0,
    survivalCi: wilson(survived, n),
    survival8Rate: n ? alive8 / n : 0,
    valuation: { quantiles: quantiles(vals, QUANTILES), mean: meanCi(vals).mean },
    founderOwnership: { quantiles: quantiles(owns, QUANTILES), mean: meanCi(owns).mean },
    stakeMean: n ? stakeSum / n : 0,
    events: Object.fromEntries(eventIds.map((id, i) => [id, counts[i]!])),
    eventsPerGame: Object.fromEntries(eventIds.map((id, i) => [id, n ? counts[i]! / n : 0])),
    causes: Object.fromEntries(ordered.map((c) => [c, causes[c]!])),
    topCause: ordered[0] ?? null,
  };
}

const alive8q = (g: GameSummary): boolean => g.survived || g.quarters > 8;

/** Pure. One game's value of a metric. */
export function metricValue(m: Metric, g: GameSummary, eventIds: readonly string[]): number {
  switch (m.kind) {
    case 'survival': return g.survived ? 1 : 0;
    case 'survival8': return alive8q(g) ? 1 : 0;
    case 'valuation': return g.valuation;
    case 'founderBp': return g.founderBp;
    case 'events': {
      let n = 0;
      for (const id of m.ids) {
        const i = eventIds.indexOf(id);
        if (i >= 0) n += g.events[i] ?? 0;
      }
      return n;
    }
  }
}

export interface FactorEffect {
  factor: string;
  section: string;
  label: FactorDef['label'];
  claim: FactorDef['claim'];
  games: number;
  /** Survival rate with the good setting minus with the bad one, same seeds. */
  survivalEffect: number;
  ci: Interval;
  valuationEffect: number;
  valuationCi: Interval;
  /** The claim's own metric: good minus bad, its interval, and whether the seed's direction holds
   *  with an interval that excludes zero. `z` is the effect in standard errors. */
  metric: string;
  expect: 'higher' | 'lower';
  effect: number;
  effectCi: Interval;
  z: number;
  holds: boolean;
}

/** Pure. The paired effect of one factor from its good and bad runs over the same seeds. */
export function factorEffect(def: FactorDef, good: readonly GameSummary[], bad: readonly GameSummary[], eventIds: readonly string[]): FactorEffect {
  const diff = (f: (g: GameSummary) => number): MeanCi => pairedDiff(good.map(f), bad.map(f));
  const surv = diff((g) => (g.survived ? 1 : 0));
  const val = diff((g) => g.valuation);
  const m = diff((g) => metricValue(def.metric, g, eventIds));
  const signed = def.expect === 'higher' ? m.mean : -m.mean;
  return {
    factor: def.id,
    section: def.section,
    label: def.label,
    claim: def.claim,
    games: good.length,
    survivalEffect: surv.mean,
    ci: surv.ci,
    valuationEffect: val.mean,
    valuationCi: val.ci,
    metric: def.metric.kind === 'events' ? `events:${def.metric.ids.join('+')}` : def.metric.kind,
    expect: def.expect,
    effect: m.mean,
    effectCi: m.ci,
    z: m.se > 0 ? m.mean / m.se : m.mean === 0 ? 0 : m.mean > 0 ? Infinity : -Infinity,
    holds: signed > 0 && excludesZero(m.ci),
  };
}
