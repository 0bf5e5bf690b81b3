// The engine's read-only views: the odds the quarter rolls against, the forecast with the one
// runway figure, and what investors make of an ask. Each is checked against what ending the
// quarter actually does.
import { describe, expect, it } from 'vitest';
import type { Action } from './actions';
import { BOTS, strategyBot } from './bots/index';
import { BALANCED } from './bots/presets';
import type { Check } from './events-types';
import { collectChecks } from './run';
import { readScenario } from '../cli/scenarios';
import type { Scenario } from './scenario/schema';
import type { State } from './state';
import { initialState } from './state';
import { step } from './step';
import { eventOdds, eventStream, forecast, investorView, marketView } from './views';
import { rollBp } from './rng';
import { runwayQuarters } from './selectors';
import { pastQuarter } from '../../test/fixtures/history';

function scenario(name: string): Scenario {
  return readScenario(name).scenario;
}
const classic = scenario('classic');

function apply(s: State, sc: Scenario, actions: Action[]): State {
  for (const a of actions) {
    const r = step(s, a, sc);
    if (!r.ok) throw new Error(`${a.type}: ${r.rejection.code}`);
    s = r.state;
  }
  return s;
}

/** A company a few quarters in: customers in retail, a better model, a stronger team. */
function grown(customers = 40): State {
  const s = initialState(classic, '42');
  s.quality = 420;
  s.brand = 300;
  s.markets = { ...s.markets, retail: { ...s.markets.retail!, customers } };
  s.staff = { ...s.staff, mlEngineer: 3, softwareEngineer: 4, productManager: 1, marketing: 2 };
  // Last quarter's revenue meets a Series A's milestones (USD 250k and 25 customers in classic).
  const closed = step(initialState(classic, '42'), { type: 'endQuarter' }, classic);
  if (!closed.ok) throw new Error('endQuarter');
  s.history = [{ ...closed.state.history[0]!, revenue: 300_000 }];
  return s;
}

describe('eventOdds', () => {
  it('equals, event by event, the probability the quarter then rolls against (many bots, seeds and scenarios)', () => {
    let compared = 0;
    let rounds = 0;
    const every = strategyBot({ ...BALANCED, raise: 'every', grants: true, loans: true });
    for (const name of ['classic', 'case-c-medical-2016', 'workshop-intro']) {
      const sc = scenario(name);
      for (const [bot, seed] of [
        [BOTS.random!, 'r1'],
        [BOTS.scattered!, 's2'],
        [every, 'e3'],
        [BOTS.focused!, 'f4'],
      ] as const) {
        let s = initialState(sc, seed);
        while (s.status === 'playing') {
          for (const a of bot(s, sc)) {
            const r = step(s, a, sc);
            if (r.ok) s = r.state;
          }
          const odds = eventOdds(s, sc);
          const end = step(s, { type: 'endQuarter' }, sc);
          if (!end.ok) throw new Error(end.rejection.code);
          const checks = collectChecks(end.events);
          expect(odds.map((o) => o.id)).toEqual(checks.map((c) => c.id));
          for (const [i, c] of checks.entries()) {
            expect({ bp: c.probabilityBp, pulls: c.pulls, cooldown: c.cooldown, base: c.baseBp }).toEqual({
              bp: odds[i]!.bp,
              pulls: odds[i]!.pulls,
              cooldown: odds[i]!.cooldown,
              base: odds[i]!.baseBp,
            });
            expect(c.roll).toBe(rollBp(seed, s.quarter, eventStream(c.id)));
            compared++;
            if (c.id === 'roundCloses') rounds++;
          }
          s = end.state;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(rounds).toBeGreaterThan(20);
  });

  it('leaves out an event whose market is not in focus, as the quarter does', () => {
    const sc = scenario('case-b-health-2018');
    const s = initialState(sc, '1');
    const away = apply(s, sc, [{ type: 'setMarkets', markets: ['medicalEducation'] }]);
    expect(eventOdds(away, sc).some((o) => o.id === 'clinicalValidation')).toBe(false);
    const there = apply(s, sc, [{ type: 'setMarkets', markets: ['diagnosis'] }]);
    expect(eventOdds(there, sc).some((o) => o.id === 'clinicalValidation')).toBe(true);
  });
});

describe('forecast', () => {
  it('is what the quarter does when no event fires: customers, revenue, costs and cash', () => {
    let compared = 0;
    for (const seed of ['a', 'b', 'c', 'd']) {
      let s = initialState(classic, seed);
      while (s.status === 'playing') {
        for (const a of BOTS.balanced!(s, classic)) {
          const r = step(s, a, classic);
          if (r.ok) s = r.state;
        }
        const f = forecast(s, classic);
        const end = step(s, { type: 'endQuarter' }, classic);
        if (!end.ok) throw new Error(end.rejection.code);
        const fired = collectChecks(end.events).some((c: Check) => c.fired);
        const kpi = end.state.history[end.state.history.length - 1]!;
        if (!fired) {
          expect({ cash: f.cashAfter, revenue: f.revenue, costs: f.paidNow + f.costs, customers: f.customers }).toEqual({
            cash: kpi.cash,
            revenue: kpi.revenue,
            costs: kpi.costs,
            customers: kpi.customers,
          });
          compared++;
        }
        s = end.state;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('counts loan interest and repayment in the runway: a $1M loan costing $150K a quarter', () => {
    const s = initialState(classic, '42');
    s.markets = { ...s.markets, retail: { ...s.markets.retail!, customers: 10 } };
    s.history = [pastQuarter({ revenue: 150_000 })];
    s.cash = 900_000;
    const before = forecast(s, classic);
    const loan = apply(s, classic, [{ type: 'takeLoan', amount: 1_000_000 }]);
    const after = forecast(loan, classic);
    expect(after.debtService - before.debtService).toBe(150_000);
    expect(after.costs - before.costs).toBe(150_000);
    expect([before.burn, before.runway, after.burn, after.runway]).toEqual([279_000, 3, 429_000, 4]);
    // The old header's figure (standing costs against last revenue) left the loan's cost out.
    expect(runwayQuarters(loan, classic)).toBe(8);
  });
});

describe('investorView', () => {
  it('gives a Series A of $3M at $12M and crowdfunding of $1M at $12M different odds and valuations', () => {
    // No brand yet, so neither kind of investor is at its 1.5× ceiling and their tastes show.
    const s = { ...grown(), brand: 0 };
    const a = investorView(s, classic, 'seriesA', 3_000_000, 12_000_000);
    const c = investorView(s, classic, 'crowdfunding', 1_000_000, 12_000_000);
    expect([a.valuation, a.oddsBp, c.valuation, c.oddsBp]).toEqual([17_928_000, 6315, 17_060_284, 4637]);
    expect(a.reasons).toEqual([{ id: 'askWithinValuation', details: { valuation: 17_928_000 } }]);
  });

  it('lowers the odds smoothly for an ask above what investors accept, and says why', () => {
    const s = { ...grown(), brand: 0 };
    const v = investorView(s, classic, 'seriesA', 3_000_000, 12_000_000).valuation;
    const fair = investorView(s, classic, 'seriesA', 3_000_000, v);
    const rich = investorView(s, classic, 'seriesA', 3_000_000, v + v / 2);
    const twice = investorView(s, classic, 'seriesA', 3_000_000, 2 * v);
    expect([v, fair.oddsBp, rich.oddsBp, twice.oddsBp]).toEqual([17_928_000, 6315, 2805, 1578]);
    expect(fair.reasons).toEqual([{ id: 'askWithinValuation', details: { valuation: v } }]);
    expect(twice.reasons).toContainEqual({ id: 'askAboveValuation', details: { valuation: v, keepBp: 2500 } });
  });

  it('is the odds the round is then rolled against', () => {
    const s = grown();
    const view = investorView(s, classic, 'seed', 1_500_000, 9_000_000);
    const pending = apply(s, classic, [{ type: 'raiseRound', kind: 'seed', amount: 1_500_000, preMoney: 9_000_000 }]);
    const end = step(pending, { type: 'endQuarter' }, classic);
    if (!end.ok) throw new Error();
    const check = collectChecks(end.events).find((c) => c.id === 'roundCloses')!;
    expect(check.probabilityBp).toBe(view.oddsBp);
    expect(check.pulls).toEqual(view.pulls);
  });

  it('says a grant is on cooldown and gives 0%', () => {
    const s = initialState(classic, '1');
    s.quarter = 5;
    s.lastFired = { grantAwarded: 4 };
    const g = investorView(s, classic, 'grant', 0, 0);
    expect(g.oddsBp).toBe(0);
    expect(g.reasons).toEqual([{ id: 'grantOnCooldown', details: { quarters: 3 } }]);
  });

  it("passes on the rules' refusal as the reason", () => {
    const s = initialState(classic, '1');
    const r = investorView(s, classic, 'seriesA', 3_000_000, 1_000);
    expect(r.refused?.code).toBe('preMoneyOutOfRange');
    expect(r.oddsBp).toBe(0);
    expect(r.reasons[0]!.id).toBe('preMoneyOutOfRange');
    const loan = investorView(s, classic, 'loan', 500_000, 0);
    expect(loan.reasons[0]!.id).toBe('loanRevenue');
  });
});

describe('marketView', () => {
  it("lists each segment's size, price, growth, competitors and regulation", () => {
    const m = marketView(initialState(classic, '1'), classic).find((x) => x.id === 'finance')!;
    expect(m).toMatchObject({
      potential: 900,
      growthBp: 630,
      competitors: 4,
      regulationBp: 7000,
      entryCost: 150_000,
      inFocus: false,
      customers: 0,
    });
    expect(m.price).toBeGreaterThan(0);
  });
});
