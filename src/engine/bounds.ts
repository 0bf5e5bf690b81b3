// The ceiling of every quantity in the state, far below 2^53 (9.007e15), so every figure stays an
// exact safe integer, the state hash never meets an unsafe number and the engine never throws on an
// accepted scenario with legal decisions. Each ceiling is enforced where the quantity changes.

/**
 * The engine's ceilings, each enforced where the quantity changes:
 *
 * | quantity                              | ceiling        | where it is enforced                              |
 * |---------------------------------------|----------------|---------------------------------------------------|
 * | cash, +/-                             | 10^14 USD      | `book` (ledger.ts) saturates the amount moved     |
 * | each ledger category, +/-             | 10^14 USD      | `book`: the 21 categories sum to < 2^53           |
 * | one quarter's revenue                 | 10^13 USD      | `runMarket` (market.ts)                           |
 * | valuation (and a KPI's)               | 10^15 USD      | `valuation` (finance.ts)                          |
 * | a market's potential customers        | 10^10          | `runMarket`: growth saturates                     |
 * | a market's customers                  | its potential  | `runMarket`, the `customers` effect (events.ts)   |
 * | data units                            | 10^13          | `runProduct`, the `data` effect                   |
 * | staff of one role (with arrivals)     | 10^5           | `hire` is refused past it (decide.ts)             |
 * | people who left this quarter          | 10^6           | `fire`, the `staff` effect                        |
 * | compute units owned                   | 10^7           | `buyCompute` is refused past it                   |
 * | total shares                          | 10^15          | `issueShares`: a consolidation (reverse split)    |
 * | quality, brand / morale               | 1000 / 100     | clamped where they change                         |
 * | compute price, market price (bp)      | 100000 / 20000 | clamped where they change                         |
 * | loans, policy budgets, pending round  | 10^12          | the action schema and the scenario's loan limit   |
 *
 * `check-scenario` (scenario-bounds.ts) refuses a scenario whose worst case could reach a money,
 * potential, revenue, valuation or data ceiling within its quarters, so in an accepted scenario
 * these saturations never change a run; they are the backstop that keeps the engine total.
 */
export const CEILINGS = {
  cash: 100_000_000_000_000,
  ledger: 100_000_000_000_000,
  revenue: 10_000_000_000_000,
  valuation: 1_000_000_000_000_000,
  potential: 10_000_000_000,
  data: 10_000_000_000_000,
  staffPerRole: 100_000,
  leftPerQuarter: 1_000_000,
  compute: 10_000_000,
  shares: 1_000_000_000_000_000,
} as const;

/** Mutates the copied state: issues `shares` new shares to `holder` (may be an unsafe double, as
 *  total × amount / pre-money can be at extreme prices). Past the ceiling, the company first
 *  consolidates its shares (a reverse split by a power of ten, every holder's stake divided and
 *  rounded down, ownership kept), so the total stays at most `CEILINGS.shares`. Returns the shares
 *  issued after any consolidation. */
export function issueShares(s: { capTable: { holder: string; shares: number }[] }, holder: string, shares: number): number {
  let total = shares;
  for (const h of s.capTable) total += h.shares;
  let k = 1;
  // Consolidate well below the ceiling (to 1/1000 of it), so later grants have room.
  if (total > CEILINGS.shares) while (total / k > CEILINGS.shares / 1000) k *= 10;
  let issued = shares;
  if (k > 1) {
    for (const h of s.capTable) h.shares = Math.floor(h.shares / k);
    issued = Math.floor(shares / k);
  }
  const h = s.capTable.find((x) => x.holder === holder);
  if (h) h.shares += issued;
  else s.capTable.push({ holder, shares: issued });
  return issued;
}
