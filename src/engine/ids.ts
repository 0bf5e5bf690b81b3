// The fixed vocabularies the engine gives meaning to. Scenario files refer to these by name;
// markets are the one open set (scenario-defined ids with engine-known traits).

export const ROLES = [
  'dataScientist',
  'mlEngineer',
  'softwareEngineer',
  'productManager',
  'marketing',
  'compliance',
  'domainExpert',
] as const;
export type Role = (typeof ROLES)[number];
export const TECH_ROLES: readonly Role[] = ['dataScientist', 'mlEngineer', 'softwareEngineer'];

export const POSITIONINGS = ['innovation', 'cost', 'service', 'differentiation'] as const;
export type Positioning = (typeof POSITIONINGS)[number];
export const BUSINESS_MODELS = ['bundling', 'subscription', 'platform', 'dataMarketplace'] as const;
export type BusinessModel = (typeof BUSINESS_MODELS)[number];
export const PRICING = ['costPlus', 'value', 'competitive', 'segmented'] as const;
export type PricingStrategy = (typeof PRICING)[number];
export const CHANNELS = ['ads', 'content', 'social', 'events', 'partnerships'] as const;
export type Channel = (typeof CHANNELS)[number];
export const STRUCTURES = ['functional', 'matrix', 'project'] as const;
export type Structure = (typeof STRUCTURES)[number];
export const SCALES = ['small', 'medium', 'large'] as const;
export type ModelScale = (typeof SCALES)[number];
export const PRODUCT_WORK = ['features', 'testing', 'ux', 'feedback'] as const;
export type ProductWork = (typeof PRODUCT_WORK)[number];
export const PROGRAMMES = ['audit', 'privacy', 'fairness', 'encryption', 'accessControl', 'backups'] as const;
export type Programme = (typeof PROGRAMMES)[number];
export const PARTNER_KINDS = ['data', 'distribution', 'rnd'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const ROUND_KINDS = ['angel', 'seed', 'seriesA', 'seriesB', 'crowdfunding'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];
export const MARKET_TRAITS = ['regulated', 'clinical', 'creditScoring', 'policyFavoured', 'community', 'capitalHeavy', 'sticky'] as const;
/** Decision groups, as the seed groups them; a scenario unlocks a subset. */
export const GROUPS = ['team', 'market', 'product', 'compliance', 'funding'] as const;
export type Group = (typeof GROUPS)[number];
export const LEDGER_KEYS = [
  'founding',
  'equity',
  'debt',
  'grants',
  'revenue',
  'salaries',
  'hiring',
  'severance',
  'marketing',
  'rnd',
  'data',
  'compute',
  'hardware',
  'compliance',
  'overhead',
  'marketEntry',
  'interest',
  'repayment',
  'fines',
  'incidents',
  'partnerships',
] as const;
export type LedgerKey = (typeof LEDGER_KEYS)[number];

export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
