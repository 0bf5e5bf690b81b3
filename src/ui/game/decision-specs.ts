// Every decision the engine offers, as a small form spec: its fields, their starting values (the
// current policy), how the values become an action, and whether that action changes anything.
// The decision panel renders these; test/i18n.test.ts checks every action type is covered.
import type { Action, ActionType, Group, Scenario, State } from '../../engine/index';
import {
  BUSINESS_MODELS,
  CHANNELS,
  PARTNER_KINDS,
  POSITIONINGS,
  PRICING,
  PRODUCT_WORK,
  PROGRAMMES,
  ROLES,
  ROUND_KINDS,
  SCALES,
  STRUCTURES,
} from '../../engine/index';
import type { Key } from '../../i18n/index';

export type Value = string | number | boolean | string[];
export type Values = Record<string, Value>;

export interface Field {
  name: string;
  kind: 'select' | 'int' | 'money' | 'percent' | 'check' | 'markets';
  /** i18n key of the label. */
  label: Key;
  /** For selects: option values and the i18n prefix of their names ('market' uses scenario names). */
  options?: (sc: Scenario, s: State) => readonly string[];
  optionPrefix?: 'market' | 'role' | 'structure' | 'positioning' | 'model' | 'pricing' | 'channel' | 'scale' | 'work' | 'partner' | 'round';
  min?: number;
  max?: number;
  step?: number;
}

export interface DecisionSpec {
  /** Card id, unique in the panel (a programme card per programme). */
  id: string;
  type: Exclude<ActionType, 'endQuarter'>;
  group: Group;
  /** i18n key of the card title. */
  title: Key;
  fields: Field[];
  init: (s: State, sc: Scenario) => Values;
  build: (v: Values) => Action;
  /** True when the action only restates the current setting (nothing to commit). */
  unchanged?: (s: State, a: Action) => boolean;
  /** Field updates when another field changes (e.g. the budget shown follows the channel). */
  follow?: (name: string, v: Values, s: State, sc: Scenario) => Values;
}

const str = (v: Value | undefined): string => (typeof v === 'string' ? v : '');
const num = (v: Value | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : 0);
const bool = (v: Value | undefined): boolean => v === true;
const list = (v: Value | undefined): string[] => (Array.isArray(v) ? v : []);
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');
const of =
  <T extends string>(xs: readonly T[]) =>
  () =>
    xs;

/** Percent fields hold whole percents in the form and basis points in the action. */
const percentToBp = (p: number): number => p * 100;

export function decisionSpecs(): DecisionSpec[] {
  const specs: DecisionSpec[] = [
    {
      id: 'hire',
      type: 'hire',
      group: 'team',
      title: 'action.hire',
      fields: [
        { name: 'role', kind: 'select', label: 'ui.role', options: of(ROLES), optionPrefix: 'role' },
        { name: 'count', kind: 'int', label: 'ui.count', min: 1, max: 50 },
      ],
      init: () => ({ role: 'mlEngineer', count: 1 }),
      build: (v) => ({ type: 'hire', role: str(v.role) as (typeof ROLES)[number], count: num(v.count) }),
    },
    {
      id: 'fire',
      type: 'fire',
      group: 'team',
      title: 'action.fire',
      fields: [
        { name: 'role', kind: 'select', label: 'ui.role', options: of(ROLES), optionPrefix: 'role' },
        { name: 'count', kind: 'int', label: 'ui.count', min: 1, max: 50 },
      ],
      init: () => ({ role: 'softwareEngineer', count: 1 }),
      build: (v) => ({ type: 'fire', role: str(v.role) as (typeof ROLES)[number], count: num(v.count) }),
    },
    {
      id: 'setStructure',
      type: 'setStructure',
      group: 'team',
      title: 'action.setStructure',
      fields: [{ name: 'structure', kind: 'select', label: 'ui.structure', options: of(STRUCTURES), optionPrefix: 'structure' }],
      init: (s) => ({ structure: s.policy.structure }),
      build: (v) => ({ type: 'setStructure', structure: str(v.structure) as (typeof STRUCTURES)[number] }),
      unchanged: (s, a) => a.type === 'setStructure' && a.structure === s.policy.structure,
    },
    {
      id: 'setIncentives',
      type: 'setIncentives',
      group: 'team',
      title: 'action.setIncentives',
      fields: [
        { name: 'bonus', kind: 'percent', label: 'ui.bonusPct', min: 0, max: 50 },
        { name: 'equityGrants', kind: 'check', label: 'factor.equityGrants' },
        { name: 'career', kind: 'check', label: 'factor.career' },
      ],
      init: (s) => ({ bonus: Math.floor(s.policy.bonusBp / 100), equityGrants: s.policy.equityGrants, career: s.policy.career }),
      build: (v) => ({
        type: 'setIncentives',
        bonusBp: percentToBp(num(v.bonus)),
        equityGrants: bool(v.equityGrants),
        career: bool(v.career),
      }),
      unchanged: (s, a) =>
        a.type === 'setIncentives' &&
        a.bonusBp === s.policy.bonusBp &&
        a.equityGrants === s.policy.equityGrants &&
        a.career === s.policy.career,
    },
    {
      id: 'setMarkets',
      type: 'setMarkets',
      group: 'market',
      title: 'action.setMarkets',
      fields: [{ name: 'markets', kind: 'markets', label: 'ui.targetMarkets' }],
      init: (s) => ({ markets: [...s.policy.markets] }),
      build: (v) => ({ type: 'setMarkets', markets: list(v.markets) }),
      unchanged: (s, a) => a.type === 'setMarkets' && same(a.markets, s.policy.markets),
    },
    {
      id: 'setPositioning',
      type: 'setPositioning',
      group: 'market',
      title: 'action.setPositioning',
      fields: [
        { name: 'positioning', kind: 'select', label: 'action.setPositioning', options: of(POSITIONINGS), optionPrefix: 'positioning' },
      ],
      init: (s) => ({ positioning: s.policy.positioning }),
      build: (v) => ({ type: 'setPositioning', positioning: str(v.positioning) as (typeof POSITIONINGS)[number] }),
      unchanged: (s, a) => a.type === 'setPositioning' && a.positioning === s.policy.positioning,
    },
    {
      id: 'setBusinessModel',
      type: 'setBusinessModel',
      group: 'market',
      title: 'action.setBusinessModel',
      fields: [{ name: 'model', kind: 'select', label: 'action.setBusinessModel', options: of(BUSINESS_MODELS), optionPrefix: 'model' }],
      init: (s) => ({ model: s.policy.businessModel }),
      build: (v) => ({ type: 'setBusinessModel', model: str(v.model) as (typeof BUSINESS_MODELS)[number] }),
      unchanged: (s, a) => a.type === 'setBusinessModel' && a.model === s.policy.businessModel,
    },
    {
      id: 'setPricing',
      type: 'setPricing',
      group: 'market',
      title: 'action.setPricing',
      fields: [
        { name: 'strategy', kind: 'select', label: 'ui.strategy', options: of(PRICING), optionPrefix: 'pricing' },
        { name: 'level', kind: 'percent', label: 'ui.priceLevelPct', min: 50, max: 200, step: 5 },
      ],
      init: (s) => ({ strategy: s.policy.pricing, level: Math.floor(s.policy.priceLevelBp / 100) }),
      build: (v) => ({ type: 'setPricing', strategy: str(v.strategy) as (typeof PRICING)[number], levelBp: percentToBp(num(v.level)) }),
      unchanged: (s, a) => a.type === 'setPricing' && a.strategy === s.policy.pricing && a.levelBp === s.policy.priceLevelBp,
    },
    {
      id: 'setMarketing',
      type: 'setMarketing',
      group: 'market',
      title: 'action.setMarketing',
      fields: [
        { name: 'channel', kind: 'select', label: 'ui.channel', options: of(CHANNELS), optionPrefix: 'channel' },
        { name: 'budget', kind: 'money', label: 'ui.budgetPerQuarter', min: 0, max: 1_000_000_000, step: 5000 },
      ],
      init: (s) => ({ channel: 'ads', budget: s.policy.marketing.ads }),
      build: (v) => ({ type: 'setMarketing', channel: str(v.channel) as (typeof CHANNELS)[number], budget: num(v.budget) }),
      unchanged: (s, a) => a.type === 'setMarketing' && s.policy.marketing[a.channel] === a.budget,
      follow: (name, v, s) =>
        name === 'channel' ? { ...v, budget: s.policy.marketing[str(v.channel) as (typeof CHANNELS)[number]] ?? 0 } : v,
    },
    {
      id: 'setModelScale',
      type: 'setModelScale',
      group: 'product',
      title: 'action.setModelScale',
      fields: [{ name: 'scale', kind: 'select', label: 'action.setModelScale', options: of(SCALES), optionPrefix: 'scale' }],
      init: (s) => ({ scale: s.policy.modelScale }),
      build: (v) => ({ type: 'setModelScale', scale: str(v.scale) as (typeof SCALES)[number] }),
      unchanged: (s, a) => a.type === 'setModelScale' && a.scale === s.policy.modelScale,
    },
    {
      id: 'setProductWork',
      type: 'setProductWork',
      group: 'product',
      title: 'action.setProductWork',
      fields: [{ name: 'work', kind: 'select', label: 'action.setProductWork', options: of(PRODUCT_WORK), optionPrefix: 'work' }],
      init: (s) => ({ work: s.policy.productWork }),
      build: (v) => ({ type: 'setProductWork', work: str(v.work) as (typeof PRODUCT_WORK)[number] }),
      unchanged: (s, a) => a.type === 'setProductWork' && a.work === s.policy.productWork,
    },
    {
      id: 'setRndBudget',
      type: 'setRndBudget',
      group: 'product',
      title: 'action.setRndBudget',
      fields: [{ name: 'amount', kind: 'money', label: 'ui.budgetPerQuarter', min: 0, max: 1_000_000_000, step: 5000 }],
      init: (s) => ({ amount: s.policy.rndBudget }),
      build: (v) => ({ type: 'setRndBudget', amount: num(v.amount) }),
      unchanged: (s, a) => a.type === 'setRndBudget' && a.amount === s.policy.rndBudget,
    },
    {
      id: 'setDataBudget',
      type: 'setDataBudget',
      group: 'product',
      title: 'action.setDataBudget',
      fields: [
        { name: 'amount', kind: 'money', label: 'ui.budgetPerQuarter', min: 0, max: 1_000_000_000, step: 5000 },
        { name: 'augmentation', kind: 'check', label: 'factor.augmentation' },
      ],
      init: (s) => ({ amount: s.policy.dataBudget, augmentation: s.policy.augmentation }),
      build: (v) => ({ type: 'setDataBudget', amount: num(v.amount), augmentation: bool(v.augmentation) }),
      unchanged: (s, a) => a.type === 'setDataBudget' && a.amount === s.policy.dataBudget && a.augmentation === s.policy.augmentation,
    },
    {
      id: 'setComputeRent',
      type: 'setComputeRent',
      group: 'product',
      title: 'action.setComputeRent',
      fields: [{ name: 'units', kind: 'int', label: 'ui.computeUnits', min: 0, max: 100_000 }],
      init: (s) => ({ units: s.policy.computeRent }),
      build: (v) => ({ type: 'setComputeRent', units: num(v.units) }),
      unchanged: (s, a) => a.type === 'setComputeRent' && a.units === s.policy.computeRent,
    },
    {
      id: 'buyCompute',
      type: 'buyCompute',
      group: 'product',
      title: 'action.buyCompute',
      fields: [{ name: 'units', kind: 'int', label: 'ui.computeUnits', min: 1, max: 10_000 }],
      init: () => ({ units: 10 }),
      build: (v) => ({ type: 'buyCompute', units: num(v.units) }),
    },
    {
      id: 'proposePartnership',
      type: 'proposePartnership',
      group: 'product',
      title: 'action.proposePartnership',
      fields: [
        { name: 'kind', kind: 'select', label: 'ui.partnerKind', options: of(PARTNER_KINDS), optionPrefix: 'partner' },
        { name: 'market', kind: 'select', label: 'ui.market', options: (sc) => Object.keys(sc.markets).sort(), optionPrefix: 'market' },
      ],
      init: (s) => ({ kind: 'data', market: s.policy.markets[0] ?? '' }),
      build: (v) => ({ type: 'proposePartnership', kind: str(v.kind) as (typeof PARTNER_KINDS)[number], market: str(v.market) }),
    },
    ...PROGRAMMES.map(
      (p): DecisionSpec => ({
        id: `programme-${p}`,
        type: 'setProgramme',
        group: 'compliance',
        title: `programme.${p}`,
        fields: [{ name: 'on', kind: 'check', label: 'ui.funded' }],
        init: (s) => ({ on: s.policy.programmes.includes(p) }),
        build: (v) => ({ type: 'setProgramme', programme: p, on: bool(v.on) }),
        unchanged: (s, a) => a.type === 'setProgramme' && a.on === s.policy.programmes.includes(a.programme),
      }),
    ),
    {
      id: 'raiseRound',
      type: 'raiseRound',
      group: 'funding',
      title: 'action.raiseRound',
      fields: [
        { name: 'kind', kind: 'select', label: 'ui.roundKind', options: of(ROUND_KINDS), optionPrefix: 'round' },
        { name: 'amount', kind: 'money', label: 'ui.amount', min: 0, max: 1_000_000_000, step: 50_000 },
        { name: 'preMoney', kind: 'money', label: 'ui.preMoney', min: 1, max: 1_000_000_000_000, step: 100_000 },
      ],
      init: (_s, sc) => roundDefaults(sc, 'angel'),
      build: (v) => ({
        type: 'raiseRound',
        kind: str(v.kind) as (typeof ROUND_KINDS)[number],
        amount: num(v.amount),
        preMoney: Math.max(1, num(v.preMoney)),
      }),
      follow: (name, v, _s, sc) => (name === 'kind' ? roundDefaults(sc, str(v.kind) as (typeof ROUND_KINDS)[number]) : v),
    },
    {
      id: 'applyGrant',
      type: 'applyGrant',
      group: 'funding',
      title: 'action.applyGrant',
      fields: [],
      init: () => ({}),
      build: () => ({ type: 'applyGrant' }),
    },
    {
      id: 'takeLoan',
      type: 'takeLoan',
      group: 'funding',
      title: 'action.takeLoan',
      fields: [{ name: 'amount', kind: 'money', label: 'ui.amount', min: 0, max: 1_000_000_000, step: 50_000 }],
      init: (_s, sc) => ({ amount: Math.min(500_000, sc.funding.loan.maxAmount.v) }),
      build: (v) => ({ type: 'takeLoan', amount: num(v.amount) }),
    },
  ];
  return specs;
}

/** A reasonable starting offer for a round kind: the smallest amount at the smallest pre-money. */
function roundDefaults(sc: Scenario, kind: (typeof ROUND_KINDS)[number]): Values {
  const r = sc.funding.rounds[kind];
  return { kind, amount: r.minAmount.v, preMoney: r.minPreMoney.v };
}
