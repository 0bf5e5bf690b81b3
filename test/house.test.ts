// House rules of the source tree that no formatter enforces. Biome wraps code at 140 columns but never
// breaks a long string or template literal, so a line can still run on for hundreds of characters:
// no tracked .ts/.js line under src/, tools/, test/ or at the root (the configs) is over 200 characters.
// src/i18n/ is left out (a dictionary entry is one sentence per language, kept whole to be read and
// translated). Split a long literal into pieces joined with '' or build it from smaller helpers; the
// output must not change.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAX = 200;
const CODE = /\.[cm]?[jt]s$/;

/** Files that still have longer lines, each with why; an entry goes as soon as its file is wrapped. */
const ALLOWED: Record<string, string> = {};

/** Whether a repository path is held to the limit: code under src/ (but src/i18n/), tools/, test/, or at the root. */
export function checked(path: string): boolean {
  if (!CODE.test(path) || path.startsWith('src/i18n/')) return false;
  return !path.includes('/') || /^(src|tools|test)\//.test(path);
}

/** Pure. The 1-based numbers and lengths (in characters) of the lines over `max`. */
export function longLines(text: string, max = MAX): { line: number; length: number }[] {
  const out: { line: number; length: number }[] = [];
  text.split('\n').forEach((l, i) => {
    const length = [...l.replace(/\r$/, '')].length;
    if (length > max) out.push({ line: i + 1, length });
  });
  return out;
}

/** The tracked files (git ls-files); outside a git checkout, every file but node_modules and dot folders. */
function trackedFiles(): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\0')
      .filter(Boolean);
  } catch {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        if (e.name === 'node_modules' || e.name.startsWith('.')) return [];
        const p = join(dir, e.name);
        return e.isDirectory() ? walk(p) : [relative(ROOT, p).split('\\').join('/')];
      });
    return walk(ROOT);
  }
}

describe('house rules', () => {
  it('longLines finds exactly the lines over the limit (in characters, not bytes)', () => {
    expect(longLines(['a', 'b'.repeat(201), 'c'.repeat(200), '汉'.repeat(200), 'd'.repeat(250) + '\r'].join('\n'))).toEqual([
      { line: 2, length: 201 },
      { line: 5, length: 250 },
    ]);
    expect(checked('src/workshop/report.ts')).toBe(true);
    expect(checked('eslint.config.js')).toBe(true);
    expect(checked('src/i18n/ui.ts')).toBe(false);
    expect(checked('test/golden-runs.json')).toBe(false);
    expect(checked('docs/x.js')).toBe(false);
  });

  it(`no tracked code line is over ${MAX} characters (src/i18n/ and the listed files aside)`, () => {
    const files = trackedFiles().filter(checked);
    expect(files.length).toBeGreaterThan(100);
    const found = new Map<string, string[]>();
    for (const f of files) {
      const long = longLines(readFileSync(join(ROOT, f), 'utf8'));
      if (long.length)
        found.set(
          f,
          long.map((x) => `${f}:${x.line} (${x.length} characters)`),
        );
    }
    const offending = [...found].filter(([f]) => !Object.hasOwn(ALLOWED, f)).flatMap(([, lines]) => lines);
    expect(offending, `lines over ${MAX} characters: split the literal into pieces joined with ''`).toEqual([]);
    // An entry whose file no longer has such a line (or is gone) is stale: the list only shrinks.
    const stale = Object.keys(ALLOWED).filter((f) => !found.has(f));
    expect(stale, 'wrapped now: remove these from ALLOWED in test/house.test.ts').toEqual([]);
  });
});
