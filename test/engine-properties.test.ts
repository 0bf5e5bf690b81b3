// Property tests over thousands of random decision sequences: after every quarter the state keeps
// its invariants, and a rejected decision leaves the state exactly as it was.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Action, Scenario, State } from '../src/engine/index';
import {
  founderBp,
  hashState,
  BUSINESS_MODELS,
  CHANNELS,
  LEDGER_KEYS,
  PARTNER_KINDS,
  POSITIONINGS,
  PRICING,
  PRODUCT_WORK,
  PROGRAMMES,
  ROLES,
  ROUND_KINDS,
  SCALES,
  STRUCTURES,
  loadScenario,
  initialState,
  step,
} from '../src/engine/index';
import { slicesOf } from '../src/ui/office/model';
import { MINI } from './fixtures/mini';
import { sized, sizeLabel } from './sizing';

const loaded = loadScenario(readFileSync(new URL('../scenarios/classic.json', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error('classic.json does not load');
const CLASSIC = loaded.scenario;

function actionArb(sc: Scenario): fc.Arbitrary<Action> {
  const markets = [...Object.keys(sc.markets), 'nowhere'];
  const money = fc.oneof(fc.integer({ min: 0, max: 300_000 }), fc.integer({ min: 0, max: 1_000_000_000 }));
  return fc.oneof(
    fc.record({ type: fc.constant('hire' as const), role: fc.constantFrom(...ROLES), count: fc.integer({ min: 1, max: 50 }) }),
    fc.record({ type: fc.constant('fire' as const), role: fc.constantFrom(...ROLES), count: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ type: fc.constant('setStructure' as const), structure: fc.constantFrom(...STRUCTURES) }),
    fc.record({
      type: fc.constant('setIncentives' as const),
      bonusBp: fc.integer({ min: 0, max: 5000 }),
      equityGrants: fc.boolean(),
      career: fc.boolean(),
    }),
    fc.record({ type: fc.constant('setMarkets' as const), markets: fc.array(fc.constantFrom(...markets), { minLength: 1, maxLength: 4 }) }),
    fc.record({ type: fc.constant('setPositioning' as const), positioning: fc.constantFrom(...POSITIONINGS) }),
    fc.record({ type: fc.constant('setBusinessModel' as const), model: fc.constantFrom(...BUSINESS_MODELS) }),
    fc.record({
      type: fc.constant('setPricing' as const),
      strategy: fc.constantFrom(...PRICING),
      levelBp: fc.integer({ min: 5000, max: 20000 }),
    }),
    fc.record({ type: fc.constant('setMarketing' as const), channel: fc.constantFrom(...CHANNELS), budget: money }),
    fc.record({ type: fc.constant('setModelScale' as const), scale: fc.constantFrom(...SCALES) }),
    fc.record({ type: fc.constant('setProductWork' as const), work: fc.constantFrom(...PRODUCT_WORK) }),
    fc.record({ type: fc.constant('setRndBudget' as const), amount: money }),
    fc.record({ type: fc.constant('setDataBudget' as const), amount: money, augmentation: fc.boolean() }),
    fc.record({ type: fc.constant('setComputeRent' as const), units: fc.integer({ min: 0, max: 500 }) }),
    fc.record({ type: fc.constant('buyCompute' as const), units: fc.integer({ min: 1, max: 300 }) }),
    fc.record({
      type: fc.constant('proposePartnership' as const),
      kind: fc.constantFrom(...PARTNER_KINDS),
      market: fc.constantFrom(...markets),
    }),
    fc.record({ type: fc.constant('setProgramme' as const), programme: fc.constantFrom(...PROGRAMMES), on: fc.boolean() }),
    fc.record({
      type: fc.constant('raiseRound' as const),
      kind: fc.constantFrom(...ROUND_KINDS),
      amount: fc.integer({ min: 0, max: 50_000_000 }),
      preMoney: fc.integer({ min: 1, max: 400_000_000 }),
    }),
    fc.constant({ type: 'applyGrant' as const }),
    fc.record({ type: fc.constant('takeLoan' as const), amount: fc.integer({ min: 0, max: 3_000_000 }) }),
    fc.constant({ type: 'endQuarter' as const }),
  );
}

function everyNumberIsSafeInteger(v: unknown, path = '$'): string | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? null : `${path} = ${v}`;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const bad = everyNumberIsSafeInteger(v[i], `${path}[${i}]`);
      if (bad) return bad;
    }
  } else if (v && typeof v === 'object') {
    for (const k of Object.keys(v)) {
      const bad = everyNumberIsSafeInteger((v as Record<string, unknown>)[k], `${path}.${k}`);
      if (bad) return bad;
    }
  }
  return null;
}

/** Ownership as the player sees it, against the cap table (exact, in BigInt): the header's founders
 *  figure (founderBp) is the founders' shares over all shares, rounded down; the office's cap-table
 *  slices are the holders with shares, add up to exactly 100.00% and each is within 0.01 point of
 *  its holder's exact share. */
function checkOwnership(s: State): void {
  expect(new Set(s.capTable.map((h) => h.holder)).size).toBe(s.capTable.length);
  let total = 0n;
  for (const h of s.capTable) {
    expect(h.shares).toBeGreaterThanOrEqual(0);
    total += BigInt(h.shares);
  }
  expect(total > 0n).toBe(true);
  const founders = BigInt(s.capTable.find((h) => h.holder === 'founders')?.shares ?? 0);
  expect(founderBp(s)).toBe(Number((founders * 10000n) / total));
  const slices = slicesOf(s.capTable);
  expect(slices.map((x) => x.holder).sort()).toEqual(
    s.capTable
      .filter((h) => h.shares > 0)
      .map((h) => h.holder)
      .sort(),
  );
  expect(slices.reduce((a, x) => a + x.bp, 0)).toBe(10000);
  for (const x of slices) {
    const exact = (BigInt(s.capTable.find((h) => h.holder === x.holder)!.shares) * 10000n) / total;
    expect(x.bp - Number(exact)).toBeGreaterThanOrEqual(0);
    expect(x.bp - Number(exact)).toBeLessThanOrEqual(1);
  }
}

function checkInvariants(s: State, sc: Scenario): void {
  expect(everyNumberIsSafeInteger(s)).toBeNull();
  let ledger = 0;
  for (const k of LEDGER_KEYS) ledger += s.ledger[k];
  expect(ledger).toBe(s.cash);
  checkOwnership(s);
  for (const r of ROLES) expect(s.staff[r]).toBeGreaterThanOrEqual(0);
  for (const m of Object.keys(s.markets)) {
    const ms = s.markets[m]!;
    expect(ms.customers).toBeGreaterThanOrEqual(0);
    expect(ms.customers).toBeLessThanOrEqual(ms.potential);
  }
  expect(s.quality).toBeGreaterThanOrEqual(0);
  expect(s.quality).toBeLessThanOrEqual(sc.models[s.policy.modelScale].qualityCap.v);
  expect(s.brand >= 0 && s.brand <= 1000 && s.morale >= 0 && s.morale <= 100).toBe(true);
}

const foundersShares = (s: State) => s.capTable.find((h) => h.holder === 'founders')?.shares ?? 0;

/** Random decision sequences from a fresh game. Every accepted decision keeps the ownership checks
 *  and never gives the founders shares (they only dilute); every closed quarter keeps every
 *  invariant; a rejection changes nothing. `toEnd`: after the sequence, the quarters are ended until
 *  the game is over, and the ending is checked; returns how many games ended each way. */
function property(sc: Scenario, runs: number, maxLength: number, toEnd = false): Record<string, number> {
  const endings: Record<string, number> = {};
  fc.assert(
    fc.property(
      fc.string({ minLength: 1, maxLength: 8 }).filter((x) => /^\w+$/.test(x)),
      fc.array(actionArb(sc), { maxLength }),
      (seed, actions) => {
        let s = initialState(sc, seed);
        const play = (a: Action) => {
          const before = hashState(s);
          const founders = foundersShares(s);
          const r = step(s, a, sc);
          if (!r.ok) {
            expect(hashState(s)).toBe(before);
            return r;
          }
          s = r.state;
          checkOwnership(s);
          expect(foundersShares(s)).toBeLessThanOrEqual(founders);
          if (a.type === 'endQuarter') checkInvariants(s, sc);
          return r;
        };
        for (const a of [...actions, { type: 'endQuarter' as const }]) {
          play(a);
          if (s.status !== 'playing') break;
        }
        if (!toEnd) return;
        let last = null as ReturnType<typeof play> | null;
        while (s.status === 'playing') last = play({ type: 'endQuarter' });
        // The ending: one closed quarter per quarter played, bankrupt only with cash below zero and
        // before the last quarter, otherwise finished after exactly the scenario's quarters; the
        // quarter that ended it says so; and the game takes no further decision.
        expect(s.history.length).toBe(s.quarter);
        if (s.status === 'bankrupt') {
          expect(s.cash).toBeLessThan(0);
          expect(s.quarter).toBeLessThanOrEqual(sc.quarters.v);
        } else {
          expect(s.status).toBe('finished');
          expect(s.cash).toBeGreaterThanOrEqual(0);
          expect(s.quarter).toBe(sc.quarters.v);
        }
        if (last?.ok) expect(last.events.filter((e) => e.type === 'gameOver')).toEqual([{ type: 'gameOver', outcome: s.status }]);
        const after = step(s, { type: 'endQuarter' }, sc);
        expect(after.ok ? 'accepted' : after.rejection.code).toBe('gameOver');
        endings[s.status] = (endings[s.status] ?? 0) + 1;
      },
    ),
    { numRuns: runs, seed: 20261129 },
  );
  return endings;
}

const CLASSIC_RUNS = sized(500, 1500);
const MINI_RUNS = sized(400, 1000);

describe('engine invariants under random decisions', () => {
  it(`classic: ${sizeLabel(CLASSIC_RUNS, 1500)} random decision sequences keep every invariant; rejections change nothing`, () => {
    property(CLASSIC, CLASSIC_RUNS, 120);
  });
  it(`mini scenario: ${sizeLabel(MINI_RUNS, 1000)} more sequences, each played on to the end of the game, which ends as the rules say`, () => {
    const endings = property(MINI, MINI_RUNS, 60, true);
    // Both endings happen: the checks above ran on bankruptcies and on finished games.
    expect(endings.finished).toBeGreaterThan(0);
    expect(endings.bankrupt).toBeGreaterThan(0);
    expect((endings.finished ?? 0) + (endings.bankrupt ?? 0)).toBe(MINI_RUNS);
  });
});
