// Named random streams. A draw is a pure function of (seed, quarter, purpose): decisions never
// shift unrelated rolls, and every team that plays one seed faces the same rolls.
// Only alea, not the whole of seedrandom (arc4, the other generators and its Node crypto shim).
import alea from 'seedrandom/lib/alea.js';

/** Pure. A generator for one named stream; alea uses only exact arithmetic (same bits everywhere). */
export function stream(seed: string, quarter: number, purpose: string): () => number {
  return alea(`${seed}|q${quarter}|${purpose}`);
}

// Alea's seeding mixes three constant passes over ' ' and then three passes over the name; its first
// draw depends only on the first state word, i.e. on one pass over the name. Rolls are drawn ~340
// times a game, so computing just that pass (bit for bit what seedrandom does) makes a game ~2x faster.
const MASH_MUL = 0.02519603282416938;
const TWO_POW_32 = 0x100000000;
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;
function mashInto(n: number, data: string): number {
  for (let i = 0; i < data.length; i++) {
    n += data.charCodeAt(i);
    let h = MASH_MUL * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * TWO_POW_32;
  }
  return n;
}
const MASH_AFTER_ONE_SPACE = mashInto(0xefc8249d, ' ');
const S0_START = (MASH_AFTER_ONE_SPACE >>> 0) * TWO_POW_MINUS_32;
const N_AFTER_SPACES = mashInto(mashInto(MASH_AFTER_ONE_SPACE, ' '), ' ');

/** Pure. The stream's first draw as an integer roll in [0, 10000): compared with a probability in bp.
 *  Equal to `Math.floor(stream(seed, quarter, purpose)() * 10000)` (rng.test.ts holds it to that). */
export function rollBp(seed: string, quarter: number, purpose: string): number {
  return firstDraw(mashInto(N_AFTER_SPACES, `${seed}|q${quarter}|${purpose}`));
}

/** Pure. `rollBp` for many purposes of one quarter: the shared "seed|qN|" prefix is mashed once
 *  (the mash is a left fold over characters, so the result is bit for bit the same). */
export function quarterRolls(seed: string, quarter: number): (purpose: string) => number {
  const prefix = mashInto(N_AFTER_SPACES, `${seed}|q${quarter}|`);
  return (purpose) => firstDraw(mashInto(prefix, purpose));
}

function firstDraw(n: number): number {
  let s0 = S0_START - (n >>> 0) * TWO_POW_MINUS_32;
  if (s0 < 0) s0 += 1;
  const t = 2091639 * s0 + TWO_POW_MINUS_32;
  return Math.floor((t - (t | 0)) * 10000);
}

/** Pure. An integer in [lo, hi] (inclusive) from a generator. */
export function intIn(next: () => number, lo: number, hi: number): number {
  return lo + Math.floor(next() * (hi - lo + 1));
}
