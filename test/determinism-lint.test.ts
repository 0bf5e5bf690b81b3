// Tests for tools/determinism-lint.ts: every rule catches a planted snippet at the right line, clean engine
// code passes, the allow comment works, and lintPaths and the CLI behave on real files in a temp dir.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { lintPaths, lintSource } from '../tools/determinism-lint.ts';

const ENGINE_FILE = resolve('src/engine/systems/finance.ts');
/** Lints `src` as if it were an engine file; returns [rule, line] pairs. */
const hits = (src: string) => lintSource(ENGINE_FILE, src).map((v) => [v.rule, v.line]);

// Each planted violation sits on line 2, after a clean first line.
const planted: [rule: string, snippet: string][] = [
  ['math-random', 'const r = Math.random();'],
  ['transcendental', 'const g = Math.pow(1.05, 4);'],
  ['transcendental', 'const e = Math.exp(x);'],
  ['transcendental', "const p = Math['pow'](2, 0.5);"],
  ['transcendental', 'const { pow } = Math;'],
  ['transcendental', 'const { log: ln } = Math;'],
  ['transcendental', 'const f = Math.fround(x);'],
  ['transcendental', 'const h = Math.hypot(a, b);'],
  ['date', 'const now = Date.now();'],
  ['date', 'const d = new Date(0);'],
  ['date', 'type S = { at: Date };'],
  ['performance', 'const t = performance.now();'],
  ['timer', 'setTimeout(() => {}, 0);'],
  ['timer', 'queueMicrotask(() => {});'],
  ['timer', 'requestAnimationFrame(step);'],
  ['intl', "const nf = new Intl.NumberFormat('en');"],
  ['locale', 'const s = n.toLocaleString();'],
  ['locale', 'names.sort((a, b) => a.localeCompare(b));'],
  ['locale', "const u = name['toLocaleUpperCase']();"],
  ['ambient', 'const seed = process.env.SEED;'],
  ['ambient', 'const g = globalThis;'],
  ['ambient', 'const w = window.innerWidth;'],
  ['ambient', 'const q = document.title;'],
  ['ambient', 'const ua = navigator.userAgent;'],
  ['ambient', 'const id = crypto.randomUUID();'],
  ['import-boundary', "import { readFileSync } from 'node:fs';"],
  ['import-boundary', "import fs from 'fs';"],
  ['import-boundary', "import { join } from 'path';"],
  ['import-boundary', "import os from 'os';"],
  ['import-boundary', "import { createHash } from 'crypto';"],
  ['import-boundary', "import Phaser from 'phaser';"],
  ['import-boundary', "import { Hud } from '../../ui/hud.ts';"],
  ['import-boundary', "import type { Session } from '../../session/session.ts';"],
  ['import-boundary', "export { runBot } from '../../cli/bot.ts';"],
  ['import-boundary', "const m = await import('../../ui/scenes.ts');"],
  ['for-in', 'for (const k in obj) total += obj[k];'],
  ['sort-no-comparator', 'const s = xs.sort();'],
  ['sort-no-comparator', 'const s = xs.toSorted();'],
  ['non-integer-exponent', 'const y = x ** n;'],
  ['non-integer-exponent', 'const y = x ** 0.5;'],
  ['non-integer-exponent', 'y **= k;'],
  ['radix-tostring', 'const k = share.toString(36);'],
  ['radix-tostring', 'const k = x.toString(radix);'],
  ['unicode-version', "const n = name.normalize('NFC');"],
  ['unicode-version', 'const ok = /^\\p{L}+$/u.test(name);'],
  ['eval', "const v = eval('1 + 1');"],
  ['eval', "const f = new Function('return 1');"],
];

describe('lintSource', () => {
  it.each(planted)('catches %s in: %s', (rule, snippet) => {
    expect(hits(`const ok = 1;\n${snippet}\n`)).toEqual([[rule, 2]]);
  });

  it('catches Math aliases and reports the column', () => {
    const src = 'const M = Math;\nconst N = M;\nconst a = M.sin(x);\nconst b = N.random();\nconst { cbrt } = N;\n';
    expect(hits(src)).toEqual([['transcendental', 3], ['math-random', 4], ['transcendental', 5]]);
    expect(lintSource(ENGINE_FILE, 'let z = 0;\n  z = Math.atan2(1, 2);\n')[0]).toMatchObject({ line: 2, col: 7 });
  });

  it('flags Math passed as a value and computed Math members', () => {
    expect(hits('use(Math);\nconst f = Math[name];\n')).toEqual([['transcendental', 1], ['transcendental', 2]]);
  });

  it('does not flag clean engine code', () => {
    const clean = [
      "import { z } from 'zod';",
      "import { nextInt } from './rng.ts';",
      "import type { State } from '../state.ts';",
      'export function tick(s: State, xs: number[], obj: Record<string, number>): number {',
      '  const a = Math.floor(s.cash / 3) + Math.sqrt(16) + Math.imul(3, 5) + Math.round(1.5) + Math.abs(-1);',
      '  const b = Math.min(...xs) + Math.max(...xs) + Math.trunc(2.5) + Math.sign(-3) + Math.clz32(1);',
      '  const sq = a ** 2 + b ** 3 + Number(s.cash.toString(10)) + Number(String(a)) + Number(a.toString());',
      '  const sorted = [...xs].sort((p, q) => p - q);',
      '  const keys = Object.keys(obj).toSorted((p, q) => (p < q ? -1 : p > q ? 1 : 0));',
      '  let t = 0;',
      '  for (const k of keys) t += obj[k];',
      '  const fmt = { date: 1, process: 2, performance: 3 };',
      '  const performance = s.cash;',
      '  return sq + sorted.length + t + fmt.date + performance + s.timers.setTimeout + nextInt(1);',
      '}',
      'type Meta = { window: number; Date: string };',
      'const schema = z.object({ crypto: z.number() });',
    ].join('\n');
    expect(lintSource(ENGINE_FILE, clean)).toEqual([]);
  });

  it('honours an allow comment naming the rule and a reason, and rejects a bare one', () => {
    const ok = '// determinism-lint-allow: transcendental table generator, output is checked into data\nconst t = Math.exp(1);\n';
    expect(hits(ok)).toEqual([]);
    const wrongRule = '// determinism-lint-allow: date table generator\nconst t = Math.exp(1);\n';
    expect(hits(wrongRule)).toEqual([['transcendental', 2]]);
    const noReason = '// determinism-lint-allow: transcendental\nconst t = Math.exp(1);\n';
    expect(hits(noReason)).toEqual([['bad-allow', 1], ['transcendental', 2]]);
  });
});

const tmpDirs: string[] = [];
const makeTmp = () => { const d = mkdtempSync(join(tmpdir(), 'determinism-lint-')); tmpDirs.push(d); return d; };
afterAll(() => { for (const d of tmpDirs) rmSync(d, { recursive: true, force: true }); });

const GROWTH = `// Finance: revenue growth, integer cents only.
import type { Company } from './state.ts';
import { mulBp } from './money.ts';

/** Pure. Compounds quarterly revenue at a basis-point rate for n quarters. */
export function compoundGrowth(c: Company, rateBp: number, n: number): number {
  const r = rateBp / 10_000;
  return Math.round(c.revenueCents * Math.pow(1 + r, n));
}

/** Pure. The same growth done exactly, by repeated integer multiplication. */
export function compoundGrowthExact(c: Company, rateBp: number, n: number): number {
  let cents = c.revenueCents;
  for (let i = 0; i < n; i++) cents = mulBp(cents, 10_000 + rateBp);
  return cents;
}
`;

describe('lintPaths', () => {
  it('finds exactly the planted Math.pow in an engine-like file, skipping tests', () => {
    const dir = makeTmp();
    mkdirSync(join(dir, 'systems'));
    writeFileSync(join(dir, 'systems', 'finance.ts'), GROWTH);
    writeFileSync(join(dir, 'systems', 'finance.test.ts'), 'const now = Date.now();\n');
    writeFileSync(join(dir, 'money.ts'), 'export const mulBp = (c: number, bp: number) => Math.floor((c * bp) / 10_000);\n');
    const v = lintPaths([dir]);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ file: join(dir, 'systems', 'finance.ts'), line: 8, col: 38, rule: 'transcendental' });
    expect(v[0]!.message).toContain('Math.pow');
  });
});

describe('CLI', () => {
  const run = (dir: string) => spawnSync(process.execPath, ['--import', 'tsx', 'tools/determinism-lint.ts', dir], { encoding: 'utf8' });

  it('exits 1 and prints the violation on a planted file', () => {
    const dir = makeTmp();
    writeFileSync(join(dir, 'finance.ts'), GROWTH);
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${join(dir, 'finance.ts')}:8:38  transcendental  Math.pow`);
  });

  it('exits 0 on a clean dir', () => {
    const dir = makeTmp();
    writeFileSync(join(dir, 'money.ts'), 'export const half = (c: number) => Math.floor(c / 2);\n');
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('determinism lint: 1 files, 0 violations');
  });
});
