// Tests for src/formats/safe-json.ts: exact agreement with JSON.parse on valid documents (examples,
// fast-check properties, mutation fuzzing) and one test per refusal rule, checking the message
// text and the line/column/path it reports.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseJsonSafe, describeJsonError, type JsonError, type JsonLimits } from './safe-json';

const LIMITS: JsonLimits = { maxBytes: 10_000_000, maxDepth: 200 };

function ok(text: string, limits: JsonLimits = LIMITS): unknown {
  const r = parseJsonSafe(text, limits);
  if (!r.ok) throw new Error('expected success, got: ' + describeJsonError(r.error));
  return r.value;
}

function err(text: string, limits: JsonLimits = LIMITS): JsonError {
  const r = parseJsonSafe(text, limits);
  if (r.ok) throw new Error('expected a refusal for ' + JSON.stringify(text).slice(0, 80));
  return r.error;
}

/** True when every number in v is a safe value this parser accepts unchanged. */
function numbersAreSafe(v: unknown): boolean {
  if (typeof v === 'number') {
    return Number.isFinite(v) && !Object.is(v, -0) && !(Number.isInteger(v) && Math.abs(v) > Number.MAX_SAFE_INTEGER);
  }
  if (Array.isArray(v)) return v.every(numbersAreSafe);
  if (v !== null && typeof v === 'object') {
    return Object.keys(v).every(
      (k) => k !== '__proto__' && k !== 'constructor' && k !== 'prototype' && numbersAreSafe((v as Record<string, unknown>)[k]),
    );
  }
  return true;
}

describe('parseJsonSafe: valid documents match JSON.parse exactly', () => {
  const samples = [
    'null',
    'true',
    'false',
    '0',
    '-1',
    '3.25',
    '-0.5e-3',
    '1E+2',
    '9007199254740991',
    '-9007199254740991',
    '2.2250738585072014e-308',
    '5e-324',
    '6.5e-7',
    '""',
    '"plain text"',
    '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t"',
    '"\\u0041\\u00e9\\u4e2d\\uD83D\\uDE00"',
    '"raw unicode: é 中文 😀"',
    '"lone high \\uD800 then text"',
    '"lone low \\uDC00"',
    '"\\uDBFF\\uDFFF"',
    '[]',
    '{}',
    '[[], {}, [[]], {"a": {}}]',
    ' \t\r\n{ "a" : [ 1 , 2 , { "b" : null } ] , "c" : "d" } \r\n ',
    '{"markets":[{"name":"chat","size":1200},{"name":"code","size":300,"tags":["b2b","dev"]}],"seed":42}',
    '{"toString":1,"hasOwnProperty":2,"valueOf":[3],"__defineGetter__":4,"proto":5,"__proto":6}',
    '{"":1,"a b":2,"é":3}',
    '[1,-1,0.1,1e10,-1e-10,123456789012345,0.000001]',
  ];
  for (const s of samples) {
    it(`parses ${JSON.stringify(s).slice(0, 60)}`, () => {
      expect(ok(s)).toStrictEqual(JSON.parse(s));
    });
  }

  it('keeps a lone high surrogate followed by text, as JSON allows', () => {
    const v = ok('"\\uD83Dabc"');
    expect(v).toBe('\uD83Dabc');
    expect(v).toBe(JSON.parse('"\\uD83Dabc"'));
  });

  it('combines an escaped surrogate pair into one code point', () => {
    expect(ok('"\\uD83D\\uDE00"')).toBe('😀');
  });

  it('turns -0 into 0', () => {
    expect(Object.is(ok('-0'), 0)).toBe(true);
    expect(Object.is((ok('[-0.0e5]') as number[])[0], 0)).toBe(true);
  });

  it('returns ordinary objects with keys in document order', () => {
    const v = ok('{"b":1,"a":2,"c":{"z":0}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['b', 'a', 'c']);
  });

  it('property: parseJsonSafe(JSON.stringify(v)) deep-equals JSON.parse for fc.jsonValue()', () => {
    for (const stringUnit of ['grapheme', 'binary'] as const) {
      fc.assert(
        fc.property(fc.jsonValue({ stringUnit }).filter(numbersAreSafe), (v) => {
          const text = JSON.stringify(v);
          expect(ok(text)).toStrictEqual(JSON.parse(text));
          const pretty = JSON.stringify(v, null, 2);
          expect(ok(pretty)).toStrictEqual(JSON.parse(pretty));
        }),
        { numRuns: 300 },
      );
    }
  });

  it('property: on mutated documents it never throws, and any success matches JSON.parse', () => {
    const alphabet = fc.constantFrom(...'{}[],:"\\ 0123456789-+.eE truefalsnNaI/\'\t\n\u00a0\uFEFFx'.split(''));
    const mutated = fc.tuple(fc.jsonValue().filter(numbersAreSafe), fc.nat(), fc.nat(2), alphabet).map(([v, at, op, ch]) => {
      const s = JSON.stringify(v);
      const i = s.length === 0 ? 0 : at % (s.length + 1);
      if (op === 0) return s.slice(0, i) + ch + s.slice(i);
      if (op === 1) return s.slice(0, i) + s.slice(i + 1);
      return s.slice(0, i) + ch + s.slice(i + 1);
    });
    fc.assert(
      fc.property(mutated, (text) => {
        const r = parseJsonSafe(text, LIMITS);
        let expected: unknown;
        let valid = true;
        try {
          expected = JSON.parse(text, (_k, x: unknown) => (x === 0 ? 0 : x)); // -0 becomes 0
        } catch {
          valid = false;
        }
        if (r.ok) {
          expect(valid).toBe(true);
          expect(r.value).toStrictEqual(expected);
        } else {
          expect(r.error.line).toBeGreaterThanOrEqual(1);
          expect(r.error.column).toBeGreaterThanOrEqual(1);
          expect(r.error.path.startsWith('$')).toBe(true);
          if (valid) {
            // Only the deliberate extra refusals may reject something JSON.parse accepts.
            expect(r.error.message).toMatch(/out of range|beyond 2\^53|inexact|duplicate key|not allowed|byte order mark/);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseJsonSafe: refusals', () => {
  it('size cap is checked before parsing', () => {
    const e = err('[1,2,3,4,5,6,7,8,9]', { maxBytes: 10, maxDepth: 10 });
    expect(e.message).toBe('file is 19 characters; the limit is 10: use a smaller file');
    expect(e).toMatchObject({ line: 1, column: 1, path: '$' });
    // Content is never looked at: garbage over the cap gets the size message.
    expect(err('{{{{ garbage', { maxBytes: 5, maxDepth: 10 }).message).toMatch(/^file is 12 characters; the limit is 5/);
    expect(ok('[1]', { maxBytes: 3, maxDepth: 10 })).toEqual([1]);
  });

  it('refuses a leading BOM unless allowBom is set', () => {
    const e = err('\uFEFF{"a":1}');
    expect(e.message).toMatch(/byte order mark \(BOM\)/);
    expect(e.message).toMatch(/save the file as UTF-8 without BOM/);
    expect(e).toMatchObject({ line: 1, column: 1, path: '$' });
    expect(ok('\uFEFF{"a":1}', { ...LIMITS, allowBom: true })).toEqual({ a: 1 });
    // Positions after a skipped BOM are counted as the author sees them (the BOM is invisible).
    expect(err('\uFEFF[1,]', { ...LIMITS, allowBom: true })).toMatchObject({ line: 1, column: 3 });
  });

  it('refuses a BOM that is not at the start as foreign whitespace', () => {
    const e = err('[1,\uFEFF2]');
    expect(e.message).toMatch(/byte order mark.*not allowed here/);
    expect(e).toMatchObject({ line: 1, column: 4, path: '$[1]' });
  });

  it('refuses 1e400 as out of range', () => {
    const e = err('{"a":[1, 1e400]}');
    expect(e.message).toMatch(/^number 1e400 is out of range/);
    expect(e).toMatchObject({ line: 1, column: 10, path: '$.a[1]' });
    expect(err('-1e400').message).toMatch(/^number -1e400 is out of range/);
  });

  it('refuses integers beyond 2^53', () => {
    const e = err('{"big": 9007199254740993}');
    expect(e.message).toMatch(/^number 9007199254740993 is beyond 2\^53, cannot be represented exactly/);
    expect(e).toMatchObject({ line: 1, column: 9, path: '$.big' });
    expect(err('-9007199254740992').message).toMatch(/beyond 2\^53/);
    // Any number whose value is integral counts, however it is written.
    expect(err('1e300').message).toMatch(/beyond 2\^53/);
    expect(err('6.02e23').message).toMatch(/beyond 2\^53/);
    expect(err('1.7976931348623157e308').message).toMatch(/beyond 2\^53/);
    expect(err('9007199254740993.0').message).toMatch(/beyond 2\^53/);
    expect(ok('9007199254740991')).toBe(9007199254740991);
    expect(ok('1.5e-5')).toBe(1.5e-5);
  });

  it('refuses inexact numbers (issue 14): 1e-400 does not read as 0, 99.99999999999999999 not as 100', () => {
    const e = err('{"v": 1e-400}');
    expect(e.message).toMatch(/^number 1e-400 is inexact: it would read as 0 \(too close to zero/);
    expect(e).toMatchObject({ line: 1, column: 7, path: '$.v' });
    expect(err('[99.99999999999999999]').message).toMatch(/^number 99\.99999999999999999 is inexact: it would read as 100;/);
    expect(err('0.3000000000000000444').message).toMatch(/inexact: it would read as 0\.30000000000000004/);
    expect(err('1.7976931348623157e-308').message).toMatch(/inexact/); // a subnormal loses digits
    // Every number that reads back as written stays accepted, however it is written.
    for (const t of ['0.1', '1.0', '100.000', '1E+2', '-0.0e5', '0.30000000000000004', '6.5e-7', '5e-324'])
      expect(ok(t), t).toBe(JSON.parse(t) + 0); // + 0: -0 reads as 0
  });

  it('refuses nesting deeper than maxDepth', () => {
    const limits = { maxBytes: 100, maxDepth: 3 };
    expect(ok('[[[1]]]', limits)).toEqual([[[1]]]);
    const e = err('{"a":[[[1]]]}', limits);
    expect(e.message).toMatch(/nesting is too deep: more than 3 levels/);
    expect(e).toMatchObject({ line: 1, column: 8, path: '$.a[0][0]' });
    expect(err('[]', { maxBytes: 100, maxDepth: 0 }).message).toMatch(/too deep/);
  });

  it('refuses 100000-deep nesting quickly, without overflowing the stack', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    const e = err(text, { maxBytes: 1_000_000, maxDepth: 64 });
    expect(e.message).toMatch(/too deep: more than 64 levels/);
    expect(e).toMatchObject({ line: 1, column: 65 });
    expect(e.path.startsWith('$[0][0]')).toBe(true);
  });

  it('parses (or reports truncation of) a million nested brackets iteratively when limits allow', () => {
    const limits = { maxBytes: 3_000_000, maxDepth: 2_000_000, maxKeys: 2_000_000 };
    const e = err('['.repeat(1_000_000), limits);
    expect(e.message).toBe("file ends early: expected a value or ']'");
    expect(e.column).toBe(1_000_001);
    expect(e.path.length).toBeLessThan(500); // deep paths are abbreviated
    const v = ok('['.repeat(100_000) + ']'.repeat(100_000), limits);
    expect(Array.isArray(v)).toBe(true);
  });

  it('refuses duplicate keys, naming the key and its path', () => {
    const e = err('{"markets":[{"id":1},{"id":2,"size":3,"id":4}]}');
    expect(e.message).toMatch(/^duplicate key "id"/);
    expect(e.message).toMatch(/keep only one/);
    expect(e).toMatchObject({ line: 1, column: 39, path: '$.markets[1].id' });
    const nested = err('{\n  "a": {\n    "b c": 1,\n    "b c": 2\n  }\n}');
    expect(nested.message).toMatch(/duplicate key "b c"/);
    expect(nested).toMatchObject({ line: 4, column: 5, path: '$.a["b c"]' });
    // Same key in different objects is fine.
    expect(ok('{"a":{"x":1},"b":{"x":2}}')).toEqual({ a: { x: 1 }, b: { x: 2 } });
  });

  it('refuses __proto__, constructor and prototype keys and does not pollute prototypes', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const e = err(`{"ok":1,"list":[{"${key}":{"polluted":true}}]}`);
      expect(e.message).toMatch(new RegExp(`^key "${key}" is not allowed`));
      expect(e).toMatchObject({ line: 1, column: 18, path: `$.list[0].${key}` });
    }
    // Escaped spelling is caught too.
    expect(err('{"\\u005f_proto__":{}}').message).toMatch(/key "__proto__" is not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports truncation at every point with "file ends early" at the end position', () => {
    const doc = '{"name":"A\\u00e9","n":[1,-2.5e3,true,false,null],"o":{"k":"v"}}';
    for (let cut = 1; cut < doc.length; cut++) {
      const e = err(doc.slice(0, cut));
      expect(e.message, doc.slice(0, cut)).toMatch(/^file ends early: expected /);
      expect(e.line).toBe(1);
      expect(e.column, doc.slice(0, cut)).toBe(cut + 1);
    }
    expect(err('{"a":').message).toBe('file ends early: expected a JSON value');
    expect(err('{"a":').path).toBe('$.a');
    expect(err('[1,2').message).toBe("file ends early: expected ',' or ']' after an array item");
    expect(err('"abc').message).toMatch(/expected the closing " of the string that starts at line 1, column 1/);
    expect(err('{"a":tr').message).toBe('file ends early: expected true');
    const multi = err('{\n  "a": [\n    1,\n');
    expect(multi).toMatchObject({ line: 4, column: 1, path: '$.a[1]' });
  });

  it('refuses empty input', () => {
    expect(err('').message).toMatch(/file is empty/);
    expect(err(' \n ')).toMatchObject({ line: 2, column: 2 });
  });

  it('refuses trailing commas', () => {
    const a = err('[1, 2, ]');
    expect(a.message).toMatch(/^trailing comma before '\]': remove the last comma/);
    expect(a).toMatchObject({ line: 1, column: 6, path: '$' });
    const o = err('{"a": {"b": 1,\n}}');
    expect(o.message).toMatch(/^trailing comma before '}'/);
    expect(o).toMatchObject({ line: 1, column: 14, path: '$.a' });
  });

  it('refuses comments', () => {
    const line = err('{\n  // a comment\n  "a": 1\n}');
    expect(line.message).toMatch(/comments are not allowed in JSON: remove the comment/);
    expect(line).toMatchObject({ line: 2, column: 3, path: '$' });
    const block = err('[1, /* two */ 2]');
    expect(block.message).toMatch(/comments are not allowed/);
    expect(block).toMatchObject({ line: 1, column: 5, path: '$[1]' });
    expect(err('1 // end').message).toMatch(/comments are not allowed/);
  });

  it('refuses NaN and Infinity', () => {
    const e = err('{"x": NaN}');
    expect(e.message).toMatch(/^NaN is not valid JSON: use a number or null/);
    expect(e).toMatchObject({ line: 1, column: 7, path: '$.x' });
    expect(err('[Infinity]').message).toMatch(/^Infinity is not valid JSON/);
    expect(err('[-Infinity]').message).toMatch(/^-Infinity is not valid JSON/);
  });

  it('refuses leading zeros', () => {
    const e = err('{"code": 007}');
    expect(e.message).toMatch(/^number 007 has a leading zero/);
    expect(e.message).toMatch(/write 7/);
    expect(e).toMatchObject({ line: 1, column: 10, path: '$.code' });
    expect(err('-01').message).toMatch(/number -01 has a leading zero.*write -1/);
    expect(err('00').message).toMatch(/leading zero.*write 0/);
    expect(ok('[0, -0.5, 0e1]')).toEqual([0, -0.5, 0]);
  });

  it('refuses other malformed numbers', () => {
    expect(err('+1').message).toMatch(/may not start with '\+'/);
    expect(err('.5').message).toMatch(/must start with a digit.*0\.5/);
    expect(err('0x1F').message).toMatch(/hexadecimal/);
    expect(err('[1.]')).toMatchObject({ column: 4, path: '$[0]' });
    expect(err('[1.]').message).toMatch(/expected a digit after the decimal point/);
    expect(err('1e').message).toBe('file ends early: expected a digit in the exponent of the number');
    expect(err('-x').message).toMatch(/unexpected 'x': expected a digit after '-'/);
  });

  it('refuses raw control characters inside strings', () => {
    const tab = err('{\n  "a": "x\ty"\n}');
    expect(tab.message).toMatch(/^tab \(U\+0009\) inside a string is not allowed: write it as \\t/);
    expect(tab).toMatchObject({ line: 2, column: 10, path: '$.a' });
    const nl = err('["line one\nline two"]');
    expect(nl.message).toMatch(/line feed \(U\+000A\) inside a string.*\\n/);
    expect(nl).toMatchObject({ line: 1, column: 11, path: '$[0]' });
    expect(err('"\u0000"').message).toMatch(/NUL \(U\+0000\).*\\u0000/);
    expect(err('{"k\u0001":1}')).toMatchObject({ column: 4, path: '$' });
    expect(ok('"\u007f\u2028"')).toBe('\u007f\u2028'); // only U+0000..U+001F are refused
  });

  it('refuses invalid escapes', () => {
    const e = err('"C:\\dir"');
    expect(e.message).toMatch(/^invalid escape \\d in a string/);
    expect(e).toMatchObject({ line: 1, column: 4, path: '$' });
    const u = err('["\\u12G4"]');
    expect(u.message).toMatch(/invalid \\u escape.*4 hex digits.*'G'/);
    expect(u).toMatchObject({ column: 7, path: '$[0]' });
    expect(err('"\\x41"').message).toMatch(/invalid escape \\x/);
  });

  it('refuses single quotes, unquoted keys, and bare words', () => {
    expect(err("{'a': 1}").message).toMatch(/single quotes are not allowed.*double quotes/);
    expect(err("['a']").message).toMatch(/single quotes are not allowed/);
    const k = err('{"a": {size: 1}}');
    expect(k.message).toBe('object keys must be in double quotes: write "size" instead of size');
    expect(k).toMatchObject({ column: 8, path: '$.a' });
    expect(err('[undefined]').message).toMatch(/undefined is not valid JSON: use null/);
    expect(err('True').message).toMatch(/write true in lowercase/);
    expect(err('[hello]').message).toMatch(/unexpected text 'hello'.*double quotes/);
  });

  it('refuses missing commas and colons', () => {
    const c = err('[1 2]');
    expect(c.message).toBe("unexpected '2': expected ',' or ']' after an array item");
    expect(c).toMatchObject({ column: 4, path: '$' });
    const o = err('{"a":1 "b":2}');
    expect(o.message).toBe("unexpected '\"': expected ',' or '}' after an object member");
    const colon = err('{"a" 1}');
    expect(colon.message).toBe("unexpected '1': expected ':' after the key \"a\"");
    expect(colon).toMatchObject({ column: 6, path: '$.a' });
    expect(err('{"a":}').message).toMatch(/unexpected '}': expected a value/);
    expect(err('[,1]').message).toMatch(/unexpected ',': expected a JSON value/);
  });

  it('refuses whitespace JSON does not allow', () => {
    const e = err('{"a":\u00a01}');
    expect(e.message).toMatch(/no-break space \(U\+00A0\) is not allowed here.*spaces, tabs and line breaks/);
    expect(e).toMatchObject({ column: 6, path: '$.a' });
    expect(err('[1,\u000b2]').message).toMatch(/vertical tab/);
  });

  it('refuses trailing garbage after the value', () => {
    const e = err('{"a":1}\n}');
    expect(e.message).toMatch(/^unexpected '}' after the end of the JSON value: .*remove the extra text/);
    expect(e).toMatchObject({ line: 2, column: 1, path: '$' });
    expect(err('1 2')).toMatchObject({ column: 3 });
    expect(err('truex').message).toMatch(/unexpected text 'truex'/);
    expect(ok('{"a":1}  \r\n\t')).toEqual({ a: 1 });
  });

  it('refuses more entries than maxKeys', () => {
    const limits = { maxBytes: 1000, maxDepth: 10, maxKeys: 4 };
    expect(ok('{"a":[1,2],"b":3}', limits)).toEqual({ a: [1, 2], b: 3 });
    const e = err('{"a":[1,2],"b":{"c":3}}', limits);
    expect(e.message).toMatch(/too many entries: .*more than 4 object keys and array items/);
    expect(e).toMatchObject({ column: 17, path: '$.b.c' }); // the fifth entry is key "c"
    // Default limit is 200000.
    const many = '[' + '0,'.repeat(200_000) + '0]';
    expect(err(many).message).toMatch(/more than 200000/);
  });

  it('counts lines for LF, CRLF and CR line breaks', () => {
    expect(err('[\r\n1,\r\n]')).toMatchObject({ line: 2, column: 2 });
    expect(err('[\r1,\r]')).toMatchObject({ line: 2, column: 2 });
    expect(err('[\n\n  x]')).toMatchObject({ line: 3, column: 3 });
  });

  it('never throws, even on input of the wrong type or bad limits', () => {
    const bad = [null, undefined, 42, {}] as unknown as string[];
    for (const b of bad) expect(parseJsonSafe(b, LIMITS).ok).toBe(false);
    const badLimits = [null, {}, { maxBytes: Number.NaN, maxDepth: 1 }, { maxBytes: 1, maxDepth: 1, maxKeys: -1 }];
    for (const l of badLimits) expect(parseJsonSafe('1', l as unknown as JsonLimits).ok).toBe(false);
  });

  it('abbreviates very long keys and numbers in messages', () => {
    const key = 'k'.repeat(5000);
    const e = err(`{"${key}":1,"${key}":2}`);
    expect(e.message.length).toBeLessThan(200);
    expect(e.path.length).toBeLessThan(100);
    expect(err('1'.repeat(5000)).message.length).toBeLessThan(300);
  });
});

describe('describeJsonError', () => {
  it('formats line, column, path and message', () => {
    expect(describeJsonError({ message: 'boom', line: 3, column: 7, path: '$.markets[2].size' })).toBe(
      'line 3, column 7 (at $.markets[2].size): boom',
    );
    expect(describeJsonError(err('[1,]'))).toBe(
      "line 1, column 3 (at $): trailing comma before ']': remove the last comma (JSON does not allow it)",
    );
  });
});

describe('large documents', () => {
  // Speed is measured by `npm run bench`, not asserted here.
  it('parses a document over 1 MB to the same value as JSON.parse', () => {
    const markets = [];
    for (let i = 0; i < 4000; i++) {
      markets.push({ id: i, name: `market \u00e9 ${i} "q"`, size: i * 1000 + 0.25, tags: ['a', 'b\\n', 'c'], ok: i % 2 === 0, x: null });
    }
    const text = JSON.stringify({ markets, notes: 'x'.repeat(200_000) });
    const doc = text.length < 1_000_000 ? JSON.stringify({ a: JSON.parse(text), b: JSON.parse(text) }) : text;
    expect(doc.length).toBeGreaterThan(1_000_000);
    expect(ok(doc)).toStrictEqual(JSON.parse(doc));
  });
});
