// Loading a scenario file: size and depth caps before parsing, safe JSON (duplicate keys,
// __proto__, huge numbers refused), then the zod schema and the cross-reference checks. Every
// problem is named by its JSON path, with what was found and what is expected, in plain words.
import type { z } from 'zod';
import { parseJsonSafe } from '../../formats/safe-json';
import type { JsonError, JsonErrorCode, JsonErrorParams, JsonValue } from '../../formats/safe-json';
import { scenarioSchema } from './schema';
import type { Scenario } from './schema';
import { closest, crossCheck } from './checks';
import { boundIssues } from './bounds';
import { hashValue } from '../hash';
import { describeNode, nodeParams, schemaAt, short } from './describe';
import { scenarioProblemMessage } from '../../formats/scenario-messages';
import type { ProblemSays, ScenarioProblemCode } from '../../formats/scenario-messages';
import { resolveExtends } from './extends';
import type { ScenarioBases } from './extends';

export type { ScenarioBases } from './extends';

export const SCENARIO_MAX_BYTES = 1_000_000;
const SCENARIO_MAX_DEPTH = 32;
/** At most this many problems are listed; a last one says how many more there are. */
const MAX_PROBLEMS = 100;
const LIMITS = { maxBytes: SCENARIO_MAX_BYTES, maxDepth: SCENARIO_MAX_DEPTH };

export interface Problem {
  path: string;
  message: string;
  found?: string;
  expected?: string;
  line?: number;
  column?: number;
  /** A refusal of the safe JSON reader: its code and parameters, for its text in another language
   *  (src/i18n/details.ts); `message` is the English. */
  json?: { code: JsonErrorCode; params: JsonErrorParams };
  /** A schema problem's code and parameters (problem-text.ts), for its text in another language. */
  says?: ProblemSays;
}
/** `json`: the text is not JSON that can be read (syntax, size): nothing else was checked.
 *  `schema`: the text is JSON but breaks the scenario rules; every problem found is listed. */
export type LoadResult =
  /** `resolved`: the file as a complete scenario (its `extends` applied; the hash is of this), and
   *  `extends`: the chain of bases, nearest first (empty for a complete file). */
  | { ok: true; scenario: Scenario; hash: string; resolved: JsonValue; extends: string[] }
  | { ok: false; kind: 'json'; problems: Problem[] }
  | { ok: false; kind: 'schema'; problems: Problem[] };

/** Pure. `$.a.b[2]["odd key"]` from a path. */
export function pathString(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const p of path)
    out +=
      typeof p === 'number' ? `[${p}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(String(p)) ? `.${String(p)}` : `[${JSON.stringify(String(p))}]`;
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur = root;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, p)) return undefined;
    cur = (cur as Record<string, unknown>)[p as string];
  }
  return cur;
}

function kindOf(v: unknown): string {
  if (v === undefined) return 'nothing (the field is missing)';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list (${short(v)})`;
  if (typeof v === 'object') return `an object (${short(v)})`;
  if (typeof v === 'string') return `the text ${short(v)}`;
  return `${typeof v} ${short(v)}`;
}

/** What kind of value was found, for another language's "found …" (with `found`, its short JSON). */
function foundType(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'object';
  if (typeof v === 'string') return 'text';
  return typeof v === 'number' || typeof v === 'boolean' ? typeof v : 'other';
}

/** A problem said by code: its English message and the code and parameters behind it. */
function said(code: ScenarioProblemCode, params: Record<string, string | number>): Pick<Problem, 'message' | 'says'> {
  const says: ProblemSays = { code, params };
  return { message: scenarioProblemMessage(says), says };
}

const limitOf = (issue: z.core.$ZodIssue): string =>
  String(issue.code === 'too_small' ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);

function oneIssue(issue: z.core.$ZodIssue, root: unknown): Problem[] {
  const found = valueAt(root, issue.path);
  const node = schemaAt(issue.path, root);
  const expected = node ? describeNode(node) : undefined;
  const base = { path: pathString(issue.path), found: found === undefined ? 'nothing' : short(found), ...(expected ? { expected } : {}) };
  // What was found and what is expected, for every problem's other languages.
  const facts = { found: short(found), foundType: foundType(found), ...(node ? nodeParams(node) : {}) };
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = Object.keys(
        schemaAt(issue.path, root)?.def.type === 'object'
          ? (schemaAt(issue.path, root) as unknown as { def: { shape: Record<string, unknown> } }).def.shape
          : {},
      );
      const present = found !== null && typeof found === 'object' ? Object.keys(found) : [];
      const free = allowed.filter((k) => !present.includes(k));
      // Explain at most the first MAX_PROBLEMS + 1 keys: the rest are counted, not explained.
      return issue.keys.slice(0, MAX_PROBLEMS + 1).map((key) => {
        const c = closest(key, free.length > 0 ? free : allowed);
        return {
          path: pathString([...issue.path, key]),
          ...(c ? said('unknownKeyNear', { key, near: c }) : said('unknownKey', { key })),
          found: JSON.stringify(key),
          expected: `one of the keys allowed here: ${allowed.join(', ')}`,
        };
      });
    }
    case 'invalid_type':
      if (found === undefined) return [{ ...base, ...said('missing', { ...facts, expected: expected ?? 'a value' }) }];
      if (issue.expected === 'int' || (issue.expected === 'number' && typeof found === 'number'))
        return [{ ...base, ...said('notWhole', facts) }];
      return [{ ...base, ...said('type', { ...facts, expected: expected ?? issue.expected, foundKind: kindOf(found) }) }];
    case 'too_small':
    case 'too_big': {
      const below = issue.code === 'too_small';
      const limit = limitOf(issue);
      if (Array.isArray(found)) return [{ ...base, ...said(below ? 'listTooShort' : 'listTooLong', { count: found.length, limit }) }];
      if (typeof found === 'string') return [{ ...base, ...said(below ? 'textTooShort' : 'textTooLong', { count: found.length, limit }) }];
      return [{ ...base, ...said(below ? 'numberTooSmall' : 'numberTooLarge', { ...facts, limit }) }];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const c = typeof found === 'string' ? closest(found, options) : null;
      return [{ ...base, ...(c ? said('notAllowedNear', { ...facts, near: c }) : said('notAllowed', facts)) }];
    }
    case 'invalid_union': {
      const u = issue as { options?: unknown[]; discriminator?: string };
      const options = (u.options ?? []).map(String);
      const c = typeof found === 'string' ? closest(found, options) : null;
      if (options.length > 0) {
        const p = { ...facts, disc: u.discriminator ?? 'kind', nodeValues: options.join(', ') };
        return [
          {
            ...base,
            ...(c ? said('unknownKindNear', { ...p, near: c }) : said('unknownKind', p)),
            expected: `one of: ${options.join(', ')}`,
          },
        ];
      }
      return [{ ...base, ...said('noForm', { ...facts, foundKind: kindOf(found) }) }];
    }
    case 'invalid_format': {
      const pattern = String((issue as { pattern?: unknown }).pattern ?? issue.format);
      return [{ ...base, ...said('badForm', { ...facts, rule: issue.message, pattern }), expected: issue.message }];
    }
    case 'invalid_key': {
      const inner = issue.issues[0];
      const rule = inner?.message ?? 'a valid name';
      const key = String(issue.path[issue.path.length - 1]);
      const pattern = String((inner as { pattern?: unknown } | undefined)?.pattern ?? '');
      return [{ path: pathString(issue.path), ...said('badName', { key, rule, pattern }), found: JSON.stringify(key), expected: rule }];
    }
    case 'custom':
      return []; // the raw cross-reference pass reports these (see loadScenario)
    default:
      return [{ ...base, ...said('other', { rule: issue.message }) }];
  }
}

/** Pure. Plain-words problems from a zod error, with "did you mean" for near-miss keys and values. */
function explainZodError(err: z.ZodError, root: unknown): Problem[] {
  const out: Problem[] = [];
  // Explaining is dearer than finding: a file with 50,000 bad entries needs its first few named, not all.
  for (const issue of err.issues.slice(0, MAX_PROBLEMS + 1)) out.push(...oneIssue(issue, root));
  // A misspelt key shows up twice (unknown here, missing there): say it once, at the misspelling.
  const missing = new Set(out.filter((p) => p.found === 'nothing').map((p) => p.path));
  const merged = new Set<string>();
  for (const p of out) {
    const near = p.says?.code === 'unknownKeyNear' ? String(p.says.params.near) : undefined;
    const sibling = near !== undefined ? p.path.replace(/(\.[A-Za-z_][A-Za-z0-9_]*|\["[^"]*"\])$/, '') + pathString([near]).slice(1) : '';
    if (near !== undefined && missing.has(sibling)) {
      Object.assign(p, said('unknownKeyMissing', p.says!.params));
      merged.add(sibling);
    }
  }
  return out.filter((p) => !(p.found === 'nothing' && merged.has(p.path)));
}

// --- Reading JSON while collecting every refusal the safe parser makes, not only the first. ---

/** Refusals of valid JSON: each is recorded and the reading goes on past it (or, for the last two, stops). */
const CONTENT_REFUSAL: ReadonlySet<JsonErrorCode> = new Set<JsonErrorCode>([
  'keyDuplicate',
  'keyForbidden',
  'numberRange',
  'numberUnsafe',
  'numberInexact',
  'numberUnderflow',
  'tooDeep',
  'tooManyEntries',
]);
const FATAL_CONTENT: ReadonlySet<JsonErrorCode> = new Set<JsonErrorCode>(['tooDeep', 'tooManyEntries']);

function offsetOf(text: string, line: number, column: number): number {
  let l = 1;
  let i = 0;
  while (l < line && i < text.length) {
    const c = text.charCodeAt(i++);
    if (c === 10) l++;
    else if (c === 13) {
      if (text.charCodeAt(i) === 10) i++;
      l++;
    }
  }
  return i + column - 1;
}

function tokenEnd(text: string, start: number): number {
  if (text[start] === '"') {
    let i = start + 1;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    return i + 1;
  }
  let i = start;
  while (i < text.length && /[-+0-9.eE]/.test(text[i]!)) i++;
  return i;
}

function dropKeys(v: JsonValue, dropped: ReadonlySet<string>): JsonValue {
  if (Array.isArray(v)) return v.map((x) => dropKeys(x, dropped));
  if (v === null || typeof v !== 'object') return v;
  const out: { [k: string]: JsonValue } = {};
  for (const k of Object.keys(v)) if (!dropped.has(k)) out[k] = dropKeys(v[k]!, dropped);
  return out;
}

// A same-length stand-in for a refused token, so later positions stay those of the original text:
// a key becomes a unique private-use name (dropped after parsing), a number becomes 0.
function standIn(token: string, round: number): string {
  if (token[0] !== '"') return '0'.padEnd(token.length, ' ');
  return '"' + String.fromCharCode(0xe000 + round) + 'x'.repeat(Math.max(0, token.length - 3)) + '"';
}

type Read = { value: JsonValue; refusals: Problem[] } | { fatal: Problem[]; syntax: boolean };

/** Pure. Parses with parseJsonSafe; on a refusal of valid JSON (duplicate or forbidden key, a number
 *  out of range) records it, neutralizes that token in a copy and parses again, so one run lists them all. */
function readCollecting(text: string): Read {
  const refusals: Problem[] = [];
  const dropped = new Set<string>();
  let t = text;
  for (let round = 0; round < 200; round++) {
    const r = parseJsonSafe(t, LIMITS);
    if (r.ok) return { value: dropKeys(r.value, dropped), refusals };
    const e: JsonError = r.error;
    const p: Problem = { path: e.path, message: e.message, line: e.line, column: e.column, json: { code: e.code, params: e.params } };
    if (!CONTENT_REFUSAL.has(e.code)) return { fatal: [...refusals, p], syntax: true };
    refusals.push(p);
    if (FATAL_CONTENT.has(e.code)) return { fatal: refusals, syntax: false };
    const at = offsetOf(t, e.line, e.column);
    const end = tokenEnd(t, at);
    const repl = standIn(t.slice(at, end), round);
    if (repl[0] === '"') dropped.add(repl.slice(1, -1));
    t = t.slice(0, at) + repl + t.slice(end);
  }
  return { fatal: refusals, syntax: false };
}

// In a file that extends another, a list entry's position is its place in the resolved scenario,
// not in the file: name the entry by its id as well.
function resolvedEvent(path: string, root: JsonValue): string | undefined {
  const m = /^\$\.events\[(\d+)\]/.exec(path);
  const e =
    m && root !== null && typeof root === 'object' && !Array.isArray(root) && Array.isArray(root.events)
      ? root.events[Number(m[1])]
      : undefined;
  return e !== null && typeof e === 'object' && !Array.isArray(e) && typeof e?.id === 'string' ? e.id : undefined;
}

function readResolved(
  text: string,
  bases: ScenarioBases | undefined,
): { ok: true; value: JsonValue; refusals: Problem[]; chain: string[] } | { ok: false; kind: 'json' | 'schema'; problems: Problem[] } {
  const first = readCollecting(text);
  if ('fatal' in first) return { ok: false, kind: first.syntax ? 'json' : 'schema', problems: first.fatal };
  const res = resolveExtends(first.value, bases, (t) => {
    const b = readCollecting(t);
    if ('value' in b && b.refusals.length === 0) return { value: b.value };
    const p = 'fatal' in b ? b.fatal[0] : b.refusals[0];
    return { problem: p ? `${p.path}${p.line !== undefined ? ` (line ${p.line}, column ${p.column})` : ''}: ${p.message}` : 'unreadable' };
  });
  if (!res.ok) {
    const problems: Problem[] = [
      ...first.refusals,
      ...res.issues.map((i) => ({
        path: pathString(i.path),
        message: i.message,
        ...(i.says ? { says: i.says } : {}),
        ...(i.found !== undefined ? { found: short(i.found) } : {}),
        ...(i.expected ? { expected: i.expected } : {}),
      })),
    ];
    return { ok: false, kind: 'schema', problems };
  }
  return { ok: true, value: res.value, refusals: first.refusals, chain: res.chain };
}

/** Pure. Never throws. The JSON a scenario file stands for, its `extends` applied, without checking
 *  it against the scenario rules (`sim sources` reads every number of the resolved file). */
export function resolveScenarioText(
  text: string,
  bases?: ScenarioBases,
): { ok: true; value: JsonValue; extends: string[] } | { ok: false; problems: Problem[] } {
  const r = readResolved(text, bases);
  if (!r.ok) return { ok: false, problems: r.problems };
  if (r.refusals.length > 0) return { ok: false, problems: r.refusals };
  return { ok: true, value: r.value, extends: r.chain };
}

/** Pure. Never throws: a scenario, or every problem found, each named by its JSON path. A file
 *  `{"extends": ID, ...changes}` is resolved against `bases` first (docs/authoring.md); its problems
 *  after that are those of the resolved scenario, named by their paths in it. */
export function loadScenario(text: string, bases?: ScenarioBases): LoadResult {
  const res = readResolved(text, bases);
  if (!res.ok) return res;
  const read = { value: res.value, refusals: res.refusals };
  const r = scenarioSchema.safeParse(read.value);
  const problems: Problem[] = [...read.refusals];
  if (!r.success) problems.push(...explainZodError(r.error, read.value));
  const refused = new Set(read.refusals.map((p) => p.path));
  const seen = new Set<string>();
  // The worst case against the engine's ceilings, once the scenario is otherwise valid.
  const bounds = r.success && problems.length === 0 ? boundIssues(r.data) : [];
  for (const i of [...crossCheck(read.value), ...bounds]) {
    const p: Problem = {
      path: pathString(i.path),
      message: i.message,
      ...(i.found !== undefined ? { found: short(i.found) } : {}),
      ...(i.expected ? { expected: i.expected } : {}),
      ...('says' in i && i.says ? { says: { code: i.says.code, params: { ...i.says.params } } } : {}),
    };
    problems.push(p);
  }
  const out = problems.filter((p) => {
    if (!read.refusals.includes(p) && refused.has(p.path)) return false; // already reported as refused
    const k = `${p.path}\u0000${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const total = out.length + (r.success ? 0 : Math.max(0, r.error.issues.length - MAX_PROBLEMS - 1));
  if (total > MAX_PROBLEMS) {
    out.length = MAX_PROBLEMS;
    out.push({ path: '$', ...said('tooMany', { n: total - MAX_PROBLEMS, max: MAX_PROBLEMS }) });
  }
  if (res.chain.length > 0)
    for (const p of out) {
      if (read.refusals.includes(p)) continue;
      const id = resolvedEvent(p.path, read.value);
      if (id === undefined) continue;
      p.message += ` (event "${id}" of the resolved scenario)`;
      if (p.says) p.says.params.inEvent = id;
    }
  if (out.length > 0 || !r.success) return { ok: false, kind: 'schema', problems: out };
  return { ok: true, scenario: r.data, hash: hashValue(read.value), resolved: read.value, extends: res.chain };
}
