import { describe, expect, it } from 'vitest';
import { MINI, miniState } from '../../../test/fixtures/mini';
import { newMarketsInFocus } from '../selectors';
import { positionFits, priceIn, runMarket } from './market';

describe('market system', () => {
  it('turns ads into leads, leads into customers (capped by sales capacity), customers into revenue', () => {
    const s = miniState();
    const r = runMarket(s, MINI);
    // 10,000 ads / 100 per lead = 100 leads × 12% conversion = 12, capped at 1 seller × 10.
    expect(r).toEqual({ revenue: 10_000, newCustomers: 10 });
    expect(s.markets.alpha).toMatchObject({ customers: 10, potential: 1_100 });
    expect(s.markets.beta).toMatchObject({ customers: 0, potential: 550 });
    expect(s.ledger.revenue).toBe(10_000);
    // brand: +2 from new customers, -3% fade
    expect(s.brand).toBe(99);
  });

  it('more sellers lift the cap; churn takes its share of existing customers', () => {
    const s = miniState((x) => {
      x.staff.marketing = 2;
      x.markets.alpha!.customers = 100;
    });
    const r = runMarket(s, MINI);
    // churn 1,000bp × service 0.7 × subscription 0.75 = 525bp, + morale 60 (5 under 65) × 20 = 625bp:
    // 100 - 6 = 94; won: 12% conversion × 0.9 without a product manager = 10 of 100 leads (cap 30)
    expect(s.markets.alpha!.customers).toBe(104);
    expect(r.newCustomers).toBe(10);
    expect(r.revenue).toBe(104_000);
  });

  it('spreading over two markets splits and shrinks the marketing reach', () => {
    const s = miniState((x) => {
      x.policy.markets = ['alpha', 'beta'];
      x.staff.marketing = 9;
    });
    const r = runMarket(s, MINI);
    // 5,000 each × 80% = 4,000 / 100 = 40 leads × 12% = 4 per market
    expect(s.markets.alpha!.customers).toBe(4);
    expect(s.markets.beta!.customers).toBe(4);
    expect(r.newCustomers).toBe(8);
  });

  it('abandoned markets lose half their customers a quarter', () => {
    const s = miniState((x) => {
      x.markets.beta!.customers = 41;
    });
    runMarket(s, MINI);
    expect(s.markets.beta!.customers).toBe(21);
  });

  it('prices follow strategy, positioning and business model', () => {
    const s = miniState();
    const def = MINI.markets.alpha!;
    expect(priceIn(s, MINI, def, s.markets.alpha!)).toBe(1_000);
    s.policy.businessModel = 'bundling';
    expect(priceIn(s, MINI, def, s.markets.alpha!)).toBe(1_150);
    s.policy.pricing = 'competitive';
    expect(priceIn(s, MINI, def, s.markets.alpha!)).toBe(1_035);
    s.policy.positioning = 'cost';
    expect(priceIn(s, MINI, def, s.markets.alpha!)).toBe(931);
  });

  it('each positioning fits only under its §1.9.2 condition', () => {
    const fits = (change: (x: ReturnType<typeof miniState>) => void) => positionFits(miniState(change), MINI);
    // differentiation: quality 200 clears alpha's bar (200)
    expect(
      fits((x) => {
        x.policy.positioning = 'differentiation';
      }),
    ).toBe(true);
    expect(
      fits((x) => {
        x.policy.positioning = 'differentiation';
        x.quality = 150;
      }),
    ).toBe(false);
    // innovation needs a clear lead: 100 above the bar
    expect(
      fits((x) => {
        x.policy.positioning = 'innovation';
      }),
    ).toBe(false);
    expect(
      fits((x) => {
        x.policy.positioning = 'innovation';
        x.quality = 300;
      }),
    ).toBe(true);
    // cost leadership needs price-sensitive buyers (alpha: 100%) and cost control: a price at or
    // below the reference, not the large model
    expect(
      fits((x) => {
        x.policy.positioning = 'cost';
      }),
    ).toBe(true);
    expect(
      fits((x) => {
        x.policy.positioning = 'cost';
        x.policy.priceLevelBp = 12000;
      }),
    ).toBe(false);
    expect(
      fits((x) => {
        x.policy.positioning = 'cost';
        x.policy.modelScale = 'large';
      }),
    ).toBe(false);
    const insensitive = {
      ...MINI,
      markets: { ...MINI.markets, alpha: { ...MINI.markets.alpha!, priceSensitivityBp: { v: 5000, source: 'test' } } },
    };
    expect(
      positionFits(
        miniState((x) => {
          x.policy.positioning = 'cost';
        }),
        insensitive,
      ),
    ).toBe(false);
    // customer service needs an industry that values after-sales care: alpha is neither sticky nor slow
    expect(
      fits((x) => {
        x.policy.positioning = 'service';
      }),
    ).toBe(false);
    const sticky = { ...MINI, markets: { ...MINI.markets, alpha: { ...MINI.markets.alpha!, traits: ['sticky' as const] } } };
    expect(
      positionFits(
        miniState((x) => {
          x.policy.positioning = 'service';
        }),
        sticky,
      ),
    ).toBe(true);
  });

  it('an established market plus a new one is expansion, not spreading (§1.9.1)', () => {
    const two = (alpha: number) =>
      miniState((x) => {
        x.policy.markets = ['alpha', 'beta'];
        x.markets.alpha!.customers = alpha;
      });
    expect(newMarketsInFocus(two(0))).toBe(2);
    // 40 customers and 3% of alpha's 1,000 potential: established
    expect(newMarketsInFocus(two(40))).toBe(1);
    expect(newMarketsInFocus(two(39))).toBe(2);
  });
});
