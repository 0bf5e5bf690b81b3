// Safe parsing of untrusted JSON text (scenarios, replays, saves, share codes): a strict,
// iterative RFC 8259 parser with size/depth/entry limits, refusal of unsafe numbers, duplicate
// and prototype-polluting keys, and plain-English errors with line, column and JSON path.
// Pure: no platform APIs, no recursion (cannot overflow the stack), never throws.

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
const MAX_SAFE = 9007199254740991; // Number.MAX_SAFE_INTEGER, 2^53 - 1
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const hasOwn = Object.prototype.hasOwnProperty;

// Character codes.
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const PLUS = 0x2b;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const SLASH = 0x2f;
const ZERO = 0x30;
const NINE = 0x39;
const COLON = 0x3a;
const LBRACKET = 0x5b;
const BACKSLASH = 0x5c;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const BOM = 0xfeff;

/** Internal failure signal; converted to a JsonError at the top level. */
class Fail {
  constructor(
    readonly offset: number,
    readonly message: string,
    readonly path: string,
  ) {}
}

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

const HEX = '0123456789ABCDEF';

function hex4(c: number): string {
  return HEX[(c >> 12) & 15]! + HEX[(c >> 8) & 15]! + HEX[(c >> 4) & 15]! + HEX[c & 15]!;
}

function codePointLabel(cp: number): string {
  if (cp <= 0xffff) return 'U+' + hex4(cp);
  const hi = hex4(cp >> 16).replace(/^0+/, '');
  return 'U+' + hi + hex4(cp & 0xffff);
}

const SPECIAL_NAMES: { [k: number]: string } = {
  0x00: 'NUL',
  0x08: 'backspace',
  0x09: 'tab',
  0x0a: 'line feed',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x20: 'space',
  0x7f: 'delete',
  0x85: 'next line',
  0xa0: 'no-break space',
  0x1680: 'ogham space mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202f: 'narrow no-break space',
  0x205f: 'medium mathematical space',
  0x3000: 'ideographic space',
  0xfeff: 'byte order mark / zero-width no-break space',
};

/** Whitespace-like characters that JSON does not allow between tokens. */
function isForeignSpace(c: number): boolean {
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

function isWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= ZERO && c <= NINE) || c === 0x5f || c === 0x24
  );
}

function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 32));
}

/** Shortens untrusted text quoted in a message. */
function clip(s: string, max = 40): string {
  return s.length <= max ? s : s.slice(0, max) + '…';
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function keySegment(key: string): string {
  return IDENT.test(key) ? '.' + clip(key, 60) : '[' + JSON.stringify(clip(key, 60)) + ']';
}

/** Human description of the character at text[pos] (which exists). */
function describeCharAt(text: string, pos: number): string {
  const c = text.charCodeAt(pos);
  if (c > SPACE && c < 0x7f) return "'" + text[pos] + "'";
  const name = SPECIAL_NAMES[c];
  if (name !== undefined) return `${name} (${codePointLabel(c)})`;
  if (c < SPACE) return `control character ${codePointLabel(c)}`;
  const cp = text.codePointAt(pos)!;
  if (cp >= 0xd800 && cp <= 0xdfff) return `lone surrogate ${codePointLabel(cp)}`;
  const ch = cp > 0xffff ? text.slice(pos, pos + 2) : text[pos]!;
  return `'${ch}' (${codePointLabel(cp)})`;
}

/** Escape advice for a raw control character found inside a string. */
function escapeFor(c: number): string {
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

function lineColumn(text: string, offset: number): { line: number; column: number } {
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

function hexValue(c: number): number {
  if (c >= ZERO && c <= NINE) return c - ZERO;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

class Parser {
  private pos = 0;
  private entries = 0;
  private readonly stack: Frame[] = [];
  private readonly len: number;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
    private readonly maxKeys: number,
  ) {
    this.len = text.length;
  }

  /** JSON path of the value currently being parsed (or of the container between members). */
  private path(): string {
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

  private fail(offset: number, message: string): never {
    throw new Fail(offset, message, this.path());
  }

  /** Fails at pos because the character there (or the end of text) is not what was expected. */
  private unexpected(expected: string): never {
    const pos = this.pos;
    const text = this.text;
    if (pos >= this.len) this.fail(pos, `file ends early: expected ${expected}`);
    const c = text.charCodeAt(pos);
    if (c === SLASH) {
      const d = text.charCodeAt(pos + 1);
      if (d === SLASH || d === 0x2a) {
        this.fail(pos, 'comments are not allowed in JSON: remove the comment');
      }
    }
    if (isForeignSpace(c)) {
      this.fail(
        pos,
        `${describeCharAt(text, pos)} is not allowed here: JSON only allows spaces, tabs and line breaks between values; replace it with a plain space`,
      );
    }
    if (c === 0x27) {
      this.fail(pos, `single quotes are not allowed in JSON: use double quotes ("), expected ${expected}`);
    }
    this.fail(pos, `unexpected ${describeCharAt(text, pos)}: expected ${expected}`);
  }

  private skipWs(): void {
    const text = this.text;
    const len = this.len;
    let p = this.pos;
    while (p < len) {
      const c = text.charCodeAt(p);
      if (c === SPACE || c === LF || c === CR || c === TAB) p++;
      else break;
    }
    this.pos = p;
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
      this.fail(
        this.pos,
        `nesting is too deep: more than ${this.maxDepth} levels of arrays/objects, which is the limit; flatten the data`,
      );
    }
    const frame: Frame = isArray
      ? { arr: [], obj: null, key: null, pending: false }
      : { arr: null, obj: {}, key: null, pending: false };
    this.stack.push(frame);
    return frame;
  }

  /** At a '"' (already checked): parses a string and leaves pos after its closing quote. */
  private parseString(): string {
    const text = this.text;
    const len = this.len;
    const startQuote = this.pos;
    let i = startQuote + 1;
    let runStart = i;
    let out = '';
    for (;;) {
      if (i >= len) {
        const lc = lineColumn(text, startQuote);
        this.fail(
          i,
          `file ends early: expected the closing " of the string that starts at line ${lc.line}, column ${lc.column}`,
        );
      }
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        this.pos = i + 1;
        return runStart === startQuote + 1 ? text.slice(runStart, i) : out + text.slice(runStart, i);
      }
      if (c === BACKSLASH) {
        out += text.slice(runStart, i);
        if (i + 1 >= len) this.fail(i + 1, 'file ends early: expected an escape character after \\ in a string');
        const e = text.charCodeAt(i + 1);
        switch (e) {
          case QUOTE:
            out += '"';
            break;
          case BACKSLASH:
            out += '\\';
            break;
          case SLASH:
            out += '/';
            break;
          case 0x62:
            out += '\b';
            break;
          case 0x66:
            out += '\f';
            break;
          case 0x6e:
            out += '\n';
            break;
          case 0x72:
            out += '\r';
            break;
          case 0x74:
            out += '\t';
            break;
          case 0x75: {
            let code = 0;
            for (let k = 0; k < 4; k++) {
              const p = i + 2 + k;
              if (p >= len) this.fail(p, 'file ends early: expected 4 hex digits after \\u in a string');
              const h = hexValue(text.charCodeAt(p));
              if (h < 0) {
                this.fail(
                  p,
                  `invalid \\u escape in a string: expected 4 hex digits (0-9, A-F) after \\u but found ${describeCharAt(text, p)}`,
                );
              }
              code = code * 16 + h;
            }
            // Surrogate pairs written as two escapes combine naturally; lone surrogates are kept as JSON allows.
            out += String.fromCharCode(code);
            i += 4;
            break;
          }
          default:
            this.fail(
              i,
              `invalid escape \\${clip(text.slice(i + 1, i + 2))} in a string: the valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write a backslash as \\\\`,
            );
        }
        i += 2;
        runStart = i;
        continue;
      }
      if (c < SPACE) {
        this.fail(
          i,
          `${describeCharAt(text, i)} inside a string is not allowed: write it as ${escapeFor(c)}` +
            (c === LF || c === CR ? ' (or close the string with " if it was meant to end)' : ''),
        );
      }
      i++;
    }
  }

  /** At the first character of a number ('-' or a digit). */
  private parseNumber(): number {
    const text = this.text;
    const len = this.len;
    const start = this.pos;
    let i = start;
    if (text.charCodeAt(i) === MINUS) {
      i++;
      if (i >= len) {
        this.pos = i;
        this.fail(i, "file ends early: expected a digit after '-'");
      }
    }
    let c = text.charCodeAt(i);
    if (c === ZERO) {
      i++;
      c = text.charCodeAt(i);
      if (c >= ZERO && c <= NINE) {
        let j = i;
        while (j < len && text.charCodeAt(j) >= ZERO && text.charCodeAt(j) <= NINE) j++;
        const written = text.slice(start, j);
        const fixed = (text.charCodeAt(start) === MINUS ? '-' : '') + text.slice(i, j).replace(/^0+(?=\d)/, '');
        this.fail(
          start,
          `number ${clip(written)} has a leading zero, which JSON does not allow: write ${clip(fixed)} (or put it in quotes if it is a code, not a number)`,
        );
      }
      if (c === 0x78 || c === 0x58) {
        this.fail(start, 'hexadecimal numbers are not allowed in JSON: write the number in decimal');
      }
    } else if (c >= 0x31 && c <= NINE) {
      i++;
      while (i < len && (c = text.charCodeAt(i)) >= ZERO && c <= NINE) i++;
    } else {
      this.pos = i;
      if (text.startsWith('Infinity', i)) {
        this.fail(start, '-Infinity is not valid JSON: use a finite number or null');
      }
      this.unexpected("a digit after '-'");
    }
    if (i < len && text.charCodeAt(i) === DOT) {
      i++;
      c = text.charCodeAt(i);
      if (!(c >= ZERO && c <= NINE)) {
        this.pos = i;
        this.unexpected("a digit after the decimal point '.'");
      }
      while (i < len && (c = text.charCodeAt(i)) >= ZERO && c <= NINE) i++;
    }
    if (i < len && ((c = text.charCodeAt(i)) === 0x65 || c === 0x45)) {
      i++;
      c = text.charCodeAt(i);
      if (c === PLUS || c === MINUS) {
        i++;
        c = text.charCodeAt(i);
      }
      if (!(c >= ZERO && c <= NINE)) {
        this.pos = i;
        this.unexpected('a digit in the exponent of the number');
      }
      while (i < len && (c = text.charCodeAt(i)) >= ZERO && c <= NINE) i++;
    }
    const written = text.slice(start, i);
    let n = Number(written);
    if (n !== n || n === Infinity || n === -Infinity) {
      this.fail(
        start,
        `number ${clip(written)} is out of range: JSON numbers here must be finite (magnitude below about 1.8e308); use a smaller number`,
      );
    }
    if (Number.isInteger(n) && (n > MAX_SAFE || n < -MAX_SAFE)) {
      this.fail(
        start,
        `number ${clip(written)} is beyond 2^53, cannot be represented exactly: use a number between -9007199254740991 and 9007199254740991, or write it as a string`,
      );
    }
    if (n === 0) n = 0; // turns -0 into 0
    this.pos = i;
    return n;
  }

  /** At a non-structural value start: number, string, true/false/null, or a helpful refusal. */
  private parseScalar(c: number): JsonValue {
    if (c === QUOTE) return this.parseString();
    if (c === MINUS || (c >= ZERO && c <= NINE)) return this.parseNumber();
    const text = this.text;
    const pos = this.pos;
    if (isWordChar(c)) {
      let j = pos + 1;
      while (j < this.len && isWordChar(text.charCodeAt(j))) j++;
      const word = text.slice(pos, j);
      if (word === 'true') {
        this.pos = j;
        return true;
      }
      if (word === 'false') {
        this.pos = j;
        return false;
      }
      if (word === 'null') {
        this.pos = j;
        return null;
      }
      if (j >= this.len) {
        for (const lit of ['true', 'false', 'null']) {
          if (lit.startsWith(word)) this.fail(j, `file ends early: expected ${lit}`);
        }
      }
      if (word === 'NaN') this.fail(pos, 'NaN is not valid JSON: use a number or null');
      if (word === 'Infinity') this.fail(pos, 'Infinity is not valid JSON: use a finite number or null');
      if (word === 'undefined') this.fail(pos, 'undefined is not valid JSON: use null or leave the entry out');
      const lower = asciiLower(word);
      if (lower === 'true' || lower === 'false' || lower === 'null') {
        this.fail(pos, `${clip(word)} is not valid JSON: write ${lower} in lowercase`);
      }
      if (lower === 'none' || lower === 'nil') this.fail(pos, `${clip(word)} is not valid JSON: use null`);
      this.fail(
        pos,
        `unexpected text '${clip(word)}': expected a JSON value (object, array, string, number, true, false or null); text must be in double quotes`,
      );
    }
    if (c === PLUS) this.fail(pos, "numbers may not start with '+' in JSON: remove the '+'");
    if (c === DOT) {
      const d = text.charCodeAt(pos + 1);
      if (d >= ZERO && d <= NINE) {
        this.fail(pos, "numbers must start with a digit in JSON: write a 0 before the '.' (e.g. 0.5, not .5)");
      }
    }
    this.unexpected('a JSON value (object, array, string, number, true, false or null)');
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
      this.fail(
        keyStart,
        `key "${key}" is not allowed (it could tamper with object prototypes): rename or remove it`,
      );
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
      return errorAt(
        text,
        0,
        `file is ${text.length} characters; the limit is ${limits.maxBytes}: use a smaller file`,
        '$',
      );
    }
    let body = text;
    if (text.charCodeAt(0) === BOM) {
      if (limits.allowBom !== true) {
        return errorAt(
          text,
          0,
          'file starts with a byte order mark (BOM), which is not allowed: save the file as UTF-8 without BOM',
          '$',
        );
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
