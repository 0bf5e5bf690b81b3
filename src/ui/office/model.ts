// What the office shows, derived from an engine State (pure, no Phaser): counts, cues and their bands.
// The scene draws only from this model.
import type { Programme, Role, RoundKind, Scenario, Text, State } from '../../engine/index';
import { PROGRAMMES, ROLES } from '../../engine/index';

export type Mood = 'great' | 'good' | 'meh' | 'bad' | 'awful';
const KNOWN_MARKET_ICONS = ['finance', 'retail', 'healthcare', 'supplyChain', 'education', 'transport'];
const HOLDER_ORDER = ['founders', 'employees', 'angel', 'seed', 'seriesA', 'seriesB', 'crowdfunding'];

export interface MarketSign {
  id: string;
  name: Text;
  customers: number;
  icon: string;
  partnered: boolean;
}
export interface Slice {
  holder: string;
  bp: number;
}

export interface OfficeModel {
  status: State['status'];
  year: number;
  q: number;
  staff: Record<Role, number>;
  headcount: number;
  arriving: Record<Role, number>;
  arrivingTotal: number;
  /** Hired but not yet arrived, one entry per person, in role order. */
  coming: Role[];
  morale: number;
  mood: Mood;
  brand: number;
  stars: number;
  markets: MarketSign[];
  programmes: Record<Programme, boolean>;
  computeOwned: number;
  computeRent: number;
  slices: Slice[];
  rounds: number;
  lastRound: { kind: RoundKind; amount: number } | null;
  pendingRound: RoundKind | null;
  loans: number;
  /** Model quality, customers over all markets, last quarter's revenue, fines paid so far (USD). */
  quality: number;
  customers: number;
  revenue: number;
  fines: number;
  /** Cash in hand (USD), revenue over the whole game so far. */
  cash: number;
  revenueToDate: number;
  /** Customers in enterprise markets (see ENTERPRISE_CYCLE). */
  enterpriseCustomers: number;
  /** Which building the company works in (see buildingOf). */
  building: Building;
}

/** The office the company has grown into: 0 a rented start-up floor, 1 its own building, 2 a headquarters. */
export type Building = 0 | 1 | 2;
export const OWN_STAFF = 12;
export const OWN_REVENUE = 1_000_000;
export const HQ_STAFF = 30;
export const HQ_REVENUE = 10_000_000;

/**
 * Pure. The building follows the company's milestones, read from state only: its own building after a
 * priced round (seed, Series A or B), 12+ staff or its first USD 1M of revenue to date; a headquarters
 * after a Series B, 30+ staff or USD 10M of revenue to date; otherwise the rented start-up office.
 * (Bots growing in classic move in around Q2-Q6 and into the headquarters around Q13-Q15.)
 */
export function buildingOf(x: { rounds: readonly { kind: RoundKind }[]; headcount: number; revenueToDate: number }): Building {
  const kinds = x.rounds.map((r) => r.kind);
  if (kinds.includes('seriesB') || x.headcount >= HQ_STAFF || x.revenueToDate >= HQ_REVENUE) return 2;
  if (kinds.includes('seed') || kinds.includes('seriesA') || x.headcount >= OWN_STAFF || x.revenueToDate >= OWN_REVENUE) return 1;
  return 0;
}

/** An enterprise market: one whose sales cycle is 3 quarters or more (in classic: healthcare, supply
 *  chain, transport), where a customer is a long, large deal rather than a quick sale. */
const ENTERPRISE_CYCLE = 3;

export type Milestone =
  | { kind: 'round'; round: RoundKind; amount: number }
  | { kind: 'firstCustomer' }
  | { kind: 'firstEnterprise' }
  | { kind: 'fine'; amount: number }
  | { kind: 'move'; building: Building };

/** Pure. The milestones between two consecutive models (read from state only): a round closed, the
 *  first customer, the first enterprise customer, a fine paid, a move to a bigger building. None for a
 *  first draw (the scene also skips them for a load or a jump between quarters). */
export function milestones(prev: OfficeModel | null, next: OfficeModel): Milestone[] {
  if (!prev) return [];
  const out: Milestone[] = [];
  if (next.rounds > prev.rounds && next.lastRound) out.push({ kind: 'round', round: next.lastRound.kind, amount: next.lastRound.amount });
  if (prev.customers === 0 && next.customers > 0) out.push({ kind: 'firstCustomer' });
  if (prev.enterpriseCustomers === 0 && next.enterpriseCustomers > 0) out.push({ kind: 'firstEnterprise' });
  if (next.fines > prev.fines) out.push({ kind: 'fine', amount: next.fines - prev.fines });
  if (next.building > prev.building) out.push({ kind: 'move', building: next.building });
  return out;
}

export function moodOf(morale: number): Mood {
  return morale >= 80 ? 'great' : morale >= 65 ? 'good' : morale >= 45 ? 'meh' : morale >= 30 ? 'bad' : 'awful';
}

/** Basis points of each holder, largest remainders so the slices always add up to 10000. */
export function slicesOf(capTable: State['capTable']): Slice[] {
  let total = 0;
  for (const h of capTable) total += Math.max(0, h.shares);
  if (total <= 0) return [];
  const rank = (h: string) => {
    const i = HOLDER_ORDER.indexOf(h);
    return i < 0 ? HOLDER_ORDER.length : i;
  };
  const sorted = capTable
    .filter((h) => h.shares > 0)
    .sort((a, b) => rank(a.holder) - rank(b.holder) || (a.holder < b.holder ? -1 : a.holder > b.holder ? 1 : 0));
  const raw = sorted.map((h) => (h.shares * 10000) / total);
  const out = sorted.map((h, i) => ({ holder: h.holder, bp: Math.floor(raw[i]!) }));
  let left = 10000 - out.reduce((a, s) => a + s.bp, 0);
  const byFrac = out.map((_, i) => i).sort((a, b) => raw[b]! - Math.floor(raw[b]!) - (raw[a]! - Math.floor(raw[a]!)) || a - b);
  for (const i of byFrac) {
    if (left <= 0) break;
    out[i]!.bp += 1;
    left -= 1;
  }
  return out;
}

/** `closedQuarter`: date the model by the quarter the state has just closed (the replay viewer). */
export function officeModel(s: State, sc: Scenario, closedQuarter = false): OfficeModel {
  const dated = closedQuarter && s.quarter > 0 ? s.quarter - 1 : s.quarter;
  const staff = { ...s.staff };
  let headcount = 0;
  for (const r of ROLES) headcount += Math.max(0, staff[r]);
  const arriving = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  let arrivingTotal = 0;
  for (const a of s.arriving) {
    arriving[a.role] += a.count;
    arrivingTotal += a.count;
  }
  const coming: Role[] = [];
  for (const r of ROLES) for (let i = 0; i < arriving[r] && coming.length < 200; i++) coming.push(r);
  const programmes = Object.fromEntries(PROGRAMMES.map((p) => [p, s.policy.programmes.includes(p)])) as Record<Programme, boolean>;
  const markets: MarketSign[] = s.policy.markets.map((id) => ({
    id,
    name: sc.markets[id]?.name ?? { zh: id, en: id },
    customers: s.markets[id]?.customers ?? 0,
    icon: KNOWN_MARKET_ICONS.includes(id) ? id : 'other',
    partnered: s.partnerships.some((p) => p.market === id),
  }));
  const last = s.rounds[s.rounds.length - 1];
  let loans = 0;
  for (const l of s.loans) loans += l.principal;
  const brand = Math.max(0, Math.min(1000, s.brand));
  let revenueToDate = 0;
  for (const k of s.history) revenueToDate += Math.max(0, k.revenue);
  let customers = 0;
  let enterpriseCustomers = 0;
  for (const id of Object.keys(s.markets)) {
    const n = Math.max(0, s.markets[id]!.customers);
    customers += n;
    if ((sc.markets[id]?.salesCycle.v ?? 0) >= ENTERPRISE_CYCLE) enterpriseCustomers += n;
  }
  return {
    status: s.status,
    year: sc.startYear.v + Math.floor(dated / 4),
    q: (dated % 4) + 1,
    staff,
    headcount,
    arriving,
    arrivingTotal,
    coming,
    morale: s.morale,
    mood: moodOf(s.morale),
    brand,
    stars: Math.floor(brand / 200),
    markets,
    programmes,
    computeOwned: Math.max(0, s.computeOwned),
    computeRent: Math.max(0, s.policy.computeRent),
    slices: slicesOf(s.capTable),
    rounds: s.rounds.length,
    lastRound: last ? { kind: last.kind, amount: last.amount } : null,
    pendingRound: s.pending.round ? s.pending.round.kind : null,
    loans,
    quality: s.quality,
    customers,
    revenue: s.history[s.history.length - 1]?.revenue ?? 0,
    fines: Math.max(0, -s.ledger.fines),
    cash: s.cash,
    revenueToDate,
    enterpriseCustomers,
    building: buildingOf({ rounds: s.rounds, headcount, revenueToDate }),
  };
}
