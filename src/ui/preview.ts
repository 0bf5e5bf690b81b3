// What a decision would do, computed before it is committed: the engine's own `step` on a copy
// (so cost and refusals are exact), standing cost per quarter and runway before and after (hires
// still to arrive counted on the payroll), and
// the event probabilities the decision moves, estimated as if the quarter ended now.
import type { Action, Rejection } from '../engine/actions';
import { computeFactors } from '../engine/factors';
import type { QuarterCtx } from '../engine/factors';
import type { Scenario } from '../engine/scenario-schema';
import { headcount, lastRevenue, plannedCosts, runwayQuarters } from '../engine/selectors';
import type { State } from '../engine/state';
import { cloneState } from '../engine/state';
import { step } from '../engine/step';
import { probability } from '../engine/systems/events';
import { valuation } from '../engine/systems/finance';

export interface OddsChange { id: string; before: number | null; after: number | null }

export interface Preview {
  ok: boolean;
  rejection?: Rejection;
  /** Cash paid the moment the decision is committed. */
  costNow: number;
  perQuarterBefore: number;
  perQuarterAfter: number;
  runwayBefore: number;
  runwayAfter: number;
  odds: OddsChange[];
  after: State;
}

/** Pure. The state as the quarter's end would see it before rolls: due hires have arrived. */
function withArrivals(s: State): State {
  const c = cloneState(s);
  for (const a of c.arriving) if (a.quarter <= c.quarter) c.staff[a.role] += a.count;
  return c;
}

/** Pure. The probability (bp) of each scenario event that would be rolled if the quarter ended now;
 *  an event that would not be rolled at all (nothing pending) is absent. */
export function estimateOdds(s: State, sc: Scenario): Record<string, number> {
  const model = sc.models[s.policy.modelScale];
  const rev = lastRevenue(s);
  const ctx: QuarterCtx = {
    revenue: rev, costs: 0, computeNeed: model.computeNeed.v, computeAvail: s.computeOwned + s.policy.computeRent,
    dataNeed: model.dataNeed.v, headcountStart: headcount(s) + s.leftThisQuarter, newCustomers: 0, valuation: valuation(s, sc, rev), fundamentals: valuation(s, sc, rev),
  };
  const f = computeFactors(withArrivals(s), sc, ctx);
  const out: Record<string, number> = {};
  for (const def of sc.events) {
    const rolled = def.when === 'always' || (def.when === 'roundPending' && s.pending.round !== null)
      || (def.when === 'grantPending' && s.pending.grant) || (def.when === 'partnerPending' && s.pending.partner !== null);
    if (!rolled) continue;
    const last = s.lastFired[def.id];
    const cooling = def.cooldown !== undefined && last !== undefined && s.quarter - last < def.cooldown.v;
    out[def.id] = cooling ? 0 : probability(def, f).bp;
  }
  return out;
}

/** Pure. The state with every pending hire on the payroll: standing costs and runway are about
 *  the quarters ahead, and a hire who starts next quarter is paid from then on. */
function staffed(s: State): State {
  if (s.arriving.length === 0) return s;
  const c = cloneState(s);
  for (const a of c.arriving) c.staff[a.role] += a.count;
  c.arriving = [];
  return c;
}

/** Pure. Runway in quarters as the header shows it: pending hires counted on the payroll. */
export function runwayAhead(s: State, sc: Scenario): number {
  return runwayQuarters(staffed(s), sc);
}

/** Pure. Never throws on a schema-valid action. */
export function previewAction(s: State, sc: Scenario, action: Action): Preview {
  const perQuarterBefore = plannedCosts(staffed(s), sc);
  const runwayBefore = runwayQuarters(staffed(s), sc);
  const r = step(s, action, sc);
  if (!r.ok) return { ok: false, rejection: r.rejection, costNow: 0, perQuarterBefore, perQuarterAfter: perQuarterBefore, runwayBefore, runwayAfter: runwayBefore, odds: [], after: s };
  const ev = r.events.find((e) => e.type === 'decided');
  const costNow = ev && ev.type === 'decided' ? ev.cost : 0;
  const before = estimateOdds(s, sc);
  const after = estimateOdds(r.state, sc);
  const odds: OddsChange[] = [];
  for (const def of sc.events) {
    const b = before[def.id] ?? null;
    const a = after[def.id] ?? null;
    if (b !== a) odds.push({ id: def.id, before: b, after: a });
  }
  odds.sort((x, y) => Math.abs((y.after ?? 0) - (y.before ?? 0)) - Math.abs((x.after ?? 0) - (x.before ?? 0)) || (x.id < y.id ? -1 : 1));
  return { ok: true, costNow, perQuarterBefore, perQuarterAfter: plannedCosts(staffed(r.state), sc), runwayBefore, runwayAfter: runwayQuarters(staffed(r.state), sc), odds, after: r.state };
}
