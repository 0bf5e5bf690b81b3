// Read-only figures derived from the state: headcount, ownership, runway, burn, compliance posture.
import { ROLES, TECH_ROLES } from './ids';
import type { Role } from './ids';
import type { Scenario } from './scenario/schema';
import type { State } from './state';
import { divFloor, mulBp, ratioBp } from './math';

/** Pure. People on the payroll now. */
export function headcount(s: State): number {
  let n = 0;
  for (const r of ROLES) n += s.staff[r];
  return n;
}

export function techHeads(s: State): number {
  let n = 0;
  for (const r of TECH_ROLES) n += s.staff[r];
  return n;
}

export function totalShares(s: State): number {
  let n = 0;
  for (const h of s.capTable) n += h.shares;
  return n;
}

/** Pure. The founders' ownership in basis points (rounded down). */
export function founderBp(s: State): number {
  const f = s.capTable.find((h) => h.holder === 'founders');
  return f ? ratioBp(f.shares, totalShares(s)) : 0;
}

/** Pure. Salary bill for one quarter, bonuses included. */
export function salaryBill(s: State, sc: Scenario): number {
  let n = 0;
  for (const r of ROLES) n += s.staff[r] * sc.roles[r as Role].salary.v;
  return n + mulBp(n, s.policy.bonusBp);
}

/** Pure. The standing quarterly spend the policy commits to (before revenue, interest and events). */
export function plannedCosts(s: State, sc: Scenario): number {
  const p = s.policy;
  const e = sc.economics;
  let c = salaryBill(s, sc) + headcount(s) * e.overheadPerHead.v;
  for (const ch of Object.keys(p.marketing) as (keyof typeof p.marketing)[]) c += p.marketing[ch];
  c += p.rndBudget + p.dataBudget + (p.augmentation ? e.augmentationCost.v : 0);
  c += mulBp(p.computeRent * e.computeRentPerUnit.v, s.computePriceBp);
  c += mulBp(mulBp(s.computeOwned * e.computeBuyPerUnit.v, s.computePriceBp), e.computeUpkeepBp.v);
  for (const pr of p.programmes) c += e.programmeCost[pr].v;
  c += s.partnerships.length * e.partnershipCost.v;
  return c;
}

/** Pure. Last closed quarter's revenue (0 before the first). */
export function lastRevenue(s: State): number {
  const h = s.history[s.history.length - 1];
  return h ? h.revenue : 0;
}

/** Pure. Net burn per quarter expected from the current policy and last revenue (0 or more). */
export function burn(s: State, sc: Scenario): number {
  return Math.max(0, plannedCosts(s, sc) - lastRevenue(s));
}

/** Pure. Quarters of cash left at the current burn; 99 when not burning. */
export function runwayQuarters(s: State, sc: Scenario): number {
  const b = burn(s, sc);
  return b === 0 ? 99 : Math.min(99, divFloor(Math.max(0, s.cash), b));
}

/** Pure. Compliance posture in bp: share of programmes funded plus compliance staff. */
export function complianceBp(s: State): number {
  const prog = ratioBp(s.policy.programmes.length, 6);
  const staff = ratioBp(s.staff.compliance, 2);
  return Math.floor((prog * 3 + staff) / 4);
}

/** Pure. Customers over all markets. */
export function totalCustomers(s: State): number {
  let n = 0;
  for (const k of Object.keys(s.markets)) n += s.markets[k]!.customers;
  return n;
}

/** Pure. Total outstanding debt principal. */
export function debt(s: State): number {
  let n = 0;
  for (const l of s.loans) n += l.principal;
  return n;
}

const INFLOWS = new Set(['founding', 'equity', 'debt', 'grants', 'revenue']);

/** Pure. Everything paid out since founding (a positive number). */
export function totalOutflow(s: State): number {
  let n = 0;
  for (const k of Object.keys(s.ledger) as (keyof State['ledger'])[]) if (!INFLOWS.has(k)) n -= s.ledger[k];
  return n;
}

/** Pure. Product-manager cover in bp (10000 = one PM per six technical heads, at least one). */
export function pmCover(s: State): number {
  return ratioBp(s.staff.productManager, Math.max(1, Math.floor(techHeads(s) / 6)));
}

/** Pure. A market is established once the company has 40 customers there and 3% of its potential
 *  (§1.9.1: win one segment, then expand; both thresholds are design choices). */
export function established(ms: { customers: number; potential: number }): boolean {
  return ms.customers >= 40 && ms.customers * 100 >= ms.potential * 3;
}

/** Pure. What spreading over segments not yet won costs (§1.14.1): the share (bp) of every
 *  segment's marketing reach and of the model work that is lost. One rule for the quarter and the
 *  previews. Magnitudes: the scenario's spread penalty a segment; a tenth of the work, at most half. */
export function spreadCost(s: State, sc: Scenario): { reachBp: number; workBp: number } {
  const extra = Math.max(0, newMarketsInFocus(s) - 1);
  return { reachBp: Math.min(10000, sc.economics.spreadPenaltyBp.v * extra), workBp: Math.min(5000, 1000 * extra) };
}

/** Pure. Focus markets not yet established: what spreading thin is measured on (§1.14.1 case C;
 *  §1.9.1 expanding from a won segment is not spreading). */
export function newMarketsInFocus(s: State): number {
  let n = 0;
  for (const id of s.policy.markets) if (!established(s.markets[id]!)) n += 1;
  return n;
}
