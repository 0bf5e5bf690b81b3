import { describe, expect, it } from 'vitest';
import { MINI, MINI_RAW, miniState } from '../../test/fixtures/mini';
import type { Action } from './actions';
import { hashState } from './hash';
import { scenarioSchema } from './scenario/schema';
import { step } from './step';
import { pastQuarter } from '../../test/fixtures/history';

function rejects(a: Action, change?: Parameters<typeof miniState>[0]) {
  const s = miniState(change);
  const before = hashState(s);
  const r = step(s, a, MINI);
  expect(hashState(s)).toBe(before); // the input state is never mutated
  if (r.ok) throw new Error(`expected a rejection for ${a.type}`);
  return r.rejection;
}

describe('step: decisions', () => {
  it('hiring pays the hire cost now; people with a lead time arrive later', () => {
    const s = miniState();
    const r = step(s, { type: 'hire', role: 'productManager', count: 2 }, MINI);
    if (!r.ok) throw new Error(r.rejection.code);
    expect(r.state.cash).toBe(998_000);
    expect(r.state.staff.productManager).toBe(0);
    expect(r.state.arriving).toEqual([{ role: 'productManager', count: 2, quarter: 1 }]);
    expect(r.events).toEqual([{ type: 'decided', action: { type: 'hire', role: 'productManager', count: 2 }, cost: 2_000 }]);
    const now = step(s, { type: 'hire', role: 'marketing', count: 1 }, MINI);
    expect(now.ok && now.state.staff.marketing).toBe(1);
  });

  it('letting people go pays severance and counts as people leaving', () => {
    const r = step(miniState(), { type: 'fire', role: 'dataScientist', count: 1 }, MINI);
    if (!r.ok) throw new Error(r.rejection.code);
    expect(r.state.staff.dataScientist).toBe(0);
    expect(r.state.ledger.severance).toBe(-10_000);
    expect(r.state.leftThisQuarter).toBe(1);
  });

  it('entering a market pays its entry cost once', () => {
    const r = step(miniState(), { type: 'setMarkets', markets: ['beta', 'alpha'] }, MINI);
    if (!r.ok) throw new Error(r.rejection.code);
    expect(r.state.policy.markets).toEqual(['alpha', 'beta']);
    expect(r.state.ledger.marketEntry).toBe(-5_000);
    expect(r.state.markets.beta!.enteredAt).toBe(0);
  });

  it('a loan needs revenue and stays under the limit; it pays cash in at once', () => {
    expect(rejects({ type: 'takeLoan', amount: 100_000 })).toEqual({ code: 'loanRevenue', details: { need: 1000, have: 0 } });
    const withRevenue = (x: ReturnType<typeof miniState>) => {
      x.history = [pastQuarter({ revenue: 5000, headcount: 3 })];
    };
    expect(rejects({ type: 'takeLoan', amount: 600_000 }, withRevenue)).toEqual({
      code: 'loanLimit',
      details: { max: 500_000, asked: 600_000 },
    });
    const r = step(miniState(withRevenue), { type: 'takeLoan', amount: 200_000 }, MINI);
    expect(r.ok && r.state.cash).toBe(1_200_000);
    expect(r.ok && r.state.loans).toEqual([{ principal: 200_000, rateBp: 200, quartersLeft: 4, covenantMinCash: 100_000 }]);
  });

  it('rule violations come back as typed rejections and change nothing', () => {
    expect(rejects({ type: 'fire', role: 'marketing', count: 1 })).toEqual({
      code: 'notEnoughStaff',
      details: { role: 'marketing', have: 0, asked: 1 },
    });
    expect(
      rejects({ type: 'hire', role: 'mlEngineer', count: 5 }, (x) => {
        x.cash = 4_000;
      }),
    ).toEqual({ code: 'notEnoughCash', details: { need: 5_000, have: 4_000 } });
    expect(rejects({ type: 'setMarkets', markets: ['gamma'] }).code).toBe('unknownMarket');
    expect(rejects({ type: 'setMarkets', markets: ['alpha', 'alpha'] }).code).toBe('duplicateMarket');
    expect(rejects({ type: 'raiseRound', kind: 'seed', amount: 50, preMoney: 2_000_000 })).toEqual({
      code: 'amountOutOfRange',
      details: { min: 100_000, max: 1_000_000, asked: 50 },
    });
    expect(rejects({ type: 'raiseRound', kind: 'seed', amount: 200_000, preMoney: 20_000_000 }).code).toBe('preMoneyOutOfRange');
    expect(
      rejects({ type: 'raiseRound', kind: 'seed', amount: 200_000, preMoney: 2_000_000 }, (x) => {
        x.pending.round = { kind: 'angel', amount: 1, preMoney: 1 };
      }).code,
    ).toBe('roundPending');
    expect(
      rejects({ type: 'applyGrant' }, (x) => {
        x.pending.grant = true;
      }).code,
    ).toBe('grantPending');
    expect(rejects({ type: 'proposePartnership', kind: 'data', market: 'beta' }).code).toBe('marketNotInFocus');
    expect(
      rejects({ type: 'endQuarter' }, (x) => {
        x.status = 'bankrupt';
      }),
    ).toEqual({ code: 'gameOver', details: { status: 'bankrupt' } });
  });

  it('a round with milestones is refused until the company shows them, saying what is missing (§1.17.3)', () => {
    const rounds = {
      ...MINI.funding.rounds,
      seriesA: {
        ...MINI.funding.rounds.seriesA,
        milestones: { minRevenue: { v: 5_000, source: 'test' }, minCustomers: { v: 10, source: 'test' } },
      },
    };
    const sc = { ...MINI, funding: { ...MINI.funding, rounds } };
    const ask = { type: 'raiseRound', kind: 'seriesA', amount: 200_000, preMoney: 2_000_000 } as const;
    const r = step(miniState(), ask, sc);
    expect(!r.ok && r.rejection).toEqual({
      code: 'milestonesNotMet',
      details: { needRevenue: 5_000, haveRevenue: 0, needCustomers: 10, haveCustomers: 0 },
    });
    expect(step(miniState(), { ...ask, kind: 'seed' }, sc).ok).toBe(true);
  });

  it('a locked decision group is refused', () => {
    const locked = scenarioSchema.parse({ ...MINI_RAW, unlocked: ['team'] });
    const r = step(miniState(), { type: 'setProgramme', programme: 'audit', on: true }, locked);
    expect(r).toEqual({ ok: false, rejection: { code: 'groupLocked', details: { group: 'compliance' } } });
    expect(step(miniState(), { type: 'endQuarter' }, locked).ok).toBe(true);
  });
});

describe('step: endQuarter', () => {
  it('runs the systems in order, records the KPIs and moves to the next quarter', () => {
    const r = step(miniState(), { type: 'endQuarter' }, MINI);
    if (!r.ok) throw new Error(r.rejection.code);
    const s = r.state;
    expect(s.quarter).toBe(1);
    expect(s.history).toHaveLength(1);
    const k = s.history[0]!;
    expect(k).toMatchObject({ quarter: 0, revenue: 10_000, headcount: 3, customers: { alpha: 10, beta: 0 }, founderBp: 10000, markets: 1 });
    // seed "s" rolls 6235 for the breach in Q1: above its 5000 probability, so it does not fire.
    expect(k.fired).toEqual([]);
    // out: salaries 30,000 + overhead 3,000 + compute 10,000 + marketing 10,000
    expect(k.costs).toBe(53_000);
    expect(s.cash).toBe(957_000);
    expect(r.events.map((e) => e.type)).toEqual(['check', 'quarterClosed']);
  });

  it('the game ends when cash runs out, or after the last quarter', () => {
    const broke = step(
      miniState((x) => {
        x.cash = 1_000;
      }),
      { type: 'endQuarter' },
      MINI,
    );
    expect(broke.ok && broke.state.status).toBe('bankrupt');
    expect(broke.ok && broke.events.at(-1)).toEqual({ type: 'gameOver', outcome: 'bankrupt' });
    const last = step(
      miniState((x) => {
        x.quarter = 3;
      }),
      { type: 'endQuarter' },
      MINI,
    );
    expect(last.ok && last.state.status).toBe('finished');
    expect(last.ok && last.state.quarter).toBe(4);
  });
});
