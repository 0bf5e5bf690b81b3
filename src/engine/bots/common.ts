// Shared building blocks for the bots: reading the company and proposing sensible actions.
// Bots are pure: their only randomness is a named stream (seed, quarter, bot purpose).
import type { Action } from '../actions';
import type { RoundKind } from '../ids';
import { byString } from '../ids';
import { divFloor } from '../math';
import type { Scenario } from '../scenario/schema';
import { lastRevenue, runwayQuarters, totalCustomers } from '../selectors';
import type { State } from '../state';
import { investorValuations } from '../views';

export type Bot = (s: State, sc: Scenario) => Action[];

/** Pure. Markets ranked by what a sober analyst would expect to earn first; ties by id. */
export function rankMarkets(sc: Scenario): string[] {
  const score = (id: string) => {
    const m = sc.markets[id]!;
    return divFloor(
      m.potential.v * m.refPrice.v * m.baseConversionBp.v,
      (3 + m.competitors.v) * m.salesCycle.v * (m.qualityBar.v + 200) * (10 + divFloor(m.entryCost.v, 50000)),
    );
  };
  return Object.keys(sc.markets).sort((a, b) => score(b) - score(a) || byString(a, b));
}

/** Pure. Markets ranked by the size of the prize alone (customers × price); ties by id. */
export function rankBySize(sc: Scenario): string[] {
  const size = (id: string) => sc.markets[id]!.potential.v * sc.markets[id]!.refPrice.v;
  return Object.keys(sc.markets).sort((a, b) => size(b) - size(a) || byString(a, b));
}

/** Pure. The next equity round: the latest stage whose investors would accept a pre-money in its
 *  range (angel at least), priced at what they accept (`investorValuations`) within the range,
 *  selling about a fifth of the company, or, given `need`, raising that much (§1.17.2 明确融资需求:
 *  know how much you need) within the round's range and never more than a fifth. */
export function nextRound(s: State, sc: Scenario, need?: number): Action | null {
  if (s.pending.round) return null;
  const vals = investorValuations(s, sc);
  let kind: RoundKind = 'angel';
  for (const k of STAGES) if (sc.funding.rounds[k].minPreMoney.v <= vals[k] && milestonesMet(s, sc, k)) kind = k;
  const r = sc.funding.rounds[kind];
  const preMoney = Math.min(r.maxPreMoney.v, Math.max(r.minPreMoney.v, vals[kind]));
  const fifth = divFloor(preMoney, 4);
  const want = Math.max(r.minAmount.v, Math.min(r.maxAmount.v, need === undefined ? fifth : Math.min(fifth, need)));
  return { type: 'raiseRound', kind, amount: want, preMoney };
}

/** Pure. Whether the company has shown what a round's investors ask for first (§1.17.3). */
export function milestonesMet(s: State, sc: Scenario, kind: RoundKind): boolean {
  const m = sc.funding.rounds[kind].milestones;
  return !m || (lastRevenue(s) >= m.minRevenue.v && totalCustomers(s) >= m.minCustomers.v);
}

const STAGES: readonly RoundKind[] = ['angel', 'seed', 'seriesA', 'seriesB'];

export function runway(s: State, sc: Scenario): number {
  return runwayQuarters(s, sc);
}
