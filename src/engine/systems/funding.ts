// Funding rounds as investors see them (§1.17): each kind of investor weighs the round event's
// inputs its own way; how convinced they are sets the pre-money valuation they accept; an ask
// above it cuts the odds smoothly (by the square of the ratio) rather than to zero. The quarter's
// roll (events.ts) and the investors' view (views.ts) both call `roundOdds`: one code path.
import type { FactorPull } from '../events-types';
import type { FactorId } from '../factor-ids';
import type { Factors } from '../factors';
import type { RoundKind } from '../ids';
import { clamp, mulBp, ratioBp } from '../math';
import type { EventDef } from '../scenario/schema';

/** How much each kind of investor weighs a factor of the round event, in bp of the effect the
 *  scenario gives it (10000 = as written; unlisted factors as written). Directions from the essay,
 *  magnitudes design: angels back the founders and their team before any traction (§1.17.1,
 *  §1.17.3 companies F and G); the crowd backs a name it knows (§1.17.1: crowdfunding raises the
 *  company's profile); a Series A follows a validated product and market acceptance, a Series B
 *  growing results and a consolidated position (§1.17.3). Seed investors weigh as the scenario says. */
const ROUND_TASTE: Record<RoundKind, Partial<Record<FactorId, number>>> = {
  angel: { teamQuality: 15000, traction: 5000 },
  crowdfunding: { brand: 20000, traction: 5000, teamQuality: 5000 },
  seed: {},
  seriesA: { traction: 15000, brand: 5000 },
  seriesB: { traction: 20000, focused: 15000, teamQuality: 5000, brand: 5000 },
};

/** The factor that names the price of the ask: its magnitude in the scenario is replaced by the cut. */
const ASK_FACTOR: FactorId = 'richAsk';

export interface RoundAsk {
  kind: RoundKind;
  amount: number;
  preMoney: number;
}

export interface RoundOdds {
  /** The probability the round is rolled against (bp). */
  bp: number;
  /** The factors' pulls as this kind of investor weighs them, then the ask's cut as `richAsk`. */
  pulls: FactorPull[];
  /** The pre-money valuation these investors would accept. */
  valuation: number;
  /** The probability at that valuation (an ask at or below it). */
  atValuationBp: number;
  /** What is left of the odds after the ask's price (bp; 10000 = no cut). */
  askKeepBp: number;
}

/** Pure. The round event's probability before the ask's price, unclamped: the base plus each
 *  factor's pull weighted by this kind of investor. */
function conviction(def: EventDef, f: Factors, kind: RoundKind): { raw: number; pulls: FactorPull[] } {
  const taste = ROUND_TASTE[kind];
  let raw = def.base.v;
  const pulls: FactorPull[] = [];
  for (const x of def.factors) {
    if (x.factor === ASK_FACTOR) continue;
    const effect = Math.trunc((x.effect.v * (taste[x.factor] ?? 10000)) / 10000);
    const level = f[x.factor];
    const delta = Math.trunc((effect * level) / 10000);
    raw += delta;
    pulls.push({ factor: x.factor, level, effect, deltaBp: delta });
  }
  return { raw, pulls };
}

/** Pure. The pre-money valuation investors accept: the company's valuation (`valuation` in
 *  finance.ts) scaled by their conviction: half of it with none, all of it at 25%, 1.5 times it from 50%. */
function acceptedPreMoney(valuation: number, convictionBp: number): number {
  return mulBp(valuation, clamp(5000 + 2 * clamp(convictionBp, 0, 10000), 5000, 15000));
}

/** Pure. The odds of a round closing for this ask, given the quarter's factors and valuation.
 *  An ask above the accepted valuation keeps (accepted / asked)² of the odds. */
export function roundOdds(def: EventDef, f: Factors, valuation: number, ask: RoundAsk): RoundOdds {
  const { raw, pulls } = conviction(def, f, ask.kind);
  const accepted = acceptedPreMoney(valuation, raw);
  const lo = def.min ? def.min.v : 0;
  const hi = def.max ? def.max.v : 10000;
  let keep = 10000;
  if (ask.preMoney > accepted) {
    const r = ratioBp(accepted, ask.preMoney);
    keep = mulBp(r, r);
  }
  const before = Math.max(0, raw);
  const cut = mulBp(before, keep) - before;
  const named = def.factors.find((x) => x.factor === ASK_FACTOR);
  const level = clamp(ratioBp(ask.preMoney, accepted, 30000) - 10000, 0, 10000);
  pulls.push({ factor: ASK_FACTOR, level, effect: named ? named.effect.v : -10000, deltaBp: cut });
  return { bp: clamp(raw + cut, lo, hi), pulls, valuation: accepted, atValuationBp: clamp(raw, lo, hi), askKeepBp: keep };
}
