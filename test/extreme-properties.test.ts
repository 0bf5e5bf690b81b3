// Property (issue 14): schema-valid scenarios pushed to the schema's extremes (every sourced number
// at its minimum or maximum, 60 quarters, every event at 10000 bp with no cooldown, rounds at their
// extreme prices), played by every bot with random extreme decisions on top, never throw; every
// number in the state stays a safe integer (the state hash accepts it) and the ledger equals the
// cash; and where the loader accepts the scenario, no engine ceiling is ever reached.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '../src/engine/index';
import {
  BOT_NAMES,
  BUSINESS_MODELS,
  CHANNELS,
  PARTNER_KINDS,
  POSITIONINGS,
  PRICING,
  PROGRAMMES,
  ROLES,
  ROUND_KINDS,
  SCALES,
  loadScenario,
} from '../src/engine/index';
import { sized } from './sizing';
import { ceilingsReached, classicDoc, extremeDoc, numberSlots, playExtreme, schemaValid, survival } from './extreme-support';

const RUNS = sized(60, 120);
const SLOTS = numberSlots(classicDoc()).length;
const MARKETS = Object.keys(classicDoc().markets);

/** Decisions at the action schema's extremes. */
const extremeAction: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ type: fc.constant('hire' as const), role: fc.constantFrom(...ROLES), count: fc.constantFrom(1, 50) }),
  fc.record({ type: fc.constant('fire' as const), role: fc.constantFrom(...ROLES), count: fc.constantFrom(1, 50) }),
  fc.record({
    type: fc.constant('setIncentives' as const),
    bonusBp: fc.constantFrom(0, 5000),
    equityGrants: fc.boolean(),
    career: fc.boolean(),
  }),
  fc.record({ type: fc.constant('setMarkets' as const), markets: fc.shuffledSubarray(MARKETS, { minLength: 1, maxLength: 6 }) }),
  fc.record({ type: fc.constant('setPositioning' as const), positioning: fc.constantFrom(...POSITIONINGS) }),
  fc.record({ type: fc.constant('setBusinessModel' as const), model: fc.constantFrom(...BUSINESS_MODELS) }),
  fc.record({ type: fc.constant('setPricing' as const), strategy: fc.constantFrom(...PRICING), levelBp: fc.constantFrom(5000, 20000) }),
  fc.record({
    type: fc.constant('setMarketing' as const),
    channel: fc.constantFrom(...CHANNELS),
    budget: fc.constantFrom(0, 1_000_000_000),
  }),
  fc.record({ type: fc.constant('setModelScale' as const), scale: fc.constantFrom(...SCALES) }),
  fc.record({ type: fc.constant('setRndBudget' as const), amount: fc.constantFrom(0, 1_000_000_000) }),
  fc.record({ type: fc.constant('setDataBudget' as const), amount: fc.constantFrom(0, 1_000_000_000), augmentation: fc.boolean() }),
  fc.record({ type: fc.constant('setComputeRent' as const), units: fc.constantFrom(0, 100_000) }),
  fc.record({ type: fc.constant('buyCompute' as const), units: fc.constantFrom(1, 10_000) }),
  fc.record({
    type: fc.constant('proposePartnership' as const),
    kind: fc.constantFrom(...PARTNER_KINDS),
    market: fc.constantFrom(...MARKETS),
  }),
  fc.record({ type: fc.constant('setProgramme' as const), programme: fc.constantFrom(...PROGRAMMES), on: fc.boolean() }),
  fc.record({
    type: fc.constant('raiseRound' as const),
    kind: fc.constantFrom(...ROUND_KINDS),
    amount: fc.constantFrom(0, 1_000_000_000),
    preMoney: fc.constantFrom(1, 1_000_000_000_000),
  }),
  fc.constant({ type: 'applyGrant' as const }),
  fc.record({ type: fc.constant('takeLoan' as const), amount: fc.constantFrom(1, 1_000_000_000) }),
);

describe('extreme scenarios (property)', () => {
  it('never throw, keep every number a safe integer, and reach no ceiling when the loader accepts them', () => {
    let accepted = 0;
    let quarters = 0;
    const bots = new Set<string>();
    fc.assert(
      fc.property(
        // Each number at its maximum, its minimum, or (null: fewer pushed at once, so some scenarios
        // pass check-scenario) as in classic.
        fc.array(fc.constantFrom(true, false, null), { minLength: SLOTS, maxLength: SLOTS }).chain((a) =>
          fc.constantFrom(
            a,
            a.map((x, i) => (i % 8 === 0 ? x : null)),
          ),
        ),
        fc.boolean(),
        fc.constantFrom(...BOT_NAMES),
        fc.array(fc.array(extremeAction, { maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.string({ maxLength: 8 }),
        (high, lean, bot, plans, seed) => {
          const doc = extremeDoc((i, s) => (lean && high[i] !== null ? survival(s) : null) ?? high[i]!);
          const sc = schemaValid(doc);
          const ok = loadScenario(JSON.stringify(doc)).ok;
          const r = playExtreme(sc, seed, bot, (_s, q) => plans[q % plans.length]!);
          expect(r.broken).toBeNull();
          expect(r.state.status).not.toBe('playing');
          if (ok) {
            accepted++;
            expect(ceilingsReached(r.state)).toEqual([]);
          }
          quarters += r.state.quarter;
          bots.add(bot);
        },
      ),
      { numRuns: RUNS, seed: 14 },
    );
    // The sample reaches deep into games, not only first-quarter bankruptcies.
    expect(quarters).toBeGreaterThan(RUNS * 5);
    expect(accepted).toBeGreaterThanOrEqual(3);
    expect([...bots].sort()).toEqual([...BOT_NAMES].sort());
    console.log(`extreme property: ${accepted} of ${RUNS} scenarios accepted by the loader, ${quarters} quarters played`);
  });
});
