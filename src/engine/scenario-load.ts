// Loading a scenario file: size and depth caps before parsing, safe JSON (duplicate keys,
// __proto__, huge numbers refused), then the zod schema. Every problem is named by its JSON path.
import { z } from 'zod';
import { parseJsonSafe, describeJsonError } from './safe-json';
import { scenarioSchema } from './scenario-schema';
import type { Scenario } from './scenario-schema';
import { hashValue } from './hash';

export const SCENARIO_MAX_BYTES = 1_000_000;
export const SCENARIO_MAX_DEPTH = 32;

export interface Problem { path: string; message: string; found?: string }
export type LoadResult =
  | { ok: true; scenario: Scenario; hash: string }
  | { ok: false; kind: 'json'; problems: Problem[] }
  | { ok: false; kind: 'schema'; problems: Problem[] };

function pathString(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(String(p)) ? `.${String(p)}` : `[${JSON.stringify(String(p))}]`;
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur = root;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[p as string];
  }
  return cur;
}

function short(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

function levenshtein(a: string, b: string): number {
  const d: number[] = [];
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length]!;
}

/** Pure. Plain-words problems from a zod error, with "did you mean" for near-miss keys. */
export function explainZodError(err: z.ZodError, root: unknown): Problem[] {
  const out: Problem[] = [];
  for (const issue of err.issues) {
    if (issue.code === 'unrecognized_keys') {
      const parent = valueAt(root, issue.path);
      for (const key of issue.keys) {
        const known = Object.keys(schemaKeysAt(issue.path));
        const close = known.filter((k) => !(parent && typeof parent === 'object' && k in parent)).map((k) => [k, levenshtein(k.toLowerCase(), key.toLowerCase())] as const).filter(([, d]) => d <= 3).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
        out.push({ path: pathString([...issue.path, key]), message: `unknown key "${key}"` + (close[0] ? `; did you mean "${close[0][0]}"?` : known.length ? `; allowed keys here: ${known.join(', ')}` : '') });
      }
      continue;
    }
    const found = valueAt(root, issue.path);
    let message = issue.message;
    if (issue.code === 'invalid_type') message = `expected ${issue.expected}, found ${found === undefined ? 'nothing (the field is missing)' : Array.isArray(found) ? 'an array' : found === null ? 'null' : typeof found}`;
    else if (issue.code === 'too_small' || issue.code === 'too_big') message = `${issue.message}`;
    out.push({ path: pathString(issue.path), message, found: short(found) });
  }
  return out;
}

// The keys the schema allows at a path, for "did you mean". Walks zod's strict objects.
function schemaKeysAt(path: readonly PropertyKey[]): Record<string, unknown> {
  let cur: z.ZodType = scenarioSchema as unknown as z.ZodType;
  for (const p of path) {
    const def = (cur as unknown as { def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; valueType?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[] } }).def;
    if (def.type === 'pipe' && def.in) { cur = def.in; }
    const d2 = (cur as unknown as { def: typeof def }).def;
    if (d2.type === 'object' && d2.shape) cur = d2.shape[p as string] ?? cur;
    else if (d2.type === 'array' && d2.element) cur = d2.element;
    else if (d2.type === 'record' && d2.valueType) cur = d2.valueType;
    else if (d2.type === 'optional' && d2.innerType) cur = d2.innerType;
    else return {};
    const d3 = (cur as unknown as { def: typeof def }).def;
    if (d3.type === 'optional' && d3.innerType) cur = d3.innerType;
  }
  const d = (cur as unknown as { def: { type: string; shape?: Record<string, unknown>; in?: z.ZodType } }).def;
  if (d.type === 'pipe' && d.in) return ((d.in as unknown as { def: { shape?: Record<string, unknown> } }).def.shape) ?? {};
  return d.shape ?? {};
}

/** Pure. Never throws: a scenario, or every problem found, each named by its JSON path. */
export function loadScenario(text: string): LoadResult {
  const parsed = parseJsonSafe(text, { maxBytes: SCENARIO_MAX_BYTES, maxDepth: SCENARIO_MAX_DEPTH });
  if (!parsed.ok) return { ok: false, kind: 'json', problems: [{ path: parsed.error.path, message: describeJsonError(parsed.error) }] };
  const r = scenarioSchema.safeParse(parsed.value);
  if (!r.success) return { ok: false, kind: 'schema', problems: explainZodError(r.error, parsed.value) };
  return { ok: true, scenario: r.data, hash: hashValue(parsed.value) };
}
