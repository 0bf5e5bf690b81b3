// The replay area's public surface, for the browser viewer, the what-if UI, the workshop and the
// CLI: read anything a person pastes (file, share code, link), verify, step through, branch, compare.
import type { Scenario } from '../engine/index';
import type { Comparison } from './compare';
import { compareTimelines } from './compare';
import type { Replay, ReplayClaim } from './format';
import { importReplay } from './import';
import type { ReplayProblem } from './problems';
import { decodeShareCode } from './share-code';
import { buildTimeline } from './timeline';

export * from './format';
export * from './import';
export * from './problems';
export * from './share-code';
export * from './verify';
export * from './branch';
export * from './timeline';
export * from './compare';

export type ReadResult =
  | { ok: true; kind: 'file' | 'code'; claim: ReplayClaim }
  | { ok: false; kind: 'file' | 'code'; error: ReplayProblem };

/** Pure. Never throws. Whatever was pasted or opened: a replay file's text, a share code, or a
 *  link with `#replay=CODE`. A file gives the full replay; a code, a claim to verify. */
export function readReplayInput(text: string): ReadResult {
  const t = typeof text === 'string' ? text.replace(/^[\s\ufeff\u200b]+/, '') : '';
  const hasCode = t.includes('#replay=') || /AIS\d{1,6}\./.test(t);
  const looksJson = t.startsWith('{') || t.startsWith('```') || (t.includes('{') && (t.includes('"format"') || !hasCode));
  if (looksJson) {
    const r = importReplay(text);
    return r.ok ? { ok: true, kind: 'file', claim: r.replay } : { ok: false, kind: 'file', error: r.error };
  }
  const d = decodeShareCode(text);
  return d.ok ? { ok: true, kind: 'code', claim: d.claim } : { ok: false, kind: 'code', error: d.error };
}

/** Pure. Side-by-side data for two verified replays of the same scenario. */
export function compareReplays(sc: Scenario, a: Replay, b: Replay): { ok: true; comparison: Comparison } | { ok: false; message: string } {
  const ta = buildTimeline(sc, a.seed, a.quarters);
  const tb = buildTimeline(sc, b.seed, b.quarters);
  if (!ta.ok || !tb.ok) return { ok: false, message: 'a replay does not replay under these rules: verify both first' };
  return { ok: true, comparison: compareTimelines(ta.timeline, tb.timeline) };
}
