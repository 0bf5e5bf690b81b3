// Character classes, codes and plain-words descriptions of characters and positions, for the
// safe JSON parser's error messages. Pure.

import { JSON_CHAR_KINDS_EN, JSON_CHAR_NAMES_EN, fillTemplate } from './safe-json-messages';
import type { JsonCharKind, JsonCharName, JsonErrorCode, JsonErrorParams } from './safe-json-messages';

// Character codes.
export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const QUOTE = 0x22;
export const PLUS = 0x2b;
export const COMMA = 0x2c;
export const MINUS = 0x2d;
export const DOT = 0x2e;
export const SLASH = 0x2f;
export const ZERO = 0x30;
export const NINE = 0x39;
export const COLON = 0x3a;
export const LBRACKET = 0x5b;
export const BACKSLASH = 0x5c;
export const RBRACKET = 0x5d;
export const LBRACE = 0x7b;
export const RBRACE = 0x7d;
export const BOM = 0xfeff;

/** Internal failure signal; converted to a JsonError at the top level. */
export class Fail {
  constructor(
    readonly offset: number,
    readonly code: JsonErrorCode,
    readonly params: JsonErrorParams,
    readonly path: string,
  ) {}
}

const HEX = '0123456789ABCDEF';

function hex4(c: number): string {
  return HEX[(c >> 12) & 15]! + HEX[(c >> 8) & 15]! + HEX[(c >> 4) & 15]! + HEX[c & 15]!;
}

function codePointLabel(cp: number): string {
  if (cp <= 0xffff) return 'U+' + hex4(cp);
  const hi = hex4(cp >> 16).replace(/^0+/, '');
  return 'U+' + hi + hex4(cp & 0xffff);
}

const SPECIAL_NAMES: { [k: number]: JsonCharName } = {
  0x00: 'nul',
  0x08: 'backspace',
  0x09: 'tab',
  0x0a: 'lineFeed',
  0x0b: 'verticalTab',
  0x0c: 'formFeed',
  0x0d: 'carriageReturn',
  0x1b: 'escape',
  0x20: 'space',
  0x7f: 'delete',
  0x85: 'nextLine',
  0xa0: 'noBreakSpace',
  0x1680: 'oghamSpace',
  0x2028: 'lineSeparator',
  0x2029: 'paragraphSeparator',
  0x202f: 'narrowNoBreakSpace',
  0x205f: 'mediumMathSpace',
  0x3000: 'ideographicSpace',
  0xfeff: 'bom',
};

/** Whitespace-like characters that JSON does not allow between tokens. */
export function isForeignSpace(c: number): boolean {
  return (
    c === 0x0b ||
    c === 0x0c ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === BOM
  );
}

export function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= ZERO && c <= NINE) || c === 0x5f || c === 0x24;
}

export function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 32));
}

/** Shortens untrusted text quoted in a message. */
export function clip(s: string, max = 40): string {
  return s.length <= max ? s : s.slice(0, max) + '…';
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function keySegment(key: string): string {
  return IDENT.test(key) ? '.' + clip(key, 60) : '[' + JSON.stringify(clip(key, 60)) + ']';
}

/** The character at text[pos] (which exists) as refusal parameters: `char` is its English
 *  description; `charKind`, `charLabel` (U+XXXX), `charText` and `charId` let another language
 *  describe it (src/i18n/details.ts). */
export function charParams(
  text: string,
  pos: number,
): { char: string; charKind: JsonCharKind; charLabel: string; charText: string; charId: string } {
  const c = text.charCodeAt(pos);
  let kind: JsonCharKind;
  let label = codePointLabel(c);
  let ch = text[pos]!;
  const id = SPECIAL_NAMES[c];
  if (c > SPACE && c < 0x7f) kind = 'plain';
  else if (id !== undefined) kind = 'named';
  else if (c < SPACE) kind = 'control';
  else {
    const cp = text.codePointAt(pos)!;
    label = codePointLabel(cp);
    if (cp >= 0xd800 && cp <= 0xdfff) kind = 'surrogate';
    else {
      kind = 'other';
      ch = cp > 0xffff ? text.slice(pos, pos + 2) : ch;
    }
  }
  const p = { charKind: kind, charLabel: label, charText: kind === 'plain' || kind === 'other' ? ch : '', charId: id ?? '' };
  return { char: fillTemplate(JSON_CHAR_KINDS_EN[kind], { ...p, charName: id ? JSON_CHAR_NAMES_EN[id] : '' }), ...p };
}

/** Escape advice for a raw control character found inside a string. */
export function escapeFor(c: number): string {
  switch (c) {
    case LF:
      return '\\n';
    case CR:
      return '\\r';
    case TAB:
      return '\\t';
    case 0x08:
      return '\\b';
    case 0x0c:
      return '\\f';
    default:
      return '\\u' + hex4(c);
  }
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = offset < text.length ? offset : text.length;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) {
      line++;
      lineStart = i + 1;
    } else if (c === CR) {
      if (i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function hexValue(c: number): number {
  if (c >= ZERO && c <= NINE) return c - ZERO;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}
