// The balance lab's promise to its users: the same arguments give the same report whether it runs on
// 1, 2 or 4 worker threads or in-process; and the command's --json contract.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../src/cli/scenarios';
import type { Scenario } from '../src/engine/index';
import type { LabRequest } from '../src/balance/lab';
import { runLab } from '../src/balance/lab';
import { inProcess, startPool } from '../src/balance/pool';

const ROOT = new URL('..', import.meta.url).pathname;
const load = (id: string): Scenario => readScenario(id).scenario;

describe('balance lab: workers', () => {
  it('gives the identical report in-process and on 1, 2 and 4 worker threads', async () => {
    const scenarios = [load('classic'), load('workshop-intro')];
    const req: LabRequest = { scenarios, games: 16, bots: ['random', 'focused', 'scattered'], factors: true, searchGames: 3 };
    const seedBase = 100;
    const reports: string[] = [JSON.stringify(await runLab(req, inProcess(scenarios, seedBase)))];
    for (const n of [1, 2, 4]) {
      const pool = startPool(scenarios, seedBase, n);
      try {
        reports.push(JSON.stringify(await runLab(req, pool.exec)));
      } finally {
        await pool.close();
      }
    }
    const parsed = JSON.parse(reports[0]!);
    expect(parsed.bots.focused.games).toBe(16);
    expect(parsed.strategies.scenarios).toEqual(['classic', 'workshop-intro']);
    for (const r of reports.slice(1)) expect(r).toBe(reports[0]);
  });

  it('`sim balance --json` ends with one object: bots (games, survivalRate, events) and factors (factor, section, survivalEffect, ci)', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'balance',
        '--scenario',
        'classic',
        '--games',
        '20',
        '--bots',
        'focused,scattered',
        '--search-games',
        '0',
        '--workers',
        '2',
        '--json',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const last = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    for (const name of ['focused', 'scattered']) {
      expect(last.bots[name].games).toBe(20);
      expect(last.bots[name].survivalRate).toBeGreaterThanOrEqual(0);
      expect(last.bots[name].survivalRate).toBeLessThanOrEqual(1);
      expect(Object.keys(last.bots[name].events)).toContain('privacyFine');
    }
    expect(last.factors.length).toBeGreaterThanOrEqual(10);
    for (const f of last.factors) {
      expect(typeof f.factor).toBe('string');
      expect(f.section).toMatch(/^§1\./);
      expect(f.ci.lo).toBeLessThanOrEqual(f.survivalEffect);
      expect(f.ci.hi).toBeGreaterThanOrEqual(f.survivalEffect);
    }
    // Progress went to stderr as plain lines (not a terminal), keeping stdout's last line clean.
    expect(r.stderr).toMatch(/balance: bots and factors: \d+\/\d+ games/);
  });

  it('refuses bad arguments with a message naming the option', () => {
    const run = (...a: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'balance', ...a], { cwd: ROOT, encoding: 'utf8' });
    const a = run('--games', 'lots');
    expect(a.status).toBe(2);
    expect(a.stderr).toContain('--games takes a whole number');
    const b = run('--bots', 'focused,nobody', '--games', '5');
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('unknown bot "nobody"');
  });
});
