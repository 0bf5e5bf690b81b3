// Running whole games: a bot's game, and replaying a decision log. Pure folds of `step`.
import type { Action } from './actions';
import type { Bot } from './bots/common';
import type { Check, EngineEvent } from './events-types';
import { StateHasher } from './hash';
import type { Scenario } from './scenario/schema';
import type { State } from './state';
import { initialState } from './state';
import { step } from './step';

/** The decisions of one quarter, in the order they were accepted (endQuarter implied). */
export type QuarterLog = Action[];

export interface RunResult {
  state: State;
  /** Accepted decisions per closed quarter. */
  log: QuarterLog[];
  /** Every event check per closed quarter. */
  checks: Check[][];
  /** State hash after each closed quarter. */
  hashes: string[];
}

export interface RunOptions {
  hashes?: boolean;
  checks?: boolean;
}

/** Pure. A bot plays the scenario to the end; rejected bot proposals are skipped, as the UI would. */
export function playBot(sc: Scenario, seed: string, bot: Bot, opts: RunOptions = {}): RunResult {
  let s = initialState(sc, seed);
  const log: QuarterLog[] = [];
  const checks: Check[][] = [];
  const hashes: string[] = [];
  const hasher = new StateHasher();
  while (s.status === 'playing') {
    const accepted: Action[] = [];
    for (const a of bot(s, sc)) {
      const r = step(s, a, sc);
      if (r.ok) {
        s = r.state;
        accepted.push(a);
      }
    }
    const end = step(s, { type: 'endQuarter' }, sc);
    if (!end.ok) throw new Error(`endQuarter rejected: ${end.rejection.code}`);
    s = end.state;
    log.push(accepted);
    if (opts.checks !== false) checks.push(collectChecks(end.events));
    if (opts.hashes !== false) hashes.push(hasher.hash(s));
  }
  return { state: s, log, checks, hashes };
}

export function collectChecks(events: EngineEvent[]): Check[] {
  const out: Check[] = [];
  for (const e of events) if (e.type === 'check') out.push(e.check);
  return out;
}

export type ReplayStep = { quarter: number; state: State; events: EngineEvent[] };
export type ReplayResult =
  | { ok: true; state: State; quarters: ReplayStep[]; hashes: string[] }
  | { ok: false; quarter: number; index: number; code: string; state: State };

/** Pure. Folds `step` over a decision log; a rejected decision means the log is not an honest run. */
export function replay(sc: Scenario, seed: string, log: readonly QuarterLog[]): ReplayResult {
  let s = initialState(sc, seed);
  const quarters: ReplayStep[] = [];
  const hashes: string[] = [];
  const hasher = new StateHasher();
  for (let q = 0; q < log.length; q++) {
    const events: EngineEvent[] = [];
    const decisions = log[q]!;
    for (let i = 0; i < decisions.length; i++) {
      const a = decisions[i]!;
      if (a.type === 'endQuarter') return { ok: false, quarter: q, index: i, code: 'endQuarterInLog', state: s };
      const r = step(s, a, sc);
      if (!r.ok) return { ok: false, quarter: q, index: i, code: r.rejection.code, state: s };
      s = r.state;
      events.push(...r.events);
    }
    const end = step(s, { type: 'endQuarter' }, sc);
    if (!end.ok) return { ok: false, quarter: q, index: decisions.length, code: end.rejection.code, state: s };
    s = end.state;
    events.push(...end.events);
    quarters.push({ quarter: q, state: s, events });
    hashes.push(hasher.hash(s));
  }
  return { ok: true, state: s, quarters, hashes };
}
