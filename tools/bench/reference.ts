// The verification as it was before replay format 2 (up to commit 434e29a, 2026-12-02), kept in the
// bench only so the bench can measure today's code against it in the same run, on the same machine
// and load: the state hash was SHA-256 of the state's canonical JSON; verifyReplay hashed every
// quarter's state that way, then rebuilt the replay (every link computed again, the final state
// hashed again); the debrief then folded every verified run a second time for its event checks.
// Its canonical JSON is kept here as it was (the engine's is faster now).
import type { Action, Check, Scenario, State } from '../../src/engine/index';
import { sha256Hex, collectChecks, replay, initialState, step, ENGINE_VERSION, founderBp } from '../../src/engine/index';
import { REPLAY_FORMAT, REPLAY_FORMAT_VERSION, resultOf } from '../../src/replay/format';
import type { Replay, ReplayClaim, ReplayHeader } from '../../src/replay/format';
import { readReplayInput } from '../../src/replay/index';
import { checkHeader } from '../../src/replay/verify';
import type { DebriefContext, RunInput, RunOutcome } from '../../src/workshop/debrief';
import { assembleDebrief } from '../../src/workshop/debrief';
import { teamKey } from '../../src/workshop/apply';
import { scoreRun } from '../../src/workshop/score-adapter';

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Format 1's canonical JSON, as src/engine/hash.ts had it. */
function canonicalJsonV1(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isSafeInteger(value)) throw new Error(`canonicalJson: non-integer number ${value}`);
      return Object.is(value, -0) ? '0' : String(value);
    case 'object': {
      if (Array.isArray(value)) return '[' + value.map(canonicalJsonV1).join(',') + ']';
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort(byCodeUnit);
      return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJsonV1(obj[k])).join(',') + '}';
    }
    default:
      throw new Error(`canonicalJson: cannot serialize ${typeof value}`);
  }
}

/** The format-1 state hash: SHA-256 of the state's canonical JSON. */
export const hashStateV1 = (s: State): string => sha256Hex(canonicalJsonV1(s));
const genesisLinkV1 = (h: ReplayHeader): string =>
  sha256Hex(
    canonicalJsonV1({
      format: h.format,
      formatVersion: h.formatVersion,
      engineVersion: h.engineVersion,
      scenario: h.scenario,
      seed: h.seed,
      meta: h.meta,
    }),
  );
const nextLinkV1 = (prev: string, d: readonly Action[], stateHash: string): string =>
  sha256Hex(prev + '|' + canonicalJsonV1(d) + '|' + stateHash);

/** Format 1's buildReplay: every link computed from the header, the final state hashed. */
function buildReplayV1(header: ReplayHeader, log: readonly Action[][], hashes: readonly string[], final: State, valuation: number): Replay {
  let link = genesisLinkV1(header);
  const quarters = log.map((d, i) => {
    link = nextLinkV1(link, d, hashes[i]!);
    return { d: [...d], link };
  });
  return {
    ...header,
    quarters,
    result: {
      outcome: final.status,
      quarters: final.quarter,
      cash: final.cash,
      valuation,
      founderBp: founderBp(final),
      finalHash: hashStateV1(final),
    },
  };
}

/** A replay chained as format 1 chained it (state hashes from hashStateV1), for verifyV1. */
export function rechainV1(r: Replay, sc: Scenario): Replay {
  const log = r.quarters.map((q) => q.d);
  const f = replay(sc, r.seed, log);
  if (!f.ok) throw new Error('rechainV1: the replay does not replay');
  // The header says this build's versions, so that reading it costs what reading a real file does.
  const header: ReplayHeader = {
    format: REPLAY_FORMAT,
    formatVersion: REPLAY_FORMAT_VERSION,
    engineVersion: ENGINE_VERSION,
    scenario: r.scenario,
    seed: r.seed,
    meta: r.meta,
  };
  return buildReplayV1(
    header,
    log,
    f.quarters.map((q) => hashStateV1(q.state)),
    f.state,
    r.result.valuation,
  );
}

/** Format 1's verifyReplay (no memo): the verified replay, with the state after the last quarter. */
export function verifyV1(claim: ReplayClaim, input: { scenario: Scenario; hash: string }): { replay: Replay; state: State } | string {
  const h = checkHeader(claim, input);
  if (!h.ok) return h.problem.message;
  const sc = h.scenario;
  let link = genesisLinkV1(h.header);
  let s: State = initialState(sc, claim.seed);
  const hashes: string[] = [];
  const log: Action[][] = [];
  for (let q = 0; q < claim.quarters.length; q++) {
    const { d, link: claimed } = claim.quarters[q]!;
    for (let i = 0; i <= d.length; i++) {
      const r = step(s, i < d.length ? d[i]! : { type: 'endQuarter' }, sc);
      if (!r.ok) return `quarter ${q + 1} refused`;
      s = r.state;
    }
    const sh = hashStateV1(s);
    link = nextLinkV1(link, d, sh);
    if (!link.startsWith(claimed)) return `quarter ${q + 1} diverges`;
    hashes.push(sh);
    log.push(d);
  }
  const actual = resultOf(s, sc, hashes[hashes.length - 1] ?? hashStateV1(s));
  for (const k of ['outcome', 'quarters', 'cash', 'valuation', 'founderBp', 'finalHash'] as const) {
    if (claim.result[k] !== undefined && claim.result[k] !== actual[k]) return `result ${k} differs`;
  }
  return { replay: buildReplayV1(h.header, log, hashes, s, actual.valuation), state: s };
}

/** Format 1's debrief of runs already known to belong to the workshop: verify each (verifyV1),
 *  fold it again for the event checks, score, then rank and build the event table as today. */
export function debriefV1(ctx: DebriefContext, runs: readonly RunInput[]): number {
  const outcomes: RunOutcome[] = runs.map((run, index) => {
    const r = readReplayInput(run.text);
    if (!r.ok) throw new Error(r.error.message);
    const v = verifyV1(r.claim, { scenario: ctx.scenario, hash: ctx.hash });
    if (typeof v === 'string') throw new Error(`debriefV1: ${v}`);
    const log = v.replay.quarters.map((q) => q.d);
    let s = initialState(ctx.scenario, r.claim.seed);
    const checks: Check[][] = [];
    for (const d of log) {
      for (const a of d) {
        const x = step(s, a, ctx.scenario);
        if (x.ok) s = x.state;
      }
      const end = step(s, { type: 'endQuarter' }, ctx.scenario);
      if (!end.ok) break;
      s = end.state;
      checks.push(collectChecks(end.events));
    }
    const team = r.claim.meta.team ?? '';
    const last = v.replay.quarters[v.replay.quarters.length - 1];
    return {
      kind: 'verified',
      team: {
        index,
        label: run.label,
        team,
        rank: 0,
        score: scoreRun(s, ctx.scenario),
        outcome: s.status,
        quartersPlayed: s.history.length,
        finished: s.status !== 'playing',
        kpis: s.history,
        decisions: log,
        checks,
        finalHash: v.replay.result.finalHash,
        key: teamKey(team),
        link: last ? last.link : '',
        standing: s.status === 'playing' ? 'unfinished' : 'ranked',
      },
    };
  });
  return assembleDebrief(ctx, outcomes).ranked.length;
}
