// The workshop's one door to replays: read what a team handed in (replay file, share code or link)
// and verify it with the replay area's verifier, which also keeps what the debrief charts (final
// state and every event check) from its one fold of the run.
import type { Action, Check, Scenario, State } from '../engine/index';
import type { ReplayClaim } from '../replay/format';
import { readReplayInput } from '../replay/index';
import type { ReplayProblem } from '../replay/problems';
import { VerifyMemo, verifyReplay } from '../replay/verify';

export type RunClaim = ReplayClaim;
export { VerifyMemo };

export type ReadResult = { ok: true; claim: RunClaim } | { ok: false; problem: ReplayProblem };
export type VerifyResult =
  | { ok: true; state: State; log: Action[][]; checks: Check[][]; finalLink: string; finalHash: string }
  | { ok: false; problem: ReplayProblem };

/** Pure; never throws. Whatever a team handed in, as a claim to verify. */
export function readRun(text: string): ReadResult {
  const r = readReplayInput(text);
  return r.ok ? { ok: true, claim: r.claim } : { ok: false, problem: r.error };
}

/** Pure; never throws on a claim. Verified by replay (every link of the hash chain and the claimed
 *  result); the final state and every quarter's event checks come from that one fold. `memo`
 *  shares identical prefixes. */
export function verifyRun(c: RunClaim, scenario: Scenario, hash: string, memo?: VerifyMemo): VerifyResult {
  const v = verifyReplay(c, { scenario, hash }, memo);
  if (v.status !== 'verified') return { ok: false, problem: v.problem };
  const log = v.replay.quarters.map((q) => q.d);
  const last = v.replay.quarters[v.replay.quarters.length - 1];
  return { ok: true, state: v.final, log, checks: v.checks, finalLink: last ? last.link : '', finalHash: v.replay.result.finalHash };
}
