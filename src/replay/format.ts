// The replay file: scenario id/version/hash, seed, the decisions quarter by quarter and a hash
// chain (each link covers the previous link, the quarter's decisions and the resulting state hash).
// Format version 2: state hashes are SHA-256 of the state's canonical binary layout (hashState);
// version 1 hashed its canonical JSON, so its links cannot be checked by this build.
// Pure: runs in Node, browsers and workers. Export is canonical: one run, one byte sequence.
import { z } from 'zod';
import {
  actionSchema,
  canonicalJson,
  hashState,
  hashValue,
  sha256Hex,
  ENGINE_VERSION,
  founderBp,
  valuation,
  TEXT_MAX,
  textFault,
  textFaultMessage,
} from '../engine/index';
import type { Action, State, Scenario } from '../engine/index';

export const REPLAY_FORMAT = 'ai-startup-sim/replay';
export const REPLAY_FORMAT_VERSION = 2;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'a 64-digit lower-case hex hash');
// One rule for text in every format (engine/user-text.ts): line breaks and control characters
// (a tolerant import removes pasted line breaks, so a name that held one could not survive copy
// and paste), lone surrogates (a share code would carry U+FFFD instead) and bidirectional controls
// are refused; lengths are the same characters the share code's byte limits are derived from.
const printable = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .superRefine((s, ctx) => {
      const f = textFault(s);
      // The fault's kind and place travel with the issue, for its text in the reader's language.
      if (f) ctx.addIssue({ code: 'custom', message: textFaultMessage(f), params: { fault: f } });
    });
export const replayHeaderSchema = z.strictObject({
  format: z.literal(REPLAY_FORMAT),
  formatVersion: z.number().int().min(1).max(1_000_000),
  engineVersion: z.number().int().min(1).max(1_000_000),
  scenario: z.strictObject({ id: z.string().min(1).max(64), version: z.number().int().min(1).max(1_000_000), hash: hex64 }),
  seed: printable(TEXT_MAX.seed),
  meta: z.strictObject({
    workshop: printable(TEXT_MAX.workshop).optional(),
    team: printable(TEXT_MAX.team).optional(),
    bot: printable(TEXT_MAX.bot).optional(),
    branchOf: hex64.optional(),
    branchQuarter: z.number().int().min(0).max(1000).optional(),
  }),
});
export const replaySchema = replayHeaderSchema.extend({
  quarters: z.array(z.strictObject({ d: z.array(actionSchema).max(200), link: hex64 })).max(200),
  result: z.strictObject({
    outcome: z.enum(['playing', 'bankrupt', 'finished']),
    quarters: z.number().int().min(0).max(200),
    cash: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
    valuation: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    founderBp: z.number().int().min(0).max(10000),
    finalHash: hex64,
  }),
});
export type ReplayHeader = z.infer<typeof replayHeaderSchema>;
export type Replay = z.infer<typeof replaySchema>;
export type ReplayResultClaim = Replay['result'];

/** What verification checks: a replay file, or a share code's content, whose links may be
 *  shortened to a hex prefix (at least 8 digits) and whose scenario hash may be a prefix (at least
 *  16 digits). A full `Replay` is a claim. */
export interface ReplayClaim {
  format: typeof REPLAY_FORMAT;
  formatVersion: number;
  engineVersion: number;
  scenario: { id: string; version: number; hash: string };
  seed: string;
  meta: ReplayHeader['meta'];
  quarters: { d: Action[]; link: string }[];
  result: Omit<ReplayResultClaim, 'finalHash'> & { finalHash?: string };
  /** Share codes of runs with no closed quarter carry the genesis link, so the header stays covered. */
  genesis?: string;
}

/** Pure. The result a finished (or stopped) run claims: the valuation is the last closed
 *  quarter's, or the opening one before any quarter closed. */
export function resultOf(final: State, sc: Scenario, finalHash = hashState(final)): ReplayResultClaim {
  const last = final.history[final.history.length - 1];
  const v = last ? last.valuation : valuation(final, sc, 0);
  return { outcome: final.status, quarters: final.quarter, cash: final.cash, valuation: v, founderBp: founderBp(final), finalHash };
}

/** Pure. The link a replay ends on (the genesis link when no quarter closed): what a branch names. */
export function finalLink(r: Replay): string {
  const last = r.quarters[r.quarters.length - 1];
  return last ? last.link : genesisLink(r);
}

/** Pure. The chain's starting link: the hash of the header's canonical JSON. */
export function genesisLink(h: ReplayHeader): string {
  return hashValue({
    format: h.format,
    formatVersion: h.formatVersion,
    engineVersion: h.engineVersion,
    scenario: h.scenario,
    seed: h.seed,
    meta: h.meta,
  });
}

/** Pure. The next link of the chain. */
function nextLink(prev: string, decisions: readonly Action[], stateHash: string): string {
  return nextLinkOfJson(prev, canonicalJson(decisions), stateHash);
}

/** Pure. nextLink with the decisions' canonical JSON already at hand. */
export function nextLinkOfJson(prev: string, decisionsJson: string, stateHash: string): string {
  return sha256Hex(prev + '|' + decisionsJson + '|' + stateHash);
}

/** Pure. Builds a replay from a run: decisions per closed quarter and the state hash after each.
 *  `finalHash`, when the caller has it, is hashState(final) (the last quarter's state hash). */
export function buildReplay(
  header: Omit<ReplayHeader, 'format' | 'formatVersion' | 'engineVersion'>,
  log: readonly Action[][],
  stateHashes: readonly string[],
  final: State,
  finalValuation: number,
  finalHash?: string,
): Replay {
  const h: ReplayHeader = { format: REPLAY_FORMAT, formatVersion: REPLAY_FORMAT_VERSION, engineVersion: ENGINE_VERSION, ...header };
  let link = genesisLink(h);
  const quarters = log.map((d, i) => {
    link = nextLink(link, d, stateHashes[i]!);
    return { d: [...d], link };
  });
  return {
    ...h,
    quarters,
    result: {
      outcome: final.status,
      quarters: final.quarter,
      cash: final.cash,
      valuation: finalValuation,
      founderBp: founderBp(final),
      finalHash: finalHash ?? hashState(final),
    },
  };
}

/** Pure. Canonical text: fixed key order, one quarter per line, trailing newline. */
export function exportReplay(r: Replay): string {
  const head = canonicalJson({
    format: r.format,
    formatVersion: r.formatVersion,
    engineVersion: r.engineVersion,
    scenario: r.scenario,
    seed: r.seed,
    meta: r.meta,
    result: r.result,
  });
  const qs = r.quarters.map((q) => canonicalJson(q)).join(',\n');
  return head.slice(0, -1) + ',"quarters":[\n' + qs + '\n]}\n';
}
