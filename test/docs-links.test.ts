// The documentation points at things that exist: every relative link and image in README.md,
// CHANGELOG.md and docs/*.md opens a file of this repository, every repository path quoted in
// backticks (`src/...`, `test/...`, `tools/...`, `scenarios/...`, `assets/...`, `docs/...`) exists,
// and the README still fits a screen or two (≤ 200 lines).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FILES = [
  'README.md',
  'CHANGELOG.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];

/** Markdown link and image targets: `[text](target)` and `![alt](target)`, without a title. */
export function linkTargets(md: string): string[] {
  const out: string[] = [];
  for (const m of md.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1]!);
  return out;
}

/** Relative targets only (no scheme, no bare #anchor), with any #anchor or ?query removed. */
export function localPath(target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return null;
  return decodeURIComponent(target.split('#')[0]!.split('?')[0]!);
}

/** Repository paths quoted in backticks: plain paths under the main folders, no placeholders or globs. */
export function quotedPaths(md: string): string[] {
  const out: string[] = [];
  for (const m of md.matchAll(/`((?:src|test|tools|scenarios|assets|docs)\/[^`\s]*)`/g)) {
    const p = m[1]!;
    if (/[<>*{}|…]|\.\.\./.test(p)) continue;
    out.push(p.replace(/[.,;:]$/, ''));
  }
  return out;
}

describe('the documentation', () => {
  it('parses links the way a reader clicks them', () => {
    expect(linkTargets('see [a](docs/a.md) and ![b](../assets/b.png "t") and [c](https://x.org) [d](#top)')).toEqual([
      'docs/a.md',
      '../assets/b.png',
      'https://x.org',
      '#top',
    ]);
    expect(localPath('docs/a.md#part')).toBe('docs/a.md');
    expect(localPath('https://x.org')).toBeNull();
    expect(quotedPaths('`src/engine/index.ts`, `scenarios/<id>.json`, `assets/office/*.svg`, `test/e2e/`.')).toEqual([
      'src/engine/index.ts',
      'test/e2e/',
    ]);
  });

  for (const file of FILES) {
    it(`${file}: every relative link and image opens a file in the repository`, () => {
      const md = readFileSync(join(ROOT, file), 'utf8');
      const broken = linkTargets(md)
        .map(localPath)
        .filter((p): p is string => p !== null && p !== '')
        .filter((p) => !existsSync(resolve(ROOT, dirname(file), p)));
      expect(broken, `broken links in ${file}`).toEqual([]);
    });

    it(`${file}: every repository path it quotes exists`, () => {
      const md = readFileSync(join(ROOT, file), 'utf8');
      const missing = quotedPaths(md).filter((p) => !existsSync(join(ROOT, p)));
      expect(missing, `paths quoted in ${file} that do not exist`).toEqual([]);
    });
  }

  it('README.md fits: at most 200 lines, and links every page in docs/', () => {
    const md = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(md.split('\n').length).toBeLessThanOrEqual(201);
    const linked = new Set(linkTargets(md).map(localPath));
    const pages = FILES.filter((f) => f.startsWith('docs/'));
    expect(pages.filter((p) => !linked.has(p))).toEqual([]);
  });
});
