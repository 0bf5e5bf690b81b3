// Named random streams. A draw is a pure function of (seed, quarter, purpose): decisions never
// shift unrelated rolls, and every team that plays one seed faces the same rolls.
import seedrandom from 'seedrandom';

/** Pure. A generator for one named stream; alea uses only exact arithmetic (same bits everywhere). */
export function stream(seed: string, quarter: number, purpose: string): () => number {
  return seedrandom.alea(`${seed}|q${quarter}|${purpose}`);
}

/** Pure. The stream's first draw as an integer roll in [0, 10000): compared with a probability in bp. */
export function rollBp(seed: string, quarter: number, purpose: string): number {
  return Math.floor(stream(seed, quarter, purpose)() * 10000);
}

/** Pure. An integer in [lo, hi] (inclusive) from a generator. */
export function intIn(next: () => number, lo: number, hi: number): number {
  return lo + Math.floor(next() * (hi - lo + 1));
}
