// "What if": from quarter q of a replay, replace that quarter's decisions (or hand it to a bot) and
// play on: with the original's later decisions where the rules still accept them, with a bot, or
// not at all. The branch is a replay of its own: it names the original's final link and q.
import type { Action, Scenario, State } from '../engine/index';
import { actionSchema, BOTS, BOT_NAMES, StateHasher, initialState, step } from '../engine/index';
import type { Replay } from './format';
import type { ReplayProblem } from './problems';
import { buildReplay, finalLink, resultOf } from './format';
import type { ScenarioInput } from './verify';
import { checkHeader } from './verify';

/** After quarter q: stop; replay the original's later decisions; or let a bot play (at most
 *  `quarters` more quarters, to the end of the game by default). */
export type PlayOn = { kind: 'stop' } | { kind: 'original' } | { kind: 'bot'; bot: string; quarters?: number };

export interface BranchSpec {
  /** 0-based quarter whose decisions change. */
  quarter: number;
  /** The new decisions of quarter q; omitted, the play-on bot decides quarter q too. */
  decisions?: readonly Action[];
  then: PlayOn;
}

/** An original decision the branch's world refused (e.g. no longer enough cash): skipped, as the UI would. */
export interface Skipped {
  quarter: number;
  index: number;
  action: Action;
  code: string;
}

export type BranchResult =
  | { ok: true; replay: Replay; hashes: string[]; skipped: Skipped[] }
  | { ok: false; message: string; field: string; problem?: ReplayProblem };

const no = (message: string, field = ''): BranchResult => ({ ok: false, message, field });

/** Pure. Never throws on input. The branch as a replay; verify it like any other. */
export function branchReplay(original: Replay, input: ScenarioInput, spec: BranchSpec): BranchResult {
  const h = checkHeader(original, input);
  if (!h.ok) return { ok: false, message: h.problem.message, field: h.problem.field, problem: h.problem };
  const sc: Scenario = h.scenario;
  const q = spec.quarter;
  if (!Number.isSafeInteger(q) || q < 0 || q > original.quarters.length)
    return no(`quarter must be 0 to ${original.quarters.length} (0-based), not ${q}`, 'quarter');
  const bot = spec.then.kind === 'bot' ? BOTS[spec.then.bot] : undefined;
  if (spec.then.kind === 'bot' && !bot) return no(`unknown bot; bots: ${BOT_NAMES.join(', ')}`, 'then.bot');
  if (!spec.decisions && !bot) return no('give the new decisions of the quarter, or a bot to take it over', 'decisions');
  // The new decisions come from a person: check them at the edge like any dispatched action.
  for (const [j, a] of (spec.decisions ?? []).entries()) {
    const p = actionSchema.safeParse(a);
    if (!p.success) return no(`decision ${j + 1} is not a valid decision: ${p.error.issues[0]?.message ?? 'invalid'}`, `decisions[${j}]`);
  }
  let s: State = initialState(sc, original.seed);
  const log: Action[][] = [];
  const hashes: string[] = [];
  const hasher = new StateHasher();
  const skipped: Skipped[] = [];
  const close = (d: Action[]): void => {
    const end = step(s, { type: 'endQuarter' }, sc);
    if (!end.ok) throw new Error('endQuarter refused while playing (a bug)');
    s = end.state;
    log.push(d);
    hashes.push(hasher.hash(s));
  };
  for (let i = 0; i < q; i++) {
    const d = original.quarters[i]!.d;
    for (const [j, a] of d.entries()) {
      const r = a.type === 'endQuarter' ? null : step(s, a, sc);
      if (!r || !r.ok)
        return no(
          `the original replay does not replay: quarter ${i + 1}, decision ${j + 1} (${a.type}) is refused${r && !r.ok ? ` (${r.rejection.code})` : ''}; verify it first`,
          `$.quarters[${i}].d[${j}]`,
        );
      s = r.state;
    }
    close([...d]);
  }
  if (s.status !== 'playing') return no(`the game is already over (${s.status}) before quarter ${q + 1}`, 'quarter');
  // strict: the player's new decisions, all must be accepted; skip: the original's, refused ones
  // are reported; bot: proposals, refused ones dropped silently as playBot does.
  const take = (d: readonly Action[], mode: 'strict' | 'skip' | 'bot', quarter: number): string | null => {
    const kept: Action[] = [];
    for (const [j, a] of d.entries()) {
      const r = a.type === 'endQuarter' ? null : step(s, a, sc);
      if (r && r.ok) {
        s = r.state;
        kept.push(a);
      } else if (mode === 'strict')
        return `decision ${j + 1} (${a.type}) is refused: ${r && !r.ok ? r.rejection.code : 'endQuarter is implied'}`;
      else if (mode === 'skip') skipped.push({ quarter, index: j, action: a, code: r && !r.ok ? r.rejection.code : 'endQuarterInLog' });
    }
    close(kept);
    return null;
  };
  const own = spec.decisions ? take(spec.decisions, 'strict', q) : take(bot!(s, sc), 'bot', q);
  if (own) return no(`quarter ${q + 1}: ${own}`, 'decisions');
  if (spec.then.kind === 'original') {
    for (let i = q + 1; i < original.quarters.length && s.status === 'playing'; i++) take(original.quarters[i]!.d, 'skip', i);
  } else if (spec.then.kind === 'bot') {
    const limit = spec.then.quarters ?? Number.MAX_SAFE_INTEGER;
    for (let n = 0; n < limit && s.status === 'playing'; n++) take(bot!(s, sc), 'bot', s.quarter);
  }
  const meta: Replay['meta'] = { ...original.meta, branchOf: finalLink(original), branchQuarter: q };
  if (spec.then.kind === 'bot') meta.bot = spec.then.bot;
  const { format: _f, formatVersion: _fv, engineVersion: _e, ...rest } = h.header;
  const replay = buildReplay(
    { ...rest, meta },
    log,
    hashes,
    s,
    resultOf(s, sc, hashes[hashes.length - 1]).valuation,
    hashes[hashes.length - 1],
  );
  return { ok: true, replay, hashes, skipped };
}

/** Pure. Where an interactive what-if starts: the original's decisions before quarter q and the
 *  branch's meta. The UI passes them to Session.restore(scenario, hash, seed, log, [], meta) and the
 *  player goes on deciding; the session's toReplay() is then the branch. */
export function branchStart(original: Replay, q: number): { seed: string; log: Action[][]; meta: Replay['meta'] } {
  const k = Math.max(0, Math.min(q, original.quarters.length));
  return {
    seed: original.seed,
    log: original.quarters.slice(0, k).map((x) => [...x.d]),
    meta: { ...original.meta, branchOf: finalLink(original), branchQuarter: k },
  };
}
