// Every save, replay, share-code and workshop-code format version that ever landed keeps fixtures
// here (written once by make-fixtures.ts, never rewritten); each loads through the player's path
// and continues under the current version. Files from a newer version are refused naming both
// versions. A current version without a fixture folder fails: add one when a format changes.
// Replay files and share codes of a format whose state hash changed are refused by version instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOTS, ENGINE_VERSION, loadScenario } from '../../src/engine/index';
import { parseJsonSafe } from '../../src/formats/safe-json';
import type { Scenario } from '../../src/engine/index';
import { REPLAY_FORMAT_VERSION } from '../../src/replay/format';
import { readReplayInput } from '../../src/replay/index';
import { SHARE_CODE_VERSION } from '../../src/replay/share-code';
import { verifyReplay } from '../../src/replay/verify';
import { decodeSave, SAVE_FORMAT_VERSION } from '../../src/session/save';
import { Session } from '../../src/session/session';
import { workshopWorld } from '../../src/workshop/apply';
import { CODE_VERSION, decodeWorkshop } from '../../src/workshop/code';
import { invariants } from '../fuzz-support';

const HERE = import.meta.dirname;
const CURRENT: Record<string, number> = { save: SAVE_FORMAT_VERSION, replay: REPLAY_FORMAT_VERSION, 'share-code': SHARE_CODE_VERSION, 'workshop-code': CODE_VERSION };
const folders = readdirSync(HERE).map((d) => /^(save|replay|share-code|workshop-code)-v(\d+)$/.exec(d)).filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ dir: m[0], kind: m[1]!, version: Number(m[2]) }))
  .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.version - b.version));
const files = (dir: string, ext: string) => readdirSync(join(HERE, dir)).filter((f) => f.endsWith(ext)).sort();
const read = (...p: string[]) => readFileSync(join(HERE, ...p), 'utf8');

// The scenarios the fixtures were made with, found by hash as the game finds them.
const stored = files('scenarios', '.json').map((f) => {
  const l = loadScenario(read('scenarios', f));
  if (!l.ok) throw new Error(`test/migrations/scenarios/${f} no longer loads: ${l.problems[0]?.path} ${l.problems[0]?.message}`);
  return { scenario: l.scenario, hash: l.hash };
});
const byHashPrefix = (h: string) => stored.find((s) => s.hash.startsWith(h));

/** The player continues: a bot plays the restored game to its end, invariants checked each quarter. */
function continueToEnd(s: Session, sc: Scenario): void {
  const bot = BOTS.balanced!;
  while (s.state.status === 'playing') {
    for (const a of bot(s.state, sc)) s.dispatch(a);
    expect(s.dispatch({ type: 'endQuarter' }).ok).toBe(true);
    expect(invariants(s.state, sc)).toEqual([]);
  }
  expect(s.state.quarter).toBeLessThanOrEqual(sc.quarters.v);
}

describe('format fixtures', () => {
  it('exist for the current version of every format', () => {
    for (const [kind, v] of Object.entries(CURRENT)) expect(folders.map((f) => f.dir), `${kind} v${v}: run test/migrations/make-fixtures.ts`).toContain(`${kind}-v${v}`);
  });

  for (const f of folders.filter((x) => x.kind === 'save')) {
    it.each(files(f.dir, '.json'))(`${f.dir}/%s loads, restores the same company and continues`, (name) => {
      const d = decodeSave(read(f.dir, name));
      if (!d.ok) {
        // A save of other rules is refused by design, naming both rules versions.
        expect(d.problem).toMatch(new RegExp(`engineVersion.*version \\d+.*version ${ENGINE_VERSION}`));
        return;
      }
      const l = d.save.scenarioText !== undefined ? loadScenario(d.save.scenarioText) : null;
      const w = l && l.ok ? { scenario: l.scenario, hash: l.hash } : byHashPrefix(d.save.scenario.hash);
      expect(w?.hash).toBe(d.save.scenario.hash);
      const s = Session.restore(w!.scenario, w!.hash, d.save.seed, d.save.log, d.save.current, d.save.meta);
      if (!(s instanceof Session)) throw new Error(s.error);
      expect({ quarter: s.state.quarter, status: s.state.status, cash: s.state.cash }).toEqual(d.save.summary);
      expect(s.current).toEqual(d.save.current);
      continueToEnd(s, w!.scenario);
    });
  }

  // Replay format 1 (and share code 1) hashed states as canonical JSON; from version 2 the chain
  // hashes the states' binary layout, so older files cannot be checked: refused, naming both versions.
  for (const f of folders.filter((x) => (x.kind === 'replay' || x.kind === 'share-code') && x.version < CURRENT[x.kind]!)) {
    it.each([...files(f.dir, '.json'), ...files(f.dir, '.txt')])(`${f.dir}/%s is refused, naming its version and this build's`, (name) => {
      const r = readReplayInput(read(f.dir, name));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const what = f.kind === 'replay' ? 'replay format' : 'share code';
      const made = f.kind === 'replay' ? 'was written' : 'was made';
      expect(r.error.message).toBe(
        `${what} version ${f.version} ${made} by an earlier version of the game; this build reads version ${CURRENT[f.kind]} ` +
          '(its state hashes are computed differently): open it with the version of the game that made it',
      );
    });
  }

  for (const f of folders.filter((x) => (x.kind === 'replay' || x.kind === 'share-code') && x.version >= CURRENT[x.kind]!)) {
    it.each([...files(f.dir, '.json'), ...files(f.dir, '.txt')])(`${f.dir}/%s verifies and continues`, (name) => {
      const r = readReplayInput(read(f.dir, name));
      if (!r.ok) throw new Error(r.error.message);
      const w = byHashPrefix(r.claim.scenario.hash);
      expect(w, `scenario ${r.claim.scenario.hash.slice(0, 12)} is kept in test/migrations/scenarios`).toBeDefined();
      const v = verifyReplay(r.claim, w!);
      if (v.status === 'refused' && r.claim.engineVersion !== ENGINE_VERSION) {
        expect(v.problem.message).toContain(`engine version ${r.claim.engineVersion}`);
        return;
      }
      expect(v.status === 'verified' ? 'verified' : v.problem.message).toBe('verified');
      if (v.status !== 'verified') return;
      const s = Session.restore(w!.scenario, w!.hash, v.replay.seed, v.replay.quarters.map((q) => q.d), [], v.replay.meta);
      if (!(s instanceof Session)) throw new Error(s.error);
      expect(s.hashes).toEqual(v.hashes);
      continueToEnd(s, w!.scenario);
    });
  }

  for (const f of folders.filter((x) => x.kind === 'workshop-code')) {
    it(`${f.dir}/codes.json decode to the recorded settings, and their worlds play`, () => {
      const p = parseJsonSafe(read(f.dir, 'codes.json'), { maxBytes: 100_000, maxDepth: 8 });
      if (!p.ok) throw new Error(p.error.message);
      const list = p.value as unknown as { code: string; settings: Record<string, unknown> }[];
      for (const { code, settings } of list) {
        const d = decodeWorkshop(code);
        if (!d.ok) throw new Error(`${code}: ${d.problem.message}`);
        expect(d.settings).toEqual(settings);
        const w = byHashPrefix(d.settings.scenarioHash);
        const world = workshopWorld(d.settings, w!.scenario, w!.hash);
        if (!world.ok) throw new Error(world.problem.message);
        continueToEnd(new Session(world.scenario, world.hash, d.settings.seed), world.scenario);
      }
    });
  }
});

describe('files from a newer version', () => {
  const save = read('save-v1', files('save-v1', '.json')[0]!);
  const replayDir = `replay-v${REPLAY_FORMAT_VERSION}`;
  const replay = read(replayDir, files(replayDir, '.json')[0]!);

  it('a save is refused, naming its version and the versions this build reads', () => {
    const v = SAVE_FORMAT_VERSION + 1;
    const d = decodeSave(save.replace('"formatVersion":1', `"formatVersion":${v}`));
    expect(d.ok).toBe(false);
    if (!d.ok) {
      expect(d.problem).toContain(`format version ${v}`);
      expect(d.problem).toContain(`${SAVE_FORMAT_VERSION}`);
      expect(d.problem).toMatch(/newer version of the game/);
    }
  });

  it('a replay file and a share code are refused, naming both versions', () => {
    const v = REPLAY_FORMAT_VERSION + 1;
    const r = readReplayInput(replay.replace(`"formatVersion":${REPLAY_FORMAT_VERSION}`, `"formatVersion":${v}`));
    expect(r.ok ? '' : r.error.message).toBe(`replay format version ${v}; this build reads version ${REPLAY_FORMAT_VERSION}: update the game to open it`);
    const codeDir = `share-code-v${SHARE_CODE_VERSION}`;
    const code = read(codeDir, files(codeDir, '.txt')[0]!).trim().replace(/^AIS\d+\./, `AIS${SHARE_CODE_VERSION + 1}.`);
    const c = readReplayInput(code);
    expect(c.ok ? '' : c.error.message).toBe(`share code version ${SHARE_CODE_VERSION + 1}; this build reads version ${SHARE_CODE_VERSION}: update the game to open it`);
  });
});
