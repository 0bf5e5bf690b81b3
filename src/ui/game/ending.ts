// The company's story for the game-over page, read from the run itself: the run is replayed through
// the engine's step (deterministic, so it reaches the same company) to find its key moments (rounds,
// grants, partnerships, fines, pivots, first customers, team sizes) and, for a bankruptcy, its cause
// by the balance lab's own classification (src/balance/game.ts failureCause).
import { closedQuarter, failureCause } from '../../balance/game';
import type { Closed } from '../../balance/game';
import type { Action, EngineEvent, Scenario, State } from '../../engine/index';
import { hashValue, headcount, totalCustomers, initialState, step } from '../../engine/index';

export type Moment =
  | { quarter: number; kind: 'round'; round: string; amount: number }
  | { quarter: number; kind: 'grant'; amount: number }
  | { quarter: number; kind: 'partner'; target: string }
  | { quarter: number; kind: 'fine'; event: string; amount: number }
  | { quarter: number; kind: 'pivot'; action: Action }
  | { quarter: number; kind: 'firstCustomers'; n: number }
  | { quarter: number; kind: 'team'; n: number }
  | { quarter: number; kind: 'badEvent'; event: string; amount: number };

export interface Story {
  moments: Moment[];
  /** The balance lab's failure cause ("event:<id>", "roundFailed", "drain:<kind>"), '' when it survived. */
  cause: string;
  /** For an event cause: what the event cost. */
  causeAmount: number;
}

const PIVOTS: ReadonlySet<Action['type']> = new Set(['setMarkets', 'setPositioning', 'setBusinessModel', 'setModelScale']);
const TEAM_SIZES = [10, 25, 50, 100];

/** Pure. The story of a run (scenario, seed, decisions per closed quarter), or null when the log
 *  does not replay to `final` (then the page shows the plain log only). */
export function companyStory(sc: Scenario, seed: string, log: readonly (readonly Action[])[], final: State): Story | null {
  let s = initialState(sc, seed);
  let start = s;
  let recent: Closed[] = [];
  const moments: Moment[] = [];
  const bigHit = Math.max(1, Math.floor(sc.start.cash.v / 10));
  for (const decisions of log) {
    if (s.status !== 'playing') return null;
    start = s;
    const q = s.quarter;
    for (const a of decisions) {
      const r = step(s, a, sc);
      if (!r.ok) return null;
      // A change of market, positioning, business model or model scale after the first quarter is a pivot.
      if (q > 0 && PIVOTS.has(a.type)) moments.push({ quarter: q, kind: 'pivot', action: a });
      s = r.state;
    }
    const asked = s.pending.round !== null;
    const customersBefore = totalCustomers(s);
    const staffBefore = headcount(s);
    const end = step(s, { type: 'endQuarter' }, sc);
    if (!end.ok) return null;
    s = end.state;
    recent = [...recent.slice(-1), closedQuarter(s, end.events, asked)];
    momentsOf(sc, q, end.events, moments, bigHit);
    const customers = totalCustomers(s);
    if (customersBefore === 0 && customers > 0) moments.push({ quarter: q, kind: 'firstCustomers', n: customers });
    const staff = headcount(s);
    for (const n of TEAM_SIZES) if (staffBefore < n && staff >= n) moments.push({ quarter: q, kind: 'team', n });
  }
  if (hashValue(s) !== hashValue(final)) return null;
  let cause = '';
  let causeAmount = 0;
  if (s.status === 'bankrupt' && recent.length > 0) {
    cause = failureCause(start, recent);
    if (cause.startsWith('event:')) {
      const id = cause.slice(6);
      for (const c of recent) causeAmount = Math.max(causeAmount, c.cashHit[id] ?? 0);
    }
  }
  return { moments, cause, causeAmount };
}

function momentsOf(sc: Scenario, q: number, events: readonly EngineEvent[], out: Moment[], bigHit: number): void {
  for (const e of events) {
    if (e.type !== 'check' || !e.check.fired) continue;
    const def = sc.events.find((d) => d.id === e.check.id);
    let cashHit = 0;
    for (const x of e.check.effects) {
      if (x.kind === 'closeRound' && x.amount > 0) out.push({ quarter: q, kind: 'round', round: x.target ?? '', amount: x.amount });
      else if (x.kind === 'awardGrant') out.push({ quarter: q, kind: 'grant', amount: x.amount });
      else if (x.kind === 'formPartnership' && x.amount > 0) out.push({ quarter: q, kind: 'partner', target: x.target ?? '' });
      else if (x.kind === 'fine') out.push({ quarter: q, kind: 'fine', event: e.check.id, amount: -x.amount });
      else if (x.kind === 'cash' && x.amount < 0) cashHit -= x.amount;
    }
    // Other bad events make the story when they cost a tenth of the starting cash or more.
    if (def && !def.good && cashHit >= bigHit) out.push({ quarter: q, kind: 'badEvent', event: e.check.id, amount: cashHit });
  }
}
