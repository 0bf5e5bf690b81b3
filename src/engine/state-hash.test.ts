// The state hash: the binary layout's rules (ints, strings, records, field order), the fast writer
// against the typed layout on real games, every field of a state counted, the incremental hasher
// equal to the one-shot hash, and one pinned digest (changing the layout breaks every replay).
import { readFileSync } from 'node:fs';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { MINI, miniState } from '../../test/fixtures/mini';
import { BOTS } from './bots/index';
import { hashState, stateBytes, StateHasher, STATE_LAYOUT } from './hash';
import { replay, playBot } from './run';
import { loadScenario } from './scenario/load';
import type { Scenario } from './scenario/schema';
import type { State } from './state';
import { cloneState } from './state';
import { stateBytesByLayout } from './state-hash';

const classic = (() => {
  const l = loadScenario(readFileSync('scenarios/classic.json', 'utf8'));
  if (!l.ok) throw new Error('classic does not load');
  return l.scenario;
})();

/** Every state of a few games (all bots, two scenarios): the states a replay hashes. */
function gameStates(sc: Scenario, seeds: number): State[][] {
  const out: State[][] = [];
  for (const bot of ['balanced', 'focused', 'scattered', 'random']) {
    for (let i = 0; i < seeds; i++) {
      const r = playBot(sc, `h${i}`, BOTS[bot]!, { hashes: false });
      const f = replay(sc, `h${i}`, r.log);
      if (f.ok) out.push(f.quarters.map((q) => q.state));
    }
  }
  return out;
}

/** A state with every optional part filled: a pending round and partner, loans, arrivals... */
function fullState(): State {
  const s = cloneState(gameStates(classic, 1)[0]!.at(-1)!);
  s.pending = { round: { kind: 'seed', amount: 123_456, preMoney: 7_000_000 }, grant: true, partner: { kind: 'rnd', market: 'retail' } };
  s.loans = [{ principal: 500_000, rateBp: 800, quartersLeft: 6, covenantMinCash: 100_000 }];
  s.arriving = [{ role: 'mlEngineer', count: 2, quarter: 9 }];
  s.partnerships = [{ kind: 'data', market: 'finance', since: 3 }];
  s.rounds = [{ quarter: 2, kind: 'angel', amount: 250_000, preMoney: 2_000_000, shares: 1_250_000 }];
  s.capTable = [...s.capTable, { holder: '天使 Ünïcode', shares: 42 }];
  s.lastFired = { zeta: 3, alpha: 1, mediaCoverage: 2 };
  s.cash = -Number.MAX_SAFE_INTEGER;
  s.dataUnits = Number.MAX_SAFE_INTEGER;
  return s;
}

const hex = (b: Uint8Array) => bytesToHex(b);

describe('the state layout', () => {
  it('writes ints with the sign in the first byte, 6 then 7 bits a byte; -0 as 0; refuses non-integers', () => {
    // The cash field's bytes, read where a state's bytes differ when only its cash changes.
    const cashBytes = (v: number): string => {
      const a = miniState();
      const b = { ...a, cash: v };
      const x = hex(stateBytes({ ...a, cash: 0 }));
      const y = hex(stateBytes(b));
      let i = 0;
      while (i < x.length && x[i] === y[i]) i++;
      i -= i % 2;
      let j = 0;
      while (j < x.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
      j -= j % 2;
      return y.slice(i, y.length - j);
    };
    expect(cashBytes(1)).toBe('02');
    expect(cashBytes(-1)).toBe('03');
    expect(cashBytes(63)).toBe('7e');
    expect(cashBytes(64)).toBe('8001');
    expect(cashBytes(-64)).toBe('8101');
    expect(cashBytes(2 ** 30)).toBe('8080808008');
    expect(cashBytes(Number.MAX_SAFE_INTEGER)).toBe('feffffffffffff1f');
    expect(hashState({ ...miniState(), cash: -0 })).toBe(hashState({ ...miniState(), cash: 0 }));
    expect(() => hashState({ ...miniState(), cash: 0.5 })).toThrow(/non-integer number 0.5/);
    expect(() => hashState({ ...miniState(), cash: 2 ** 53 })).toThrow(/non-integer number/);
    expect(() => hashState({ ...miniState(), cash: Number.NaN })).toThrow(/non-integer number/);
  });

  it('starts with the layout name and ends with the status; strings are UTF-8 with their byte count', () => {
    const b = hex(stateBytes(miniState()));
    expect(b.startsWith(hex(new Uint8Array([STATE_LAYOUT.length * 2, ...new TextEncoder().encode(STATE_LAYOUT)])) + '00')).toBe(true);
    expect(b.endsWith('0e' + hex(new TextEncoder().encode('playing')))).toBe(true);
    const seeded = (seed: string) => hex(stateBytes({ ...miniState(), seed }));
    expect(seeded('中文')).toContain('0c' + hex(new TextEncoder().encode('中文'))); // 6 bytes
    const long = 'x'.repeat(100);
    expect(seeded(long)).toContain('c801' + '78'.repeat(100)); // 100 bytes: a two-byte count
  });

  it('gives different strings different bytes, lone surrogates included', () => {
    const h = (seed: string) => hashState({ ...miniState(), seed });
    expect(h('A\ud800B')).not.toBe(h('A\ufffdB'));
    expect(h('A\ud800B')).not.toBe(h('A\udc00B'));
    expect(h('😀')).not.toBe(h('\ud83d'));
    expect(h('😀')).toBe(h('\ud83d\ude00'));
  });

  it('orders open records by key, so insertion order does not matter', () => {
    const s = fullState();
    const reversed = {
      ...s,
      lastFired: Object.fromEntries(Object.entries(s.lastFired).reverse()),
      markets: Object.fromEntries(Object.entries(s.markets).reverse()),
    };
    expect(hashState(reversed)).toBe(hashState(s));
  });

  it('the fast writer and the typed layout agree, byte for byte, on real games and a full state', () => {
    let n = 0;
    for (const sc of [classic, MINI]) {
      for (const run of gameStates(sc, 3)) {
        for (const s of run) {
          expect(hex(stateBytes(s))).toBe(hex(stateBytesByLayout(s)));
          n++;
        }
      }
    }
    const f = fullState();
    expect(hex(stateBytes(f))).toBe(hex(stateBytesByLayout(f)));
    expect(n).toBeGreaterThan(100);
  });

  it('counts every field: changing any value or key anywhere in a state changes its hash', () => {
    const base = fullState();
    const h0 = hashState(base);
    const paths: string[] = [];
    const walk = (v: unknown, path: (string | number)[]): void => {
      const changed = (mut: (o: State) => void, what: string) => {
        const copy = JSON.parse(JSON.stringify(base)) as State;
        mut(copy);
        if (hashState(copy) === h0) paths.push(`${path.join('.')} (${what})`);
      };
      const set = (o: State, x: unknown) => {
        let p: Record<string | number, unknown> = o as unknown as Record<string, unknown>;
        for (const k of path.slice(0, -1)) p = p[k] as Record<string | number, unknown>;
        p[path.at(-1)!] = x;
      };
      if (typeof v === 'number') changed((o) => set(o, v === Number.MAX_SAFE_INTEGER ? v - 1 : v + 1), 'value');
      else if (typeof v === 'string') changed((o) => set(o, v + 'x'), 'value');
      else if (typeof v === 'boolean') changed((o) => set(o, !v), 'value');
      else if (v === null) changed((o) => set(o, { kind: 'seed', amount: 1, preMoney: 1 }), 'null');
      else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (typeof v === 'object') {
        for (const k of Object.keys(v as object)) walk((v as Record<string, unknown>)[k], [...path, k]);
      }
    };
    walk(base, []);
    // Renaming a key of an open record.
    const renamed = JSON.parse(JSON.stringify(base)) as State;
    renamed.lastFired = { ...renamed.lastFired, alphb: renamed.lastFired.alpha! };
    delete renamed.lastFired.alpha;
    if (hashState(renamed) === h0) paths.push('lastFired key');
    expect(paths).toEqual([]);
  });

  it('is the SHA-256 of the bytes; one digest pinned (a layout change must bump the replay format)', () => {
    const s = miniState();
    expect(hashState(s)).toBe(bytesToHex(sha256(stateBytes(s))));
    const pinned = PINNED;
    expect(stateBytes(pinned).length).toBe(STATE_BYTES_PINNED);
    expect(hashState(pinned)).toBe(STATE_HASH_PINNED);
  });
});

// A hand-made state (the mini scenario's opening, one KPI, a round, a loan), as this layout writes it.
const PINNED: State = {
  scenarioId: 'mini',
  seed: 'pin',
  quarter: 1,
  status: 'playing',
  cash: 1_000_000,
  ledger: {
    founding: 1_000_000,
    equity: 250_000,
    debt: 0,
    grants: 0,
    revenue: 20,
    salaries: -30_000,
    hiring: 0,
    severance: 0,
    marketing: 0,
    rnd: 0,
    data: 0,
    compute: 0,
    hardware: 0,
    compliance: 0,
    overhead: 0,
    marketEntry: 0,
    interest: 0,
    repayment: 0,
    fines: 0,
    incidents: 0,
    partnerships: 0,
  },
  staff: { dataScientist: 1, mlEngineer: 1, softwareEngineer: 1, productManager: 0, marketing: 0, compliance: 0, domainExpert: 0 },
  arriving: [{ role: 'marketing', count: 1, quarter: 2 }],
  leftThisQuarter: 0,
  morale: 60,
  policy: {
    markets: ['alpha'],
    positioning: 'service',
    businessModel: 'subscription',
    pricing: 'costPlus',
    priceLevelBp: 10000,
    marketing: { ads: 10000, content: 0, social: 0, events: 0, partnerships: 0 },
    structure: 'functional',
    bonusBp: 0,
    equityGrants: false,
    career: true,
    modelScale: 'small',
    productWork: 'features',
    rndBudget: 0,
    dataBudget: 0,
    augmentation: false,
    computeRent: 10,
    programmes: ['privacy'],
  },
  quality: 200,
  dataUnits: 1000,
  computeOwned: 0,
  computePriceBp: 10000,
  brand: 100,
  markets: {
    alpha: { potential: 1000, customers: 1, competitors: 0, priceBp: 10000, regulationBp: 0, enteredAt: 0 },
    beta: { potential: 500, customers: 0, competitors: 0, priceBp: 10000, regulationBp: 0, enteredAt: -1 },
  },
  partnerships: [],
  pending: { round: null, grant: false, partner: { kind: 'data', market: 'alpha' } },
  capTable: [
    { holder: 'founders', shares: 1_000_000 },
    { holder: 'angel', shares: 250_000 },
  ],
  rounds: [{ quarter: 0, kind: 'angel', amount: 250_000, preMoney: 1_000_000, shares: 250_000 }],
  loans: [{ principal: 100_000, rateBp: 500, quartersLeft: 4, covenantMinCash: -1 }],
  lastFired: { mediaCoverage: 0 },
  history: [
    {
      quarter: 0,
      cash: 1000,
      revenue: 20,
      costs: -5,
      customers: { beta: 2, alpha: 1 },
      headcount: 3,
      valuation: 9_000_000_000,
      founderBp: 10000,
      quality: 1,
      brand: 2,
      morale: 3,
      complianceBp: 4,
      markets: 1,
      fired: ['x', '事件'],
    },
  ],
};
const STATE_BYTES_PINNED = 345;
const STATE_HASH_PINNED = '19c85ec80df6437a406649f384608afeb2f31b0219f1aae7344f1a7de869663c';

describe('StateHasher', () => {
  it("gives hashState's digest for every state of a run, resuming from the shared history", () => {
    for (const run of gameStates(classic, 2)) {
      const h = new StateHasher();
      for (const s of run) expect(h.hash(s)).toBe(hashState(s));
    }
  });

  it('one hasher across runs that share beginnings, out of order and repeated, stays exact', () => {
    const runs = gameStates(MINI, 2).concat(gameStates(classic, 1));
    const all = runs.flat();
    const h = new StateHasher();
    // A fixed shuffle: every state after states of other runs and of later quarters.
    const order = all.map((_, i) => (i * 7919) % all.length);
    for (const i of order) expect(h.hash(all[i]!)).toBe(hashState(all[i]!));
    for (const s of all.slice(0, 5)) expect(h.hash(s)).toBe(hashState(s));
    // A state rebuilt from JSON (new KPI objects, as in a worker) hashes the same.
    const last = all.at(-1)!;
    expect(h.hash(JSON.parse(JSON.stringify(last)) as State)).toBe(hashState(last));
  });
});
