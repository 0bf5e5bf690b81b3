// Plain-words descriptions of what the scenario schema expects at a JSON path ("a whole number
// from 0 to 10000", "one of: easy, normal, hard"), read from the zod schema itself so the error
// messages can never drift from the rules.
import type { z } from 'zod';
import { scenarioSchema } from './schema';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
  entries?: Record<string, unknown>;
  checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[];
}
const defOf = (t: z.ZodType): Def => (t as unknown as { def: Def }).def;

/** Pure. A short JSON rendering of a found value, for messages. */
export function short(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  if (s === undefined) return String(v);
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

function unwrap(t: z.ZodType): z.ZodType {
  let cur = t;
  for (let i = 0; i < 8; i++) {
    const d = defOf(cur);
    if (d.type === 'optional' && d.innerType) cur = d.innerType;
    else if (d.type === 'pipe' && d.in) cur = d.in;
    else break;
  }
  return cur;
}

function literalOf(t: z.ZodType): unknown {
  const d = defOf(unwrap(t));
  return d.type === 'literal' && d.values ? d.values[0] : undefined;
}

/** Pure. The schema node at a JSON path of a scenario (the raw value picks a union's member). */
export function schemaAt(path: readonly PropertyKey[], root: unknown): z.ZodType | undefined {
  let cur: z.ZodType = scenarioSchema as unknown as z.ZodType;
  let raw: unknown = root;
  for (const p of path) {
    cur = unwrap(cur);
    let d = defOf(cur);
    if (d.type === 'union' && d.options && d.discriminator) {
      const want = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[d.discriminator] : undefined;
      const pick = d.options.find((o) => literalOf(defOf(unwrap(o)).shape?.[d.discriminator!] as z.ZodType) === want);
      if (!pick) return p === d.discriminator ? cur : undefined;
      cur = unwrap(pick);
      d = defOf(cur);
    }
    if (d.type === 'object' && d.shape) {
      const next = Object.prototype.hasOwnProperty.call(d.shape, p) ? d.shape[p as string] : undefined;
      if (!next) return undefined;
      cur = next;
    } else if (d.type === 'array' && d.element) cur = d.element;
    else if (d.type === 'record' && d.valueType) cur = d.valueType;
    else return undefined;
    raw = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[p as string] : undefined;
  }
  return unwrap(cur);
}

const bound = (n: number | null | undefined): string | null =>
  n === null || n === undefined || !Number.isFinite(n) || Math.abs(n) >= 9e15 ? null : String(n);

function listLimits(d: Def): string {
  let lo: number | undefined;
  let hi: number | undefined;
  for (const c of d.checks ?? []) {
    if (c._zod.def.check === 'min_length') lo = c._zod.def.minimum;
    if (c._zod.def.check === 'max_length') hi = c._zod.def.maximum;
  }
  if (lo !== undefined && hi !== undefined) return ` (${lo} to ${hi} items)`;
  if (lo !== undefined) return ` (at least ${lo})`;
  if (hi !== undefined) return ` (at most ${hi})`;
  return '';
}

function oneOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 16).map(String).join(', ');
  return `one of: ${shown}${values.length > 16 ? `, ... (${values.length} in all)` : ''}`;
}

/** Pure. What a schema node accepts, in plain words. */
export function describeNode(t: z.ZodType, depth = 0): string {
  const node = unwrap(t);
  const d = defOf(node);
  switch (d.type) {
    case 'number': {
      const n = node as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
      const lo = bound(n.minValue);
      const hi = bound(n.maxValue);
      const what = n.isInt ? 'a whole number' : 'a number';
      return lo && hi ? `${what} from ${lo} to ${hi}` : lo ? `${what} of at least ${lo}` : hi ? `${what} of at most ${hi}` : what;
    }
    case 'string': {
      const s = node as unknown as { minLength: number | null; maxLength: number | null };
      for (const c of d.checks ?? []) {
        const cd = c._zod.def as { check: string; error?: (i: unknown) => unknown };
        const msg = cd.check === 'string_format' && typeof cd.error === 'function' ? cd.error({}) : undefined;
        if (typeof msg === 'string') return msg;
      }
      return s.maxLength !== null ? `a text of ${s.minLength ?? 0} to ${s.maxLength} characters` : 'a text';
    }
    case 'boolean':
      return 'true or false';
    case 'enum':
      return oneOf(Object.values(d.entries ?? {}));
    case 'literal':
      return `exactly ${short(d.values?.[0])}`;
    case 'array':
      return depth > 1 ? 'a list' : `a list of ${describeNode(d.element!, depth + 1)}${listLimits(d)}`;
    case 'record':
      return 'an object of named entries';
    case 'union':
      return d.discriminator
        ? `an object whose "${d.discriminator}" is ${oneOf((d.options ?? []).map((o) => literalOf(defOf(unwrap(o)).shape?.[d.discriminator!] as z.ZodType)))}`
        : 'one of several forms';
    case 'object': {
      const keys = Object.keys(d.shape ?? {});
      if (keys.length === 2 && keys.includes('v') && keys.includes('source'))
        return `{"v": ${describeNode(d.shape!.v!, depth + 1)}, "source": where it comes from (a seed section such as "§1.4.1", or "design")}`;
      if (keys.length === 2 && keys.includes('zh') && keys.includes('en')) return 'a text in both languages: {"zh": "...", "en": "..."}';
      return `an object with the keys ${keys.join(', ')}`;
    }
    default:
      return d.type;
  }
}

/** Pure. The keys the schema allows in the object at a JSON path: a list, 'any' for a map (such as
 *  $.markets, keyed by the author's ids), or undefined where the path is not an object. */
export function keysAllowedAt(path: readonly PropertyKey[], root: unknown): readonly string[] | 'any' | undefined {
  const node = schemaAt(path, root);
  if (!node) return undefined;
  let d = defOf(node);
  if (d.type === 'union' && d.options && d.discriminator) {
    let raw: unknown = root;
    for (const p of path) raw = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[p as string] : undefined;
    const want = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[d.discriminator] : undefined;
    const pick = d.options.find((o) => literalOf(defOf(unwrap(o)).shape?.[d.discriminator!] as z.ZodType) === want);
    if (!pick) return undefined;
    d = defOf(unwrap(pick));
  }
  if (d.type === 'record') return 'any';
  if (d.type === 'object' && d.shape) return Object.keys(d.shape);
  return undefined;
}

/** Pure. What a schema node accepts, as parameters another language can word (src/i18n/details.ts):
 *  `nodeKind` (int, number, text, textFormat, boolean, enum, literal, list, record, kindUnion, union,
 *  sourced, bilingual, object, other) with `nodeLo`/`nodeHi` bounds, `nodeValues`, `nodeDisc`,
 *  `nodeKeys`, `nodePattern` or `nodeElem` (a list's element kind) where they apply. */
export function nodeParams(t: z.ZodType): Record<string, string | number> {
  const node = unwrap(t);
  const d = defOf(node);
  const withBounds = (kind: string, lo: string | null, hi: string | null) => ({
    nodeKind: kind,
    ...(lo !== null ? { nodeLo: lo } : {}),
    ...(hi !== null ? { nodeHi: hi } : {}),
  });
  switch (d.type) {
    case 'number': {
      const n = node as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
      return withBounds(n.isInt ? 'int' : 'number', bound(n.minValue), bound(n.maxValue));
    }
    case 'string': {
      const s = node as unknown as { minLength: number | null; maxLength: number | null };
      for (const c of d.checks ?? []) {
        const cd = c._zod.def as { check: string; pattern?: unknown };
        if (cd.check === 'string_format') return { nodeKind: 'textFormat', nodePattern: String(cd.pattern ?? '') };
      }
      return s.maxLength !== null ? withBounds('text', String(s.minLength ?? 0), String(s.maxLength)) : { nodeKind: 'text' };
    }
    case 'boolean':
      return { nodeKind: 'boolean' };
    case 'enum':
      return {
        nodeKind: 'enum',
        nodeValues: Object.values(d.entries ?? {})
          .map(String)
          .join(', '),
      };
    case 'literal':
      return { nodeKind: 'literal', nodeValues: short(d.values?.[0]) };
    case 'array':
      return { nodeKind: 'list', nodeElem: String(nodeParams(d.element!).nodeKind) };
    case 'record':
      return { nodeKind: 'record' };
    case 'union':
      return d.discriminator
        ? {
            nodeKind: 'kindUnion',
            nodeDisc: d.discriminator,
            nodeValues: (d.options ?? []).map((o) => String(literalOf(defOf(unwrap(o)).shape?.[d.discriminator!] as z.ZodType))).join(', '),
          }
        : { nodeKind: 'union' };
    case 'object': {
      const keys = Object.keys(d.shape ?? {});
      if (keys.length === 2 && keys.includes('v') && keys.includes('source')) {
        const v = nodeParams(d.shape!.v!);
        return { ...v, nodeKind: 'sourced', nodeValue: String(v.nodeKind) };
      }
      if (keys.length === 2 && keys.includes('zh') && keys.includes('en')) return { nodeKind: 'bilingual' };
      return { nodeKind: 'object', nodeKeys: keys.join(', ') };
    }
    default:
      return { nodeKind: 'other' };
  }
}
