// Named settings of the strategy bot: the seed's success and failure patterns, a sensible default,
// and the simple fixed strategies ("always the cheapest price", ...) that the balance lab checks
// no scenario lets dominate.
import type { Strategy } from './strategy';

/** Cases A and B (§1.13): one market, clear positioning, compliance funded, a financing plan with reserve. */
export const FOCUSED: Strategy = {
  markets: 1,
  marketPick: 'sober',
  positioning: 'differentiation',
  businessModel: 'subscription',
  pricing: 'fit',
  priceLevelBp: 10000,
  compliance: 'all',
  complianceHire: true,
  structure: 'matrix',
  incentives: 'strong',
  productManagers: true,
  raise: 'plan',
  reserve: 6,
  grants: true,
  loans: true,
  hiring: 'steady',
  marketing: 'normal',
  content: true,
  model: 'grow',
  productWork: 'testing',
  dataPartner: true,
  augmentation: true,
  expand: false,
};

/** A sensible all-round player: one market, security programmes, a moderate reserve. */
export const BALANCED: Strategy = {
  ...FOCUSED,
  compliance: 'security',
  structure: 'project',
  dataPartner: false,
  augmentation: false,
};

/** Cases C and D (§1.14): several markets at once, a look-alike model and positioning, compliance
 *  ignored, no reserve, and tech and business teams in silos. Otherwise as competent as BALANCED. */
export const SCATTERED: Strategy = {
  ...BALANCED,
  markets: 3,
  positioning: 'cost',
  businessModel: 'bundling',
  compliance: 'none',
  complianceHire: false,
  reserve: 2,
  structure: 'functional',
  productManagers: false,
  productWork: 'features',
  expand: false,
};

/** One-rule players: each is BALANCED with one decision pushed to an extreme. */
export const FIXED_STRATEGIES: Record<string, Strategy> = {
  cheapest: { ...BALANCED, positioning: 'cost', pricing: 'competitive', priceLevelBp: 5000 },
  premium: { ...BALANCED, positioning: 'innovation', pricing: 'value', priceLevelBp: 15000 },
  noCompliance: { ...BALANCED, compliance: 'none', complianceHire: false },
  maxMarketing: { ...BALANCED, marketing: 'max' },
  hireNobody: { ...BALANCED, hiring: 'none', productManagers: false, complianceHire: false },
  raiseEvery: { ...BALANCED, raise: 'every' },
  neverRaise: { ...BALANCED, raise: 'never', grants: false, loans: false },
  bigModel: { ...BALANCED, model: 'large' },
  allMarkets: { ...BALANCED, markets: 99 },
  fastHiring: { ...BALANCED, hiring: 'fast' },
};
