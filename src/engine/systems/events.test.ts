import { describe, expect, it } from 'vitest';
import { MINI, miniState } from '../../../test/fixtures/mini';
import type { EngineEvent } from '../events-types';
import type { Factors } from '../factors';
import { computeFactors } from '../factors';
import { rollBp } from '../rng';
import { eventChecks, probability, runEvents } from './events';

const ctx = {
  revenue: 0,
  costs: 0,
  computeNeed: 10,
  computeAvail: 10,
  dataNeed: 1000,
  headcountStart: 3,
  newCustomers: 0,
  valuation: 1_000_000,
  fundamentals: 1_000_000,
};

function seedWhereBreachRollIs(pred: (roll: number) => boolean): string {
  for (let i = 0; i < 1000; i++) if (pred(rollBp(`t${i}`, 0, 'event:breach'))) return `t${i}`;
  throw new Error('no seed found');
}

describe('events system', () => {
  it('probability is the base plus each factor pull, clamped; the pulls are reported', () => {
    const def = MINI.events[0]!;
    const f = { encryption: 10000 } as Factors;
    expect(probability(def, f)).toEqual({ bp: 1000, pulls: [{ factor: 'encryption', level: 10000, effect: -4000, deltaBp: -4000 }] });
    expect(probability(def, { encryption: 2500 } as Factors).bp).toBe(4000);
  });

  it('an event fires exactly when its named roll is below its probability, and applies its effects', () => {
    const seed = seedWhereBreachRollIs((r) => r < 5000);
    const s = miniState(undefined, seed);
    const out: EngineEvent[] = [];
    const fired = runEvents(s, MINI, eventChecks(s, MINI, computeFactors(s, MINI, ctx), ctx.valuation), 0, out);
    expect(fired).toEqual(['breach']);
    expect(s.cash).toBe(990_000);
    expect(s.ledger.incidents).toBe(-10_000);
    expect(s.brand).toBe(90);
    expect(s.lastFired).toEqual({ breach: 0 });
    expect(out).toHaveLength(1);
    const check = (out[0] as Extract<EngineEvent, { type: 'check' }>).check;
    expect(check).toMatchObject({ id: 'breach', quarter: 0, roll: rollBp(seed, 0, 'event:breach'), probabilityBp: 5000, fired: true });
    expect(check.effects).toEqual([
      { kind: 'cash', amount: -10_000 },
      { kind: 'brand', amount: -10 },
    ]);
  });

  it('encryption lowers the probability so the same roll no longer fires', () => {
    const seed = seedWhereBreachRollIs((r) => r >= 1000 && r < 5000);
    const s = miniState((x) => {
      x.policy.programmes = ['encryption'];
    }, seed);
    const out: EngineEvent[] = [];
    expect(runEvents(s, MINI, eventChecks(s, MINI, computeFactors(s, MINI, ctx), ctx.valuation), 0, out)).toEqual([]);
    expect(s.cash).toBe(1_000_000);
    expect((out[0] as Extract<EngineEvent, { type: 'check' }>).check.probabilityBp).toBe(1000);
  });

  it('a pending round is rolled and closes: shares issued at the asked price, cash in', () => {
    const s = miniState(
      (x) => {
        x.pending = { round: { kind: 'angel', amount: 500_000, preMoney: 2_000_000 }, grant: false, partner: null };
      },
      seedWhereBreachRollIs((r) => r >= 5000),
    );
    // Fundamentals of USD 2M: the investors accept the asked pre-money, so nothing cuts the odds.
    runEvents(s, MINI, eventChecks(s, MINI, computeFactors(s, MINI, ctx), 2_000_000), 0, []);
    expect(s.capTable).toEqual([
      { holder: 'founders', shares: 1_000_000 },
      { holder: 'angel', shares: 250_000 },
    ]);
    expect(s.ledger.equity).toBe(500_000);
    expect(s.rounds).toEqual([{ quarter: 0, kind: 'angel', amount: 500_000, preMoney: 2_000_000, shares: 250_000 }]);
    expect(s.pending).toEqual({ round: null, grant: false, partner: null });
  });

  it('without a pending round the round event is not rolled at all', () => {
    const s = miniState();
    const out: EngineEvent[] = [];
    runEvents(s, MINI, eventChecks(s, MINI, computeFactors(s, MINI, ctx), ctx.valuation), 0, out);
    expect(out.map((e) => (e as Extract<EngineEvent, { type: 'check' }>).check.id)).toEqual(['breach']);
  });

  it('a mitigation softens the damage once fired, it does not change the odds (backups, §1.12.3)', () => {
    const seed = seedWhereBreachRollIs((r) => r < 5000);
    const sc = {
      ...MINI,
      events: [{ ...MINI.events[0]!, mitigation: { factor: 'backups' as const, reduceBp: { v: 5000, source: 'test' } } }, MINI.events[1]!],
    };
    const s = miniState((x) => {
      x.policy.programmes = ['backups'];
    }, seed);
    const out: EngineEvent[] = [];
    expect(runEvents(s, sc, eventChecks(s, sc, computeFactors(s, sc, ctx), ctx.valuation), 0, out)).toEqual(['breach']);
    const check = (out[0] as Extract<EngineEvent, { type: 'check' }>).check;
    expect(check.probabilityBp).toBe(5000);
    expect(check.effects).toEqual([
      { kind: 'cash', amount: -5_000 },
      { kind: 'brand', amount: -5 },
    ]);
  });

  it('an event with fromQuarter rolls only from that quarter on', () => {
    const seed = seedWhereBreachRollIs((r) => r < 5000);
    const sc = { ...MINI, events: [{ ...MINI.events[0]!, fromQuarter: { v: 3, source: 'test' } }, MINI.events[1]!] };
    const s = miniState(undefined, seed);
    const out: EngineEvent[] = [];
    expect(runEvents(s, sc, eventChecks(s, sc, computeFactors(s, sc, ctx), ctx.valuation), 0, out)).toEqual([]);
    expect(out).toHaveLength(0);
  });

  it('a compute-shortage event is not rolled with compute to spare, and a customer loss rounds toward zero', () => {
    const S = (v: number) => ({ v, source: 'test' });
    const shortage = {
      id: 'short',
      title: MINI.events[0]!.title,
      text: MINI.events[0]!.text,
      section: ['§1.12.1'],
      good: false,
      when: 'always' as const,
      base: S(10000),
      factors: [{ factor: 'computeShortfall' as const, effect: S(6000) }],
      effects: [{ kind: 'customers' as const, bp: S(-400) }],
    };
    const sc = { ...MINI, events: [shortage] };
    const rolled = (avail: number, customers: number) => {
      const s = miniState((x) => {
        x.markets.alpha!.customers = customers;
      });
      const out: EngineEvent[] = [];
      const fired = runEvents(s, sc, eventChecks(s, sc, computeFactors(s, sc, { ...ctx, computeAvail: avail }), ctx.valuation), 0, out);
      return {
        fired,
        checks: out.length,
        customers: s.markets.alpha!.customers,
        effects: out.flatMap((e) => (e.type === 'check' ? e.check.effects : [])),
      };
    };
    // Four times the compute the model needs: nothing falls short, nothing is rolled.
    expect(rolled(40, 5)).toEqual({ fired: [], checks: 0, customers: 5, effects: [] });
    // Short of compute it fires: 4% of 5 customers is none lost; of 100, four; of none, none.
    expect(rolled(5, 5)).toMatchObject({ fired: ['short'], customers: 5, effects: [{ kind: 'customers', amount: 0 }] });
    expect(rolled(5, 100)).toMatchObject({ customers: 96, effects: [{ kind: 'customers', amount: -4 }] });
    expect(rolled(5, 0)).toMatchObject({ customers: 0, effects: [{ kind: 'customers', amount: 0 }] });
  });
});
