// The strategy bot: one rule-based player whose every decision dimension the seed names is a
// parameter. The named bots and the balance lab's fixed strategies are settings of it, so a factor's
// effect is measured by changing exactly one field (everything else, and every roll, held the same).
import type { Action } from '../actions';
import type { BusinessModel, Positioning, PricingStrategy, ProductWork, Programme, Role, Structure } from '../ids';
import { PROGRAMMES } from '../ids';
import { burn, debt, established, lastRevenue, plannedCosts, totalCustomers } from '../selectors';
import type { Scenario } from '../scenario/schema';
import type { State } from '../state';
import type { Bot } from './common';
import { nextRound, rankBySize, rankMarkets, runway } from './common';

export const COMPLIANCE_LEVELS = ['all', 'security', 'none'] as const;
export const INCENTIVE_LEVELS = ['strong', 'none'] as const;
export const HIRING_PACES = ['none', 'steady', 'fast'] as const;
export const MARKETING_LEVELS = ['low', 'normal', 'max'] as const;
export const MODEL_PLANS = ['stay', 'grow', 'large'] as const;
export const RAISE_PLANS = ['never', 'plan', 'every'] as const;

/** One player's standing policy. Pure data, so it can cross a worker boundary and be printed. */
export interface Strategy {
  /** How many markets to enter (§1.9.1, §1.14.1), ranked soberly (expected early earnings) or by
   *  the size of the prize (potential × price), the way case C chased every big segment at once. */
  markets: number;
  marketPick: 'sober' | 'biggest';
  positioning: Positioning;
  businessModel: BusinessModel;
  /** A pricing method, or `fit`: the method whose condition §1.10.3 names holds (value pricing while
   *  the product clears its market's bar, competitive in a crowded market (4+ competitors), else cost-plus). */
  pricing: PricingStrategy | 'fit';
  priceLevelBp: number;
  /** Compliance programmes funded: all six, the three security ones, or none (§1.12). */
  compliance: (typeof COMPLIANCE_LEVELS)[number];
  complianceHire: boolean;
  structure: Structure;
  /** Bonus, equity grants and career paths, or none of them (§1.16.3). */
  incentives: (typeof INCENTIVE_LEVELS)[number];
  productManagers: boolean;
  /** When to ask investors: never, when runway falls below `reserve` quarters, or every quarter. */
  raise: (typeof RAISE_PLANS)[number];
  reserve: number;
  grants: boolean;
  loans: boolean;
  hiring: (typeof HIRING_PACES)[number];
  /** Online ads spend, growing with the company (§1.9.3, §1.11.2). */
  marketing: (typeof MARKETING_LEVELS)[number];
  /** Content marketing: white papers, reports, talks (§1.9.3, §1.13.2 case B's papers). */
  content: boolean;
  /** Stay on the small model, grow it when quality nears the cap, or go large at once (§1.1.3). */
  model: (typeof MODEL_PLANS)[number];
  productWork: ProductWork;
  dataPartner: boolean;
  augmentation: boolean;
  /** Add the next segment once every market in focus is established (§1.9.1). */
  expand: boolean;
}

/** Pure. A financing plan knows its horizon (§1.17.2 融资周期): the reserve it keeps, never more
 *  quarters than the game has left. */
function planReserve(st: Strategy, s: State, sc: Scenario): number {
  return Math.min(st.reserve, sc.quarters.v - s.quarter);
}

/** Pure. What a plan raises (§1.17.2 明确融资需求): cash for its reserve plus a year, within the
 *  horizon, less what it has; 'every' instead sells a fifth of the company each time. */
function planNeed(st: Strategy, s: State, sc: Scenario): number {
  return Math.max(0, burn(s, sc) * Math.min(8, sc.quarters.v - s.quarter + 1) - s.cash);
}

/** Pure. The pricing method whose condition holds now (§1.10.3). */
function fittingPricing(s: State, sc: Scenario): PricingStrategy {
  const id = s.policy.markets[0];
  if (!id) return 'costPlus';
  if (s.quality >= sc.markets[id]!.qualityBar.v) return 'value';
  if (s.markets[id]!.competitors >= 4) return 'competitive';
  return 'costPlus';
}

const SECURITY: readonly Programme[] = ['encryption', 'accessControl', 'backups'];
const GROW_ROLES: readonly Role[] = ['dataScientist', 'mlEngineer', 'softwareEngineer'];
// Ads budget as shares (bp) of cash in hand and of last quarter's revenue, so a strategy means the
// same thing in a scenario with USD 1M as in one with USD 10M.
const ADS: Record<Strategy['marketing'], [cashBp: number, revenueBp: number]> = {
  low: [100, 1000],
  normal: [400, 3000],
  max: [1200, 6000],
};
const adsBudget = (level: Strategy['marketing'], cash: number, revenue: number): number => {
  const [c, r] = ADS[level];
  return Math.floor((Math.max(0, cash) * c + revenue * r) / 10000 / 1000) * 1000;
};

/** Pure. The bot that plays a strategy. */
export function strategyBot(st: Strategy): Bot {
  return (s, sc) => {
    const out: Action[] = [];
    const rw = runway(s, sc);
    if (s.quarter === 0) {
      const ranked = st.marketPick === 'sober' ? rankMarkets(sc) : rankBySize(sc);
      const chosen = ranked.slice(0, Math.max(1, st.markets));
      out.push({ type: 'setMarkets', markets: chosen });
      out.push({ type: 'setPositioning', positioning: st.positioning });
      out.push({ type: 'setBusinessModel', model: st.businessModel });
      out.push({ type: 'setPricing', strategy: st.pricing === 'fit' ? fittingPricing(s, sc) : st.pricing, levelBp: st.priceLevelBp });
      out.push({ type: 'setStructure', structure: st.structure });
      // Strong incentives: equity grants and career paths always, a cash bonus only while the cash allows.
      out.push(
        st.incentives === 'strong'
          ? { type: 'setIncentives', bonusBp: rw > 8 ? 500 : 0, equityGrants: true, career: true }
          : { type: 'setIncentives', bonusBp: 0, equityGrants: false, career: false },
      );
      out.push({ type: 'setProductWork', work: st.productWork });
      const progs = st.compliance === 'all' ? PROGRAMMES : st.compliance === 'security' ? SECURITY : [];
      for (const p of progs) out.push({ type: 'setProgramme', programme: p, on: true });
      out.push({ type: 'setMarketing', channel: 'ads', budget: adsBudget(st.marketing, s.cash, 0) });
      out.push({ type: 'setMarketing', channel: 'content', budget: st.content ? (st.marketing === 'max' ? 60000 : 20000) : 0 });
      if (st.hiring !== 'none') {
        out.push({ type: 'hire', role: 'marketing', count: 1 });
        out.push({ type: 'hire', role: 'mlEngineer', count: 1 });
        if (st.productManagers && s.staff.productManager === 0) out.push({ type: 'hire', role: 'productManager', count: 1 });
        if (chosen.some((m) => (sc.markets[m]!.traits as string[]).includes('clinical')))
          out.push({ type: 'hire', role: 'domainExpert', count: 1 });
      }
      // A model scale the money can carry (case C, §1.14.1): its rented compute under an eighth of the cash a quarter.
      const rent = Math.max(0, sc.models[s.policy.modelScale].computeNeed.v - s.computeOwned) * sc.economics.computeRentPerUnit.v;
      if (st.model !== 'large' && s.policy.modelScale !== 'small' && rent * 8 > s.cash) {
        out.push({ type: 'setModelScale', scale: 'small' });
        out.push({ type: 'setComputeRent', units: Math.max(0, sc.models.small.computeNeed.v - s.computeOwned) });
      }
      if (st.model === 'large') {
        out.push({ type: 'setModelScale', scale: 'large' });
        out.push({ type: 'setComputeRent', units: sc.models.large.computeNeed.v });
        out.push({ type: 'setDataBudget', amount: 40000, augmentation: st.augmentation });
      } else if (st.augmentation) out.push({ type: 'setDataBudget', amount: s.policy.dataBudget, augmentation: true });
      if (st.dataPartner) out.push({ type: 'proposePartnership', kind: 'data', market: chosen[0]! });
      if (st.raise === 'every' || (st.raise === 'plan' && rw < planReserve(st, s, sc))) {
        const r = nextRound(s, sc, st.raise === 'plan' ? planNeed(st, s, sc) : undefined);
        if (r) out.push(r);
      }
      return out;
    }
    if (st.incentives === 'strong') {
      const bonus = rw > 8 ? 500 : rw < 4 ? 0 : s.policy.bonusBp;
      if (bonus !== s.policy.bonusBp) out.push({ type: 'setIncentives', bonusBp: bonus, equityGrants: true, career: true });
    }
    if (st.pricing === 'fit') {
      const fit = fittingPricing(s, sc);
      if (fit !== s.policy.pricing) out.push({ type: 'setPricing', strategy: fit, levelBp: st.priceLevelBp });
    }
    if (
      st.expand &&
      rw > 6 &&
      s.policy.markets.length < Object.keys(sc.markets).length &&
      s.policy.markets.every((m) => established(s.markets[m]!))
    ) {
      const ranked = st.marketPick === 'sober' ? rankMarkets(sc) : rankBySize(sc);
      const next = ranked.find((m) => !s.policy.markets.includes(m));
      if (next) out.push({ type: 'setMarkets', markets: [...s.policy.markets, next] });
    }
    const need = sc.models[s.policy.modelScale].computeNeed.v;
    if (s.computeOwned + s.policy.computeRent < need) out.push({ type: 'setComputeRent', units: need - s.computeOwned });
    const rev = lastRevenue(s);
    if ((st.raise === 'every' || (st.raise === 'plan' && rw < planReserve(st, s, sc))) && !s.pending.round) {
      const r = nextRound(s, sc, st.raise === 'plan' ? planNeed(st, s, sc) : undefined);
      if (r) out.push(r);
    }
    // A bank loan only bridges a company whose revenue already covers most of its costs (§1.17.1).
    if (st.loans && rev >= sc.funding.loan.minRevenue.v && rev * 3 >= plannedCosts(s, sc) * 2 && debt(s) === 0 && rw < 3)
      out.push({ type: 'takeLoan', amount: sc.funding.loan.maxAmount.v });
    if (st.grants && !s.pending.grant && s.quarter % 2 === 1) out.push({ type: 'applyGrant' });
    if (st.dataPartner && !s.pending.partner && s.quarter % 4 === 0 && !s.partnerships.some((x) => x.kind === 'data')) {
      out.push({ type: 'proposePartnership', kind: 'data', market: s.policy.markets[0]! });
    }
    const grow = st.hiring === 'fast' ? rw > 2 : st.hiring === 'steady' ? rw > 5 : false;
    if (grow) {
      out.push({ type: 'hire', role: GROW_ROLES[s.quarter % 3]!, count: st.hiring === 'fast' || rw > 10 ? 2 : 1 });
      if (totalCustomers(s) > (s.staff.marketing + 1) * 15) out.push({ type: 'hire', role: 'marketing', count: 1 });
      const tech = s.staff.dataScientist + s.staff.mlEngineer + s.staff.softwareEngineer;
      if (st.productManagers && s.staff.productManager * 6 < tech) out.push({ type: 'hire', role: 'productManager', count: 1 });
      if (st.complianceHire && s.staff.compliance === 0 && s.quarter >= 2) out.push({ type: 'hire', role: 'compliance', count: 1 });
    }
    if (rw < 2) {
      out.push({ type: 'setMarketing', channel: 'ads', budget: adsBudget('low', s.cash, rev) });
      out.push({ type: 'setRndBudget', amount: 10000 });
      if (s.staff.softwareEngineer > 1) out.push({ type: 'fire', role: 'softwareEngineer', count: 1 });
    } else out.push({ type: 'setMarketing', channel: 'ads', budget: adsBudget(st.marketing, s.cash, rev) });
    const cap = sc.models[s.policy.modelScale].qualityCap.v;
    // Quality approaches the cap slowly (gains shrink as it nears): upgrade once within an eighth of it.
    if (st.model === 'grow' && s.quality >= cap - Math.floor(cap / 8) && rw > 6) {
      const next = s.policy.modelScale === 'small' ? 'medium' : s.policy.modelScale === 'medium' ? 'large' : null;
      if (next) {
        out.push({ type: 'setModelScale', scale: next });
        out.push({ type: 'setComputeRent', units: sc.models[next].computeNeed.v });
        out.push({ type: 'setDataBudget', amount: 40000, augmentation: st.augmentation });
      }
    }
    return out;
  };
}
