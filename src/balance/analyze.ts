// From game summaries to the balance lab's figures: per-bot rates with intervals, quantiles, event
// frequencies and failure causes; per-factor paired effects with their intervals, the essay's
// direction judged on outcomes (survival, founders' stake) and the event count as a secondary check.
// Pure and order-fixed, so the same games always give the same report.
import type { Scenario } from '../engine/index';
import type { Bilingual, FactorDef, Metric, Outcome } from './factor-defs';
import { unmeasured } from './factor-defs';
import type { GameSummary } from './game';
import type { Interval, MeanCi } from './stats';
import { excludesZero, meanCi, pairedDiff, quantiles, wilson, zScore } from './stats';

const QUANTILES = [0.1, 0.25, 0.5, 0.75, 0.9] as const;

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
function metricValue(m: Metric, g: GameSummary, eventIds: readonly string[]): number {
  switch (m.kind) {
    case 'survival':
      return g.survived ? 1 : 0;
    case 'survival8':
      return alive8q(g) ? 1 : 0;
    case 'valuation':
      return g.valuation;
    case 'founderBp':
      return g.founderBp;
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

/** One outcome's paired effect: the essay's way minus the warned-against way, same seeds. */
export interface OutcomeEffect {
  effect: number;
  ci: Interval;
  z: number;
}

export interface EventCheck {
  /** The metric counted, e.g. `events:privacyFine+biasLawsuit`, and the essay's direction on it. */
  metric: string;
  expect: 'higher' | 'lower';
  effect: number;
  effectCi: Interval;
  z: number;
  holds: boolean;
}

export interface FactorEffect {
  factor: string;
  section: string;
  label: Bilingual;
  claim: Bilingual;
  /** What each side is in this scenario, and (for a condition) which condition was read. */
  good: Bilingual;
  bad: Bilingual;
  note: Bilingual | null;
  games: number;
  /** False when the engine lacks the warned-against option (`reason` says which); nothing is played. */
  measured: boolean;
  reason: Bilingual | null;
  /** The outcomes the essay's direction is claimed on. */
  judgedOn: Outcome[];
  /** Survival rate with the essay's way minus with the warned-against way, same seeds; its 95%
   *  interval and z-score (effect in standard errors). */
  survivalEffect: number;
  ci: Interval;
  survivalZ: number;
  /** Mean founders' stake (USD: valuation × ownership, 0 when bankrupt), the same difference. */
  stakeEffect: number;
  stakeCi: Interval;
  stakeZ: number;
  valuationEffect: number;
  valuationCi: Interval;
  /** Outcomes (survival, stake) whose interval is clear of 0 in the essay's direction, or against it. */
  clearlyFor: Outcome[];
  clearlyAgainst: Outcome[];
  /** One judged outcome is clearly for the essay and neither outcome is clearly against it. */
  holds: boolean;
  /** The old event-count check (secondary), or null when the factor has none. */
  eventCheck: EventCheck | null;
}

const outcome = (m: MeanCi): OutcomeEffect => ({ effect: m.mean, ci: m.ci, z: zScore(m) });

/** Pure. Whether a factor holds on outcomes: one judged outcome clearly for the essay (its interval
 *  above 0), and neither survival nor stake clearly against it (interval below 0). */
export function judge(
  judgedOn: readonly Outcome[],
  effects: Record<Outcome, OutcomeEffect>,
): { clearlyFor: Outcome[]; clearlyAgainst: Outcome[]; holds: boolean } {
  const all: Outcome[] = ['survival', 'stake'];
  const clearlyFor = all.filter((o) => effects[o].ci.lo > 0);
  const clearlyAgainst = all.filter((o) => effects[o].ci.hi < 0);
  return { clearlyFor, clearlyAgainst, holds: clearlyAgainst.length === 0 && judgedOn.some((o) => clearlyFor.includes(o)) };
}

/** Pure. The paired effect of one factor from its runs of the essay's way (`good`) and the
 *  warned-against way (`bad`) over the same seeds; `sc` names the sides (and their conditions). */
export function factorEffect(
  def: FactorDef,
  sc: Scenario,
  good: readonly GameSummary[],
  bad: readonly GameSummary[],
  eventIds: readonly string[],
): FactorEffect {
  const sides = def.sides(sc);
  const why = unmeasured(def, sc);
  const measured = why === null;
  const diff = (f: (g: GameSummary) => number): MeanCi => pairedDiff(good.map(f), bad.map(f));
  const surv = outcome(diff((g) => (g.survived ? 1 : 0)));
  const stk = outcome(diff(stake));
  const val = diff((g) => g.valuation);
  const verdict = measured ? judge(def.judgedOn, { survival: surv, stake: stk }) : { clearlyFor: [], clearlyAgainst: [], holds: false };
  let eventCheck: EventCheck | null = null;
  if (def.check && measured) {
    const m = diff((g) => metricValue(def.check!.metric, g, eventIds));
    const signed = def.check.expect === 'higher' ? m.mean : -m.mean;
    const metric = def.check.metric;
    eventCheck = {
      metric: metric.kind === 'events' ? `events:${metric.ids.join('+')}` : metric.kind,
      expect: def.check.expect,
      effect: m.mean,
      effectCi: m.ci,
      z: zScore(m),
      holds: signed > 0 && excludesZero(m.ci),
    };
  }
  return {
    factor: def.id,
    section: def.section,
    label: def.label,
    claim: def.claim,
    good: sides.good.text,
    bad: sides.bad.text,
    note: sides.note ?? null,
    games: good.length,
    measured,
    reason: why,
    judgedOn: [...def.judgedOn],
    survivalEffect: surv.effect,
    ci: surv.ci,
    survivalZ: surv.z,
    stakeEffect: stk.effect,
    stakeCi: stk.ci,
    stakeZ: stk.z,
    valuationEffect: val.mean,
    valuationCi: val.ci,
    ...verdict,
    eventCheck,
  };
}
