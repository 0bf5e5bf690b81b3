// Every change of cash goes through here, into a ledger category, so the ledger always sums to
// the cash (a property test holds it to that). Cash and each category saturate at their ceilings
// (bounds.ts): the amount moved is cut so both stay inside, and the sum still holds exactly.
import { CEILINGS } from './bounds';
import type { LedgerKey } from './ids';
import type { State } from './state';

/** Mutates the (already copied) state: cash in, booked under `key`. Returns the amount moved
 *  (equal to `amount` unless a ceiling cut it, which check-scenario keeps from happening). */
export function book(s: State, key: LedgerKey, amount: number): number {
  const lo = Math.max(-CEILINGS.cash - s.cash, -CEILINGS.ledger - s.ledger[key]);
  const hi = Math.min(CEILINGS.cash - s.cash, CEILINGS.ledger - s.ledger[key]);
  const moved = amount < lo ? lo : amount > hi ? hi : amount;
  s.cash += moved;
  s.ledger[key] += moved;
  return moved;
}

/** Mutates the (already copied) state: cash out, booked under `key` as a negative amount. */
export function pay(s: State, key: LedgerKey, amount: number): void {
  book(s, key, -amount);
}
