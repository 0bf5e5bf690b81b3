// The essay's factors as paired experiments: the balanced player with one decision set the essay's
// way and the way it warns against, on the same seeds and rolls. A factor is judged on OUTCOMES (the
// player's survival and the founders' stake); the count of the event a scenario ties to the factor
// is only a secondary check. Each side says, with its section, what the essay says.
// Conditions (§1.9.2 positioning, §1.10.3 pricing) are read from the market the player enters first,
// so a factor whose right answer depends on the market is judged against the answer for that market.
import { rankMarkets, BUSINESS_MODELS, POSITIONINGS } from '../engine/index';
import type { Strategy, BusinessModel, Group, Positioning, PricingStrategy, Programme, Scenario } from '../engine/index';
import { bi } from '../i18n/balance-report';

export interface Bilingual {
  zh: string;
  en: string;
}

/** A secondary per-game measure: events counted by id, alive after quarter 8, valuation or ownership. */
export type Metric =
  | { kind: 'survival' }
  | { kind: 'survival8' }
  | { kind: 'valuation' }
  | { kind: 'founderBp' }
  | { kind: 'events'; ids: string[] };

/** The outcomes a factor is judged on: survival to the last quarter, and the founders' stake
 *  (final valuation × founders' ownership, 0 when bankrupt). */
export type Outcome = 'survival' | 'stake';

/** One side of an experiment: changes to the balanced strategy, and programmes the player never
 *  switches on (for one programme out of a level, e.g. every programme but the fairness audit). */
export interface Side {
  strategy: Partial<Strategy>;
  without?: Programme[];
  text: Bilingual;
}

export interface FactorDef {
  id: string;
  /** The essay's sections for this factor (both sides). */
  section: string;
  label: Bilingual;
  /** The essay's way and the way it warns against, for a scenario (most do not depend on it). */
  sides: (sc: Scenario) => { good: Side; bad: Side; note?: Bilingual };
  /** The outcome(s) the essay's direction is claimed on. A factor holds when one of them is clearly
   *  (95% interval clear of 0) in the essay's direction and neither survival nor stake is clearly against. */
  judgedOn: Outcome[];
  claim: Bilingual;
  /** The old check on the count of the event the scenario ties to this factor (secondary). */
  check?: { metric: Metric; expect: 'higher' | 'lower' };
  /** An engine value the warned-against side needs; when the engine has no such value the factor
   *  is reported as not measured, with this reason, instead of measuring something else. */
  requires?: { field: 'positioning'; value: string; why: Bilingual } | { field: 'businessModel'; value: string; why: Bilingual };
  /** The decision group that holds the factor's lever: a scenario that locks it leaves the factor unmeasured. */
  group?: Group;
}

const fixed = (good: Side, bad: Side) => () => ({ good, bad });
const positionName = (p: Positioning): Bilingual => bi(`labReport.position.${p}`);
const pricingName = (p: PricingStrategy): Bilingual => bi(`labReport.pricing.${p}`);

/** The market a strategy bot enters first (the one whose conditions a fit is read from). */
function firstMarket(sc: Scenario): string {
  return rankMarkets(sc)[0]!;
}

/** §1.9.2 read as conditions on the first market: cost leadership fits customers who buy on price
 *  (price sensitivity ≥ 90%, as the engine's positionFits reads it), customer service fits industries that value after-sales care (a
 *  sticky market), differentiation fits the rest (customers who pay for a distinct product).
 *  The warned-against side is a position whose condition the market does not meet. */
export function positioningFit(sc: Scenario): { good: Positioning; bad: Positioning; why: Bilingual } {
  const m = sc.markets[firstMarket(sc)]!;
  if (m.priceSensitivityBp.v >= 9000) return { good: 'cost', bad: 'service', why: bi('labReport.fit.priceBuyers') };
  if ((m.traits as string[]).includes('sticky') || m.salesCycle.v >= 3)
    return { good: 'service', bad: 'cost', why: bi('labReport.fit.afterSales') };
  return {
    good: 'differentiation',
    bad: 'cost',
    why: bi('labReport.fit.distinct'),
  };
}

/** §1.10.3 read as conditions on the first market: value pricing where customers see the value
 *  (price sensitivity ≤ 50%, the high end), competitive pricing in a crowded market (≥ 4
 *  competitors), value pricing otherwise; the other of the two is the misfit. */
export function pricingFit(sc: Scenario): { good: PricingStrategy; bad: PricingStrategy; why: Bilingual } {
  const m = sc.markets[firstMarket(sc)]!;
  if (m.priceSensitivityBp.v <= 5000) return { good: 'value', bad: 'competitive', why: bi('labReport.fit.highEnd') };
  if (m.competitors.v >= 4) return { good: 'competitive', bad: 'value', why: bi('labReport.fit.crowded') };
  return { good: 'value', bad: 'competitive', why: bi('labReport.fit.clearValue') };
}

/** The two sides of a "fits its condition" experiment (positioning §1.9.2, pricing §1.10.3): the
 *  value whose condition the first market meets against one whose condition it does not. */
function fitSides<V extends string>(
  fit: (sc: Scenario) => { good: V; bad: V; why: Bilingual },
  field: 'positioning' | 'pricing',
  names: (v: V) => Bilingual,
  what: Bilingual,
  section: string,
) {
  return (sc: Scenario) => {
    const f = fit(sc);
    return {
      good: {
        strategy: { [field]: f.good } as Partial<Strategy>,
        text: bi('labReport.fit.good', { name: names(f.good), what, section }),
      },
      bad: {
        strategy: { [field]: f.bad } as Partial<Strategy>,
        text: bi('labReport.fit.bad', { name: names(f.bad), what }),
      },
      note: bi('labReport.fit.note', { market: firstMarket(sc), why: f.why }),
    };
  };
}

/** The engine value a factor needs is missing (see FactorDef.requires). */
export function missingValue(def: FactorDef): boolean {
  const r = def.requires;
  if (!r) return false;
  const values: readonly string[] = r.field === 'positioning' ? POSITIONINGS : BUSINESS_MODELS;
  return !values.includes(r.value);
}

/** Why a factor cannot be measured in this scenario (null when it can): the engine lacks the value
 *  it needs, or the scenario locks the decision group that holds its lever (workshop-intro locks
 *  product and compliance: a player there cannot play the factor either way). */
export function unmeasured(def: FactorDef, sc: Scenario): Bilingual | null {
  if (missingValue(def)) return def.requires!.why;
  if (def.group && !(sc.unlocked as readonly string[]).includes(def.group))
    return bi('labReport.locked', { group: bi(`labReport.group.${def.group}`) });
  return null;
}

export const FACTOR_DEFS: readonly FactorDef[] = [
  {
    id: 'marketFocus',
    section: '§1.9.1, §1.14.1, §1.15.3',
    judgedOn: ['survival', 'stake'],
    label: bi('labReport.factor.marketFocus.label'),
    sides: fixed(
      { strategy: { markets: 1 }, text: bi('labReport.factor.marketFocus.good') },
      { strategy: { markets: 3 }, text: bi('labReport.factor.marketFocus.bad') },
    ),
    claim: bi('labReport.factor.marketFocus.claim'),
    check: { metric: { kind: 'survival8' }, expect: 'higher' },
  },
  {
    id: 'techRisk',
    group: 'product',
    section: '§1.12.1, §1.14.1, §1.20.6',
    judgedOn: ['survival', 'stake'],
    label: bi('labReport.factor.techRisk.label'),
    sides: fixed(
      {
        strategy: { productWork: 'testing' },
        text: bi('labReport.factor.techRisk.good'),
      },
      {
        strategy: { productWork: 'features' },
        text: bi('labReport.factor.techRisk.bad'),
      },
    ),
    claim: bi('labReport.factor.techRisk.claim'),
    check: { metric: { kind: 'events', ids: ['algorithmDefect'] }, expect: 'lower' },
  },
  {
    id: 'compliance',
    group: 'compliance',
    section: '§1.12.2, §1.12.3, §1.14.2, §1.20.6',
    judgedOn: ['survival', 'stake'],
    label: bi('labReport.factor.compliance.label'),
    sides: fixed(
      {
        strategy: { compliance: 'all', complianceHire: true },
        text: bi('labReport.factor.compliance.good'),
      },
      {
        strategy: { compliance: 'none', complianceHire: false },
        text: bi('labReport.factor.compliance.bad'),
      },
    ),
    claim: bi('labReport.factor.compliance.claim'),
    check: { metric: { kind: 'events', ids: ['privacyFine', 'biasLawsuit', 'dataBreach'] }, expect: 'lower' },
  },
  {
    id: 'fairnessAudit',
    group: 'compliance',
    section: '§1.12.2, §1.14.2',
    judgedOn: ['survival', 'stake'],
    label: bi('labReport.factor.fairnessAudit.label'),
    sides: fixed(
      {
        strategy: { compliance: 'all', complianceHire: true },
        text: bi('labReport.factor.fairnessAudit.good'),
      },
      {
        strategy: { compliance: 'all', complianceHire: true },
        without: ['fairness'],
        text: bi('labReport.factor.fairnessAudit.bad'),
      },
    ),
    claim: bi('labReport.factor.fairnessAudit.claim'),
    check: { metric: { kind: 'events', ids: ['biasLawsuit'] }, expect: 'lower' },
  },
  {
    id: 'dataStrategy',
    group: 'product',
    section: '§1.13.2, §1.17.3, §1.18.1, §1.20.1',
    judgedOn: ['survival', 'stake'],
    label: bi('labReport.factor.dataStrategy.label'),
    sides: fixed(
      {
        strategy: { dataPartner: true, augmentation: true },
        text: bi('labReport.factor.dataStrategy.good'),
      },
      { strategy: { dataPartner: false, augmentation: false }, text: bi('labReport.factor.dataStrategy.bad') },
    ),
    claim: bi('labReport.factor.dataStrategy.claim'),
    check: { metric: { kind: 'events', ids: ['pilotFails'] }, expect: 'lower' },
  },
  {
    id: 'productManagers',
    section: '§1.20.3, §1.16.3, §1.14.2',
    judgedOn: ['survival', 'stake'],
    label: bi('labReport.factor.productManagers.label'),
    sides: fixed(
      {
        strategy: { productManagers: true },
        text: bi('labReport.factor.productManagers.good'),
      },
      {
        strategy: { productManagers: false },
        text: bi('labReport.factor.productManagers.bad'),
      },
    ),
    claim: bi('labReport.factor.productManagers.claim'),
    check: { metric: { kind: 'events', ids: ['commsBreakdown'] }, expect: 'lower' },
  },
  {
    id: 'structure',
    section: '§1.16.1, §1.16.3, §1.20.3',
    judgedOn: ['survival', 'stake'],
    label: bi('labReport.factor.structure.label'),
    sides: fixed(
      {
        strategy: { structure: 'matrix' },
        text: bi('labReport.factor.structure.good'),
      },
      { strategy: { structure: 'functional' }, text: bi('labReport.factor.structure.bad') },
    ),
    claim: bi('labReport.factor.structure.claim'),
    check: { metric: { kind: 'events', ids: ['commsBreakdown'] }, expect: 'lower' },
  },
  {
    id: 'incentives',
    section: '§1.16.3, §1.20.4',
    judgedOn: ['survival', 'stake'],
    label: bi('labReport.factor.incentives.label'),
    sides: fixed(
      {
        strategy: { incentives: 'strong' },
        text: bi('labReport.factor.incentives.good'),
      },
      { strategy: { incentives: 'none' }, text: bi('labReport.factor.incentives.bad') },
    ),
    claim: bi('labReport.factor.incentives.claim'),
    check: { metric: { kind: 'events', ids: ['keyPeopleLeave'] }, expect: 'lower' },
  },
  {
    id: 'equityControl',
    section: '§1.15.2, §1.17.2, §1.20.4',
    judgedOn: ['stake'],
    label: bi('labReport.factor.equityControl.label'),
    sides: fixed(
      {
        strategy: { raise: 'plan' },
        text: bi('labReport.factor.equityControl.good'),
      },
      { strategy: { raise: 'every' }, text: bi('labReport.factor.equityControl.bad') },
    ),
    claim: bi('labReport.factor.equityControl.claim'),
    check: { metric: { kind: 'founderBp' }, expect: 'higher' },
  },
  {
    id: 'financingPlan',
    section: '§1.14.1, §1.15.2, §1.17.2, §1.20.4',
    judgedOn: ['survival', 'stake'],
    label: bi('labReport.factor.financingPlan.label'),
    sides: fixed(
      {
        strategy: { raise: 'plan', reserve: 6 },
        text: bi('labReport.factor.financingPlan.good'),
      },
      {
        strategy: { raise: 'never' },
        text: bi('labReport.factor.financingPlan.bad'),
      },
    ),
    claim: bi('labReport.factor.financingPlan.claim'),
    check: { metric: { kind: 'survival8' }, expect: 'higher' },
  },
  {
    id: 'reserve',
    section: '§1.14.1, §1.17.2',
    judgedOn: ['survival'],
    label: bi('labReport.factor.reserve.label'),
    sides: fixed(
      {
        strategy: { reserve: 6 },
        text: bi('labReport.factor.reserve.good'),
      },
      { strategy: { reserve: 2 }, text: bi('labReport.factor.reserve.bad') },
    ),
    claim: bi('labReport.factor.reserve.claim'),
  },
  {
    id: 'grants',
    section: '§1.15.2, §1.17.1',
    judgedOn: ['survival', 'stake'],
    label: bi('labReport.factor.grants.label'),
    sides: fixed(
      { strategy: { grants: true }, text: bi('labReport.factor.grants.good') },
      { strategy: { grants: false }, text: bi('labReport.factor.grants.bad') },
    ),
    claim: bi('labReport.factor.grants.claim'),
  },
  {
    id: 'positioningFit',
    section: '§1.9.2, §1.15.3',
    judgedOn: ['survival', 'stake'],
    label: bi('labReport.factor.positioningFit.label'),
    sides: fitSides(positioningFit, 'positioning', positionName, bi('labReport.fit.positioning'), '§1.9.2'),
    claim: bi('labReport.factor.positioningFit.claim'),
  },
  {
    id: 'pricingFit',
    section: '§1.10.3',
    judgedOn: ['survival', 'stake'],
    label: bi('labReport.factor.pricingFit.label'),
    sides: fitSides(pricingFit, 'pricing', pricingName, bi('labReport.fit.pricing'), '§1.10.3'),
    claim: bi('labReport.factor.pricingFit.claim'),
  },
  {
    id: 'businessModel',
    section: '§1.8.1, §1.13.1, §1.14.2, §1.20.5',
    judgedOn: ['survival', 'stake'],
    label: bi('labReport.factor.businessModel.label'),
    sides: fixed(
      {
        strategy: { businessModel: 'subscription' },
        text: bi('labReport.factor.businessModel.good'),
      },
      {
        strategy: { businessModel: 'copycat' as BusinessModel },
        text: bi('labReport.factor.businessModel.bad'),
      },
    ),
    requires: {
      field: 'businessModel',
      value: 'copycat',
      why: bi('labReport.factor.businessModel.requires'),
    },
    claim: bi('labReport.factor.businessModel.claim'),
    check: { metric: { kind: 'events', ids: ['lookalikeCompetitor'] }, expect: 'lower' },
  },
  {
    id: 'modelScale',
    group: 'product',
    section: '§1.13.1, §1.20.1',
    judgedOn: ['stake'],
    label: bi('labReport.factor.modelScale.label'),
    sides: fixed(
      {
        strategy: { model: 'grow' },
        text: bi('labReport.factor.modelScale.good'),
      },
      { strategy: { model: 'stay' }, text: bi('labReport.factor.modelScale.bad') },
    ),
    claim: bi('labReport.factor.modelScale.claim'),
    check: { metric: { kind: 'valuation' }, expect: 'higher' },
  },
  {
    id: 'content',
    section: '§1.9.3, §1.13.2',
    judgedOn: ['stake'],
    label: bi('labReport.factor.content.label'),
    sides: fixed(
      {
        strategy: { content: true },
        text: bi('labReport.factor.content.good'),
      },
      { strategy: { content: false }, text: bi('labReport.factor.content.bad') },
    ),
    claim: bi('labReport.factor.content.claim'),
    check: { metric: { kind: 'events', ids: ['mediaCoverage'] }, expect: 'higher' },
  },
];
