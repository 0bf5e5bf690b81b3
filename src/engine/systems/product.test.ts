import { describe, expect, it } from 'vitest';
import { MINI, miniState } from '../../../test/fixtures/mini';
import { runProduct } from './product';

describe('product system', () => {
  it('rents compute, and raises quality from the tech team when compute and data suffice', () => {
    const s = miniState();
    const r = runProduct(s, MINI);
    expect(r).toEqual({ computeNeed: 10, computeAvail: 10, dataNeed: 1000 });
    expect(s.ledger.compute).toBe(-10_000); // 10 units × 1,000
    // power 3 people × 10 × 10 = 300; functional ×1.1 = 330; morale 60: ×110/150 = 242;
    // features ×1.2 = 290; gain = 290 × room 300 / (cap 500 × 20) = 8
    expect(s.quality).toBe(208);
  });

  it('a compute shortfall slows the model in proportion', () => {
    const s = miniState((x) => { x.policy.computeRent = 5; });
    runProduct(s, MINI);
    // sufficiency 50%: 290 × 0.5 = 145; 145 × 300 / 10000 = 4
    expect(s.quality).toBe(204);
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
