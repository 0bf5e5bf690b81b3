// The workshop's one door to replays: read a run's text (replay file) and verify it by replay
// against the workshop's world, keeping what the debrief charts (final state, every event check).
// Local until the replay helper's verify lands; the debrief depends only on these two functions.
import type { Action } from '../engine/actions';
import type { Check } from '../engine/events-types';
import { ENGINE_VERSION } from '../engine/index';
import { collectChecks, replay } from '../engine/run';
import type { Scenario } from '../engine/scenario-schema';
import type { State } from '../engine/state';
import { hashValue } from '../engine/hash';
import { parseJsonSafe, describeJsonError } from '../engine/safe-json';
import { founderBp } from '../engine/selectors';
import { valuation } from '../engine/systems/finance';
import { genesisLink, nextLink, replaySchema } from '../replay/format';
import type { Replay } from '../replay/format';

/** A replay, or a share code's content whose links may be hex prefixes (at least 8 digits). */
export type RunClaim = Omit<Replay, 'result'> & { result: Omit<Replay['result'], 'finalHash'> & { finalHash?: string } };

export type ReadResult = { ok: true; claim: RunClaim } | { ok: false; detail: string };
export type VerifyResult = { ok: true; state: State; log: Action[][]; checks: Check[][] } | { ok: false; detail: string };

/** Pure; never throws. A replay file's text as a claim to verify. */
export function readRun(text: string): ReadResult {
  if (text.trim() === '') return { ok: false, detail: 'empty text' };
  const p = parseJsonSafe(text, { maxBytes: 4_000_000, maxDepth: 8, allowBom: true });
  if (!p.ok) return { ok: false, detail: 'not a replay file: ' + describeJsonError(p.error) };
  const r = replaySchema.safeParse(p.value);
  if (!r.success) {
    const i = r.error.issues[0]!;
    return { ok: false, detail: `field $.${i.path.join('.')}: ${i.message}` };
  }
  return { ok: true, claim: r.data };
}

const sameLink = (claimed: string, actual: string) => claimed.length >= 8 && actual.startsWith(claimed);

/** Pure; never throws on a claim. Replays the decisions on the world and checks every link of the
 *  hash chain and the claimed result. Header checks (seed, scenario, rules) are the caller's. */
export function verifyRun(c: RunClaim, scenario: Scenario): VerifyResult {
  if (c.engineVersion !== ENGINE_VERSION) return { ok: false, detail: `rules version ${c.engineVersion}, this build runs ${ENGINE_VERSION}` };
  const log = c.quarters.map((q) => q.d);
  const r = replay(scenario, c.seed, log);
  if (!r.ok) return { ok: false, detail: `quarter ${r.quarter + 1}: decision ${r.index + 1} is refused by the rules (${r.code})` };
  let link = genesisLink(c);
  for (let i = 0; i < c.quarters.length; i++) {
    link = nextLink(link, c.quarters[i]!.d, r.hashes[i]!);
    if (!sameLink(c.quarters[i]!.link, link)) return { ok: false, detail: `quarter ${i + 1}: its hash-chain link does not match the replayed quarter` };
  }
  const last = r.state.history[r.state.history.length - 1];
  const res = { outcome: r.state.status, quarters: r.state.quarter, cash: r.state.cash, valuation: last ? last.valuation : valuation(r.state, scenario, 0), founderBp: founderBp(r.state), finalHash: hashValue(r.state) };
  const diff: string[] = [];
  if (res.outcome !== c.result.outcome) diff.push('outcome');
  if (res.quarters !== c.result.quarters) diff.push('quarters');
  if (res.cash !== c.result.cash) diff.push('cash');
  if (res.valuation !== c.result.valuation) diff.push('valuation');
  if (res.founderBp !== c.result.founderBp) diff.push('founderBp');
  if (c.result.finalHash !== undefined && res.finalHash !== c.result.finalHash) diff.push('finalHash');
  if (diff.length) return { ok: false, detail: `every quarter matches, but the claimed result differs: ${diff.join(', ')}` };
  return { ok: true, state: r.state, log, checks: r.quarters.map((q) => collectChecks(q.events)) };
}
