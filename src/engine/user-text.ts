// Text a player types that goes into replays, share codes, saves and workshop reports (team names,
// seeds, workshop labels): one rule for every format, refused at entry with a reason.
// Pure: no platform APIs.

/**
 * Lengths count characters as JavaScript and an HTML `maxlength` do (UTF-16 code units: a Chinese
 * character is 1, an emoji 2). Binary formats (share codes) store text as UTF-8, at most
 * `UTF8_BYTES_PER_CHAR` bytes per such character, so a name that fits the replay file fits the
 * share code too (27 Chinese characters are 81 bytes but 27 characters: well within 80).
 */
export const TEXT_MAX = { team: 80, workshop: 64, seed: 64, bot: 32, scenarioId: 64 } as const;
export const UTF8_BYTES_PER_CHAR = 3;

/** Why a text cannot be stored: a control character or line break (a copy and paste would not
 *  keep it), a lone surrogate (not text at all: UTF-8 turns it into U+FFFD, so a share code would
 *  carry another name than the file), or a bidirectional control (it can make a name display in a
 *  misleading order). `index` is the 0-based position, `codePoint` like "U+202E". */
export interface TextFault {
  kind: 'control' | 'loneSurrogate' | 'bidi';
  index: number;
  codePoint: string;
}

const HEX = '0123456789abcdef';
/** A UTF-16 code unit as four lower-case hex digits (integers only: no radix toString). */
const hex4 = (c: number): string => HEX[(c >> 12) & 15]! + HEX[(c >> 8) & 15]! + HEX[(c >> 4) & 15]! + HEX[c & 15]!;
const hex = (c: number): string => 'U+' + hex4(c).toUpperCase();

/** Bidirectional formatting characters: ALM, LRM, RLM, LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI. */
function isBidiControl(c: number): boolean {
  return c === 0x061c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/** C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
function isControl(c: number): boolean {
  return c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
}

/** Pure. The first reason `s` cannot be stored, or null. */
export function textFault(s: string): TextFault | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      return { kind: 'loneSurrogate', index: i, codePoint: hex(c) };
    }
    if (c >= 0xdc00 && c <= 0xdfff) return { kind: 'loneSurrogate', index: i, codePoint: hex(c) };
    if (isControl(c)) return { kind: 'control', index: i, codePoint: hex(c) };
    if (isBidiControl(c)) return { kind: 'bidi', index: i, codePoint: hex(c) };
  }
  return null;
}

/** Pure. The fault in plain English: what is wrong and how to fix it. */
export function textFaultMessage(f: TextFault): string {
  const at = `${f.codePoint} at character ${f.index + 1}`;
  if (f.kind === 'control') return `no line breaks or control characters (${at}): type the text on one line`;
  if (f.kind === 'loneSurrogate') return `a broken character (a lone surrogate, ${at}) is not text: retype the text`;
  return `no bidirectional control characters (${at}): they can make text display in a misleading order; remove it`;
}

/** Pure. `s` safe to print on a terminal: controls (other than line feed, CRLF and tab), bidirectional
 *  controls and lone surrogates become visible escapes like `\u202e`; everything else is kept. */
export function escapeForTerminal(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let bad: boolean;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      bad = true;
    } else {
      const crlf = c === 0x0d && i + 1 < s.length && s.charCodeAt(i + 1) === 0x0a;
      bad = (c >= 0xdc00 && c <= 0xdfff) || (isControl(c) && c !== 0x0a && c !== 0x09 && !crlf) || isBidiControl(c);
    }
    if (bad) {
      out += s.slice(from, i) + '\\u' + hex4(c);
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}
