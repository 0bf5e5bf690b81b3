// Cross-engine determinism: the golden runs and 500 generated runs (120 under npm test) give identical per-quarter hash
// chains in Node (V8), bun (JavaScriptCore), headless Chromium and QuickJS. Engines absent here are
// skipped with a message, and required under CI. Plus the acceptance demonstration: a planted
// Math.pow is caught by the lint gate and, with the gate bypassed, by the cross-engine comparison.
import { ESLint } from 'eslint';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossEngineCheck } from '../tools/crossengine/check';
import { bunUnavailable, ENGINE_LABEL, unavailable } from '../tools/crossengine/engines';
import type { EngineName } from '../tools/crossengine/engines';
import { PLANT_LINE, plantPlugin, plantedSource } from '../tools/crossengine/plant';
import { sized, sizeLabel } from './sizing';

const CI = Boolean(process.env.CI);
const MARKET = resolve('src/engine/systems/market.ts');
const RUNS = sized(120, 500);
const QUICKJS_RUNS = sized(30, 100);

describe('cross-engine determinism', () => {
  it(`every engine reproduces Node's per-quarter hash chains on the golden set and ${sizeLabel(RUNS, 500)} generated runs`, async () => {
    const r = await crossEngineCheck({ runs: RUNS, quickjsRuns: QUICKJS_RUNS });
    for (const s of r.skipped) {
      const msg = `cross-engine: ${ENGINE_LABEL[s.engine as EngineName]} SKIPPED: ${s.reason}`;
      console.log(msg);
      if (CI) throw new Error(`${msg} (required under CI)`);
    }
    const per = r.engines.map((e) => `${e} ${r.perEngine[e]!.runs} runs`).join(', ');
    const stale = r.staleGolden.length ? `, ${r.staleGolden.length} stale golden left out` : '';
    const runs = `${r.runs} (${r.golden} golden runs and replays${stale}, ${r.variants.length} round-number variants)`;
    console.log(
      `[crossengine] engines: ${r.engines.length} (${per}); runs: ${runs}; quarter hashes: ${r.quarters}; mismatches: ${r.mismatches}; ${r.ms} ms`,
    );
    expect(r.errors).toEqual([]);
    expect(r.mismatchList.slice(0, 10)).toEqual([]);
    expect(r.engines).toContain('node');
    expect(r.runs).toBeGreaterThanOrEqual(RUNS + r.golden);
    expect(r.golden).toBeGreaterThan(0);
    expect(r.quarters).toBeGreaterThan(r.runs); // chains are per quarter, not just final hashes
  });
});

describe('acceptance: a planted Math.pow in compound growth', () => {
  const planted = plantedSource(readFileSync(MARKET, 'utf8'));

  it('is caught by the determinism lint gate', async () => {
    const eslint = new ESLint({ cache: false });
    const lint = async (text: string) => (await eslint.lintText(text, { filePath: MARKET }))[0]!.messages;
    expect(await lint(readFileSync(MARKET, 'utf8'))).toEqual([]);
    const v = await lint(planted);
    const line = planted.split('\n').findIndex((l) => l.includes(PLANT_LINE)) + 1;
    expect(v.map((x) => [x.ruleId, x.line])).toEqual([['no-restricted-properties', line]]);
    expect(v[0]!.message).toContain('Math.pow');
  });

  it('with the gate bypassed, makes V8 and JavaScriptCore disagree', async (ctx) => {
    const why = await unavailable('jsc');
    if (why) {
      console.log(`cross-engine plant: bun (JavaScriptCore) SKIPPED: ${why}`);
      if (CI) throw new Error(`bun is required under CI: ${why}`);
      ctx.skip();
    }
    const hits = { n: 0 };
    const r = await crossEngineCheck({ runs: 48, engines: ['node', 'jsc'], plugins: [plantPlugin(hits)] });
    expect(hits.n).toBe(1);
    expect(r.errors).toEqual([]);
    const onVariants = r.mismatchList.filter((m) => m.id.includes('~round'));
    const first = Math.min(...r.mismatchList.map((m) => m.quarter));
    console.log(
      `[crossengine] planted Math.pow: ${r.mismatches} of ${r.runs} runs differ between V8 and JavaScriptCore ` +
        `(${onVariants.length} on round-number variants), first at quarter ${first}`,
    );
    expect(r.mismatches).toBeGreaterThan(0);
    expect(r.mismatchList.every((m) => m.engine === 'jsc' && m.quarter > 0)).toBe(true);
  });
});

describe('the bun probe', () => {
  it('runs `bun --version`: a placeholder left by an install without scripts is a named skip, not a failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bun-probe-'));
    try {
      // What npm leaves at node_modules/.bin/bun when install scripts are off: a few hundred bytes that exit 1.
      const placeholder = join(dir, 'bun');
      writeFileSync(placeholder, '#!/bin/sh\necho "Error: Bun\'s postinstall script was not run." >&2\nexit 1\n');
      chmodSync(placeholder, 0o755);
      const why = await bunUnavailable(placeholder);
      expect(why).toContain('`bun --version` failed');
      expect(why).toContain("Bun's postinstall script was not run");
      expect(why).toContain('npm rebuild bun');
      expect(await bunUnavailable(join(dir, 'absent'))).toContain('bun not found at');
      const fake = join(dir, 'bun-ok');
      writeFileSync(fake, '#!/bin/sh\necho 1.4.5\n');
      chmodSync(fake, 0o755);
      expect(await bunUnavailable(fake)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
