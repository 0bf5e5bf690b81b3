import { describe, expect, it } from 'vitest';
import { intIn, rollBp, stream } from './rng';

describe('named random streams', () => {
  it('pins the exact values of a stream (any change to the generator shows up here)', () => {
    const next = stream('42', 3, 'event:dataBreach');
    const first = [next(), next(), next()];
    expect(first).toMatchInlineSnapshot(`
      [
        0.545174301834777,
        0.41620332817547023,
        0.5276529754046351,
      ]
    `);
    expect(rollBp('42', 3, 'event:dataBreach')).toBe(Math.floor(first[0]! * 10000));
    expect([
      rollBp('42', 0, 'event:a'),
      rollBp('42', 1, 'event:a'),
      rollBp('43', 0, 'event:a'),
      rollBp('42', 0, 'event:b'),
    ]).toMatchInlineSnapshot(`
      [
        9847,
        8776,
        5296,
        3280,
      ]
    `);
  });

  it('the same name gives the same roll; any part of the name changes it', () => {
    expect(rollBp('s', 5, 'p')).toBe(rollBp('s', 5, 'p'));
    const rolls = new Set([rollBp('s', 5, 'p'), rollBp('s', 6, 'p'), rollBp('t', 5, 'p'), rollBp('s', 5, 'q')]);
    expect(rolls.size).toBe(4);
  });

  it('rolls are integers in [0, 10000) and cover the range evenly', () => {
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 20000; i++) {
      const r = rollBp('range', i, 'x');
      expect(Number.isInteger(r) && r >= 0 && r < 10000).toBe(true);
      buckets[Math.floor(r / 1000)]!++;
    }
    for (const b of buckets) expect(b).toBeGreaterThan(1700); // expected 2000 each; 1700 is > 7 sd below
  });

  it('intIn returns integers within the inclusive range, hitting both ends', () => {
    const next = stream('ints', 0, 'x');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = intIn(next, -2, 3);
      expect(Number.isInteger(v) && v >= -2 && v <= 3).toBe(true);
      seen.add(v);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3]);
  });
});
