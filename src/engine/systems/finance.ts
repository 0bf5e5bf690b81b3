// Finance: marketing and partnership spend, loan interest and repayment, covenants, and the
// company's valuation (§1.4, §1.17).
import { CHANNELS } from '../ids';
import { CEILINGS } from '../bounds';
import { pay } from '../ledger';
import { divFloor, mulBp } from '../math';
import type { Scenario } from '../scenario/schema';
import { totalCustomers } from '../selectors';
import type { State } from '../state';

/** Mutates the copied state: the quarter's operating spend outside team, product and compliance. */
export function runFinance(s: State, sc: Scenario): void {
  for (const c of CHANNELS) pay(s, 'marketing', s.policy.marketing[c]);
  pay(s, 'partnerships', s.partnerships.length * sc.economics.partnershipCost.v);
  if (s.loans.length === 0) return;
  const left: State['loans'] = [];
  for (const l of s.loans) {
    pay(s, 'interest', mulBp(l.principal, l.rateBp));
    const due = divFloor(l.principal, l.quartersLeft);
    pay(s, 'repayment', due);
    const next = { ...l, principal: l.principal - due, quartersLeft: l.quartersLeft - 1 };
    if (next.quartersLeft > 0 && next.principal > 0) left.push(next);
  }
  s.loans = left;
}

/** Mutates the copied state after events: a loan's minimum-cash covenant, breached, costs a penalty. */
export function checkCovenants(s: State, sc: Scenario): number {
  let penalty = 0;
  for (const l of s.loans) if (s.cash < l.covenantMinCash) penalty += mulBp(l.principal, sc.funding.loan.penaltyBp.v);
  if (penalty > 0) pay(s, 'interest', penalty);
  return penalty;
}

/** Pure. What the business is worth by its numbers alone: annualized revenue times the multiple,
 *  plus the model and the customers. Investors price a new round from this (§1.17.2 "展示商业潜力"),
 *  not from the last round's price, so rounds cannot lift each other. */
export function fundamentalValue(s: State, sc: Scenario, revenue: number): number {
  const e = sc.economics;
  return mulBp(revenue * 4, e.revenueMultipleBp.v) + s.quality * e.qualityValue.v + totalCustomers(s) * 1000;
}

/** Pure. Valuation: annualized revenue times the multiple, plus what the model and customers are
 *  worth, never below the last round's pre-money decayed 5% a quarter since. */
export function valuation(s: State, sc: Scenario, revenue: number): number {
  let v = fundamentalValue(s, sc, revenue);
  const last = s.rounds[s.rounds.length - 1];
  if (last) {
    // The price the last investors paid for the business itself (its pre-money): the cash they put
    // in is not part of the numbers-based valuation either, so raising cannot lift the valuation.
    let floor = last.preMoney;
    for (let q = last.quarter; q < s.quarter; q++) floor = mulBp(floor, 9500);
    if (floor > v) v = floor;
  }
  return Math.min(CEILINGS.valuation, v);
}
