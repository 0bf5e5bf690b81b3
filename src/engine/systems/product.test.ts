import { describe, expect, it } from 'vitest';
import { MINI, miniState } from '../../../test/fixtures/mini';
import { runProduct } from './product';

describe('product system', () => {
  it('rents compute, and raises quality from the tech team when compute and data suffice', () => {
    const s = miniState();
    const r = runProduct(s, MINI);
    expect(r).toEqual({ computeNeed: 10, computeAvail: 10, dataNeed: 1000 });
    expect(s.ledger.compute).toBe(-10_000); // 10 units × 1,000
    // power 3 people × 10 × 10 = 300; functional ×1.08 = 324; no product manager ×0.8 = 259;
    // morale 60: ×110/150 = 189; features ×1.05 = 198; gain = 198 × room 300 / (cap 500 × 20) = 5
    expect(s.quality).toBe(205);
  });

  it('a compute shortfall slows the model in proportion', () => {
    const s = miniState((x) => {
      x.policy.computeRent = 5;
    });
    runProduct(s, MINI);
    // sufficiency 50%: 198 × 0.5 = 99; 99 × 300 / 10000 = 2
    expect(s.quality).toBe(202);
  });

  it('data beyond the need trains faster, up to 1.5 times (§1.18.1)', () => {
    const s = miniState((x) => {
      x.dataUnits = 1_500;
    });
    runProduct(s, MINI);
    // data 150% of the need: 198 × 1.5 = 297; 297 × 300 / 10000 = 8
    expect(s.quality).toBe(208);
    const t = miniState((x) => {
      x.dataUnits = 100_000;
    });
    runProduct(t, MINI);
    expect(t.quality).toBe(208); // capped at 1.5 times
  });

  it('a product manager makes the tech work count (§1.15.1)', () => {
    const s = miniState((x) => {
      x.staff.productManager = 1;
    });
    runProduct(s, MINI);
    // 324 with full PM cover; morale ×110/150 = 237; features ×1.05 = 248; 248 × 300 / 10000 = 7
    expect(s.quality).toBe(207);
  });

  it('testing ships less but halves the decay (§1.12.1)', () => {
    const s = miniState((x) => {
      x.policy.productWork = 'testing';
    });
    const sc = { ...MINI, economics: { ...MINI.economics, qualityDecayBp: { v: 1000, source: 'test' } } };
    runProduct(s, sc);
    // 189 × 0.95 = 179; gain 179 × 300 / 10000 = 5; decay 200 × 5% = 10 → 195
    expect(s.quality).toBe(195);
    const f = miniState();
    runProduct(f, sc);
    // features: gain 5; decay 200 × 10% = 20 → 185
    expect(f.quality).toBe(185);
  });

  it('buys data, augments it, and charges for both', () => {
    const s = miniState((x) => {
      x.policy.dataBudget = 20_000;
      x.policy.augmentation = true;
    });
    runProduct(s, MINI);
    // 20,000 / 10 = 2,000 units, +50% augmentation = 3,000
    expect(s.dataUnits).toBe(4_000);
    expect(s.ledger.data).toBe(-25_000);
  });

  it('owned compute costs upkeep, not rent', () => {
    const s = miniState((x) => {
      x.computeOwned = 10;
      x.policy.computeRent = 0;
    });
    const r = runProduct(s, MINI);
    expect(r.computeAvail).toBe(10);
    expect(s.ledger.compute).toBe(-10_000); // 10 × 10,000 × 10% upkeep
  });
});
