// Property tests over thousands of random decision sequences: after every quarter the state keeps
// its invariants, and a rejected decision leaves the state exactly as it was.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Action, Scenario, State } from '../src/engine/index';
import { hashState, BUSINESS_MODELS, CHANNELS, LEDGER_KEYS, PARTNER_KINDS, POSITIONINGS, PRICING, PRODUCT_WORK, PROGRAMMES, ROLES, ROUND_KINDS, SCALES, STRUCTURES, loadScenario, initialState, step } from '../src/engine/index';
import { MINI } from './fixtures/mini';

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
    fc.record({ type: fc.constant('setIncentives' as const), bonusBp: fc.integer({ min: 0, max: 5000 }), equityGrants: fc.boolean(), career: fc.boolean() }),
    fc.record({ type: fc.constant('setMarkets' as const), markets: fc.array(fc.constantFrom(...markets), { minLength: 1, maxLength: 4 }) }),
    fc.record({ type: fc.constant('setPositioning' as const), positioning: fc.constantFrom(...POSITIONINGS) }),
    fc.record({ type: fc.constant('setBusinessModel' as const), model: fc.constantFrom(...BUSINESS_MODELS) }),
    fc.record({ type: fc.constant('setPricing' as const), strategy: fc.constantFrom(...PRICING), levelBp: fc.integer({ min: 5000, max: 20000 }) }),
    fc.record({ type: fc.constant('setMarketing' as const), channel: fc.constantFrom(...CHANNELS), budget: money }),
    fc.record({ type: fc.constant('setModelScale' as const), scale: fc.constantFrom(...SCALES) }),
    fc.record({ type: fc.constant('setProductWork' as const), work: fc.constantFrom(...PRODUCT_WORK) }),
    fc.record({ type: fc.constant('setRndBudget' as const), amount: money }),
    fc.record({ type: fc.constant('setDataBudget' as const), amount: money, augmentation: fc.boolean() }),
    fc.record({ type: fc.constant('setComputeRent' as const), units: fc.integer({ min: 0, max: 500 }) }),
    fc.record({ type: fc.constant('buyCompute' as const), units: fc.integer({ min: 1, max: 300 }) }),
    fc.record({ type: fc.constant('proposePartnership' as const), kind: fc.constantFrom(...PARTNER_KINDS), market: fc.constantFrom(...markets) }),
    fc.record({ type: fc.constant('setProgramme' as const), programme: fc.constantFrom(...PROGRAMMES), on: fc.boolean() }),
    fc.record({ type: fc.constant('raiseRound' as const), kind: fc.constantFrom(...ROUND_KINDS), amount: fc.integer({ min: 0, max: 50_000_000 }), preMoney: fc.integer({ min: 1, max: 400_000_000 }) }),
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

function checkInvariants(s: State, sc: Scenario): void {
  expect(everyNumberIsSafeInteger(s)).toBeNull();
  let ledger = 0;
  for (const k of LEDGER_KEYS) ledger += s.ledger[k];
  expect(ledger).toBe(s.cash);
  let shares = 0;
  for (const h of s.capTable) {
    expect(h.shares).toBeGreaterThanOrEqual(0);
    shares += h.shares;
  }
  // ownership: each holder's fraction is shares / total, so the fractions sum to exactly 100%
  expect(shares).toBeGreaterThan(0);
  expect(s.capTable.reduce((a, h) => a + h.shares, 0)).toBe(shares);
  expect(new Set(s.capTable.map((h) => h.holder)).size).toBe(s.capTable.length);
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

function property(sc: Scenario, runs: number, maxLength: number) {
  fc.assert(
    fc.property(fc.string({ minLength: 1, maxLength: 8 }).filter((x) => /^\w+$/.test(x)), fc.array(actionArb(sc), { maxLength }), (seed, actions) => {
      let s = initialState(sc, seed);
      for (const a of [...actions, { type: 'endQuarter' as const }]) {
        const before = hashState(s);
        const r = step(s, a, sc);
        if (!r.ok) {
          expect(hashState(s)).toBe(before);
          continue;
        }
        s = r.state;
        if (a.type === 'endQuarter') checkInvariants(s, sc);
        if (s.status !== 'playing') break;
      }
    }),
    { numRuns: runs, seed: 20261129 },
  );
}

describe('engine invariants under random decisions', () => {
  it('classic: 1,500 random decision sequences keep every invariant; rejections change nothing', () => property(CLASSIC, 1500, 120));
  it('mini scenario: 1,000 more sequences, reaching the end of the game', () => property(MINI, 1000, 60));
});
