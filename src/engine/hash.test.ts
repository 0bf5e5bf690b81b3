import { describe, expect, it } from 'vitest';
import { canonicalJson, hashValue, sha256Hex } from './hash';

describe('canonical serialization and hashing', () => {
  it('sorts keys by code unit, drops undefined, keeps arrays in order', () => {
    expect(canonicalJson({ b: 1, a: [3, 1, { d: null, c: 'x' }], B: true, u: undefined })).toBe(
      '{"B":true,"a":[3,1,{"c":"x","d":null}],"b":1}',
    );
  });

  it('escapes keys and strings as JSON.stringify does (quotes, backslashes, controls, lone surrogates)', () => {
    const odd = { 'a"b': 1, 'c\\d': 2, 'e\nf': 3, é: 4, '\u2028': 5, '\ud800': 6, '': 7, $x_1: 'q"\\\n\ud800' };
    const keys = Object.keys(odd).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(canonicalJson(odd)).toBe(
      '{' + keys.map((k) => JSON.stringify(k) + ':' + JSON.stringify(odd[k as keyof typeof odd])).join(',') + '}',
    );
    expect(JSON.parse(canonicalJson(odd))).toEqual(odd);
  });

  it('the same value built in a different key order hashes the same', () => {
    expect(hashValue({ x: 1, y: { p: 2, q: 3 } })).toBe(hashValue({ y: { q: 3, p: 2 }, x: 1 }));
    expect(hashValue({ x: 1 })).not.toBe(hashValue({ x: 2 }));
  });

  it('refuses non-integers and non-plain values (a broken invariant)', () => {
    expect(() => canonicalJson({ a: 0.5 })).toThrow(/non-integer/);
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/non-integer/);
    expect(() => canonicalJson({ a: 2 ** 60 })).toThrow(/non-integer/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/cannot serialize/);
    expect(canonicalJson(-0)).toBe('0');
  });

  it('is SHA-256 of the UTF-8 bytes (known vectors)', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hashValue({ 名: '中文' })).toBe(sha256Hex('{"名":"中文"}'));
  });
});
