// The one effectful shell shared by the UI and the CLI: holds scenario, seed, state and the
// decision log; dispatches actions through the pure engine; undo within a quarter by replay;
// notifies subscribers. Storage and clocks stay out: callers inject what they need.
import type { Action, Rejection, Check, EngineEvent, Scenario, State } from '../engine/index';
import { actionSchema, StateHasher, ENGINE_VERSION, collectChecks, initialState, step, valuation } from '../engine/index';
import { zodErrorDetail } from '../i18n/details';
import type { Replay } from '../replay/format';
import { buildReplay } from '../replay/format';

export type DispatchResult = { ok: true; events: EngineEvent[] } | { ok: false; rejection: Rejection };
export type Listener = (s: Session, events: EngineEvent[]) => void;

/** branchOf/branchQuarter: set when the session is a what-if branch of a replay (see src/replay/branch.ts). */
export interface SessionMeta {
  workshop?: string;
  team?: string;
  bot?: string;
  branchOf?: string;
  branchQuarter?: number;
}

export class Session {
  state: State;
  /** Accepted decisions per closed quarter. */
  readonly log: Action[][] = [];
  /** Accepted decisions of the quarter being played (undoable). */
  current: Action[] = [];
  /** Decisions planned in the UI but not yet dispatched (the quarter plan): a save keeps them
   *  after `current` as the open quarter's decisions, so a reload brings the plan back. */
  planned: readonly Action[] = [];
  /** The event checks of each closed quarter, for cards, the debrief and the replay viewer. */
  readonly checks: Check[][] = [];
  /** State hash after each closed quarter. */
  readonly hashes: string[] = [];
  private readonly hasher = new StateHasher();
  private readonly listeners = new Set<Listener>();
  private quarterStart: State;

  constructor(
    readonly scenario: Scenario,
    readonly scenarioHash: string,
    readonly seed: string,
    readonly meta: SessionMeta = {},
  ) {
    this.state = initialState(scenario, seed);
    this.quarterStart = this.state;
  }

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  private emit(events: EngineEvent[]): void {
    for (const l of this.listeners) l(this, events);
  }

  /** Validates untrusted input at the edge, then steps the engine. Never throws on bad input. */
  dispatch(input: unknown): DispatchResult {
    const parsed = actionSchema.safeParse(input);
    if (!parsed.success) {
      // The reason in both languages: `reason` is the English, `reasonZh` the Chinese (src/ui/shared/describe.ts).
      const why = zodErrorDetail(parsed.error.issues, input);
      return { ok: false, rejection: { code: 'invalidAction', details: { reason: why.en, reasonZh: why.zh } } };
    }
    const action = parsed.data;
    const r = step(this.state, action, this.scenario);
    if (!r.ok) return r;
    this.state = r.state;
    if (action.type === 'endQuarter') {
      this.log.push(this.current);
      this.current = [];
      this.checks.push(collectChecks(r.events));
      this.hashes.push(this.hasher.hash(this.state));
      this.quarterStart = this.state;
    } else {
      this.current.push(action);
    }
    this.emit(r.events);
    return { ok: true, events: r.events };
  }

  /** Undo the last decision of the current quarter by replaying the rest from the quarter start. */
  undo(): boolean {
    if (this.current.length === 0) return false;
    const keep = this.current.slice(0, -1);
    let s = this.quarterStart;
    for (const a of keep) {
      const r = step(s, a, this.scenario);
      if (!r.ok) throw new Error('undo: a logged decision was rejected on replay (a bug)');
      s = r.state;
    }
    this.state = s;
    this.current = keep;
    this.emit([]);
    return true;
  }

  /** The run so far as a replay (closed quarters only). */
  toReplay(): Replay {
    const last = this.state.history[this.state.history.length - 1];
    const closed = this.current.length === 0 ? this.state : this.quarterStart;
    const meta: SessionMeta = {};
    if (this.meta.workshop) meta.workshop = this.meta.workshop;
    if (this.meta.team) meta.team = this.meta.team;
    if (this.meta.bot) meta.bot = this.meta.bot;
    if (this.meta.branchOf) meta.branchOf = this.meta.branchOf;
    if (this.meta.branchQuarter !== undefined) meta.branchQuarter = this.meta.branchQuarter;
    return buildReplay(
      { scenario: { id: this.scenario.id, version: this.scenario.version, hash: this.scenarioHash }, seed: this.seed, meta },
      this.log,
      this.hashes,
      closed,
      last ? last.valuation : valuation(closed, this.scenario, 0),
    );
  }

  /** Rebuilds a session by replaying a decision log (closed quarters, then the open quarter's
   *  decisions). Returns the failure instead of throwing when the log is not an honest run. */
  static restore(
    scenario: Scenario,
    scenarioHash: string,
    seed: string,
    log: readonly Action[][],
    current: readonly Action[],
    meta: SessionMeta = {},
  ): Session | { error: string; quarter: number } {
    const s = new Session(scenario, scenarioHash, seed, meta);
    for (let q = 0; q < log.length; q++) {
      for (const a of log[q]!) {
        const r = s.dispatch(a);
        if (!r.ok) return { error: `decision ${a.type} in quarter ${q + 1} was refused: ${r.rejection.code}`, quarter: q };
      }
      const e = s.dispatch({ type: 'endQuarter' });
      if (!e.ok) return { error: `quarter ${q + 1} could not end: ${e.rejection.code}`, quarter: q };
    }
    for (const a of current) {
      const r = s.dispatch(a);
      if (!r.ok) return { error: `decision ${a.type} in the open quarter was refused: ${r.rejection.code}`, quarter: log.length };
    }
    return s;
  }

  get engineVersion(): number {
    return ENGINE_VERSION;
  }
}
