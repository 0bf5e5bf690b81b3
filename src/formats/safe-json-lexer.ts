// The scalar half of the safe JSON parser: position, whitespace, strings, numbers and literals,
// each refusal in plain words. The structural half (objects, arrays, limits, paths) is safe-json.ts.
import type { JsonValue } from './safe-json';
import {
  BACKSLASH,
  CR,
  DOT,
  Fail,
  LF,
  MINUS,
  NINE,
  PLUS,
  QUOTE,
  SLASH,
  SPACE,
  TAB,
  ZERO,
  asciiLower,
  clip,
  charParams,
  escapeFor,
  hexValue,
  isForeignSpace,
  isWordChar,
  lineColumn,
} from './safe-json-chars';
import { JSON_EXPECTED_EN, fillTemplate } from './safe-json-messages';
import type { JsonErrorCode, JsonErrorParams, JsonExpected } from './safe-json-messages';

/** The parameters naming what was expected: `expected` in English, `expectedId` its code (and
 *  `expectedKey` the key it names, for colonAfterKey). */
function expectedParams(id: JsonExpected, key = ''): JsonErrorParams {
  return { expected: fillTemplate(JSON_EXPECTED_EN[id], { key }), expectedId: id, ...(key ? { expectedKey: key } : {}) };
}

const MAX_SAFE = 9007199254740991; // Number.MAX_SAFE_INTEGER, 2^53 - 1

/** Pure. A decimal number's exact value as a key (sign, significant digits, exponent): two
 *  writings of the same value give the same key ("1.50e1" and "15"). A number is inexact when its
 *  key differs from the key of the shortest text of the double it reads as (`String(n)`): reading
 *  it lost digits (99.99999999999999999 reads as 100) or underflowed (1e-400 reads as 0). */
function decimalKey(written: string): string {
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(written);
  if (!m) return written;
  const frac = m[3] ?? '';
  let digits = (m[2] ?? '') + frac;
  let exp = Number(m[4] ?? '0') - frac.length;
  let lead = 0;
  while (lead < digits.length && digits.charCodeAt(lead) === 48) lead++;
  digits = digits.slice(lead);
  if (digits === '') return '0';
  let end = digits.length;
  while (digits.charCodeAt(end - 1) === 48) end--;
  exp += digits.length - end;
  return `${m[1]}${digits.slice(0, end)}e${exp}`;
}

export abstract class Lexer {
  protected pos = 0;
  protected readonly len: number;

  constructor(protected readonly text: string) {
    this.len = text.length;
  }

  /** JSON path of the value being parsed, for error messages. */
  protected abstract path(): string;

  protected fail(offset: number, code: JsonErrorCode, params: JsonErrorParams = {}): never {
    throw new Fail(offset, code, params, this.path());
  }

  /** Fails at pos because the character there (or the end of text) is not what was expected. */
  protected unexpected(expectedId: JsonExpected, key = ''): never {
    const pos = this.pos;
    const text = this.text;
    const expected = expectedParams(expectedId, key);
    if (pos >= this.len) this.fail(pos, 'endsEarly', expected);
    const c = text.charCodeAt(pos);
    if (c === SLASH) {
      const d = text.charCodeAt(pos + 1);
      if (d === SLASH || d === 0x2a) this.fail(pos, 'comment');
    }
    if (isForeignSpace(c)) this.fail(pos, 'foreignSpace', charParams(text, pos));
    if (c === 0x27) this.fail(pos, 'singleQuote', expected);
    this.fail(pos, 'unexpectedChar', { ...charParams(text, pos), ...expected });
  }

  protected skipWs(): void {
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

  /** At a '"' (already checked): parses a string and leaves pos after its closing quote. */
  protected parseString(): string {
    const text = this.text;
    const len = this.len;
    const startQuote = this.pos;
    let i = startQuote + 1;
    let runStart = i;
    let out = '';
    for (;;) {
      if (i >= len) {
        const lc = lineColumn(text, startQuote);
        this.fail(i, 'unclosedString', { line: lc.line, column: lc.column });
      }
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        this.pos = i + 1;
        return runStart === startQuote + 1 ? text.slice(runStart, i) : out + text.slice(runStart, i);
      }
      if (c === BACKSLASH) {
        out += text.slice(runStart, i);
        if (i + 1 >= len) this.fail(i + 1, 'endsInEscape');
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
              if (p >= len) this.fail(p, 'endsInUnicode');
              const h = hexValue(text.charCodeAt(p));
              if (h < 0) this.fail(p, 'badUnicode', charParams(text, p));
              code = code * 16 + h;
            }
            // Surrogate pairs written as two escapes combine naturally; lone surrogates are kept as JSON allows.
            out += String.fromCharCode(code);
            i += 4;
            break;
          }
          default:
            this.fail(i, 'badEscape', { escape: clip(text.slice(i + 1, i + 2)) });
        }
        i += 2;
        runStart = i;
        continue;
      }
      if (c < SPACE) {
        this.fail(i, c === LF || c === CR ? 'rawLineBreak' : 'rawControl', { ...charParams(text, i), escape: escapeFor(c) });
      }
      i++;
    }
  }

  /** At the first character of a number ('-' or a digit). */
  protected parseNumber(): number {
    const text = this.text;
    const len = this.len;
    const start = this.pos;
    let i = start;
    if (text.charCodeAt(i) === MINUS) {
      i++;
      if (i >= len) {
        this.pos = i;
        this.fail(i, 'endsEarly', expectedParams('digitAfterMinus'));
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
        this.fail(start, 'leadingZero', { number: clip(written), fixed: clip(fixed) });
      }
      if (c === 0x78 || c === 0x58) {
        this.fail(start, 'hexNumber');
      }
    } else if (c >= 0x31 && c <= NINE) {
      i++;
      while (i < len && (c = text.charCodeAt(i)) >= ZERO && c <= NINE) i++;
    } else {
      this.pos = i;
      if (text.startsWith('Infinity', i)) {
        this.fail(start, 'negInfinity');
      }
      this.unexpected('digitAfterMinus');
    }
    if (i < len && text.charCodeAt(i) === DOT) {
      i++;
      c = text.charCodeAt(i);
      if (!(c >= ZERO && c <= NINE)) {
        this.pos = i;
        this.unexpected('digitAfterDot');
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
        this.unexpected('digitInExponent');
      }
      while (i < len && (c = text.charCodeAt(i)) >= ZERO && c <= NINE) i++;
    }
    const written = text.slice(start, i);
    let n = Number(written);
    if (n !== n || n === Infinity || n === -Infinity) {
      this.fail(start, 'numberRange', { number: clip(written) });
    }
    if (Number.isInteger(n) && (n > MAX_SAFE || n < -MAX_SAFE)) {
      this.fail(start, 'numberUnsafe', { number: clip(written) });
    }
    // Integers (no '.', no exponent) within 2^53 are exact; anything else must read back as written.
    if ((written.includes('.') || written.includes('e') || written.includes('E')) && decimalKey(written) !== decimalKey(String(n))) {
      this.fail(start, Math.abs(n) < 2.2250738585072014e-308 ? 'numberUnderflow' : 'numberInexact', {
        number: clip(written),
        reads: String(n),
      });
    }
    if (n === 0) n = 0; // turns -0 into 0
    this.pos = i;
    return n;
  }

  /** At a non-structural value start: number, string, true/false/null, or a helpful refusal. */
  protected parseScalar(c: number): JsonValue {
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
          if (lit.startsWith(word)) this.fail(j, 'endsEarly', expectedParams(lit as JsonExpected));
        }
      }
      if (word === 'NaN') this.fail(pos, 'nan');
      if (word === 'Infinity') this.fail(pos, 'infinity');
      if (word === 'undefined') this.fail(pos, 'undefined');
      const lower = asciiLower(word);
      if (lower === 'true' || lower === 'false' || lower === 'null') {
        this.fail(pos, 'wrongCase', { word: clip(word), lower });
      }
      if (lower === 'none' || lower === 'nil') this.fail(pos, 'noneNil', { word: clip(word) });
      this.fail(pos, 'unexpectedWord', { word: clip(word) });
    }
    if (c === PLUS) this.fail(pos, 'plusSign');
    if (c === DOT) {
      const d = text.charCodeAt(pos + 1);
      if (d >= ZERO && d <= NINE) {
        this.fail(pos, 'leadingDot');
      }
    }
    this.unexpected('anyValue');
  }
}
