// The lint gate (eslint.config.js, `npm run lint`) through ESLint's own Node API: every determinism rule
// catches a snippet planted in an engine file, with the rule and line it should; the engine door refuses a
// deep engine import from the UI, a test or a tool; clean engine code passes; a disable comment needs a
// reason; and no file in the tree switches rules off with an inline rule configuration comment.
import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const ENGINE_FILE = join(ROOT, 'src/engine/systems/finance.ts');
const FORMATS_FILE = join(ROOT, 'src/formats/table.ts');
const UI_FILE = join(ROOT, 'src/ui/game/panel.ts');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, cache: false });
});

type Hit = [rule: string | null, line: number];
/** Lints `code` as if it were the file at `filePath`; returns [rule, line] pairs in order. */
async function hits(filePath: string, code: string): Promise<Hit[]> {
  const [r] = await eslint.lintText(code, { filePath });
  // Planted snippets are fragments: an import nobody uses is not what they test.
  return r!.messages.filter((m) => m.ruleId !== '@typescript-eslint/no-unused-vars').map((m): Hit => [m.ruleId, m.line]);
}
/** The messages themselves (to check what they tell the developer to do). */
async function messages(filePath: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath });
  return r!.messages.map((m) => m.message);
}

const GLOBALS = 'no-restricted-globals';
const PROPS = 'no-restricted-properties';
const SYNTAX = 'no-restricted-syntax';
const IMPORTS = 'no-restricted-imports';

// Each planted violation sits on line 2 of a file, after a clean first line, in src/engine/systems/.
// The declared names keep no-unused-vars quiet: `export`ed.
const planted: [rule: string, snippet: string][] = [
  [PROPS, 'export const r = Math.random();'],
  [PROPS, 'export const g = Math.pow(1.05, 4);'],
  [PROPS, 'export const e = Math.exp(ok);'],
  [PROPS, "export const p = Math['pow'](2, 0.5);"],
  [PROPS, 'export const f = Math.fround(ok);'],
  [PROPS, 'export const h = Math.hypot(ok, ok);'],
  [PROPS, 'export const l = Math.log2(ok);'],
  [GLOBALS, 'export const now = Date.now();'],
  [GLOBALS, 'export const d = new Date(0);'],
  [SYNTAX, 'export type S = { at: Date };'],
  [GLOBALS, 'export const t = performance.now();'],
  [GLOBALS, 'setTimeout(() => {}, 0);'],
  [GLOBALS, 'queueMicrotask(() => {});'],
  [GLOBALS, 'requestAnimationFrame(() => {});'],
  [GLOBALS, "export const nf = new Intl.NumberFormat('en');"],
  [PROPS, 'export const s = ok.toLocaleString();'],
  [PROPS, "export const c = ['b', 'a'].sort((a, b) => a.localeCompare(b));"],
  [PROPS, "export const u = 'x'['toLocaleUpperCase']();"],
  [PROPS, "export const n = 'x'.normalize('NFC');"],
  [GLOBALS, 'export const seed = process.env.SEED;'],
  [GLOBALS, 'export const g = globalThis;'],
  [GLOBALS, 'export const w = window.innerWidth;'],
  [GLOBALS, 'export const q = document.title;'],
  [GLOBALS, 'export const ua = navigator.userAgent;'],
  [GLOBALS, 'export const id = crypto.randomUUID();'],
  [GLOBALS, "export const v = eval('1 + 1');"],
  [GLOBALS, "export const f = new Function('return 1');"],
  [IMPORTS, "import { readFileSync } from 'node:fs';"],
  [IMPORTS, "import fs from 'fs';"],
  [IMPORTS, "import { readFile } from 'fs/promises';"],
  [IMPORTS, "import { join } from 'path';"],
  [IMPORTS, "import os from 'os';"],
  [IMPORTS, "import { createHash } from 'crypto';"],
  [IMPORTS, "import Phaser from 'phaser';"],
  [IMPORTS, "import { Hud } from '../../ui/hud.ts';"],
  [IMPORTS, "import type { Session } from '../../session/session';"],
  [IMPORTS, "export { runBot } from '../../cli/bot.ts';"],
  [IMPORTS, "import { x } from '/abs/path.ts';"],
  [SYNTAX, "export const m = await import('./state');"],
  [SYNTAX, 'export const meta = import.meta.url;'],
  [SYNTAX, 'for (const k in { a: 1 }) console.log(k);'],
  [SYNTAX, 'export const s = [3, 1].sort();'],
  [SYNTAX, 'export const s = [3, 1].toSorted();'],
  [SYNTAX, "export const s = [3, 1]['sort']();"],
  [SYNTAX, 'export const s = [3, 1].sort(undefined);'],
  [SYNTAX, 'export const y = ok ** ok;'],
  [SYNTAX, 'export const y = ok ** 0.5;'],
  [SYNTAX, 'export let y = 2; y **= ok;'],
  [SYNTAX, 'export const k = ok.toString(36);'],
  [SYNTAX, 'export const k = ok.toString(ok);'],
  [SYNTAX, 'export const re = /^\\p{L}+$/u;'],
  // Math aliasing: the alias itself is refused, since `M.pow` could not be told from `Math.pow`.
  [SYNTAX, 'const M = Math; export const a = M.floor(ok);'],
  [SYNTAX, 'export const use = (m: unknown) => m; use(Math);'],
  [SYNTAX, "const name = 'pow'; export const f = Math[name];"],
];

describe('the determinism gate on src/engine', () => {
  it.each(planted)('%s catches: %s', async (rule, snippet) => {
    expect(await hits(ENGINE_FILE, `export const ok = 1;\n${snippet}\n`)).toEqual([[rule, 2]]);
  });

  it('catches Math aliased by destructuring, and what it says to do instead', async () => {
    expect(await hits(ENGINE_FILE, 'const { pow } = Math;\nexport const p = pow(2, 3);\n')).toEqual([
      [PROPS, 1],
      [SYNTAX, 1],
    ]);
    const [alias] = await messages(ENGINE_FILE, 'const M = Math;\nexport const y = M.pow(2, 0.5);\n');
    expect(alias).toContain('call Math.floor(...) etc. directly');
    expect((await messages(ENGINE_FILE, 'export const y = Math.pow(2, 0.5);\n'))[0]).toContain('integer arithmetic or a lookup table');
    expect((await messages(ENGINE_FILE, 'export const now = Date.now();\n'))[0]).toContain('integer quarters in state');
  });

  it('applies to src/formats too, where the only imports are src/formats itself', async () => {
    expect(await hits(FORMATS_FILE, 'export const r = Math.random();\n')).toEqual([[PROPS, 1]]);
    expect(await hits(FORMATS_FILE, "import { a } from './safe-json-chars';\nexport const b = a;\n")).toEqual([]);
    expect(await hits(FORMATS_FILE, "import { initialState } from '../engine/index';\nexport const b = initialState;\n")).toEqual([
      [IMPORTS, 1],
    ]);
  });

  it('does not flag clean engine code (integer Math, comparators, shadowed names, property names)', async () => {
    const clean = [
      '// global state lives in State; eslint checks this file (a line comment, not a directive)',
      "import { z } from 'zod';",
      "import { sha256 } from '@noble/hashes/sha2.js';",
      "import { nextInt } from '../rng';",
      "import type { State } from '../state';",
      "import { parseJsonSafe } from '../../formats/safe-json';",
      "import { byString } from './market';",
      'export function tick(s: State, xs: number[], obj: Record<string, number>): number {',
      '  const a = Math.floor(s.cash / 3) + Math.sqrt(16) + Math.imul(3, 5) + Math.round(1.5) + Math.abs(-1);',
      "  const b = Math.min(...xs) + Math.max(...xs) + Math.trunc(2.5) + Math.sign(-3) + Math.clz32(1) + Math['floor'](1);",
      '  const sq = a ** 2 + b ** 3 + Number(s.cash.toString(10)) + Number(String(a)) + Number(a.toString());',
      '  const sorted = [...xs].sort((p, q) => p - q);',
      '  const keys = Object.keys(obj).toSorted(byString);',
      '  let t = 0;',
      '  for (const k of keys) t += obj[k]!;',
      '  const fmt = { date: 1, process: 2, performance: 3, Math: 4 };',
      '  const performance = s.cash;',
      '  return sq + sorted.length + t + fmt.date + fmt.Math + performance + nextInt(1) + sha256.length + String(parseJsonSafe).length;',
      '}',
      'export type Meta = { window: number; Date: string; Math: typeof Math };',
      'export const schema = z.object({ crypto: z.number() });',
    ].join('\n');
    expect(await hits(ENGINE_FILE, clean)).toEqual([]);
  });

  it('leaves engine tests alone: a *.test.ts may read the clock', async () => {
    expect(await hits(join(ROOT, 'src/engine/step.test.ts'), 'export const t = Date.now() + Math.random();\n')).toEqual([]);
  });
});

describe('the escape hatch: eslint-disable with a reason', () => {
  const code = (comment: string) => `export const ok = 1;\n${comment}\nexport const t = Math.exp(1);\n`;

  it('honours a disable comment naming the rule and giving a reason', async () => {
    expect(
      await hits(ENGINE_FILE, code('// eslint-disable-next-line no-restricted-properties -- table generator, output checked into data')),
    ).toEqual([]);
  });

  it('refuses one without a reason, one without a rule, and reports one that hides nothing or the wrong rule', async () => {
    expect(await hits(ENGINE_FILE, code('// eslint-disable-next-line no-restricted-properties'))).toEqual([
      ['local/disable-needs-reason', 2],
    ]);
    expect(await hits(ENGINE_FILE, code('// eslint-disable-next-line -- a table generator'))).toEqual([['local/disable-needs-reason', 2]]);
    // A disable naming another rule hides nothing: the violation stays and the directive is reported unused.
    expect(await hits(ENGINE_FILE, code('// eslint-disable-next-line no-restricted-globals -- a table generator'))).toEqual([
      [null, 2],
      [PROPS, 3],
    ]);
  });

  it('refuses inline rule configuration', async () => {
    const inline = `/* ${'eslint'} no-restricted-properties: "off" */\nexport const t = Math.exp(1);\n`;
    expect(await hits(ENGINE_FILE, inline)).toEqual([['local/disable-needs-reason', 1]]);
  });

  it('no file in the tree configures rules inline (which could also switch the reason check off)', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(ts|js)$/.test(e.name)) files.push(p);
      }
    };
    for (const d of ['src', 'test', 'tools']) walk(join(ROOT, d));
    expect(files.length).toBeGreaterThan(100);
    const inline = files.filter((f) => /\/\*\s*(eslint|eslint-env|globals?)\s/.test(readFileSync(f, 'utf8')));
    expect(inline.map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });
});

describe('the engine door', () => {
  const deep: [file: string, code: string][] = [
    ['src/ui/game/panel.ts', "import { x } from '../../engine/state';\nexport const y = x;\n"],
    ['src/ui/app.ts', "import type { State } from '../engine/state';\nexport type S = State;\n"],
    ['src/cli/play.ts', "export { pickMarkets } from '../engine/bots/common';\n"],
    ['test/bots.test.ts', "import { pickMarkets } from '../src/engine/bots/common.ts';\nexport const y = pickMarkets;\n"],
    ['tools/bench/engine.ts', "import { step } from '../../src/engine/step';\nexport const y = step;\n"],
    ['src/replay/verify.ts', "import * as idx from '../engine/index/../state';\nexport const y = idx;\n"],
  ];
  it.each(deep)('refuses a deep engine import in %s', async (file, code) => {
    const got = await messages(join(ROOT, file), code);
    expect(await hits(join(ROOT, file), code)).toEqual([[IMPORTS, 1]]);
    expect(got[0]).toContain('only through its entry');
  });

  it('refuses a deep dynamic import and a deep import() type', async () => {
    expect(await hits(UI_FILE, "export const m = await import('../../engine/state');\n")).toEqual([[SYNTAX, 1]]);
    expect(await hits(UI_FILE, "export type S = import('../../engine/state').State;\n")).toEqual([[SYNTAX, 1]]);
  });

  it('lets the entry through, in every spelling, and the UI keeps its own host APIs', async () => {
    const ok = [
      "import { initialState } from '../../engine';",
      "import type { State } from '../../engine/index';",
      "import { step } from '../../engine/index.ts';",
      "import { t } from '../../i18n/index';",
      'export const now = Date.now() + Math.random() + (initialState.length as number) + (step.length as number) + t.length;',
      'export type S = State;',
    ].join('\n');
    expect(await hits(UI_FILE, ok)).toEqual([]);
  });
});
