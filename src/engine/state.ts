// The company state: plain JSON, integers only (money in whole USD, rates in basis points).
// `initialState` builds quarter 1 from a scenario and a seed.
import type {
  BusinessModel,
  Channel,
  LedgerKey,
  ModelScale,
  PartnerKind,
  Positioning,
  PricingStrategy,
  ProductWork,
  Programme,
  Role,
  RoundKind,
  Structure,
} from './ids';
import { byString, CHANNELS, LEDGER_KEYS, ROLES } from './ids';
import type { Scenario } from './scenario/schema';

export interface Policy {
  markets: string[];
  positioning: Positioning;
  businessModel: BusinessModel;
  pricing: PricingStrategy;
  priceLevelBp: number;
  marketing: Record<Channel, number>;
  structure: Structure;
  bonusBp: number;
  equityGrants: boolean;
  career: boolean;
  modelScale: ModelScale;
  productWork: ProductWork;
  rndBudget: number;
  dataBudget: number;
  augmentation: boolean;
  computeRent: number;
  programmes: Programme[];
}

export interface MarketState {
  potential: number;
  customers: number;
  competitors: number;
  priceBp: number;
  regulationBp: number;
  enteredAt: number; // quarter first entered, -1 never
}

export interface Holder {
  holder: string;
  shares: number;
}
export interface Round {
  quarter: number;
  kind: RoundKind;
  amount: number;
  preMoney: number;
  shares: number;
}
export interface Loan {
  principal: number;
  rateBp: number;
  quartersLeft: number;
  covenantMinCash: number;
}
export interface Partnership {
  kind: PartnerKind;
  market: string;
  since: number;
}

/** One closed quarter's key figures, for charts, the debrief and the score. */
export interface Kpi {
  quarter: number;
  cash: number;
  revenue: number;
  costs: number;
  customers: Record<string, number>;
  headcount: number;
  valuation: number;
  founderBp: number;
  quality: number;
  brand: number;
  morale: number;
  complianceBp: number;
  markets: number;
  fired: string[];
}

export interface State {
  scenarioId: string;
  seed: string;
  quarter: number; // 0-based: the quarter being decided
  status: 'playing' | 'bankrupt' | 'finished';
  cash: number;
  ledger: Record<LedgerKey, number>;
  staff: Record<Role, number>;
  arriving: { role: Role; count: number; quarter: number }[];
  leftThisQuarter: number;
  morale: number;
  policy: Policy;
  quality: number;
  dataUnits: number;
  computeOwned: number;
  computePriceBp: number;
  brand: number;
  markets: Record<string, MarketState>;
  partnerships: Partnership[];
  pending: {
    round: { kind: RoundKind; amount: number; preMoney: number } | null;
    grant: boolean;
    partner: { kind: PartnerKind; market: string } | null;
  };
  capTable: Holder[];
  rounds: Round[];
  loans: Loan[];
  lastFired: Record<string, number>;
  history: Kpi[];
}

const v = (s: { v: number }) => s.v;

/** Pure. The state at the start of quarter 1 of a scenario. */
export function initialState(scenario: Scenario, seed: string): State {
  const st = scenario.start;
  const ledger = Object.fromEntries(LEDGER_KEYS.map((k) => [k, 0])) as Record<LedgerKey, number>;
  ledger.founding = st.cash.v;
  const markets: Record<string, MarketState> = {};
  for (const id of Object.keys(scenario.markets).sort(byString)) {
    const m = scenario.markets[id]!;
    markets[id] = {
      potential: m.potential.v,
      customers: 0,
      competitors: m.competitors.v,
      priceBp: 10000,
      regulationBp: m.regulationBp.v,
      enteredAt: st.policy.markets.includes(id) ? 0 : -1,
    };
  }
  const p = st.policy;
  return {
    scenarioId: scenario.id,
    seed,
    quarter: 0,
    status: 'playing',
    cash: st.cash.v,
    ledger,
    staff: Object.fromEntries(ROLES.map((r) => [r, st.staff[r].v])) as Record<Role, number>,
    arriving: [],
    leftThisQuarter: 0,
    morale: st.morale.v,
    policy: {
      markets: [...p.markets].sort(byString),
      positioning: p.positioning,
      businessModel: p.businessModel,
      pricing: p.pricing,
      priceLevelBp: p.priceLevelBp.v,
      marketing: Object.fromEntries(CHANNELS.map((c) => [c, v(p.marketing[c])])) as Record<Channel, number>,
      structure: p.structure,
      bonusBp: p.bonusBp.v,
      equityGrants: p.equityGrants,
      career: p.career,
      modelScale: p.modelScale,
      productWork: p.productWork,
      rndBudget: p.rndBudget.v,
      dataBudget: p.dataBudget.v,
      augmentation: p.augmentation,
      computeRent: p.computeRent.v,
      programmes: [...p.programmes].sort(byString),
    },
    quality: Math.min(st.quality.v, scenario.models[p.modelScale].qualityCap.v), // never above the model's cap
    dataUnits: st.dataUnits.v,
    computeOwned: st.computeOwned.v,
    computePriceBp: 10000,
    brand: st.brand.v,
    markets,
    partnerships: [],
    pending: { round: null, grant: false, partner: null },
    capTable: [{ holder: 'founders', shares: st.founderShares.v }],
    rounds: [],
    loans: [],
    lastFired: {},
    history: [],
  };
}

/** Pure. A copy deep enough that a step may mutate it without touching the original. */
export function cloneState(s: State): State {
  const markets: Record<string, MarketState> = {};
  for (const k of Object.keys(s.markets)) markets[k] = { ...s.markets[k]! };
  return {
    ...s,
    ledger: { ...s.ledger },
    staff: { ...s.staff },
    arriving: s.arriving.map((a) => ({ ...a })),
    policy: { ...s.policy, markets: [...s.policy.markets], marketing: { ...s.policy.marketing }, programmes: [...s.policy.programmes] },
    markets,
    partnerships: [...s.partnerships],
    pending: { ...s.pending },
    capTable: s.capTable.map((h) => ({ ...h })),
    rounds: [...s.rounds],
    loans: s.loans.map((l) => ({ ...l })),
    lastFired: { ...s.lastFired },
    history: [...s.history],
  };
}

/** What a decision may write: only `pending` (and other top-level fields), the policy, or also
 *  cash, the ledger and staff. */
export type DecisionScope = 'top' | 'policy' | 'all';

/** Pure. The copy a decision (any action but endQuarter) may mutate: `decide` writes only cash,
 *  scalars, the ledger, staff and policy fields, and replaces (never mutates) every other array or
 *  object it changes, so the rest is shared with the input. Half the cost of a game was full copies. */
export function cloneForDecision(s: State, scope: DecisionScope = 'all'): State {
  if (scope === 'top') return { ...s };
  const policy = { ...s.policy, marketing: { ...s.policy.marketing } };
  return scope === 'all' ? { ...s, ledger: { ...s.ledger }, staff: { ...s.staff }, policy } : { ...s, policy };
}
