// The levels (bp, 0..10000) of the player's factors this quarter. Events in scenario data weigh
// these to set their probability, so the debrief can show which factor moved which roll.
import type { FactorId } from './factor-ids';
import { PROGRAMMES } from './ids';
import { clamp, ratioBp } from './math';
import type { Scenario } from './scenario/schema';
import { founderBp, headcount, newMarketsInFocus, runwayQuarters, techHeads, totalCustomers } from './selectors';
import { positionFits } from './systems/market';
import type { State } from './state';

export type Factors = Record<FactorId, number>;

/** What the quarter's systems computed before events are rolled. */
export interface QuarterCtx {
  revenue: number;
  costs: number;
  computeNeed: number;
  computeAvail: number;
  dataNeed: number;
  headcountStart: number;
  newCustomers: number;
  valuation: number;
  /** The valuation by the numbers alone (no floor from the last round): what new investors price. */
  fundamentals: number;
}

const on = (b: boolean): number => (b ? 10000 : 0);

/** Pure. Every factor's level for this state and quarter. */
export function computeFactors(s: State, sc: Scenario, ctx: QuarterCtx): Factors {
  const p = s.policy;
  const focus = p.markets.map((m) => sc.markets[m]!);
  const has = (t: string) => focus.some((m) => (m.traits as string[]).includes(t));
  const n = Math.max(1, focus.length);
  let reg = 0;
  let comp = 0;
  for (const id of p.markets) {
    reg += s.markets[id]!.regulationBp;
    comp += s.markets[id]!.competitors;
  }
  const prog = (x: string) => on((p.programmes as string[]).includes(x));
  const hc = headcount(s);
  const incentives = clamp(Math.floor(p.bonusBp * 2) + (p.equityGrants ? 3500 : 0) + (p.career ? 3500 : 0), 0, 10000);
  const pmNeed = Math.max(1, Math.floor(techHeads(s) / 6));
  // §1.9.2 names four effective positions, each with its condition; what §1.14.2 warns against is an
  // offering like everyone else's. Business models are not look-alikes by kind (§1.8.1, §1.13.1).
  const fits = positionFits(s, sc);
  const newMarkets = newMarketsInFocus(s);
  const f: Factors = {
    testing: on(p.productWork === 'testing'),
    audit: prog('audit'),
    thinMl: 10000 - ratioBp(s.staff.mlEngineer, 2 * n),
    thinData: 10000 - ratioBp(s.dataUnits, ctx.dataNeed),
    dataPartner: on(s.partnerships.some((x) => x.kind === 'data')),
    augmentation: on(p.augmentation),
    clinical: on(has('clinical')),
    computeShortfall: 10000 - ratioBp(ctx.computeAvail, ctx.computeNeed),
    privacy: prog('privacy'),
    complianceStaff: ratioBp(s.staff.compliance, 2),
    regulated: clamp(Math.floor(reg / n), 0, 10000),
    dataMarketplace: on(p.businessModel === 'dataMarketplace'),
    fairness: prog('fairness'),
    creditScoring: on(has('creditScoring')),
    encryption: prog('encryption'),
    accessControl: prog('accessControl'),
    backups: prog('backups'),
    noProductManager: 10000 - ratioBp(s.staff.productManager, pmNeed),
    functional: on(p.structure === 'functional'),
    matrix: on(p.structure === 'matrix'),
    fastGrowth: ctx.headcountStart === 0 ? 0 : clamp(ratioBp(hc - ctx.headcountStart, ctx.headcountStart, 20000) - 1000, 0, 10000),
    weakIncentives: 10000 - incentives,
    lowMorale: clamp((70 - s.morale) * 200, 0, 10000),
    equityGrants: on(p.equityGrants),
    career: on(p.career),
    lookalike: clamp((fits ? 0 : 6000) + (s.quality < 400 ? 2000 : 0), 0, 10000),
    innovation: on(p.positioning === 'innovation'),
    differentiation: on(fits),
    crowded: clamp(Math.floor((comp * 1000) / n), 0, 10000),
    lateEntry: ratioBp(s.quarter, sc.quarters.v),
    spread: clamp((newMarkets - 1) * 3400, 0, 10000),
    focused: on(focus.length === 1 || (focus.length > 1 && newMarkets <= 1)),
    policyMarket: on(has('policyFavoured')),
    brand: s.brand * 10,
    traction: ratioBp(totalCustomers(s), 120),
    content: ratioBp(p.marketing.content + p.marketing.events, 120_000),
    community: ratioBp(p.marketing.social, 60_000),
    teamQuality: Math.floor((ratioBp(techHeads(s), 8) * 2 + ratioBp(s.staff.productManager, 1) + ratioBp(s.morale, 100)) / 4),
    runway: ratioBp(runwayQuarters(s, sc), 8),
    quality: s.quality * 10,
    newModel: on(p.businessModel === 'platform' || p.businessModel === 'dataMarketplace'),
    dataVolume: ratioBp(s.dataUnits, 2 * Math.max(1, ctx.dataNeed)),
    richAsk: s.pending.round ? clamp(ratioBp(s.pending.round.preMoney, Math.max(1, ctx.valuation), 30000) - 10000, 0, 10000) : 0,
    capitalHeavy: on(has('capitalHeavy')),
    rndPartner: on(s.partnerships.some((x) => x.kind === 'rnd')),
    domainExperts: ratioBp(s.staff.domainExpert, 2),
    complianceSpend: ratioBp(p.programmes.length, PROGRAMMES.length),
    segmented: on(p.pricing === 'segmented'),
    // A round closed last quarter: asking again at once is fundraising without a plan (§1.17.2).
    recentRound: on(s.rounds.length > 0 && s.quarter - s.rounds[s.rounds.length - 1]!.quarter <= 1),
    lostControl: founderBp(s) >= 5000 ? 0 : clamp((5000 - founderBp(s)) * 4, 0, 10000),
    rndInvestment: clamp(
      ratioBp(p.rndBudget, 100_000) + (p.modelScale === 'large' ? 5000 : p.modelScale === 'medium' ? 2500 : 0),
      0,
      10000,
    ),
  };
  return f;
}
