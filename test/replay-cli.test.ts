// `sim verify` as an instructor runs it: a file, a share code or a link; exit 0 with the final
// result, 1 naming the first diverging quarter, 2 saying why the input cannot be used.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main';
import { encodeShareCode, exportReplay } from '../src/replay/index';
import type { Replay } from '../src/replay/index';
import { loadShipped, runReplay } from './golden/runs';

// Fresh runs under the current rules (the golden set's staleness is replay-golden's business).
const ROOT = new URL('..', import.meta.url).pathname;
const DIR = mkdtempSync(join(tmpdir(), 'verify-'));
const classic = loadShipped('classic');
const games: Record<string, Replay> = { 'balanced-42': runReplay(classic, '42', 'balanced'), 'chaos-4': runReplay(classic, '4', 'chaos') };
const text = (name: string) => exportReplay(games[name]!);
function file(name: string, edit?: (j: any) => void): string {
  const j = JSON.parse(text(name.split(':')[0]!));
  edit?.(j);
  const path = join(DIR, name.replace(':', '-') + '.json');
  writeFileSync(path, edit ? JSON.stringify(j) : text(name));
  return path;
}
const fixture = (p: string) => {
  const bad: Record<string, (j: any) => void> = {
    'bad/decision-refused-q2.json': (j) => {
      j.quarters[1].d.push({ type: 'fire', role: 'compliance', count: 9 });
    },
    'bad/result-cash-edited.json': (j) => {
      j.result.cash += 1_000_000;
    },
    'bad/engine-version-3.json': (j) => {
      j.engineVersion = 3;
    },
    'bad/format-version-3.json': (j) => {
      j.formatVersion = 3;
    },
    'bad/format-version-1.json': (j) => {
      j.formatVersion = 1;
    },
    'bad/scenario-version-2.json': (j) => {
      j.scenario.version = 2;
    },
    'bad/decision-edited-q3.json': (j) => {
      j.quarters[2].d.push({ type: 'setRndBudget', amount: 12345 });
    },
    'bad/scenario-mars.json': (j) => {
      j.scenario.id = 'mars';
    },
  };
  return bad[p] ? file('balanced-42:' + p.slice(4, -5), bad[p]) : file(p);
};
const pinned = (name: string) => ({ finalHash: games[name]!.result.finalHash, code: encodeShareCode(games[name]!) });

async function sim(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((s: string) => {
    err.push(s);
  });
  const code = await main(
    args,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sim verify', () => {
  it('a replay file: exit 0, prints the outcome and the final hash', async () => {
    const r = await sim('verify', fixture('balanced-42'));
    expect(r.code).toBe(0);
    const g = games['balanced-42']!;
    expect(r.out).toContain(
      `verified: replay file for scenario classic v1, seed 42 (bot balanced): all ${g.quarters.length} quarters match`,
    );
    expect(r.out).toMatch(
      new RegExp(
        `outcome: ${g.result.outcome} after ${g.quarters.length} quarters; cash -?\\$[\\d,]+; valuation \\$[\\d,]+; founders own \\d+\\.\\d\\d%`,
      ),
    );
    expect(r.out).toContain(`final hash: ${pinned('balanced-42').finalHash}`);
  });

  it('a share code or a link: exit 0; --out writes the full replay file, identical to the original', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    const g = pinned('chaos-4');
    const r = await sim('verify', `https://example.org/#replay=${g.code}`, '--out', join(dir, 'r.json'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      status: 'verified',
      kind: 'code',
      quarters: games['chaos-4']!.quarters.length,
      result: { finalHash: g.finalHash },
    });
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe(text('chaos-4'));
  });

  it('a tampered replay: exit 1 naming the first diverging quarter and what differs', async () => {
    const r = await sim('verify', fixture('bad/decision-refused-q2.json'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/DIVERGES: quarter 2 diverges: decision \d+ \(fire\) is refused by the rules \(notEnoughStaff\)/);
    const j = await sim('verify', fixture('bad/result-cash-edited.json'), '--json');
    expect(j.code).toBe(1);
    expect(JSON.parse(j.out)).toMatchObject({ status: 'diverged', what: 'result', differences: [{ field: 'cash' }] });
  });

  it('other rules or unreadable input: exit 2 saying why, with both versions named', async () => {
    const e = await sim('verify', fixture('bad/engine-version-3.json'));
    expect(e.code).toBe(2);
    expect(e.err).toMatch(/replay made with engine version 3, this build runs version 2/);
    expect((await sim('verify', fixture('bad/format-version-3.json'))).err).toMatch(
      /format version 3; this build reads version 2: update the game/,
    );
    expect((await sim('verify', fixture('bad/format-version-1.json'))).err).toMatch(
      /format version 1 was written by an earlier version of the game; this build reads version 2/,
    );
    expect((await sim('verify', fixture('bad/scenario-version-2.json'))).err).toMatch(
      /scenario classic version 2, this build has version 1/,
    );
    expect((await sim('verify', fixture('bad/scenario-mars.json'))).err).toMatch(
      /scenario "mars", which this build does not have \(known: .*classic/,
    );
    expect((await sim('verify', 'no-such-file.json')).err).toMatch(/no such file/);
    expect((await sim('verify', 'AIS2.AAAA')).err).toMatch(/damaged or incomplete/);
    expect((await sim('verify', 'AIS1.AAAA')).err).toMatch(
      /share code version 1 was made by an earlier version of the game; this build reads version 2/,
    );
    expect((await sim('verify')).code).toBe(2);
  });

  it('as a real process, the exit code is what scripts see', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'verify', fixture('bad/decision-edited-q3.json')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/quarter 3 diverges/);
  });
});
