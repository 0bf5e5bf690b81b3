// The command line as a user runs it: real processes, real exit codes, real output.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
function sim(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('sim CLI', () => {
  it('play --json ends with one JSON object describing the run, matching the pinned golden run', () => {
    const r = sim('play', '--scenario', 'classic', '--seed', '42', '--bot', 'balanced', '--json');
    expect(r.code).toBe(0);
    const last = JSON.parse(r.out.trim().split('\n').at(-1)!);
    for (const k of ['scenario', 'seed', 'bot', 'quarters', 'outcome', 'finalHash', 'cash', 'valuation', 'founderOwnership'])
      expect(last).toHaveProperty(k);
    const golden = JSON.parse(readFileSync(join(ROOT, 'test/golden-runs.json'), 'utf8'))[0];
    expect(last).toMatchObject({
      scenario: 'classic',
      seed: '42',
      bot: 'balanced',
      finalHash: golden.finalHash,
      cash: golden.cash,
      quarters: golden.quarters,
    });
    expect(last.founderOwnership).toBeGreaterThan(0);
    expect(last.founderOwnership).toBeLessThanOrEqual(1);
  });

  it('play prints a per-quarter table and writes the decision log with --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'run.json');
    const r = sim('play', '--seed', '5', '--bot', 'focused', '--out', file);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.some((l) => /^\s+Q\s+cash\s+revenue\s+customers\s+staff\s+events/.test(l))).toBe(true);
    expect(lines.filter((l) => /^\s+\d+\s+-?\$[\d,]+\s+\$[\d,]+\s+\d+\s+\d+/.test(l)).length).toBeGreaterThanOrEqual(1);
    const replay = JSON.parse(readFileSync(file, 'utf8'));
    expect(replay).toMatchObject({ format: 'ai-startup-sim/replay', seed: '5', scenario: { id: 'classic' }, meta: { bot: 'focused' } });
    expect(replay.quarters.length).toBe(replay.result.quarters);
  });

  it('scenarios lists the shipped scenarios', () => {
    const r = sim('scenarios');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^classic\s+20 quarters/m);
  });

  it('bad arguments give the usage and exit 2', () => {
    for (const args of [
      ['play', '--bot', 'nobody'],
      ['play', '--frobnicate'],
      ['play', '--seed'],
      ['bogus'],
      [],
      ['play', '--scenario', 'no-such-scenario'],
    ]) {
      const r = sim(...args);
      expect([args, r.code]).toEqual([args, 2]);
      expect(r.err).toMatch(/usage: npm run -s sim -- COMMAND|unknown scenario/);
      expect(r.err).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    }
  });
});
