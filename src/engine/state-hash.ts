// The state hash: SHA-256 of the state's canonical binary encoding (layout "ai-startup-sim/state/1",
// documented below and in docs of src/engine/hash.ts). Replaces canonical JSON for states, which cost
// several quarters' worth of CPU per hash; the bytes are about a third as many and are written
// without building a string.
//
// Byte layout (every engine writes the same bytes for the same state):
//   - int: a safe integer, as a little-endian base-128 varint whose first byte carries the sign in
//     bit 0 and the magnitude's low 6 bits in bits 1..6 (bit 7 = more bytes follow; each later byte
//     carries 7 more bits). -0 is written as 0. A non-integer or an unsafe integer throws (a bug).
//   - bool: one byte, 0 or 1.  - null or value: 0, or 1 then the value.
//   - string: its byte count (an int) then its UTF-8 bytes (a lone surrogate is written as its own
//     three-byte sequence, as WTF-8 does, so two different strings never give the same bytes).
//   - array: its length (an int), then each item.
//   - record with open keys (markets, lastFired, a KPI's customers): the number of keys, then each
//     key (a string) and its value, keys in code-unit order.
//   - object with fixed fields (the State, Policy, a market, a KPI...): each field's value, fields
//     in code-unit order of their names; the names themselves are not written.
//   - the state: the string "ai-startup-sim/state/1", then each quarter's KPI of `history` preceded
//     by the byte 1, then the byte 0, then every other field of the State as a fixed object.
// History comes first so that a later state's bytes start with an earlier state's KPI bytes: the
// SHA-256 context after those can be kept and resumed (StateHasher), so hashing the state after a
// quarter costs the quarter's own KPI plus the rest of the state, not the whole history again.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Kpi, State } from './state';
import { byString, CHANNELS, LEDGER_KEYS, ROLES } from './ids';

export const STATE_LAYOUT = 'ai-startup-sim/state/1';

/** A growable byte buffer, reused between encodings. */
class Bytes {
  buf = new Uint8Array(1024);
  n = 0;
  private grow(k: number): void {
    let size = this.buf.length * 2;
    while (size < this.n + k) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }
  byte(x: number): void {
    if (this.n >= this.buf.length) this.grow(1);
    this.buf[this.n++] = x;
  }
  int(v: number): void {
    if (!Number.isSafeInteger(v)) throw new Error(`stateBytes: non-integer number ${v}`);
    if (this.n + 8 > this.buf.length) this.grow(8);
    const b = this.buf;
    let m = v < 0 ? -v : v;
    if (m < 0x40000000) {
      // Small magnitudes (nearly every value): int32 bit operations.
      let x = ((m & 63) << 1) | (v < 0 ? 1 : 0);
      m >>>= 6;
      while (m !== 0) {
        b[this.n++] = x | 128;
        x = m & 127;
        m >>>= 7;
      }
      b[this.n++] = x;
      return;
    }
    let low = m % 64;
    let x = low * 2 + (v < 0 ? 1 : 0);
    m = (m - low) / 64;
    while (m !== 0) {
      b[this.n++] = x | 128;
      low = m % 128;
      x = low;
      m = (m - low) / 128;
    }
    b[this.n++] = x;
  }
  str(s: string): void {
    const len = s.length;
    if (len < 64) {
      // One pass for the usual short ASCII id: its length fits the varint's first byte.
      if (this.n + len + 1 > this.buf.length) this.grow(len + 1);
      const b = this.buf;
      const at = this.n;
      b[at] = len << 1;
      let i = 0;
      for (; i < len; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        b[at + 1 + i] = c;
      }
      if (i === len) {
        this.n = at + 1 + len;
        return;
      }
    }
    const bytes = wtf8(s);
    this.int(bytes.length);
    if (this.n + bytes.length > this.buf.length) this.grow(bytes.length);
    this.buf.set(bytes, this.n);
    this.n += bytes.length;
  }
}

/** UTF-8 of a string whose lone surrogates are written as their own 3-byte sequences (WTF-8). */
function wtf8(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    }
  }
  return out.subarray(0, n);
}

// Codecs: one writer per type; fixed objects list every field (the mapped types make the compiler
// refuse a State field that the layout forgets).
type Enc<T> = (w: Bytes, v: T) => void;
type Fields<T> = { [K in keyof T]-?: Enc<T[K]> };

const int: Enc<number> = (w, v) => w.int(v);
const bool: Enc<boolean> = (w, v) => w.byte(v ? 1 : 0);
const str: Enc<string> = (w, v) => w.str(v);

function nullable<T>(enc: Enc<T>): Enc<T | null> {
  return (w, v) => {
    if (v === null) w.byte(0);
    else {
      w.byte(1);
      enc(w, v);
    }
  };
}

function array<T>(enc: Enc<T>): Enc<readonly T[]> {
  return (w, v) => {
    w.int(v.length);
    for (let i = 0; i < v.length; i++) enc(w, v[i]!);
  };
}

function record<T>(enc: Enc<T>): Enc<Readonly<Record<string, T>>> {
  return (w, v) => {
    const keys = Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort(byString);
    w.int(keys.length);
    for (const k of keys) {
      w.str(k);
      enc(w, v[k]!);
    }
  };
}

/** The fields of a fixed object, in code-unit order of their names. */
function object<T>(fields: Fields<T>): Enc<T> {
  const names = (Object.keys(fields) as (keyof T & string)[]).sort(byString);
  const encs = names.map((k) => fields[k] as Enc<unknown>);
  return (w, v) => {
    for (let i = 0; i < names.length; i++) encs[i]!(w, v[names[i]!]);
  };
}

/** A fixed object whose fields are a known vocabulary (ledger keys, roles, channels), all ints. */
function ints<K extends string>(keys: readonly K[]): Enc<Record<K, number>> {
  return object(Object.fromEntries(keys.map((k) => [k, int])) as Fields<Record<K, number>>);
}

const kpi: Enc<Kpi> = object<Kpi>({
  quarter: int,
  cash: int,
  revenue: int,
  costs: int,
  customers: record(int),
  headcount: int,
  valuation: int,
  founderBp: int,
  quality: int,
  brand: int,
  morale: int,
  complianceBp: int,
  markets: int,
  fired: array(str),
});

type Rest = Omit<State, 'history'>;
const rest: Enc<Rest> = object<Rest>({
  scenarioId: str,
  seed: str,
  quarter: int,
  status: str,
  cash: int,
  ledger: ints(LEDGER_KEYS),
  staff: ints(ROLES),
  arriving: array(object({ role: str, count: int, quarter: int })),
  leftThisQuarter: int,
  morale: int,
  policy: object<State['policy']>({
    markets: array(str),
    positioning: str,
    businessModel: str,
    pricing: str,
    priceLevelBp: int,
    marketing: ints(CHANNELS),
    structure: str,
    bonusBp: int,
    equityGrants: bool,
    career: bool,
    modelScale: str,
    productWork: str,
    rndBudget: int,
    dataBudget: int,
    augmentation: bool,
    computeRent: int,
    programmes: array(str),
  }),
  quality: int,
  dataUnits: int,
  computeOwned: int,
  computePriceBp: int,
  brand: int,
  markets: record(
    object<State['markets'][string]>({ potential: int, customers: int, competitors: int, priceBp: int, regulationBp: int, enteredAt: int }),
  ),
  partnerships: array(object<State['partnerships'][number]>({ kind: str, market: str, since: int })),
  pending: object<State['pending']>({
    round: nullable(object<NonNullable<State['pending']['round']>>({ kind: str, amount: int, preMoney: int })),
    grant: bool,
    partner: nullable(object<NonNullable<State['pending']['partner']>>({ kind: str, market: str })),
  }),
  capTable: array(object<State['capTable'][number]>({ holder: str, shares: int })),
  rounds: array(object<State['rounds'][number]>({ quarter: int, kind: str, amount: int, preMoney: int, shares: int })),
  loans: array(object<State['loans'][number]>({ principal: int, rateBp: int, quartersLeft: int, covenantMinCash: int })),
  lastFired: record(int),
});

/** The reference writer of a state, driven by the typed layout above (what the tests compare the
 *  fast writer with). */
function writeStateByLayout(w: Bytes, s: State): void {
  w.str(STATE_LAYOUT);
  for (const k of s.history) {
    w.byte(1);
    kpi(w, k);
  }
  w.byte(0);
  rest(w, s);
}

// The fast writers: the same bytes as the layout's, with every field read by name (monomorphic
// property loads instead of a generic walk; five times faster). Field order: code-unit order of
// the names, as the layout sorts them. test: "the fast writer and the layout agree".
function intRecord(w: Bytes, r: Readonly<Record<string, number>>): void {
  let keys = Object.keys(r);
  let sorted = true;
  let defined = true;
  for (let i = 0; i < keys.length; i++) {
    if (i > 0 && !(keys[i - 1]! < keys[i]!)) sorted = false;
    if (r[keys[i]!] === undefined) defined = false;
  }
  if (!defined) keys = keys.filter((k) => r[k] !== undefined);
  if (!sorted) keys = keys.sort(byString);
  w.int(keys.length);
  for (let i = 0; i < keys.length; i++) {
    w.str(keys[i]!);
    w.int(r[keys[i]!]!);
  }
}

function strArray(w: Bytes, a: readonly string[]): void {
  w.int(a.length);
  for (let i = 0; i < a.length; i++) w.str(a[i]!);
}

function fastKpi(w: Bytes, k: Kpi): void {
  w.int(k.brand);
  w.int(k.cash);
  w.int(k.complianceBp);
  w.int(k.costs);
  intRecord(w, k.customers);
  strArray(w, k.fired);
  w.int(k.founderBp);
  w.int(k.headcount);
  w.int(k.markets);
  w.int(k.morale);
  w.int(k.quality);
  w.int(k.quarter);
  w.int(k.revenue);
  w.int(k.valuation);
}

const LEDGER_SORTED = [...LEDGER_KEYS].sort(byString);
const ROLES_SORTED = [...ROLES].sort(byString);
const CHANNELS_SORTED = [...CHANNELS].sort(byString);

function fastRest(w: Bytes, s: State): void {
  const a = s.arriving;
  w.int(a.length);
  for (let i = 0; i < a.length; i++) {
    w.int(a[i]!.count);
    w.int(a[i]!.quarter);
    w.str(a[i]!.role);
  }
  w.int(s.brand);
  const cap = s.capTable;
  w.int(cap.length);
  for (let i = 0; i < cap.length; i++) {
    w.str(cap[i]!.holder);
    w.int(cap[i]!.shares);
  }
  w.int(s.cash);
  w.int(s.computeOwned);
  w.int(s.computePriceBp);
  w.int(s.dataUnits);
  intRecord(w, s.lastFired);
  for (const k of LEDGER_SORTED) w.int(s.ledger[k]);
  w.int(s.leftThisQuarter);
  const loans = s.loans;
  w.int(loans.length);
  for (let i = 0; i < loans.length; i++) {
    const l = loans[i]!;
    w.int(l.covenantMinCash);
    w.int(l.principal);
    w.int(l.quartersLeft);
    w.int(l.rateBp);
  }
  let ids = Object.keys(s.markets);
  for (let i = 1; i < ids.length; i++)
    if (!(ids[i - 1]! < ids[i]!)) {
      ids = ids.sort(byString);
      break;
    }
  ids = ids.filter((id) => s.markets[id] !== undefined);
  w.int(ids.length);
  for (const id of ids) {
    const m = s.markets[id]!;
    w.str(id);
    w.int(m.competitors);
    w.int(m.customers);
    w.int(m.enteredAt);
    w.int(m.potential);
    w.int(m.priceBp);
    w.int(m.regulationBp);
  }
  w.int(s.morale);
  const ps = s.partnerships;
  w.int(ps.length);
  for (let i = 0; i < ps.length; i++) {
    w.str(ps[i]!.kind);
    w.str(ps[i]!.market);
    w.int(ps[i]!.since);
  }
  const pe = s.pending;
  w.byte(pe.grant ? 1 : 0);
  if (pe.partner === null) w.byte(0);
  else {
    w.byte(1);
    w.str(pe.partner.kind);
    w.str(pe.partner.market);
  }
  if (pe.round === null) w.byte(0);
  else {
    w.byte(1);
    w.int(pe.round.amount);
    w.str(pe.round.kind);
    w.int(pe.round.preMoney);
  }
  const p = s.policy;
  w.byte(p.augmentation ? 1 : 0);
  w.int(p.bonusBp);
  w.str(p.businessModel);
  w.byte(p.career ? 1 : 0);
  w.int(p.computeRent);
  w.int(p.dataBudget);
  w.byte(p.equityGrants ? 1 : 0);
  for (const c of CHANNELS_SORTED) w.int(p.marketing[c]);
  strArray(w, p.markets);
  w.str(p.modelScale);
  w.str(p.positioning);
  w.int(p.priceLevelBp);
  w.str(p.pricing);
  w.str(p.productWork);
  strArray(w, p.programmes);
  w.int(p.rndBudget);
  w.str(p.structure);
  w.int(s.quality);
  w.int(s.quarter);
  const rs = s.rounds;
  w.int(rs.length);
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i]!;
    w.int(r.amount);
    w.str(r.kind);
    w.int(r.preMoney);
    w.int(r.quarter);
    w.int(r.shares);
  }
  w.str(s.scenarioId);
  w.str(s.seed);
  for (const r of ROLES_SORTED) w.int(s.staff[r]);
  w.str(s.status);
}

/** The buffer hashState writes into, reused: writing is synchronous and calls nothing outside
 *  this file, so no two writes can interleave. Allocating it per call cost more than the hash. */
const SCRATCH = new Bytes();

function writeState(w: Bytes, s: State): void {
  w.str(STATE_LAYOUT);
  for (const k of s.history) {
    w.byte(1);
    fastKpi(w, k);
  }
  w.byte(0);
  fastRest(w, s);
}

/** Pure. The state's bytes as the typed layout writes them: for tests of the fast writer. */
export function stateBytesByLayout(s: State): Uint8Array {
  const w = new Bytes();
  writeStateByLayout(w, s);
  return w.buf.slice(0, w.n);
}

/** Pure. The canonical bytes of a state (the layout above): what its hash is the SHA-256 of. */
export function stateBytes(s: State): Uint8Array {
  const w = SCRATCH;
  w.n = 0;
  writeState(w, s);
  return w.buf.slice(0, w.n);
}

type Sha = ReturnType<typeof sha256.create>;

/** Hashes states of one run (or of runs sharing their beginnings) quarter after quarter: keeps the
 *  SHA-256 context after each KPI of the last state's history and resumes from the longest prefix
 *  the next state shares with it (the same KPI objects: the engine appends a quarter's KPI and
 *  never changes one after). The digest is exactly hashState's; only the work differs. */
export class StateHasher {
  private readonly kpis: Kpi[] = [];
  /** ctx[i]: the context after the layout tag and the first i KPIs. */
  private readonly ctx: Sha[] = [];
  private readonly w = new Bytes();

  constructor() {
    this.w.str(STATE_LAYOUT);
    this.ctx.push(sha256.create().update(this.w.buf.subarray(0, this.w.n)));
  }

  /** Pure in effect: the state's hash, 64 lower-case hex digits. */
  hash(s: State): string {
    const h = s.history;
    let i = 0;
    while (i < h.length && i < this.kpis.length && h[i] === this.kpis[i]) i++;
    this.kpis.length = i;
    this.ctx.length = i + 1;
    const w = this.w;
    for (; i < h.length; i++) {
      w.n = 0;
      w.byte(1);
      fastKpi(w, h[i]!);
      this.ctx.push(this.ctx[i]!.clone().update(w.buf.subarray(0, w.n)));
      this.kpis.push(h[i]!);
    }
    w.n = 0;
    w.byte(0);
    fastRest(w, s);
    return bytesToHex(this.ctx[h.length]!.clone().update(w.buf.subarray(0, w.n)).digest());
  }
}

/** Pure. The hash of a state: SHA-256 of stateBytes(s), 64 lower-case hex digits. */
export function hashState(s: State): string {
  const w = SCRATCH;
  w.n = 0;
  writeState(w, s);
  return bytesToHex(sha256(w.buf.subarray(0, w.n)));
}
