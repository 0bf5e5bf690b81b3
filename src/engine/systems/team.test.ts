import { describe, expect, it } from 'vitest';
import { MINI, miniState } from '../../../test/fixtures/mini';
import type { EngineEvent } from '../events-types';
import { runTeam } from './team';

describe('team system', () => {
  it('pays salaries and overhead and moves morale a third of the way to its target', () => {
    const s = miniState();
    const out: EngineEvent[] = [];
    runTeam(s, MINI, out);
    // 3 staff × 10,000 salary; 3 × 1,000 overhead.
    expect(s.ledger.salaries).toBe(-30_000);
    expect(s.ledger.overhead).toBe(-3_000);
    expect(s.cash).toBe(967_000);
    // target 52 (no incentives, functional): 60 + trunc((52 - 60) / 3) = 58
    expect(s.morale).toBe(58);
    expect(out).toEqual([]);
  });

  it('brings in hires whose lead time is over and reports them', () => {
    const s = miniState((x) => {
      x.arriving = [
        { role: 'productManager', count: 2, quarter: 0 },
        { role: 'compliance', count: 1, quarter: 1 },
      ];
    });
    const out: EngineEvent[] = [];
    runTeam(s, MINI, out);
    expect(s.staff.productManager).toBe(2);
    expect(s.arriving).toEqual([{ role: 'compliance', count: 1, quarter: 1 }]);
    expect(out).toEqual([{ type: 'staffArrived', role: 'productManager', count: 2 }]);
    expect(s.ledger.salaries).toBe(-50_000);
  });

  it('equity grants issue 1% of shares to employees and lift morale; bonuses cost salary', () => {
    const s = miniState((x) => {
      x.policy.equityGrants = true;
      x.policy.career = true;
      x.policy.bonusBp = 2500;
    });
    runTeam(s, MINI, []);
    expect(s.capTable).toEqual([
      { holder: 'founders', shares: 1_000_000 },
      { holder: 'employees', shares: 10_000 },
    ]);
    // salaries 30,000 + 25% bonus
    expect(s.ledger.salaries).toBe(-37_500);
    // target 52 + 10 (bonus) + 8 + 8 = 78: 60 + trunc(18 / 3) = 66
    expect(s.morale).toBe(66);
  });

  it('layoffs this quarter pull morale down', () => {
    const s = miniState((x) => {
      x.leftThisQuarter = 3;
    });
    runTeam(s, MINI, []);
    // target 52 - 12 = 40: 60 + trunc(-20 / 3) = 54
    expect(s.morale).toBe(54);
  });
});
