// Every change of cash goes through here, into a ledger category, so the ledger always sums to
// the cash (a property test holds it to that).
import type { LedgerKey } from './ids';
import type { State } from './state';

/** Mutates the (already copied) state: cash in, booked under `key`. */
export function book(s: State, key: LedgerKey, amount: number): void {
  s.cash += amount;
  s.ledger[key] += amount;
}

/** Mutates the (already copied) state: cash out, booked under `key` as a negative amount. */
export function pay(s: State, key: LedgerKey, amount: number): void {
  book(s, key, -amount);
}
