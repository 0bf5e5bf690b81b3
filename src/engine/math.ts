// Integer arithmetic helpers for the engine. Only + - * / and Math.floor/round/min/max/abs/sqrt,
// which ECMAScript specifies exactly, so results are bit-identical in every JS engine.

/** Pure. Clamps n into [lo, hi]. */
export function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}

/** Pure. amount × bp / 10000, rounded toward negative infinity; exact while amount × bp < 2^53. */
export function mulBp(amount: number, bp: number): number {
  return Math.floor((amount * bp) / 10000);
}

/** Pure. Integer division rounded down; 0 when the divisor is 0 (callers guard meaning). */
export function divFloor(a: number, b: number): number {
  return b === 0 ? 0 : Math.floor(a / b);
}

/** Pure. a / b as basis points (10000 = 1.0), rounded down, clamped to [0, cap]. */
export function ratioBp(a: number, b: number, cap = 10000): number {
  if (b <= 0) return a > 0 ? cap : 0;
  return clamp(Math.floor((a * 10000) / b), 0, cap);
}
