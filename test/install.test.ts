// A fresh machine: the Node range the toolchain needs (package.json, its lock and .nvmrc agree), the
// licence file package.json names, Chromium found on PATH or through CHROMIUM_PATH, and a build
// that ships only the woff2 fonts the browser loads.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_NAMES, findChromium } from '../src/cli/chromium';
import { woff2Only } from '../vite.config';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  license: string;
  engines: { node: string };
  allowScripts: Record<string, unknown>;
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};

/** Whether `version` (x.y.z) satisfies "^20.19.0 || >=22.12.0"-style ranges (the forms used here). */
function satisfies(version: string, range: string): boolean {
  const v = version.split('.').map(Number) as [number, number, number];
  const cmp = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  return range.split('||').some((alt) => {
    const m = /^\s*(\^|>=)(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(alt);
    if (!m) throw new Error(`unsupported range part "${alt}"`);
    const b = [Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)];
    return cmp(v, b) >= 0 && (m[1] === '>=' || v[0] === b[0]);
  });
}

describe('fresh machine', () => {
  it('engines is the range vite, rolldown and eslint all run on, in the lock too, and .nvmrc names a Node inside it', () => {
    expect(pkg.engines.node).toBe('^20.19.0 || ^22.13.0 || >=24.0.0');
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { engines?: { node?: string } }> };
    expect(lock.packages['']!.engines!.node).toBe(pkg.engines.node);
    const samples = ['20.18.9', '20.19.0', '20.99.0', '21.0.0', '22.12.0', '22.13.0', '22.99.0', '23.5.0', '24.0.0', '26.1.0'];
    for (const dep of ['vite', 'rolldown', 'eslint']) {
      const need = (JSON.parse(readFileSync(join('node_modules', dep, 'package.json'), 'utf8')) as { engines: { node: string } }).engines
        .node;
      // every Node our range admits runs this package
      for (const v of samples) if (satisfies(v, pkg.engines.node)) expect(satisfies(v, need), `${dep} on Node ${v}`).toBe(true);
    }
    const nvm = readFileSync('.nvmrc', 'utf8').trim();
    expect(nvm).toMatch(/^\d+(\.\d+){0,2}$/);
    // `nvm install 22` picks the newest 22.x, which is inside the range; a bare 20 would not be.
    expect(satisfies(`${nvm}.999.0`.split('.').slice(0, 3).join('.'), pkg.engines.node)).toBe(true);
    expect(satisfies('20.18.0', pkg.engines.node)).toBe(false);
    expect(satisfies('22.11.0', pkg.engines.node)).toBe(false);
    expect(satisfies('22.12.0', pkg.engines.node)).toBe(false); // eslint 10 needs 22.13
  });

  it('allows install scripts exactly for the packages that have them (bun, esbuild)', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([k]) => k.replace(/^.*node_modules\//, ''));
    expect(withScripts.sort()).toEqual(['bun', 'esbuild']);
    expect(pkg.allowScripts).toEqual({ bun: true, esbuild: true });
  });

  it('has the MIT LICENSE package.json names', () => {
    expect(pkg.license).toBe('MIT');
    const text = readFileSync('LICENSE', 'utf8');
    expect(text.startsWith('MIT License')).toBe(true);
    expect(text).toMatch(/Copyright \(c\) \d{4} AI Startup Sim contributors/);
  });

  it('finds Chromium on PATH by each of its names, lets CHROMIUM_PATH choose, and says what it searched', () => {
    const exe = (set: string[]) => (p: string) => set.includes(p);
    expect(CHROMIUM_NAMES).toEqual(['chromium', 'chromium-browser', 'google-chrome']);
    expect(findChromium({ PATH: '/a:/b' }, exe(['/b/chromium-browser', '/a/google-chrome']))).toBe('/b/chromium-browser');
    expect(findChromium({ PATH: '/a:/b' }, exe(['/a/google-chrome']))).toBe('/a/google-chrome');
    expect(findChromium({ PATH: '/a:/b' }, exe(['/b/chromium', '/a/chromium']))).toBe('/a/chromium');
    expect(findChromium({ PATH: '/a', CHROMIUM_PATH: '/opt/chrome/chrome' }, exe(['/a/chromium']))).toBe('/opt/chrome/chrome');
    expect(findChromium({ PATH: '' }, exe([]))).toBe('/usr/bin/chromium');
  });
});

describe('build weight', () => {
  it('keeps only the woff2 source of each @fontsource face (no .woff file is emitted)', () => {
    const css = readFileSync(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/400.css'), 'utf8');
    const plugin = woff2Only();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    const out = transform(css, '/x/node_modules/@fontsource/noto-sans-sc/400.css')!.code;
    const faces = css.match(/@font-face/g)!.length;
    expect(faces).toBeGreaterThan(50);
    expect(css.match(/\.woff\)/g)!.length).toBe(faces); // the input does list woff fallbacks
    expect(out.match(/\.woff\)/g)).toBeNull();
    expect(out.match(/\.woff2\) format\('woff2'\)/g)!.length).toBe(faces);
    expect(transform(css, '/x/src/ui/style.css')).toBeNull();
  });
});
