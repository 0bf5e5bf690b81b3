// Share codes: a replay packed small enough to paste in a chat. `AIS2.` + base64url(6-byte
// SHA-256 checksum ‖ deflate-raw(binary body)). The body keeps every decision but shortens the
// chain: 4 bytes of each quarter's link, the whole last link, a 16-digit scenario hash prefix.
// Verification still finds the first diverging quarter; the full replay is rebuilt by verifying.
// Version 2 carries replays of format version 2 (state hashes from the binary layout); the byte
// layout of the body is version 1's.
import { sha256 } from '@noble/hashes/sha2.js';
import { deflateSync, Inflate } from 'fflate';
import type { Action } from '../engine/index';
import { actionSchema, ENGINE_VERSION, TEXT_MAX, UTF8_BYTES_PER_CHAR } from '../engine/index';
import { ByteReader, ByteWriter, DecodeError, fromBase64Url, readAction, toBase64Url, writeAction } from './binary';
import type { Replay, ReplayClaim } from './format';
import { genesisLink, REPLAY_FORMAT, REPLAY_FORMAT_VERSION, replayHeaderSchema } from './format';
import { codeDataDetail, zodIssueDetail } from '../i18n/details';
import { jsonPath } from './import';
import type { ReplayProblem } from './problems';
import { problem, versionProblem } from './problems';

export const SHARE_CODE_VERSION = 2;
export const SHARE_PREFIX = `AIS${SHARE_CODE_VERSION}.`;
const SHARE_MAX_CHARS = 1_000_000;
/** Unpacked bodies above this are refused while inflating (a 200×200 game packs to under 600 kB). */
export const SHARE_MAX_BYTES = 1_000_000;
const LINK_PREFIX_BYTES = 4;
const SCENARIO_HASH_PREFIX_BYTES = 8;
const CHECKSUM_BYTES = 6;
const OUTCOMES = ['playing', 'bankrupt', 'finished'] as const;
const META_KEYS = ['workshop', 'team', 'bot'] as const;
// Byte limits derived from the replay file's character limits (engine/user-text.ts): any text a
// replay file may hold fits its share code, and the header schema then checks the characters.
const bytesFor = (chars: number): number => chars * UTF8_BYTES_PER_CHAR;
const META_MAX = { workshop: bytesFor(TEXT_MAX.workshop), team: bytesFor(TEXT_MAX.team), bot: bytesFor(TEXT_MAX.bot) } as const;

export type DecodeResult = { ok: true; claim: ReplayClaim } | { ok: false; error: ReplayProblem };

/** Pure. The share code of a replay; the same replay always gives the same code. */
export function encodeShareCode(r: Replay): string {
  const w = new ByteWriter();
  w.uint(r.formatVersion);
  w.uint(r.engineVersion);
  w.str(r.scenario.id);
  w.uint(r.scenario.version);
  w.hex(r.scenario.hash.slice(0, SCENARIO_HASH_PREFIX_BYTES * 2));
  w.str(r.seed);
  const m = r.meta;
  let flags = 0;
  META_KEYS.forEach((k, i) => {
    if (m[k] !== undefined) flags |= 1 << i;
  });
  if (m.branchOf !== undefined) flags |= 8;
  if (m.branchQuarter !== undefined) flags |= 16;
  w.u8(flags);
  for (const k of META_KEYS) if (m[k] !== undefined) w.str(m[k]);
  if (m.branchOf !== undefined) w.hex(m.branchOf);
  if (m.branchQuarter !== undefined) w.uint(m.branchQuarter);
  w.u8(OUTCOMES.indexOf(r.result.outcome));
  w.int(r.result.cash);
  w.uint(r.result.valuation);
  w.uint(r.result.founderBp);
  w.uint(r.quarters.length);
  for (const q of r.quarters) {
    w.uint(q.d.length);
    for (const a of q.d) writeAction(w, a);
  }
  r.quarters.forEach((q, i) => w.hex(i === r.quarters.length - 1 ? q.link : q.link.slice(0, LINK_PREFIX_BYTES * 2)));
  if (r.quarters.length === 0) w.hex(genesisLink(r));
  const packed = deflateSync(w.done(), { level: 9 });
  const out = new Uint8Array(CHECKSUM_BYTES + packed.length);
  out.set(sha256(packed).subarray(0, CHECKSUM_BYTES));
  out.set(packed, CHECKSUM_BYTES);
  return SHARE_PREFIX + toBase64Url(out);
}

/** Pure. Inflates with a running byte count: a bomb is refused before it is unpacked in full. */
function inflateCapped(packed: Uint8Array, max: number): Uint8Array | 'tooLarge' | 'corrupt' {
  const parts: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inf = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total <= max) parts.push(chunk);
    if (final) ended = true;
  });
  try {
    // Small pushes bound what one push can unpack past the cap (deflate expands at most ~1032×).
    for (let i = 0; i < packed.length && total <= max; i += 256) inf.push(packed.subarray(i, i + 256), i + 256 >= packed.length);
  } catch {
    return 'corrupt';
  }
  if (total > max) return 'tooLarge';
  if (!ended) return 'corrupt';
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Where the code starts in what was pasted: after `#replay=`, else at the `AIS<n>.` prefix. */
function codeRegion(input: string): string {
  const s = input.replace(INVISIBLE, '');
  const link = s.indexOf('#replay=');
  if (link >= 0) return s.slice(link + '#replay='.length);
  const m = /AIS\d{1,6}\./.exec(s);
  return m ? s.slice(m.index) : s;
}

/** Pure. The code in what a person pasted: a code, one split over lines or spaced out, a link,
 *  or a chat message holding one (text before it is dropped). */
function cleanCode(input: string): string {
  return codeRegion(input).replace(/\s/g, '');
}

const fail = (error: ReplayProblem): DecodeResult => ({ ok: false, error });
const DAMAGED: readonly string[] = ['codeChecksum', 'codeCharacters'];

/** Pure. Never throws. A share code (or link, or message holding one) to the claim it carries,
 *  or why it cannot be read. */
export function decodeShareCode(input: string): DecodeResult {
  if (typeof input !== 'string' || input.trim() === '') return fail(problem('empty', ''));
  if (input.length > SHARE_MAX_CHARS) return fail(problem('tooLarge', '', { size: input.length, max: SHARE_MAX_CHARS }));
  const region = codeRegion(input);
  const whole = region.replace(/\s/g, '');
  const first = decodeCompact(whole);
  if (first.ok || !DAMAGED.includes(first.error.code)) return first;
  // Words after the code ("AIS2.… see you!") join it when spaces are dropped. The checksum tells
  // which leading run of space-separated pieces is the code, so try shorter runs (few pieces only).
  const pieces = region.trim().split(/\s+/);
  if (pieces.length > 64) return first;
  for (let k = pieces.length; k >= 1; k--) {
    const joined = pieces.slice(0, k).join('');
    for (const cand of [joined, joined.replace(/[^A-Za-z0-9_-]+$/, '')]) {
      if (cand === whole) continue;
      const r = decodeCompact(cand);
      if (r.ok || !DAMAGED.includes(r.error.code)) return r;
    }
  }
  return first;
}

function decodeCompact(code: string): DecodeResult {
  const version = /^AIS(\d{1,6})\./.exec(code);
  if (!version) return fail(problem('codePrefix', '', { prefix: SHARE_PREFIX }));
  if (Number(version[1]) !== SHARE_CODE_VERSION) return fail(versionProblem('code', '', Number(version[1]), SHARE_CODE_VERSION));
  const body = code.slice(version[0].length);
  const bytes = fromBase64Url(body);
  if (bytes === 'cut') return fail(problem('codeChecksum', ''));
  if (!(bytes instanceof Uint8Array))
    return fail(problem('codeCharacters', '', { char: body[bytes.badAt] ?? '', position: version[0].length + bytes.badAt + 1 }));
  if (bytes.length <= CHECKSUM_BYTES) return fail(problem('codeChecksum', ''));
  const packed = bytes.subarray(CHECKSUM_BYTES);
  const sum = sha256(packed);
  for (let i = 0; i < CHECKSUM_BYTES; i++) if (sum[i] !== bytes[i]) return fail(problem('codeChecksum', ''));
  const raw = inflateCapped(packed, SHARE_MAX_BYTES);
  if (raw === 'tooLarge') return fail(problem('codeTooLarge', '', { max: SHARE_MAX_BYTES }));
  if (raw === 'corrupt') return fail(problem('codeCorrupt', '', {}, codeDataDetail('damaged')));
  try {
    return readBody(new ByteReader(raw));
  } catch (e) {
    if (e instanceof DecodeError) return fail(problem('codeCorrupt', '', {}, e.detail));
    throw e;
  }
}

function readBody(r: ByteReader): DecodeResult {
  const formatVersion = r.uint();
  if (formatVersion !== REPLAY_FORMAT_VERSION)
    return fail(versionProblem('replay', '$.formatVersion', formatVersion, REPLAY_FORMAT_VERSION));
  const engineVersion = r.uint();
  // Decisions of another engine version may not even have the same shape: stop here, naming both.
  if (engineVersion !== ENGINE_VERSION)
    return fail(problem('engineVersion', '$.engineVersion', { found: engineVersion, current: ENGINE_VERSION }));
  const id = r.str(bytesFor(TEXT_MAX.scenarioId));
  const version = r.uint(1_000_000);
  const hash = r.hex(SCENARIO_HASH_PREFIX_BYTES);
  const seed = r.str(bytesFor(TEXT_MAX.seed));
  const flags = r.u8();
  if (flags >= 32) throw new DecodeError('headerFlags');
  const meta: Record<string, string | number> = {};
  META_KEYS.forEach((k) => {
    if (flags & (1 << META_KEYS.indexOf(k))) meta[k] = r.str(META_MAX[k]);
  });
  if (flags & 8) meta.branchOf = r.hex(32);
  if (flags & 16) meta.branchQuarter = r.uint(1000);
  const outcome = OUTCOMES[r.uint(2)]!;
  const cash = r.int();
  const valuation = r.uint();
  const founderBp = r.uint(10000);
  const n = r.uint(200);
  const decisions: Action[][] = [];
  for (let q = 0; q < n; q++) {
    const count = r.uint(200);
    const d: Action[] = [];
    for (let i = 0; i < count; i++) {
      const read = readAction(r);
      const a = actionSchema.safeParse(read);
      if (!a.success) return fail(problem('field', `$.quarters[${q}].d[${i}]`, {}, zodIssueDetail(a.error.issues[0]!, read)));
      d.push(a.data);
    }
    decisions.push(d);
  }
  const quarters = decisions.map((d, q) => ({ d, link: r.hex(q === n - 1 ? 32 : LINK_PREFIX_BYTES) }));
  const genesis = n === 0 ? r.hex(32) : undefined;
  if (r.left !== 0) throw new DecodeError('extraBytes');
  const headerValue = {
    format: REPLAY_FORMAT,
    formatVersion,
    engineVersion,
    scenario: { id, version, hash: hash.padEnd(64, '0') },
    seed,
    meta,
  };
  const header = replayHeaderSchema.safeParse(headerValue);
  if (!header.success) {
    const issue = header.error.issues[0]!;
    return fail(problem('field', jsonPath(issue.path), {}, zodIssueDetail(issue, headerValue)));
  }
  const h = header.data;
  const claim: ReplayClaim = {
    ...h,
    scenario: { ...h.scenario, hash },
    quarters,
    result: { outcome, quarters: n, cash, valuation, founderBp },
  };
  if (genesis !== undefined) claim.genesis = genesis;
  return { ok: true, claim };
}

/** Pure. The link that opens the game at a replay: the code goes in the fragment, never to a server. */
export function replayLink(base: string, code: string): string {
  const at = base.indexOf('#');
  return (at >= 0 ? base.slice(0, at) : base) + '#replay=' + code;
}

/** Pure. The code in a link (or null when the link holds none). */
export function parseReplayLink(url: string): string | null {
  if (!url.includes('#replay=')) return null;
  const s = cleanCode(url);
  return s.length > 0 ? s : null;
}
