// Safe parsing of untrusted JSON text (scenarios, replays, saves, share codes): a strict,
// iterative RFC 8259 parser with size/depth/entry limits, refusal of unsafe numbers, duplicate
// and prototype-polluting keys, and plain-English errors with line, column and JSON path.
// Pure: no platform APIs, no recursion (cannot overflow the stack), never throws.

import { Lexer } from './safe-json-lexer';
import { jsonErrorMessage } from './safe-json-messages';
import type { JsonErrorCode, JsonErrorParams } from './safe-json-messages';
import {
  QUOTE,
  COMMA,
  SLASH,
  COLON,
  LBRACKET,
  RBRACKET,
  LBRACE,
  RBRACE,
  BOM,
  Fail,
  isForeignSpace,
  isWordChar,
  clip,
  keySegment,
  charParams,
  lineColumn,
} from './safe-json-chars';

export interface JsonLimits {
  /** Largest accepted text length, in characters (UTF-16 code units). Checked before parsing. */
  maxBytes: number;
  /** Deepest accepted nesting of arrays/objects (the root container is depth 1). */
  maxDepth: number;
  /** Total object keys + array items allowed in the whole document; default 200000. */
  maxKeys?: number;
  /** When true a leading UTF-8 byte order mark (U+FEFF) is skipped; by default it is refused. */
  allowBom?: boolean;
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

export type { JsonErrorCode, JsonErrorParams } from './safe-json-messages';

export interface JsonError {
  /** The English text (the CLI's and logs'); `code` and `params` say the same for another language. */
  message: string;
  /** Which refusal (src/formats/safe-json-messages.ts); its text in each language is src/i18n/details.ts. */
  code: JsonErrorCode;
  params: JsonErrorParams;
  /** 1-based line of the problem. */
  line: number;
  /** 1-based column (UTF-16 code units) of the problem. */
  column: number;
  /** JSON path of the value where the problem is, like $.markets[2].size; '$' for the root. */
  path: string;
}

export type ParseResult = { ok: true; value: JsonValue } | { ok: false; error: JsonError };

const DEFAULT_MAX_KEYS = 200000;
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const hasOwn = Object.prototype.hasOwnProperty;

interface Frame {
  /** Set for arrays. */
  arr: JsonValue[] | null;
  /** Set for objects. */
  obj: { [k: string]: JsonValue } | null;
  /** Objects: key of the member being parsed, or null between members. */
  key: string | null;
  /** Arrays: true while item number arr.length is being parsed. */
  pending: boolean;
}

class Parser extends Lexer {
  private entries = 0;
  private readonly stack: Frame[] = [];

  constructor(
    text: string,
    private readonly maxDepth: number,
    private readonly maxKeys: number,
  ) {
    super(text);
  }

  /** JSON path of the value currently being parsed (or of the container between members). */
  protected path(): string {
    const stack = this.stack;
    const n = stack.length;
    const segs: string[] = [];
    for (let i = 0; i < n; i++) {
      if (n > 64 && i === 32) {
        segs.push(`…(${n - 64} more levels)…`);
        i = n - 33;
        continue;
      }
      const f = stack[i]!;
      const last = i === n - 1;
      if (f.arr !== null) {
        if (!last || f.pending) segs.push('[' + f.arr.length + ']');
      } else if (f.key !== null) {
        segs.push(keySegment(f.key));
      }
    }
    return '$' + segs.join('');
  }

  private countEntry(offset: number): void {
    if (++this.entries > this.maxKeys) {
      this.fail(offset, 'tooManyEntries', { max: this.maxKeys });
    }
  }

  private open(isArray: boolean): Frame {
    if (this.stack.length >= this.maxDepth) {
      this.fail(this.pos, 'tooDeep', { max: this.maxDepth });
    }
    const frame: Frame = isArray ? { arr: [], obj: null, key: null, pending: false } : { arr: null, obj: {}, key: null, pending: false };
    this.stack.push(frame);
    return frame;
  }

  /** At the start of an object member (after '{' or ','; whitespace skipped): reads `"key" :`. */
  private readKey(frame: Frame, first: boolean): void {
    const text = this.text;
    const c = text.charCodeAt(this.pos);
    if (c !== QUOTE) {
      const expected = first ? 'keyOrClose' : 'key';
      if (this.pos < this.len && isWordChar(c)) {
        let j = this.pos + 1;
        while (j < this.len && isWordChar(text.charCodeAt(j))) j++;
        const word = clip(text.slice(this.pos, j));
        this.fail(this.pos, 'keyUnquoted', { word });
      }
      this.unexpected(expected);
    }
    const keyStart = this.pos;
    const key = this.parseString();
    const obj = frame.obj!;
    frame.key = key;
    if (FORBIDDEN_KEYS.has(key)) {
      this.fail(keyStart, 'keyForbidden', { key });
    }
    if (hasOwn.call(obj, key)) {
      this.fail(keyStart, 'keyDuplicate', { key: JSON.stringify(clip(key)) });
    }
    this.countEntry(keyStart);
    this.skipWs();
    if (text.charCodeAt(this.pos) !== COLON) this.unexpected('colonAfterKey', JSON.stringify(clip(key)));
    this.pos++;
  }

  parseDocument(): JsonValue {
    const text = this.text;
    const stack = this.stack;
    this.skipWs();
    if (this.pos >= this.len) this.fail(this.pos, 'empty');
    let value: JsonValue;
    for (;;) {
      // Start a value at pos.
      this.skipWs();
      const c = text.charCodeAt(this.pos);
      if (c === LBRACE) {
        const frame = this.open(false);
        this.pos++;
        this.skipWs();
        if (text.charCodeAt(this.pos) === RBRACE) {
          this.pos++;
          stack.pop();
          value = frame.obj!;
        } else {
          this.readKey(frame, true);
          continue;
        }
      } else if (c === LBRACKET) {
        const frame = this.open(true);
        this.pos++;
        this.skipWs();
        if (text.charCodeAt(this.pos) === RBRACKET) {
          this.pos++;
          stack.pop();
          value = frame.arr!;
        } else {
          if (this.pos >= this.len) this.unexpected('valueOrClose');
          frame.pending = true;
          this.countEntry(this.pos);
          continue;
        }
      } else {
        if (this.pos >= this.len) this.unexpected('jsonValue');
        if (stack.length > 0) {
          const top = stack[stack.length - 1]!;
          if (c === RBRACKET && top.arr !== null) this.unexpected('value');
          if (c === RBRACE && top.obj !== null) this.unexpected('valueAfterKey');
        }
        value = this.parseScalar(c);
      }
      // A value is complete: attach it to its container, closing containers as they end.
      for (;;) {
        const top = stack[stack.length - 1];
        if (top === undefined) {
          this.skipWs();
          if (this.pos < this.len) {
            const d = text.charCodeAt(this.pos);
            const e = text.charCodeAt(this.pos + 1);
            if (isForeignSpace(d) || (d === SLASH && (e === SLASH || e === 0x2a))) this.unexpected('end');
            this.fail(this.pos, 'extraText', charParams(text, this.pos));
          }
          return value;
        }
        if (top.arr !== null) {
          top.arr.push(value);
          top.pending = false;
          this.skipWs();
          const d = text.charCodeAt(this.pos);
          if (d === COMMA) {
            const commaPos = this.pos;
            this.pos++;
            this.skipWs();
            if (text.charCodeAt(this.pos) === RBRACKET) {
              this.fail(commaPos, 'trailingCommaArray');
            }
            top.pending = true;
            if (this.pos >= this.len) this.unexpected('value');
            this.countEntry(this.pos);
            break;
          }
          if (d === RBRACKET) {
            this.pos++;
            stack.pop();
            value = top.arr;
            continue;
          }
          this.unexpected('afterItem');
        } else {
          top.obj![top.key!] = value;
          top.key = null;
          this.skipWs();
          const d = text.charCodeAt(this.pos);
          if (d === COMMA) {
            const commaPos = this.pos;
            this.pos++;
            this.skipWs();
            if (text.charCodeAt(this.pos) === RBRACE) {
              this.fail(commaPos, 'trailingCommaObject');
            }
            this.readKey(top, false);
            break;
          }
          if (d === RBRACE) {
            this.pos++;
            stack.pop();
            value = top.obj!;
            continue;
          }
          this.unexpected('afterMember');
        }
      }
    }
  }
}

function refusal(code: JsonErrorCode, params: JsonErrorParams = {}, line = 1, column = 1, path = '$'): ParseResult {
  return { ok: false, error: { message: jsonErrorMessage(code, params), code, params, line, column, path } };
}

function errorAt(text: string, offset: number, code: JsonErrorCode, params: JsonErrorParams, path: string): ParseResult {
  const lc = lineColumn(text, offset);
  return refusal(code, params, lc.line, lc.column, path);
}

function isLimit(n: unknown): n is number {
  return typeof n === 'number' && n === n && n >= 0;
}

/** Pure. Never throws. Parses untrusted JSON text strictly (RFC 8259) within the given limits. */
export function parseJsonSafe(text: string, limits: JsonLimits): ParseResult {
  try {
    if (typeof text !== 'string') return refusal('notText');
    if (limits === null || typeof limits !== 'object' || !isLimit(limits.maxBytes) || !isLimit(limits.maxDepth)) {
      return refusal('badLimits');
    }
    const maxKeys = limits.maxKeys === undefined ? DEFAULT_MAX_KEYS : limits.maxKeys;
    if (!isLimit(maxKeys)) return refusal('badMaxKeys');
    if (text.length > limits.maxBytes) return errorAt(text, 0, 'tooLarge', { size: text.length, max: limits.maxBytes }, '$');
    let body = text;
    if (text.charCodeAt(0) === BOM) {
      if (limits.allowBom !== true) return errorAt(text, 0, 'bom', {}, '$');
      body = text.slice(1);
    }
    const parser = new Parser(body, limits.maxDepth, maxKeys);
    try {
      return { ok: true, value: parser.parseDocument() };
    } catch (e) {
      // Positions are counted after an allowed BOM: it is invisible in editors.
      if (e instanceof Fail) return errorAt(body, e.offset, e.code, e.params, e.path);
      throw e;
    }
  } catch (e) {
    // Only reachable on resource exhaustion (e.g. out of memory); still never throw.
    const detail = e instanceof Error ? e.message : 'unknown problem';
    return refusal('exhausted', { detail: clip(detail, 80) });
  }
}

/** Pure. One-line human description: `line L, column C (at PATH): MESSAGE`. */
export function describeJsonError(e: Pick<JsonError, 'message' | 'line' | 'column' | 'path'>): string {
  return `line ${e.line}, column ${e.column} (at ${e.path}): ${e.message}`;
}
