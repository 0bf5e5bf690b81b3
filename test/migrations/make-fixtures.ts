// Writes the migration fixtures of the CURRENT save, replay, share-code and workshop-code format
// versions, once: existing files are never rewritten (they are what players' old files look like).
// Run when a format version changes: `npx tsx test/migrations/make-fixtures.ts`, then commit the
// new v<N> folder and keep every older one. Scenarios are stored beside the fixtures (or inside
// the save), so tuning the shipped scenarios never invalidates a fixture.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readScenario } from '../../src/cli/scenarios';
import { BOTS, loadScenario } from '../../src/engine/index';
import { exportReplay, REPLAY_FORMAT_VERSION } from '../../src/replay/format';
import { encodeShareCode, SHARE_CODE_VERSION } from '../../src/replay/share-code';
import { buildSave, encodeSave, SAVE_FORMAT_VERSION } from '../../src/session/save';
import { Session } from '../../src/session/session';
import type { WorkshopSettings } from '../../src/workshop/code';
import { CODE_VERSION, encodeWorkshop } from '../../src/workshop/code';
import { MINI_RAW } from '../fixtures/mini';

const HERE = import.meta.dirname;
const written: string[] = [];

function write(path: string, text: string): void {
  if (existsSync(path)) return;
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  written.push(path);
}

function world(text: string) {
  const l = loadScenario(text);
  if (!l.ok) throw new Error(`scenario does not load: ${l.problems[0]?.message}`);
  return { sc: l.scenario, hash: l.hash, text };
}

function play(w: ReturnType<typeof world>, seed: string, bot: string, quarters: number, open: boolean, meta = {}): Session {
  const s = new Session(w.sc, w.hash, seed, meta);
  while (s.state.status === 'playing' && s.log.length < quarters) {
    for (const a of BOTS[bot]!(s.state, w.sc)) s.dispatch(a);
    if (open && s.log.length === quarters - 1) break;
    s.dispatch({ type: 'endQuarter' });
  }
  return s;
}

// Through the loader's `extends` resolution: the text stored beside the fixtures stands alone.
const classic = world(readScenario('classic').text);
const mini = world(JSON.stringify(MINI_RAW, null, 1) + '\n');
for (const w of [classic, mini]) write(join(HERE, 'scenarios', `${w.sc.id}-${w.hash.slice(0, 12)}.json`), w.text);
const TEAM = '创新队 <img src=x onerror=alert(1)>';

const sv = join(HERE, `save-v${SAVE_FORMAT_VERSION}`);
const savedAt = '2026-11-29T00:00:00.000Z';
const openGame = play(classic, 'fixture-1', 'balanced', 5, true, { team: TEAM });
write(join(sv, 'classic-open-q5.save.json'), encodeSave(buildSave(openGame, { slot: 'fixture1', revision: 7, savedAt, scenarioText: classic.text })));
const finished = play(mini, 'fixture-2', 'random', 99, false);
write(join(sv, 'mini-finished.save.json'), encodeSave(buildSave(finished, { slot: 'fixture2', revision: 1, savedAt, scenarioText: mini.text })));

const rv = join(HERE, `replay-v${REPLAY_FORMAT_VERSION}`);
const partial = play(classic, 'fixture-3', 'focused', 8, false, { team: TEAM }).toReplay();
write(join(rv, 'classic-focused-q8.replay.json'), exportReplay(partial));
write(join(rv, 'mini-scattered-full.replay.json'), exportReplay(play(mini, 'fixture-4', 'scattered', 99, false).toReplay()));

const cv = join(HERE, `share-code-v${SHARE_CODE_VERSION}`);
write(join(cv, 'classic-focused-q8.code.txt'), encodeShareCode(partial) + '\n');

const wv = join(HERE, `workshop-code-v${CODE_VERSION}`);
const settings: WorkshopSettings[] = [
  { scenarioId: 'classic', scenarioHash: classic.hash.slice(0, 5), seed: 'class-2026', quarters: 12, groups: ['team', 'market', 'funding'], lang: 'zh', pauses: [4, 8] },
  { scenarioId: 'mini', scenarioHash: mini.hash.slice(0, 5), seed: 'A-b_9', quarters: 4, groups: ['team', 'market', 'product', 'compliance', 'funding'], lang: 'en', pauses: [] },
];
write(join(wv, 'codes.json'), JSON.stringify(settings.map((s) => ({ code: encodeWorkshop(s), settings: s })), null, 1) + '\n');

console.log(written.length ? `wrote:\n  ${written.join('\n  ')}` : 'all fixtures of the current versions exist; nothing written');
