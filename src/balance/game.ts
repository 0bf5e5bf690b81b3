// One game reduced to what the balance lab counts: outcome, valuation, ownership, events fired and,
// for a bankruptcy, its most likely cause. Pure; runs in Node, workers and browsers alike.
import type { Bot, EngineEvent, Scenario, State } from '../engine/index';
import { founderBp, initialState, step, valuation } from '../engine/index';

/** Compact on purpose: thousands of these cross a worker boundary per second. */
export interface GameSummary {
  /** Played to the last quarter. */
  survived: boolean;
  /** Quarters closed (the bankrupt quarter included). */
  quarters: number;
  /** Final valuation in USD (the last closed quarter's). */
  valuation: number;
  founderBp: number;
  /** Times each scenario event fired, in scenario order. */
  events: number[];
  /** Why a bankrupt company failed (`event:<id>`, `roundFailed` or `drain:<DRAINS key>`); '' when it survived. */
  cause: string;
}

// Ledger categories grouped into the drains a player recognises.
const DRAINS: Record<string, readonly string[]> = {
  payroll: ['salaries', 'overhead', 'hiring', 'severance'],
  marketing: ['marketing', 'partnerships', 'marketEntry'],
  technology: ['compute', 'hardware', 'rnd', 'data'],
  compliance: ['compliance'],
  debt: ['interest', 'repayment'],
  incidents: ['fines', 'incidents'],
};

export interface Closed {
  state: State;
  cashHit: Record<string, number>;
  failedAsk: boolean;
}

/** Pure. A closed quarter as the failure classification reads it: the cash each fired bad event cost
 *  and whether a round asked for (`asked`: a round was pending at quarter end) failed to close. */
export function closedQuarter(state: State, events: readonly EngineEvent[], asked: boolean): Closed {
  const cashHit: Record<string, number> = {};
  let closed = false;
  for (const e of events) {
    if (e.type !== 'check' || !e.check.fired) continue;
    let hit = 0;
    for (const x of e.check.effects) {
      if ((x.kind === 'cash' || x.kind === 'fine') && x.amount < 0) hit -= x.amount;
      if (x.kind === 'closeRound' && x.amount > 0) closed = true;
    }
    if (hit > 0) cashHit[e.check.id] = hit;
  }
  return { state, cashHit, failedAsk: asked && !closed };
}

/** Pure. The cause of a bankruptcy from the last two closed quarters: a bad event whose cash cost
 *  alone exceeds the final shortfall tipped it; else a round asked for that did not close; else the
 *  largest drain of the final quarter (`start` is the state that quarter began with). */
export function failureCause(start: State, last: readonly Closed[]): string {
  const final = last[last.length - 1]!.state;
  const shortfall = -final.cash;
  let worst = '';
  let worstHit = 0;
  for (const q of last)
    for (const id of Object.keys(q.cashHit)) {
      const hit = q.cashHit[id]!;
      if (hit > worstHit || (hit === worstHit && id < worst)) {
        worst = id;
        worstHit = hit;
      }
    }
  if (worst && worstHit >= shortfall) return `event:${worst}`;
  if (last.some((q) => q.failedAsk)) return 'roundFailed';
  const before = start.ledger as Record<string, number>;
  const after = final.ledger as Record<string, number>;
  let best = 'payroll';
  let bestAmount = -1;
  for (const d of Object.keys(DRAINS)) {
    let amount = 0;
    for (const k of DRAINS[d]!) amount += before[k]! - after[k]!;
    if (amount > bestAmount) {
      best = d;
      bestAmount = amount;
    }
  }
  return `drain:${best}`;
}

/** Pure. A bot plays one game (exactly as `playBot`: rejected proposals skipped) and is summarised. */
export function playSummary(sc: Scenario, seed: string, bot: Bot): GameSummary {
  const eventIndex: Record<string, number> = {};
  sc.events.forEach((e, i) => {
    eventIndex[e.id] = i;
  });
  const events = new Array<number>(sc.events.length).fill(0);
  let s = initialState(sc, seed);
  let start = s;
  let recent: Closed[] = [];
  while (s.status === 'playing') {
    start = s;
    for (const a of bot(s, sc)) {
      const r = step(s, a, sc);
      if (r.ok) s = r.state;
    }
    const asked = s.pending.round !== null;
    const end = step(s, { type: 'endQuarter' }, sc);
    if (!end.ok) throw new Error(`endQuarter rejected: ${end.rejection.code}`);
    s = end.state;
    for (const e of end.events) if (e.type === 'check' && e.check.fired) events[eventIndex[e.check.id]!]! += 1;
    recent = [...recent.slice(-1), closedQuarter(s, end.events, asked)];
  }
  const last = s.history[s.history.length - 1];
  return {
    survived: s.status === 'finished',
    quarters: s.quarter,
    valuation: last ? last.valuation : valuation(s, sc, 0),
    founderBp: founderBp(s),
    events,
    cause: s.status === 'bankrupt' ? failureCause(start, recent) : '',
  };
}
