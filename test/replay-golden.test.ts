// The golden replays: every file verifies against the shipped scenario, ends on the pinned final
// hash and re-exports byte for byte; every pinned share code still decodes to it; the bad files
// get their pinned verdicts. A rules change fails here until `npm run golden:update` is reviewed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTION_GROUP } from '../src/engine/index';
import type { ActionType } from '../src/engine/index';
import { exportReplay, readReplayInput, verifyReplay } from '../src/replay/index';
import type { Replay } from '../src/replay/index';
import { BAD_CASES, CASES } from './golden/cases';
import { loadShipped } from './golden/runs';

interface Manifest {
  engineVersion: number;
  scenario: { id: string; version: number; hash: string };
  replays: { name: string; outcome: string; quarters: number; finalHash: string; code: string }[];
  bad: { name: string; expect: { status: string; code: string; quarter?: number } }[];
}
const read = (p: string) => readFileSync(new URL(p, import.meta.url), 'utf8');
const manifest = JSON.parse(read('./golden/manifest.json')) as Manifest;
const classic = loadShipped('classic');
const input = { text: classic.text };
const STALE = 'the rules or the scenario changed: if deliberate, run `npm run golden:update` and review the diff';

describe('golden replays', () => {
  it('the set is the one the cases define, with at least 30 games, for the shipped scenario', () => {
    expect(manifest.replays.map((r) => r.name)).toEqual(CASES.map((c) => c.name));
    expect(manifest.bad.map((b) => b.name)).toEqual(BAD_CASES.map((b) => b.name));
    expect(manifest.replays.length).toBeGreaterThanOrEqual(30);
    expect(manifest.scenario.hash, STALE).toBe(classic.hash);
  });

  const loaded: Replay[] = [];
  for (const g of manifest.replays) {
    it(`${g.name}: verifies, ends on the pinned hash, re-exports identically; its pinned code opens the same game`, () => {
      const text = read(`./golden/replays/${g.name}.json`);
      const r = readReplayInput(text);
      if (!r.ok) throw new Error(r.error.message);
      const v = verifyReplay(r.claim, input);
      if (v.status !== 'verified') throw new Error(`${g.name}: ${v.problem.message} — ${STALE}`);
      expect(v.replay.result.finalHash).toBe(g.finalHash);
      expect(v.replay.result).toMatchObject({ outcome: g.outcome, quarters: g.quarters });
      expect(exportReplay(v.replay)).toBe(text);
      const c = readReplayInput(g.code);
      if (!c.ok) throw new Error(c.error.message);
      const vc = verifyReplay(c.claim, { scenario: classic.scenario, hash: classic.hash });
      expect(vc.status).toBe('verified');
      if (vc.status === 'verified') expect(exportReplay(vc.replay)).toBe(text);
      loaded.push(v.replay);
    });
  }

  it('together they use every decision type and reach every end: bankrupt, finished, stopped', () => {
    const used = new Set<string>(['endQuarter']);
    for (const r of loaded) for (const q of r.quarters) for (const a of q.d) used.add(a.type);
    expect([...used].sort()).toEqual((Object.keys(ACTION_GROUP) as ActionType[]).sort());
    expect(new Set(loaded.map((r) => r.result.outcome))).toEqual(new Set(['bankrupt', 'finished', 'playing']));
    expect(loaded.some((r) => r.quarters.length === 0)).toBe(true);
    expect(loaded.some((r) => r.meta.branchOf !== undefined)).toBe(true);
  });

  for (const b of manifest.bad) {
    it(`${b.name}: gets its pinned verdict (${b.expect.status}, ${b.expect.code})`, () => {
      const r = readReplayInput(read(`./golden/bad/${b.name}.json`));
      if (!r.ok) {
        expect({ status: 'unreadable', code: r.error.code }).toEqual({ status: b.expect.status, code: b.expect.code });
        return;
      }
      const v = verifyReplay(r.claim, input);
      expect(v.status).toBe(b.expect.status);
      if (v.status === 'verified') return;
      expect(v.problem.code).toBe(b.expect.code);
      if (b.expect.quarter !== undefined && v.status === 'diverged') expect(v.divergence.quarter).toBe(b.expect.quarter);
    });
  }
});
