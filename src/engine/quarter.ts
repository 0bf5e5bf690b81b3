// The quarter pipeline: a fixed, ordered list of systems run by `endQuarter`, then the funding
// checks, the end conditions and the quarter's KPIs. `prepareQuarter` is the part before any roll:
// the views (odds, forecast, investors) run exactly it, so they see what the quarter will see.
import type { EngineEvent } from './events-types';
import type { Factors, QuarterCtx } from './factors';
import { computeFactors } from './factors';
import type { Scenario } from './scenario/schema';
import { complianceBp, founderBp, headcount, totalOutflow } from './selectors';
import type { State } from './state';
import { runCompliance } from './systems/compliance';
import { eventChecks, runEvents } from './systems/events';
import { checkCovenants, fundamentalValue, runFinance, valuation } from './systems/finance';
import { runMarket } from './systems/market';
import { runProduct } from './systems/product';
import { runTeam } from './systems/team';

/** What the systems computed before the rolls: the inputs of every event's probability. */
export interface Prepared {
  ctx: QuarterCtx;
  factors: Factors;
  prevCosts: number;
}

/** Mutates a copied state through the quarter's systems up to (not including) the event rolls.
 *  Deterministic: no roll is drawn before the events. */
export function prepareQuarter(s: State, sc: Scenario, out: EngineEvent[]): Prepared {
  let prevCosts = 0;
  for (const k of s.history) prevCosts += k.costs;
  const headcountStart = headcount(s) + s.leftThisQuarter;
  runTeam(s, sc, out);
  const prod = runProduct(s, sc);
  const { revenue, newCustomers } = runMarket(s, sc);
  runFinance(s, sc);
  runCompliance(s, sc);
  const ctx: QuarterCtx = {
    revenue,
    costs: 0,
    ...prod,
    headcountStart,
    newCustomers,
    valuation: valuation(s, sc, revenue),
    fundamentals: fundamentalValue(s, sc, revenue),
  };
  return { ctx, factors: computeFactors(s, sc, ctx), prevCosts };
}

/** Mutates a copied state through one quarter; pushes what happened to `out`. */
export function runQuarter(s: State, sc: Scenario, out: EngineEvent[]): void {
  const { ctx, factors, prevCosts } = prepareQuarter(s, sc, out);
  const revenue = ctx.revenue;
  const fired = runEvents(s, sc, eventChecks(s, sc, factors, ctx.fundamentals), revenue, out);
  const penalty = checkCovenants(s, sc);
  if (penalty > 0) out.push({ type: 'covenantBreached', penalty });
  const customers: Record<string, number> = {};
  for (const id of Object.keys(s.markets)) customers[id] = s.markets[id]!.customers;
  const kpi = {
    quarter: s.quarter,
    cash: s.cash,
    revenue,
    costs: totalOutflow(s) - prevCosts,
    customers,
    headcount: headcount(s),
    valuation: valuation(s, sc, revenue),
    founderBp: founderBp(s),
    quality: s.quality,
    brand: s.brand,
    morale: s.morale,
    complianceBp: complianceBp(s),
    markets: s.policy.markets.length,
    fired,
  };
  s.history = [...s.history, kpi];
  out.push({ type: 'quarterClosed', kpi });
  s.leftThisQuarter = 0;
  if (s.cash < 0) {
    s.status = 'bankrupt';
    out.push({ type: 'gameOver', outcome: 'bankrupt' });
  } else if (s.quarter + 1 >= sc.quarters.v) {
    s.status = 'finished';
    out.push({ type: 'gameOver', outcome: 'finished' });
  }
  s.quarter += 1;
}
