// What the replay viewer steps through: the state before and after every quarter, what happened
// (decisions with their costs, arrivals, event checks with rolls and factor pulls, game over),
// and an index of fired events to jump to. Built with the engine's own `replay` fold.
import type { Action, Check, EngineEvent, Scenario, Kpi, State } from '../engine/index';
import { collectChecks, replay, initialState } from '../engine/index';

export interface TimelineStep {
  /** 0-based quarter index. */
  quarter: number;
  decisions: Action[];
  /** The state the quarter's decisions were taken in, and the state after it closed. */
  before: State;
  after: State;
  events: EngineEvent[];
  checks: Check[];
  kpi: Kpi;
}

export interface Timeline {
  seed: string;
  initial: State;
  steps: TimelineStep[];
  /** Every fired event in order: the viewer's "jump to an event" list. */
  fired: { quarter: number; id: string; good: boolean }[];
}

export type TimelineResult = { ok: true; timeline: Timeline } | { ok: false; quarter: number; index: number; code: string };

/** Pure. The viewer's data for a decision log (verify first: this trusts the log's decisions). */
export function buildTimeline(sc: Scenario, seed: string, quarters: readonly { d: readonly Action[] }[]): TimelineResult {
  const log = quarters.map((q) => [...q.d]);
  const r = replay(sc, seed, log);
  if (!r.ok) return { ok: false, quarter: r.quarter, index: r.index, code: r.code };
  const initial = initialState(sc, seed);
  const good = new Map(sc.events.map((e) => [e.id, e.good]));
  const steps: TimelineStep[] = [];
  const fired: Timeline['fired'] = [];
  r.quarters.forEach((q, i) => {
    const checks = collectChecks(q.events);
    for (const c of checks) if (c.fired) fired.push({ quarter: i, id: c.id, good: good.get(c.id) ?? false });
    steps.push({
      quarter: i,
      decisions: log[i]!,
      before: i === 0 ? initial : r.quarters[i - 1]!.state,
      after: q.state,
      events: q.events,
      checks,
      kpi: q.state.history[q.state.history.length - 1]!,
    });
  });
  return { ok: true, timeline: { seed, initial, steps, fired } };
}

/** Pure. The state shown at a scrub position: 0 is the opening state, n the state after quarter n. */
export function stateAt(t: Timeline, position: number): State {
  if (position <= 0 || t.steps.length === 0) return t.initial;
  return t.steps[Math.min(position, t.steps.length) - 1]!.after;
}

/** Pure. The scrub position of the next fired event after `position` (or null): "jump to event". */
export function nextEventPosition(t: Timeline, position: number, id?: string): number | null {
  for (const f of t.fired) if (f.quarter + 1 > position && (id === undefined || f.id === id)) return f.quarter + 1;
  return null;
}
