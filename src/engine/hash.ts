// Canonical serialization and hashing. Canonical JSON (keys sorted by code unit, integers only, no
// whitespace) for plain values: scenarios, replay headers, decisions. States are hashed from their
// canonical binary layout instead (state-hash.ts: hashState, StateHasher), at a fraction of the cost.
// Either way the same value always gives the same bytes and the same SHA-256 in every engine.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export { hashState, stateBytes, StateHasher, STATE_LAYOUT } from './state-hash';

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A key JSON.stringify would write as is: quoting it is enough. */
const PLAIN_KEY = /^[A-Za-z0-9_$]*$/;

/** Pure. Canonical JSON of plain data. Throws on a non-integer number or a non-plain value: a bug. */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isSafeInteger(value)) throw new Error(`canonicalJson: non-integer number ${value}`);
      return Object.is(value, -0) ? '0' : String(value);
    case 'object': {
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
        return out + ']';
      }
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj);
      for (let i = 1; i < keys.length; i++) {
        if (!(keys[i - 1]! < keys[i]!)) {
          keys.sort(byCodeUnit);
          break;
        }
      }
      let out = '{';
      let first = true;
      for (const k of keys) {
        const v = obj[k];
        if (v === undefined) continue;
        out += (first ? '' : ',') + (PLAIN_KEY.test(k) ? '"' + k + '"' : JSON.stringify(k)) + ':' + canonicalJson(v);
        first = false;
      }
      return out + '}';
    }
    default:
      throw new Error(`canonicalJson: cannot serialize ${typeof value}`);
  }
}

/** Pure. Lower-case hex SHA-256 of a string's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** Pure. The hash of any plain value: SHA-256 of its canonical JSON, 64 hex digits. For a State use
 *  hashState: the chain, the result's finalHash and every screen that shows a state hash use that. */
export function hashValue(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
