// Safe parsing of untrusted JSON text (scenarios, replays, saves, share codes): a strict,
// iterative RFC 8259 parser with size/depth/entry limits, refusal of unsafe numbers, duplicate
// and prototype-polluting keys, and plain-English errors with line, column and JSON path.
// Pure: no platform APIs, no recursion (cannot overflow the stack), never throws.

import { Lexer } from './safe-json-lexer';
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
  describeCharAt,
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

export interface JsonError {
  message: string;
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
      this.fail(
        offset,
        `too many entries: the file has more than ${this.maxKeys} object keys and array items in total, which is the limit; make the file smaller`,
      );
    }
  }

  private open(isArray: boolean): Frame {
    if (this.stack.length >= this.maxDepth) {
      this.fail(this.pos, `nesting is too deep: more than ${this.maxDepth} levels of arrays/objects, which is the limit; flatten the data`);
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
      const expected = first ? "a key in double quotes or '}'" : 'a key in double quotes';
      if (this.pos < this.len && isWordChar(c)) {
        let j = this.pos + 1;
        while (j < this.len && isWordChar(text.charCodeAt(j))) j++;
        const word = clip(text.slice(this.pos, j));
        this.fail(this.pos, `object keys must be in double quotes: write "${word}" instead of ${word}`);
      }
      this.unexpected(expected);
    }
    const keyStart = this.pos;
    const key = this.parseString();
    const obj = frame.obj!;
    frame.key = key;
    if (FORBIDDEN_KEYS.has(key)) {
      this.fail(keyStart, `key "${key}" is not allowed (it could tamper with object prototypes): rename or remove it`);
    }
    if (hasOwn.call(obj, key)) {
      this.fail(
        keyStart,
        `duplicate key ${JSON.stringify(clip(key))}: it appears more than once in the same object; keep only one of them`,
      );
    }
    this.countEntry(keyStart);
    this.skipWs();
    if (text.charCodeAt(this.pos) !== COLON) this.unexpected(`':' after the key ${JSON.stringify(clip(key))}`);
    this.pos++;
  }

  parseDocument(): JsonValue {
    const text = this.text;
    const stack = this.stack;
    this.skipWs();
    if (this.pos >= this.len) this.fail(this.pos, 'file is empty: expected a JSON value');
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
          if (this.pos >= this.len) this.unexpected("a value or ']'");
          frame.pending = true;
          this.countEntry(this.pos);
          continue;
        }
      } else {
        if (this.pos >= this.len) this.unexpected('a JSON value');
        if (stack.length > 0) {
          const top = stack[stack.length - 1]!;
          if (c === RBRACKET && top.arr !== null) this.unexpected('a value');
          if (c === RBRACE && top.obj !== null) this.unexpected('a value after the key');
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
            if (isForeignSpace(d) || (d === SLASH && (e === SLASH || e === 0x2a))) this.unexpected('the end of the file');
            this.fail(
              this.pos,
              `unexpected ${describeCharAt(text, this.pos)} after the end of the JSON value: a file holds exactly one value; remove the extra text (or wrap the values in an array)`,
            );
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
              this.fail(commaPos, "trailing comma before ']': remove the last comma (JSON does not allow it)");
            }
            top.pending = true;
            if (this.pos >= this.len) this.unexpected('a value');
            this.countEntry(this.pos);
            break;
          }
          if (d === RBRACKET) {
            this.pos++;
            stack.pop();
            value = top.arr;
            continue;
          }
          this.unexpected("',' or ']' after an array item");
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
              this.fail(commaPos, "trailing comma before '}': remove the last comma (JSON does not allow it)");
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
          this.unexpected("',' or '}' after an object member");
        }
      }
    }
  }
}

function errorAt(text: string, offset: number, message: string, path: string): ParseResult {
  const lc = lineColumn(text, offset);
  return { ok: false, error: { message, line: lc.line, column: lc.column, path } };
}

function isLimit(n: unknown): n is number {
  return typeof n === 'number' && n === n && n >= 0;
}

/** Pure. Never throws. Parses untrusted JSON text strictly (RFC 8259) within the given limits. */
export function parseJsonSafe(text: string, limits: JsonLimits): ParseResult {
  try {
    if (typeof text !== 'string') {
      return { ok: false, error: { message: 'input is not text: expected a JSON document', line: 1, column: 1, path: '$' } };
    }
    if (limits === null || typeof limits !== 'object' || !isLimit(limits.maxBytes) || !isLimit(limits.maxDepth)) {
      return {
        ok: false,
        error: { message: 'invalid parser limits: maxBytes and maxDepth must be non-negative numbers', line: 1, column: 1, path: '$' },
      };
    }
    const maxKeys = limits.maxKeys === undefined ? DEFAULT_MAX_KEYS : limits.maxKeys;
    if (!isLimit(maxKeys)) {
      return {
        ok: false,
        error: { message: 'invalid parser limits: maxKeys must be a non-negative number', line: 1, column: 1, path: '$' },
      };
    }
    if (text.length > limits.maxBytes) {
      return errorAt(text, 0, `file is ${text.length} characters; the limit is ${limits.maxBytes}: use a smaller file`, '$');
    }
    let body = text;
    if (text.charCodeAt(0) === BOM) {
      if (limits.allowBom !== true) {
        return errorAt(text, 0, 'file starts with a byte order mark (BOM), which is not allowed: save the file as UTF-8 without BOM', '$');
      }
      body = text.slice(1);
    }
    const parser = new Parser(body, limits.maxDepth, maxKeys);
    try {
      return { ok: true, value: parser.parseDocument() };
    } catch (e) {
      // Positions are counted after an allowed BOM: it is invisible in editors.
      if (e instanceof Fail) return errorAt(body, e.offset, e.message, e.path);
      throw e;
    }
  } catch (e) {
    // Only reachable on resource exhaustion (e.g. out of memory); still never throw.
    const detail = e instanceof Error ? e.message : 'unknown problem';
    return {
      ok: false,
      error: { message: `could not read the file (${clip(detail, 80)}): make the file smaller or simpler`, line: 1, column: 1, path: '$' },
    };
  }
}

/** Pure. One-line human description: `line L, column C (at PATH): MESSAGE`. */
export function describeJsonError(e: JsonError): string {
  return `line ${e.line}, column ${e.column} (at ${e.path}): ${e.message}`;
}
