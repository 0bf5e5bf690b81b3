// Shared kit for the fuzz tests: a seeded mutator for JSON documents and text, the game invariants
// checked after every quarter, a guarded runner that records throws and the slowest input, and a
// prototype snapshot for the pollution check. Seeded: a failure names the input and is reproducible.
import seedrandom from 'seedrandom';
import { BOTS, hashState, LEDGER_KEYS, ROLES, initialState, step } from '../src/engine/index';
import type { Scenario, State } from '../src/engine/index';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Rng = () => number;

export const rng = (seed: string): Rng => seedrandom.alea(seed);
export const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

// ---------------------------------------------------------------- structural mutations

type Slot = { parent: Json[] | { [k: string]: Json }; key: string | number; value: Json };

/** Every (parent, key) slot of a document, in document order. */
export function slots(doc: Json): Slot[] {
  const out: Slot[] = [];
  const walk = (v: Json): void => {
    if (Array.isArray(v))
      v.forEach((x, i) => {
        out.push({ parent: v, key: i, value: x });
        walk(x);
      });
    else if (v !== null && typeof v === 'object')
      for (const k of Object.keys(v)) {
        out.push({ parent: v, key: k, value: v[k]! });
        walk(v[k]!);
      }
  };
  walk(doc);
  return out;
}

const clone = (v: Json): Json =>
  v === null || typeof v !== 'object'
    ? v
    : Array.isArray(v)
      ? v.map(clone)
      : Object.fromEntries(Object.keys(v).map((k) => [k, clone(v[k]!)]));

const set = (s: Slot, v: Json): void => {
  if (Array.isArray(s.parent)) s.parent[s.key as number] = v;
  else Object.defineProperty(s.parent, s.key, { value: v, enumerable: true, writable: true, configurable: true });
};

const NUMBERS = [
  0,
  -1,
  1,
  -0,
  0.5,
  -0.25,
  1e-7,
  2 ** 31,
  2 ** 32 + 1,
  2 ** 53 - 1,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  1e12,
  1e12 + 1,
  1e15,
  1e21,
  1e300,
  Number.MAX_VALUE,
  5000,
  10000,
  10001,
  20000,
  60,
  61,
  200,
  1000,
];
const WEIRD_STRINGS = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '\u0000',
  '\ud800',
  '\u202e\u2066',
  '§',
  '§1.4.1',
  'design',
  '💥'.repeat(40),
  'A'.repeat(5000),
  'toString',
  'hasOwnProperty',
  '1e3',
  'NaN',
  'null',
  'true',
];
const KEY_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'v',
  'source',
  'x',
  '',
  ' ',
  'potential',
  'formatVersion',
  '💥',
];

function deep(depth: number, r: Rng): Json {
  let v: Json = r() < 0.5 ? 1 : 'x';
  for (let i = 0; i < depth; i++) v = r() < 0.5 ? [v] : { a: v };
  return v;
}

function otherType(v: Json, r: Rng): Json {
  const choices: Json[] = [null, true, false, 0, 'text', [], {}, [1, 2, 3], { v: 1 }, '1', String(v)];
  return pick(
    r,
    choices.filter((c) => typeof c !== typeof v || Array.isArray(c) !== Array.isArray(v)),
  );
}

export const STRUCTURAL = [
  'number',
  'numberInRange',
  'delete',
  'type',
  'nest',
  'hugeString',
  'weirdString',
  'renameKey',
  'addKey',
  'emptyArray',
  'duplicateItem',
  'hugeArray',
  'swap',
] as const;
export type StructuralOp = (typeof STRUCTURAL)[number];

/** Applies one structural mutation to a copy of `doc`; returns the copy and what was done. */
export function mutateDoc(doc: Json, r: Rng, op: StructuralOp = pick(r, STRUCTURAL)): { doc: Json; what: string } {
  const d = clone(doc);
  const all = slots(d);
  if (all.length === 0) return { doc: d, what: 'empty document' };
  const s = pick(r, all);
  const at = String(s.key);
  switch (op) {
    case 'number': {
      const nums = all.filter((x) => typeof x.value === 'number');
      const t = nums.length ? pick(r, nums) : s;
      const v = pick(r, [...NUMBERS, typeof t.value === 'number' ? -t.value : 7, typeof t.value === 'number' ? t.value * 10 : 3]);
      set(t, v);
      return { doc: d, what: `number ${String(t.key)} := ${v}` };
    }
    case 'numberInRange': {
      // Plausible but unusual values: most documents stay valid and go on to play a full game.
      const nums = all.filter((x) => typeof x.value === 'number');
      if (!nums.length) return { doc: d, what: 'no numbers' };
      const t = pick(r, nums);
      const v = t.value as number;
      const nv = pick(r, [0, 1, v + 1, Math.max(0, v - 1), v * 2, Math.floor(v / 2), v * 10, Math.floor(v / 10), int(r, 0, 10000)]);
      set(t, nv);
      return { doc: d, what: `in-range ${String(t.key)} ${v} := ${nv}` };
    }
    case 'delete':
      if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
      else delete s.parent[s.key as string];
      return { doc: d, what: `delete ${at}` };
    case 'type': {
      const v = otherType(s.value, r);
      set(s, v);
      return { doc: d, what: `type ${at} := ${JSON.stringify(v)}` };
    }
    case 'nest': {
      const n = pick(r, [20, 40, 100, 300]);
      set(s, deep(n, r));
      return { doc: d, what: `nest ${at} depth ${n}` };
    }
    case 'hugeString': {
      const n = pick(r, [10_000, 200_000, 1_100_000]);
      set(s, 'x'.repeat(n));
      return { doc: d, what: `hugeString ${at} ${n}` };
    }
    case 'weirdString': {
      const v = pick(r, WEIRD_STRINGS);
      set(s, v);
      return { doc: d, what: `weirdString ${at}` };
    }
    case 'renameKey': {
      const objs = all.filter((x) => !Array.isArray(x.parent));
      if (!objs.length) return { doc: d, what: 'no keys' };
      const t = pick(r, objs);
      const p = t.parent as { [k: string]: Json };
      const name = pick(r, [...KEY_NAMES, String(t.key).toUpperCase(), String(t.key).slice(1), String(t.key) + 's']);
      delete p[t.key as string];
      Object.defineProperty(p, name, { value: t.value, enumerable: true, writable: true, configurable: true });
      return { doc: d, what: `rename ${String(t.key)} -> ${name}` };
    }
    case 'addKey': {
      const objs = all.filter((x) => x.value !== null && typeof x.value === 'object' && !Array.isArray(x.value));
      const target = (objs.length ? pick(r, objs).value : d) as { [k: string]: Json };
      if (target === null || typeof target !== 'object' || Array.isArray(target)) return { doc: d, what: 'no object' };
      const name = pick(r, KEY_NAMES);
      Object.defineProperty(target, name, {
        value: pick(r, [{ polluted: true }, 1, 'x', null] as Json[]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return { doc: d, what: `addKey ${name}` };
    }
    case 'emptyArray': {
      const arrs = all.filter((x) => Array.isArray(x.value));
      if (!arrs.length) return { doc: d, what: 'no arrays' };
      const t = pick(r, arrs);
      set(t, []);
      return { doc: d, what: `emptyArray ${String(t.key)}` };
    }
    case 'duplicateItem': {
      const arrs = all.filter((x) => Array.isArray(x.value) && (x.value as Json[]).length > 0);
      if (!arrs.length) return { doc: d, what: 'no arrays' };
      const a = pick(r, arrs).value as Json[];
      a.push(clone(pick(r, a)));
      return { doc: d, what: 'duplicateItem' };
    }
    case 'hugeArray': {
      const n = pick(r, [1000, 50_000, 250_000]);
      set(
        s,
        Array.from({ length: n }, (_, i) => i),
      );
      return { doc: d, what: `hugeArray ${at} ${n}` };
    }
    case 'swap': {
      const t = pick(r, all);
      const a = s.value;
      set(s, clone(t.value));
      set(t, clone(a));
      return { doc: d, what: `swap ${at} <-> ${String(t.key)}` };
    }
  }
}

// ---------------------------------------------------------------- text mutations (JSON edge cases)

export const TEXTUAL = [
  'truncate',
  'insertChar',
  'deleteChar',
  'bom',
  'trailingComma',
  'comment',
  'nanLiteral',
  'singleQuotes',
  'duplicateKey',
  'bigNumber',
  'leadingZero',
  'loneSurrogate',
  'controlChar',
  'deepBrackets',
  'garbage',
  'protoKey',
  'empty',
] as const;
export type TextualOp = (typeof TEXTUAL)[number];

export function mutateText(text: string, r: Rng, op: TextualOp = pick(r, TEXTUAL)): { text: string; what: string } {
  const at = int(r, 0, Math.max(0, text.length - 1));
  const ins = (s: string) => text.slice(0, at) + s + text.slice(at);
  const firstBrace = text.indexOf('{');
  switch (op) {
    case 'truncate':
      return { text: text.slice(0, at), what: `truncate at ${at}` };
    case 'insertChar':
      return {
        text: ins(pick(r, ['{', '}', '[', ']', ',', ':', '"', '\\', '0', '-', 'e', ' ', '\n', '\u2028', '\u00a0'])),
        what: `insert at ${at}`,
      };
    case 'deleteChar':
      return { text: text.slice(0, at) + text.slice(at + 1), what: `delete char ${at}` };
    case 'bom':
      return { text: '\ufeff' + text, what: 'bom' };
    case 'trailingComma': {
      const i = text.lastIndexOf('}');
      return { text: i > 0 ? text.slice(0, i) + ',' + text.slice(i) : text + ',', what: 'trailing comma' };
    }
    case 'comment':
      return { text: ins(pick(r, ['// note\n', '/* c */'])), what: 'comment' };
    case 'nanLiteral':
      return { text: text.replace(/(-?\d+)(?=[,}\]])/, pick(r, ['NaN', 'Infinity', '-Infinity', 'undefined'])), what: 'NaN literal' };
    case 'singleQuotes':
      return { text: text.replace(/"/g, "'"), what: 'single quotes' };
    case 'duplicateKey':
      return {
        text: firstBrace >= 0 ? text.slice(0, firstBrace + 1) + '"formatVersion":1,"formatVersion":1,' + text.slice(firstBrace + 1) : text,
        what: 'duplicate key',
      };
    case 'bigNumber':
      return {
        text: text.replace(
          /(\d+)(?=[,}\]])/,
          pick(r, ['1e400', '123456789012345678901234567890', '9007199254740993', '-0', '1.0', '1E2', '0.1e-400']),
        ),
        what: 'big number',
      };
    case 'leadingZero':
      return { text: text.replace(/(\d+)(?=[,}\]])/, '0$1'), what: 'leading zero' };
    case 'loneSurrogate':
      return { text: text.replace(/"([a-z])/, '"\\ud800$1'), what: 'lone surrogate escape' };
    case 'controlChar':
      return { text: text.replace(/"([a-z])/, '"\u0001$1'), what: 'raw control char' };
    case 'deepBrackets': {
      const n = pick(r, [100, 10_000, 200_000]);
      return { text: pick(r, ['[', '{"a":']).repeat(n) + ']'.repeat(n), what: `deep brackets ${n}` };
    }
    case 'garbage':
      return { text: Array.from({ length: int(r, 1, 200) }, () => String.fromCharCode(int(r, 0, 0xffff))).join(''), what: 'garbage' };
    case 'protoKey':
      return {
        text:
          firstBrace >= 0
            ? text.slice(0, firstBrace + 1) +
              pick(r, [
                '"__proto__":{"polluted":true},',
                '"constructor":{"prototype":{"polluted":true}},',
                '"\\u005f_proto__":{"polluted":true},',
              ]) +
              text.slice(firstBrace + 1)
            : text,
        what: 'proto key',
      };
    case 'empty':
      return { text: pick(r, ['', ' ', 'null', '[]', '{}', '0', '"x"', 'true']), what: 'empty-ish' };
  }
}

// ---------------------------------------------------------------- invariants and full games

function unsafeNumber(v: unknown, path: string): string | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? null : `${path} = ${v} is not a safe integer`;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const b = unsafeNumber(v[i], `${path}[${i}]`);
      if (b) return b;
    }
  } else if (v !== null && typeof v === 'object') {
    for (const k of Object.keys(v)) {
      const b = unsafeNumber((v as Record<string, unknown>)[k], `${path}.${k}`);
      if (b) return b;
    }
  }
  return null;
}

/** Broken invariants of a state (empty when all hold). */
export function invariants(s: State, sc: Scenario): string[] {
  const out: string[] = [];
  const bad = unsafeNumber(s, '$');
  if (bad) out.push(bad);
  let ledger = 0;
  for (const k of LEDGER_KEYS) ledger += s.ledger[k];
  if (ledger !== s.cash) out.push(`ledger sums to ${ledger}, cash is ${s.cash}`);
  let shares = 0;
  for (const h of s.capTable) {
    if (h.shares < 0) out.push(`${h.holder} holds ${h.shares} shares`);
    shares += h.shares;
  }
  if (shares <= 0) out.push(`total shares ${shares}`);
  if (new Set(s.capTable.map((h) => h.holder)).size !== s.capTable.length) out.push('a holder appears twice in the cap table');
  for (const r of ROLES) if (s.staff[r] < 0) out.push(`headcount of ${r} is ${s.staff[r]}`);
  for (const a of s.arriving) if (a.count < 0) out.push(`arriving ${a.role} ${a.count}`);
  for (const m of Object.keys(s.markets)) {
    const ms = s.markets[m]!;
    if (ms.customers < 0 || ms.customers > ms.potential) out.push(`market ${m}: ${ms.customers} customers of ${ms.potential}`);
  }
  const cap = sc.models[s.policy.modelScale].qualityCap.v;
  if (s.quality < 0 || s.quality > cap) out.push(`quality ${s.quality} outside 0..${cap}`);
  if (s.brand < 0 || s.brand > 1000) out.push(`brand ${s.brand}`);
  if (s.morale < 0 || s.morale > 100) out.push(`morale ${s.morale}`);
  if (s.quarter > sc.quarters.v) out.push(`quarter ${s.quarter} beyond ${sc.quarters.v}`);
  return out;
}

/** A bot plays the whole game; invariants are checked after every quarter and the state hashed
 *  (the hash refuses any non-integer). Returns the quarters played and the first broken invariant. */
export function playChecked(sc: Scenario, seed: string, bot: string): { quarters: number; broken: string | null } {
  let s = initialState(sc, seed);
  const b = BOTS[bot]!;
  const first = invariants(s, sc);
  if (first.length) return { quarters: 0, broken: `at start: ${first[0]}` };
  while (s.status === 'playing') {
    for (const a of b(s, sc)) {
      const r = step(s, a, sc);
      if (r.ok) s = r.state;
    }
    const end = step(s, { type: 'endQuarter' }, sc);
    if (!end.ok) return { quarters: s.quarter, broken: `endQuarter refused: ${end.rejection.code}` };
    s = end.state;
    const inv = invariants(s, sc);
    if (inv.length) return { quarters: s.quarter, broken: `after quarter ${s.quarter}: ${inv[0]}` };
    hashState(s);
  }
  return { quarters: s.quarter, broken: null };
}

// ---------------------------------------------------------------- guarded runs and statistics

export interface FuzzStats {
  inputs: number;
  mutations: number;
  accepted: number;
  refused: number;
  played: number;
  slowestMs: number;
  slowest: string;
  failures: string[];
}

export const newStats = (): FuzzStats => ({
  inputs: 0,
  mutations: 0,
  accepted: 0,
  refused: 0,
  played: 0,
  slowestMs: 0,
  slowest: '',
  failures: [],
});

/** A hang guard, not a speed goal: one input taking this long means a pathological case. */
export const HANG_GUARD_MS = 10_000;

/** Runs one input; a throw or a hang-length run is recorded as a failure naming the input. */
export function guarded(stats: FuzzStats, label: string, mutations: number, fn: () => 'accepted' | 'refused' | string): void {
  stats.inputs++;
  stats.mutations += mutations;
  const t0 = performance.now();
  try {
    const r = fn();
    if (r === 'accepted') stats.accepted++;
    else if (r === 'refused') stats.refused++;
    else stats.failures.push(`${label}: ${r}`);
  } catch (e) {
    stats.failures.push(`${label}: THREW ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`.slice(0, 400));
  }
  const ms = performance.now() - t0;
  if (ms > stats.slowestMs) {
    stats.slowestMs = ms;
    stats.slowest = label;
  }
  if (ms > HANG_GUARD_MS) stats.failures.push(`${label}: took ${Math.round(ms)} ms (hang guard ${HANG_GUARD_MS} ms)`);
}

export function summary(kind: string, s: FuzzStats): string {
  return [
    `[fuzz ${kind}] inputs: ${s.inputs}`,
    `mutations: ${s.mutations}`,
    `accepted: ${s.accepted} (full games played: ${s.played})`,
    `refused with a named problem: ${s.refused}`,
    `failures: ${s.failures.length}`,
    `slowest: ${s.slowestMs.toFixed(1)} ms (${s.slowest})`,
  ].join('; ');
}

/** Own property names of the built-in prototypes, to prove no input added any. */
export function prototypeSnapshot(): string {
  const protos: [string, object][] = [
    ['Object', Object.prototype],
    ['Array', Array.prototype],
    ['Function', Function.prototype],
    ['String', String.prototype],
    ['Number', Number.prototype],
  ];
  return protos.map(([n, p]) => `${n}:${Object.getOwnPropertyNames(p).sort().join(',')}`).join('|');
}
