// The workshop code: a class's whole setup (scenario + file-hash prefix, seed, quarters, unlocked
// groups, language, pause points) packed into Crockford base32 with a CRC-15, in groups of four.
// Pure and total: decoding never throws, refuses typos with a reason, and round-trips exactly.
import { GROUPS } from '../engine/index';
import type { Group } from '../engine/index';
import type { Lang } from '../i18n/index';
import type { WorkshopProblem } from './texts';
import { workshopProblem } from './texts';

export interface WorkshopSettings {
  scenarioId: string;
  /** The first 5 hex digits (20 bits) of the scenario file's hash: enough to refuse another version. */
  scenarioHash: string;
  seed: string;
  quarters: number;
  /** Unlocked decision groups, in GROUPS order. */
  groups: Group[];
  lang: Lang;
  /** Quarters after which every team waits for the go-ahead code, increasing, each below `quarters`. */
  pauses: number[];
}

export const CODE_VERSION = 1;
export const HASH_PREFIX_HEX = 5;
const MAX_NAME = 32; // scenario id and seed length
const MAX_QUARTERS = 60;
export const MAX_PAUSES = 15;
/** Crockford's base32: no I, L, O or U, so nothing reads as another symbol aloud or on a projector. */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Scenario ids and seeds: 64 symbols, 6 bits each. */
const NAME_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const NAME_RE = /^[0-9A-Za-z_-]{1,32}$/;
const CRC_BITS = 15;
const CRC_POLY = 0x4599; // CRC-15/CAN: detects every burst up to 15 bits, so any one mistyped or swapped pair of symbols

export type DecodeResult = { ok: true; settings: WorkshopSettings; code: string } | { ok: false; problem: WorkshopProblem };

function crc15(bits: readonly number[]): number {
  let crc = 0;
  for (const b of bits) {
    const top = (crc >> 14) & 1;
    crc = (crc << 1) & 0x7fff;
    if ((b ^ top) === 1) crc ^= CRC_POLY;
  }
  return crc;
}

function pushInt(bits: number[], value: number, width: number): void {
  for (let i = width - 1; i >= 0; i--) bits.push((value >> i) & 1);
}

/** The problem with settings before encoding, or null. Used by the CLI and the instructor page. */
export function checkSettings(s: WorkshopSettings): WorkshopProblem | null {
  if (!NAME_RE.test(s.scenarioId)) return workshopProblem('badScenarioId', 'scenario', { max: MAX_NAME });
  if (!/^[0-9a-f]{5}$/.test(s.scenarioHash)) return workshopProblem('badHash', 'scenarioHash', {});
  if (!NAME_RE.test(s.seed)) return workshopProblem('badSeed', 'seed', { max: MAX_NAME });
  if (!Number.isInteger(s.quarters) || s.quarters < 1 || s.quarters > MAX_QUARTERS)
    return workshopProblem('badQuarters', 'quarters', { max: MAX_QUARTERS });
  if (s.groups.length === 0 || s.groups.some((g) => !GROUPS.includes(g)) || new Set(s.groups).size !== s.groups.length)
    return workshopProblem('badGroups', 'groups', { groups: GROUPS.join(', ') });
  if (s.lang !== 'zh' && s.lang !== 'en') return workshopProblem('badLang', 'lang', {});
  if (s.pauses.length > MAX_PAUSES) return workshopProblem('tooManyPauses', 'pauses', { max: MAX_PAUSES });
  for (let i = 0; i < s.pauses.length; i++) {
    const p = s.pauses[i]!;
    if (!Number.isInteger(p) || p < 1 || p >= s.quarters || (i > 0 && p <= s.pauses[i - 1]!))
      return workshopProblem('badPauses', 'pauses', { last: s.quarters - 1 });
  }
  return null;
}

/** Pure. The code for valid settings (check them first with checkSettings: invalid ones throw, a bug). */
export function encodeWorkshop(s: WorkshopSettings): string {
  const bad = checkSettings(s);
  if (bad) throw new Error(`encodeWorkshop: ${bad.message}`);
  const bits: number[] = [];
  pushInt(bits, CODE_VERSION, 3);
  pushInt(bits, s.scenarioId.length - 1, 5);
  for (const c of s.scenarioId) pushInt(bits, NAME_CHARS.indexOf(c), 6);
  pushInt(bits, parseInt(s.scenarioHash, 16), 20);
  pushInt(bits, s.seed.length - 1, 5);
  for (const c of s.seed) pushInt(bits, NAME_CHARS.indexOf(c), 6);
  pushInt(bits, s.quarters - 1, 6);
  let mask = 0;
  GROUPS.forEach((g, i) => {
    if (s.groups.includes(g)) mask |= 1 << (GROUPS.length - 1 - i);
  });
  pushInt(bits, mask, GROUPS.length);
  pushInt(bits, s.lang === 'en' ? 1 : 0, 1);
  pushInt(bits, s.pauses.length, 4);
  for (const p of s.pauses) pushInt(bits, p - 1, 6);
  while ((bits.length + CRC_BITS) % 5 !== 0) bits.push(0);
  pushInt(bits, crc15(bits), CRC_BITS);
  let out = '';
  for (let i = 0; i < bits.length; i += 5) {
    if (i > 0 && i % 20 === 0) out += '-';
    let v = 0;
    for (let j = 0; j < 5; j++) v = (v << 1) | bits[i + j]!;
    out += ALPHABET[v];
  }
  return out;
}

/** Pure. The code part of a pasted link (`...#workshop=CODE`) or the text itself. */
function codeFromText(text: string): string {
  const m = /[#&?]workshop=([^&#\s]*)/.exec(text);
  return m ? decodeURIComponentSafe(m[1]!) : text;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

class Reader {
  pos = 0;
  constructor(
    readonly bits: readonly number[],
    readonly end: number,
  ) {}
  left(): number {
    return this.end - this.pos;
  }
  int(width: number): number | null {
    if (this.pos + width > this.end) return null;
    let v = 0;
    for (let i = 0; i < width; i++) v = v * 2 + this.bits[this.pos++]!;
    return v;
  }
  name(): string | null {
    const n = this.int(5);
    if (n === null) return null;
    let s = '';
    for (let i = 0; i <= n; i++) {
      const c = this.int(6);
      if (c === null) return null;
      s += NAME_CHARS[c];
    }
    return s;
  }
}

/** Pure; never throws. Reads a code (or a link holding one), forgiving case, spaces, dashes and the
 *  look-alikes O→0, I/L→1; refuses anything else with a reason a student can act on. */
export function decodeWorkshop(input: unknown): DecodeResult {
  try {
    return decode(input);
  } catch {
    return { ok: false, problem: workshopProblem('unreadable', 'code', {}) };
  }
}

function decode(input: unknown): DecodeResult {
  if (typeof input !== 'string') return { ok: false, problem: workshopProblem('empty', 'code', {}) };
  if (input.length > 2000) return { ok: false, problem: workshopProblem('tooLong', 'code', {}) };
  const raw = codeFromText(input.trim());
  const bits: number[] = [];
  let symbols = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === '-' || ch === ' ' || ch === '\u00a0' || ch === '\t' || ch === '\n' || ch === '\r') continue;
    let c = ch.toUpperCase();
    if (c === 'O') c = '0';
    else if (c === 'I' || c === 'L') c = '1';
    const v = ALPHABET.indexOf(c);
    if (v < 0 || c.length !== 1) return { ok: false, problem: workshopProblem('badChar', 'code', { char: ch, position: i + 1 }) };
    pushInt(bits, v, 5);
    symbols++;
  }
  if (symbols === 0) return { ok: false, problem: workshopProblem('empty', 'code', {}) };
  if (symbols < 8) return { ok: false, problem: workshopProblem('tooShort', 'code', {}) };
  if (symbols > 120) return { ok: false, problem: workshopProblem('tooLong', 'code', {}) };
  const end = bits.length - CRC_BITS;
  let claimed = 0;
  for (let i = end; i < bits.length; i++) claimed = claimed * 2 + bits[i]!;
  if (crc15(bits.slice(0, end)) !== claimed) return { ok: false, problem: workshopProblem('checksum', 'code', {}) };
  const r = new Reader(bits, end);
  const version = r.int(3);
  if (version !== CODE_VERSION)
    return { ok: false, problem: workshopProblem('version', 'code', { found: version ?? 0, supported: CODE_VERSION }) };
  const scenarioId = r.name();
  const hash = r.int(20);
  const seed = r.name();
  const q = r.int(6);
  const mask = r.int(GROUPS.length);
  const lang = r.int(1);
  const np = r.int(4);
  if (scenarioId === null || hash === null || seed === null || q === null || mask === null || lang === null || np === null)
    return { ok: false, problem: workshopProblem('truncated', 'code', {}) };
  const pauses: number[] = [];
  for (let i = 0; i < np; i++) {
    const p = r.int(6);
    if (p === null) return { ok: false, problem: workshopProblem('truncated', 'code', {}) };
    pauses.push(p + 1);
  }
  // Canonical form only: fewer than 5 padding bits, all zero. Any other text is not a code we wrote.
  const pad = r.left();
  if (pad >= 5 || r.int(pad) !== 0) return { ok: false, problem: workshopProblem('unreadable', 'code', {}) };
  const settings: WorkshopSettings = {
    scenarioId,
    scenarioHash: hash.toString(16).padStart(HASH_PREFIX_HEX, '0'),
    seed,
    quarters: q + 1,
    groups: GROUPS.filter((_, i) => (mask >> (GROUPS.length - 1 - i)) & 1),
    lang: lang === 1 ? 'en' : 'zh',
    pauses,
  };
  const bad = checkSettings(settings);
  if (bad) return { ok: false, problem: workshopProblem('unreadable', 'code', {}) };
  return { ok: true, settings, code: encodeWorkshop(settings) };
}

/** Pure. The canonical spelling of a code (or null): what replays carry and comparisons use. */
export function normalizeCode(text: string): string | null {
  const r = decodeWorkshop(text);
  return r.ok ? r.code : null;
}
