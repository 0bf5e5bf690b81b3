// How big the heavy batteries run. `npm test` runs every battery at its everyday size (smaller
// counts, each one still run); `npm run test:full` (vitest --mode full, which sets SIM_TEST_FULL=1)
// or SIM_TEST_FULL=1 on any vitest run gives them their full size. Statistical tests that assert
// an effect (balance, scenarios, second half) are never sized down: their seed counts are what
// make them correct.
export const FULL = process.env.SIM_TEST_FULL === '1';

/** `everyday` under npm test, `full` under SIM_TEST_FULL=1. */
export function sized(everyday: number, full: number): number {
  return FULL ? full : everyday;
}

/** For test names: "1,000" / "250 (1,000 under SIM_TEST_FULL=1)". */
export function sizeLabel(n: number, full: number): string {
  const f = (x: number) => x.toLocaleString('en-US');
  return n === full ? f(n) : `${f(n)} (${f(full)} with SIM_TEST_FULL=1)`;
}
