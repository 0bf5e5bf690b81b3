// scoreRun: exact integers for a hand-built four-quarter history of the mini scenario, the bankrupt
// rule, and the bounds and determinism of a played game's score.
import { describe, expect, it } from 'vitest';
import { MINI, miniState } from '../../test/fixtures/mini';
import { BOTS } from './bots/index';
import { playBot } from './run';
import { ELEMENTS, scoreRun } from './score';
import type { Kpi, State } from './state';

const kpi = (
  quarter: number,
  cash: number,
  revenue: number,
  costs: number,
  markets: number,
  morale: number,
  complianceBp: number,
  quality: number,
  fired: string[],
): Kpi => ({
  quarter,
  cash,
  revenue,
  costs,
  customers: { alpha: 50, beta: 0 },
  headcount: 4,
  valuation: 2_000_000 + quarter,
  founderBp: 8000,
  quality,
  brand: 100,
  morale,
  complianceBp,
  markets,
  fired,
});

/** Four closed quarters: one breach (§1.12.3), one closed round, a second market in quarter 3. */
function built(status: State['status']): State {
  return miniState((s) => {
    s.status = status;
    s.quarter = 4;
    s.history = [
      kpi(0, 900_000, 0, 100_000, 1, 60, 0, 250, []),
      kpi(1, 800_000, 50_000, 150_000, 1, 70, 2500, 300, ['breach']),
      kpi(2, 700_000, 40_000, 140_000, 2, 80, 5000, 350, ['round']),
      kpi(3, 100_000, 120_000, 200_000, 1, 70, 2500, 380, []),
    ];
    s.staff = {
      ...s.staff,
      dataScientist: 1,
      mlEngineer: 1,
      softwareEngineer: 1,
      productManager: 0,
      marketing: 1,
      compliance: 0,
      domainExpert: 0,
    };
    s.markets.alpha!.customers = 50;
    s.markets.alpha!.potential = 1000;
    s.rounds = [{ quarter: 2, kind: 'angel', amount: 250_000, preMoney: 1_000_000, shares: 250_000 }];
    s.capTable = [
      { holder: 'founders', shares: 1_000_000 },
      { holder: 'angel', shares: 250_000 },
    ];
  });
}

describe('scoreRun', () => {
  it('scores each of the six elements from the history, exactly', () => {
    const sc = scoreRun(built('finished'), MINI);
    expect(sc.parts).toEqual({
      technologyInnovation: { quality: 21, growth: 12, reliability: 20 }, // 50×380/900; 30×2×180/900; no §1.12.1 failure
      marketPositioning: { focus: 30, share: 10, distinctness: 20 }, // 3 of 4 quarters focused; 5% share of 1000
      team: { roles: 20, morale: 21, collaboration: 30 }, // 3 technical + marketing; mean morale 70
      financing: { survival: 30, reserve: 7, raised: 10, control: 30 }, // cash below costs in 1 of 4; founders 80%
      businessModelInnovation: { sustainability: 24, growth: 13, model: 20, ecosystem: 0 }, // 120k of 200k; 2 of 3 rises
      riskManagement: { incidents: 48, posture: 10 }, // one breach cites §1.12.3; mean posture 2500 bp
    });
    expect(sc).toMatchObject({
      technologyInnovation: 53,
      marketPositioning: 60,
      team: 71,
      financing: 77,
      businessModelInnovation: 57,
      riskManagement: 58,
      total: 62,
      survived: true,
      revenue: 120_000,
      valuation: 2_000_003,
      founderBp: 8000,
    });
  });

  it('a bankrupt run loses the quarter it failed in, its raised money and control, and its total shrinks with the quarters it lasted', () => {
    const sc = scoreRun(built('bankrupt'), MINI);
    expect(sc.parts.financing).toEqual({ survival: 22, reserve: 7, raised: 0, control: 0 });
    expect(sc.financing).toBe(29);
    expect(sc.survived).toBe(false);
    // Mean (53 + 60 + 71 + 29 + 57 + 58) / 6 = 54, times the 3 of 4 quarters it lasted = 40.
    expect(sc.total).toBe(40);
  });

  it('a run with no closed quarter scores zero', () => {
    const sc = scoreRun(miniState(), MINI);
    for (const e of ELEMENTS) expect(sc[e]).toBe(0);
    expect(sc).toMatchObject({ total: 0, survived: true, revenue: 0, founderBp: 10000 });
  });

  it("a played game's score is within 0..100 and the same every time", () => {
    for (const bot of ['balanced', 'random']) {
      const a = scoreRun(playBot(MINI, 'x', BOTS[bot]!).state, MINI);
      const b = scoreRun(playBot(MINI, 'x', BOTS[bot]!).state, MINI);
      expect(a).toEqual(b);
      for (const e of ELEMENTS) expect(a[e]).toBeGreaterThanOrEqual(0);
      for (const e of ELEMENTS) expect(a[e]).toBeLessThanOrEqual(100);
    }
  });
});
