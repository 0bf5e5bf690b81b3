import { describe, expect, it } from 'vitest';
import { MINI, miniState } from '../../../test/fixtures/mini';
import { checkCovenants, runFinance, valuation } from './finance';
import { runCompliance } from './compliance';

describe('finance system', () => {
  it('pays marketing, loan interest and the loan instalment', () => {
    const s = miniState((x) => {
      x.loans = [{ principal: 400_000, rateBp: 200, quartersLeft: 4, covenantMinCash: 100_000 }];
    });
    runFinance(s, MINI);
    expect(s.ledger.marketing).toBe(-10_000);
    expect(s.ledger.interest).toBe(-8_000);
    expect(s.ledger.repayment).toBe(-100_000);
    expect(s.loans).toEqual([{ principal: 300_000, rateBp: 200, quartersLeft: 3, covenantMinCash: 100_000 }]);
    expect(s.cash).toBe(882_000);
  });

  it('a loan disappears with its last instalment', () => {
    const s = miniState((x) => {
      x.loans = [{ principal: 1_000, rateBp: 200, quartersLeft: 1, covenantMinCash: 0 }];
    });
    runFinance(s, MINI);
    expect(s.loans).toEqual([]);
    expect(s.ledger.repayment).toBe(-1_000);
  });

  it('a breached minimum-cash covenant costs a penalty on the principal', () => {
    const s = miniState((x) => {
      x.cash = 50_000;
      x.loans = [{ principal: 300_000, rateBp: 200, quartersLeft: 3, covenantMinCash: 100_000 }];
    });
    expect(checkCovenants(s, MINI)).toBe(3_000);
    expect(s.cash).toBe(47_000);
    const ok = miniState((x) => {
      x.loans = [{ principal: 300_000, rateBp: 200, quartersLeft: 3, covenantMinCash: 100_000 }];
    });
    expect(checkCovenants(ok, MINI)).toBe(0);
  });

  it('valuation: revenue multiple plus quality and customers, floored by the last round pre-money decaying 5% a quarter', () => {
    const s = miniState((x) => {
      x.markets.alpha!.customers = 10;
    });
    // 10,000 × 4 × 5 = 200,000; quality 200 × 1,000; 10 customers × 1,000
    expect(valuation(s, MINI, 10_000)).toBe(410_000);
    s.rounds = [{ quarter: 0, kind: 'angel', amount: 500_000, preMoney: 2_000_000, shares: 250_000 }];
    s.quarter = 2;
    expect(valuation(s, MINI, 10_000)).toBe(1_805_000); // the last pre-money 2,000,000 × 0.95 × 0.95
  });

  it('compliance programmes are paid each quarter', () => {
    const s = miniState((x) => {
      x.policy.programmes = ['audit', 'backups'];
    });
    runCompliance(s, MINI);
    expect(s.ledger.compliance).toBe(-7_000);
  });
});
