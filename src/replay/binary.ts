// The compact binary form of share codes: varints, short strings, base64url, and an action codec
// derived from the engine's action schema (fields and enum values in sorted order, so moving
// them around in the source cannot change what an old code means). Pure; reads never overrun.
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { strFromU8 } from 'fflate';
import type { Action } from '../engine/index';
import { actionSchema, byString } from '../engine/index';
import type { CodeDataFault, Detail } from '../i18n/details';
import { codeDataDetail } from '../i18n/details';

/** A malformed code; caught at the decoder's edge and turned into a problem: `detail` says why in
 *  both languages, `message` in English. */
export class DecodeError extends Error {
  readonly detail: Detail;
  constructor(fault: CodeDataFault, vars: Record<string, string | number> = {}) {
    const detail = codeDataDetail(fault, vars);
    super(detail.en);
    this.detail = detail;
  }
}

export class ByteWriter {
  private buf: number[] = [];
  u8(n: number): void {
    this.buf.push(n & 255);
  }
  bytes(b: Uint8Array): void {
    for (const x of b) this.buf.push(x);
  }
  hex(h: string): void {
    this.bytes(hexToBytes(h));
  }
  /** Unsigned LEB128 for any safe integer (arithmetic, not bit operators, above 2^31). */
  uint(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`uint: ${n}`);
    while (n >= 128) {
      this.buf.push((n % 128) + 128);
      n = Math.floor(n / 128);
    }
    this.buf.push(n);
  }
  /** Zigzag: 0, -1, 1, -2, ... → 0, 1, 2, 3, ... */
  int(n: number): void {
    this.uint(n < 0 ? -n * 2 - 1 : n * 2);
  }
  str(s: string): void {
    const b = utf8ToBytes(s);
    this.uint(b.length);
    this.bytes(b);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.buf);
  }
}

export class ByteReader {
  private at = 0;
  constructor(private readonly b: Uint8Array) {}
  get left(): number {
    return this.b.length - this.at;
  }
  u8(): number {
    if (this.at >= this.b.length) throw new DecodeError('endsEarly');
    return this.b[this.at++]!;
  }
  bytes(n: number): Uint8Array {
    if (n > this.left) throw new DecodeError('endsEarly');
    this.at += n;
    return this.b.subarray(this.at - n, this.at);
  }
  hex(n: number): string {
    return bytesToHex(this.bytes(n));
  }
  uint(max = Number.MAX_SAFE_INTEGER): number {
    let n = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const x = this.u8();
      n += (x % 128) * scale;
      if (n > max) throw new DecodeError('numberTooLarge', { max });
      if (x < 128) {
        if (x === 0 && i > 0) throw new DecodeError('notShortest');
        return n;
      }
      scale *= 128;
    }
    throw new DecodeError('numberTooLong');
  }
  int(): number {
    const z = this.uint();
    return z % 2 === 1 ? -(z + 1) / 2 : z / 2;
  }
  /** Strict UTF-8: bytes that do not re-encode identically (invalid sequences) are refused. */
  str(maxBytes: number): string {
    const b = this.bytes(this.uint(maxBytes));
    const s = strFromU8(b);
    const back = utf8ToBytes(s);
    if (back.length !== b.length || back.some((x, i) => x !== b[i])) throw new DecodeError('badUtf8');
    return s;
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map<string, number>([...B64].map((c, i) => [c, i]));

/** Pure. RFC 4648 base64url without padding. */
export function toBase64Url(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i]! << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    const chars = i + 2 < b.length ? 4 : i + 1 < b.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Pure. base64url to bytes; or the position of the first character that cannot be in one; or
 *  'cut' when the length or the last character's spare bits show the code was cut or altered. */
export function fromBase64Url(s: string): Uint8Array | { badAt: number } | 'cut' {
  for (let i = 0; i < s.length; i++) if (!B64_INDEX.has(s[i]!)) return { badAt: i };
  if (s.length % 4 === 1) return 'cut';
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < s.length; i++) {
    const v = B64_INDEX.get(s[i]!)!;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 255;
    }
  }
  // Leftover bits must be zero, or two codes would decode to the same bytes.
  if ((acc & ((1 << bits) - 1)) !== 0) return 'cut';
  return out;
}

// The action table, read once from the zod schema: per type its fields and their kinds.
type FieldKind =
  | { kind: 'enum'; values: string[] }
  | { kind: 'uint'; max: number }
  | { kind: 'bool' }
  | { kind: 'id' }
  | { kind: 'ids'; max: number };
interface ZodDefLike {
  type: string;
  entries?: Record<string, string>;
  element?: { def: ZodDefLike };
  shape?: Record<string, { def: ZodDefLike; maxValue?: number | null }>;
  checks?: unknown[];
  values?: unknown[];
}

function fieldKind(f: { def: ZodDefLike; maxValue?: number | null }, where: string): FieldKind {
  const d = f.def;
  if (d.type === 'enum' && d.entries) return { kind: 'enum', values: Object.keys(d.entries).sort(byString) };
  if (d.type === 'number') return { kind: 'uint', max: f.maxValue ?? Number.MAX_SAFE_INTEGER };
  if (d.type === 'boolean') return { kind: 'bool' };
  if (d.type === 'string') return { kind: 'id' };
  if (d.type === 'array' && d.element?.def.type === 'string') return { kind: 'ids', max: 64 };
  throw new Error(`share code: no binary form for field ${where} (${d.type}); extend binary.ts`);
}

const TABLE: { type: string; fields: [string, FieldKind][] }[] = (
  actionSchema as unknown as { def: { options: { def: ZodDefLike }[] } }
).def.options
  .map((o) => {
    const shape = o.def.shape!;
    const type = String((shape.type!.def.values ?? [])[0]);
    const fields = Object.keys(shape)
      .filter((k) => k !== 'type')
      .sort(byString)
      .map((k): [string, FieldKind] => [k, fieldKind(shape[k]!, `${type}.${k}`)]);
    return { type, fields };
  })
  .sort((a, b) => byString(a.type, b.type));
const TYPE_INDEX = new Map(TABLE.map((t, i) => [t.type, i]));

export function writeAction(w: ByteWriter, a: Action): void {
  const i = TYPE_INDEX.get(a.type)!;
  w.uint(i);
  const rec = a as unknown as Record<string, unknown>;
  for (const [k, f] of TABLE[i]!.fields) {
    const v = rec[k];
    if (f.kind === 'enum') w.uint(f.values.indexOf(v as string));
    else if (f.kind === 'uint') w.uint(v as number);
    else if (f.kind === 'bool') w.u8(v ? 1 : 0);
    else if (f.kind === 'id') w.str(v as string);
    else {
      const xs = v as string[];
      w.uint(xs.length);
      for (const x of xs) w.str(x);
    }
  }
}

/** Reads one action's fields; the caller validates the result with actionSchema. */
export function readAction(r: ByteReader): Record<string, unknown> {
  const i = r.uint(TABLE.length - 1);
  const t = TABLE[i]!;
  const out: Record<string, unknown> = { type: t.type };
  for (const [k, f] of t.fields) {
    if (f.kind === 'enum') out[k] = f.values[r.uint(f.values.length - 1)];
    else if (f.kind === 'uint') out[k] = r.uint(f.max);
    else if (f.kind === 'bool') {
      const b = r.u8();
      if (b > 1) throw new DecodeError('badYesNo');
      out[k] = b === 1;
    } else if (f.kind === 'id') out[k] = r.str(64);
    else {
      const n = r.uint(f.max);
      const xs: string[] = [];
      for (let j = 0; j < n; j++) xs.push(r.str(64));
      out[k] = xs;
    }
  }
  return out;
}
