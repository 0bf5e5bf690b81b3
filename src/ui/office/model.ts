// What the office shows, derived from an engine State (pure, no Phaser): counts, cues and their bands.
// The scene draws only from this model, and `diffStaff` says who walks in or out between two models.
import type { Programme, Role, RoundKind } from '../../engine/ids';
import { PROGRAMMES, ROLES } from '../../engine/ids';
import type { Scenario, Text } from '../../engine/scenario-schema';
import type { State } from '../../engine/state';

export type Mood = 'great' | 'good' | 'meh' | 'bad' | 'awful';
export const KNOWN_MARKET_ICONS = ['finance', 'retail', 'healthcare', 'supplyChain', 'education', 'transport'];
export const HOLDER_ORDER = ['founders', 'employees', 'angel', 'seed', 'seriesA', 'seriesB', 'crowdfunding'];

export interface MarketSign { id: string; name: Text; customers: number; icon: string; partnered: boolean }
export interface Slice { holder: string; bp: number }

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
}

export type Milestone = { kind: 'round'; round: RoundKind; amount: number } | { kind: 'firstCustomer' } | { kind: 'fine'; amount: number };

/** Pure. The milestones between two consecutive models (read from state only): a round closed, the
 *  first customer, a fine paid. None for a first draw. */
export function milestones(prev: OfficeModel | null, next: OfficeModel): Milestone[] {
  if (!prev) return [];
  const out: Milestone[] = [];
  if (next.rounds > prev.rounds && next.lastRound) out.push({ kind: 'round', round: next.lastRound.kind, amount: next.lastRound.amount });
  if (prev.customers === 0 && next.customers > 0) out.push({ kind: 'firstCustomer' });
  if (next.fines > prev.fines) out.push({ kind: 'fine', amount: next.fines - prev.fines });
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
  const sorted = capTable.filter((h) => h.shares > 0).sort((a, b) => rank(a.holder) - rank(b.holder) || (a.holder < b.holder ? -1 : a.holder > b.holder ? 1 : 0));
  const raw = sorted.map((h) => (h.shares * 10000) / total);
  const out = sorted.map((h, i) => ({ holder: h.holder, bp: Math.floor(raw[i]!) }));
  let left = 10000 - out.reduce((a, s) => a + s.bp, 0);
  const byFrac = out.map((_, i) => i).sort((a, b) => (raw[b]! - Math.floor(raw[b]!)) - (raw[a]! - Math.floor(raw[a]!)) || a - b);
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
    customers: Object.keys(s.markets).reduce((n, k) => n + Math.max(0, s.markets[k]!.customers), 0),
    revenue: s.history[s.history.length - 1]?.revenue ?? 0,
    fines: Math.max(0, -s.ledger.fines),
  };
}

/** Per role: how many walk in (positive) or out (negative) going from `prev` to `next`. */
export function diffStaff(prev: Record<Role, number> | null, next: Record<Role, number>): Record<Role, number> {
  return Object.fromEntries(ROLES.map((r) => [r, next[r] - (prev ? prev[r] : 0)])) as Record<Role, number>;
}
