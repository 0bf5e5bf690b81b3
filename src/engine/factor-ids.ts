// The player's factors that scenario events may depend on, each a level in basis points
// (0 = absent, 10000 = fully present), with the seed section that names it ('design' where the
// essay is silent: hiring pace, capital-heavy markets).

const FACTOR_SECTIONS = {
  testing: '§1.12.1',
  audit: '§1.12.1',
  thinMl: '§1.12.1',
  thinData: '§1.18.1',
  dataPartner: '§1.13.2',
  augmentation: '§1.18.1',
  clinical: '§1.14.1',
  computeShortfall: '§1.12.1',
  privacy: '§1.12.2',
  complianceStaff: '§1.12.3',
  regulated: '§1.19.2',
  dataMarketplace: '§1.12.3',
  fairness: '§1.12.2',
  creditScoring: '§1.12.2',
  encryption: '§1.12.3',
  accessControl: '§1.12.3',
  backups: '§1.12.3',
  noProductManager: '§1.15.1',
  functional: '§1.16.1',
  matrix: '§1.16.1',
  fastGrowth: 'design',
  weakIncentives: '§1.16.3',
  lowMorale: '§1.16.3',
  equityGrants: '§1.16.3',
  career: '§1.16.3',
  lookalike: '§1.14.2',
  innovation: '§1.9.2',
  differentiation: '§1.9.2',
  crowded: '§1.19.3',
  lateEntry: '§1.19.3',
  spread: '§1.14.1',
  focused: '§1.9.1',
  policyMarket: '§1.5.2',
  brand: '§1.13.2',
  traction: '§1.17.2',
  content: '§1.9.3',
  community: '§1.11.3',
  teamQuality: '§1.15.1',
  runway: '§1.14.1',
  quality: '§1.10.2',
  newModel: '§1.19.3',
  dataVolume: '§1.18.1',
  richAsk: '§1.17.2',
  // Added with the case scenarios: capital-heavy markets (transport), R&D cost sharing (case N),
  // domain experts such as doctors, compliance programmes funded, tiered prices for new segments.
  capitalHeavy: 'design',
  rndPartner: '§1.6.2',
  domainExperts: '§1.16.2',
  complianceSpend: '§1.19.4',
  segmented: '§1.10.3',
  // Added with the second half: founders below a majority (§1.17.2 "确保公司控制权稳定"), R&D that
  // keeps the model current as technology moves (§1.18.1).
  lostControl: '§1.17.2',
  rndInvestment: '§1.18.1',
  recentRound: '§1.17.2',
} as const;

export type FactorId = keyof typeof FACTOR_SECTIONS;
export const FACTOR_IDS = Object.keys(FACTOR_SECTIONS) as [FactorId, ...FactorId[]];
