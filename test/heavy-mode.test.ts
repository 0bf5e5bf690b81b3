// Heavy mode: 100 generated runs, each saved and reloaded at every quarter (mid-quarter, with
// undoable decisions open, and at the quarter's end) through the path a player's browser uses:
// encode → text → decode (safe parse, migrate, schema) → Session.restore; quarter ends alternate
// between the save file and the replay file. The reloaded game must continue exactly like the
// uninterrupted one: same state hash at every point, byte-identical replay export at the end.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Action } from '../src/engine/actions';
import { BOT_NAMES, BOTS } from '../src/engine/bots/index';
import { hashValue } from '../src/engine/hash';
import { parseJsonSafe } from '../src/engine/safe-json';
import { loadScenario } from '../src/engine/scenario-load';
import type { Scenario } from '../src/engine/scenario-schema';
import { exportReplay, REPLAY_FORMAT_VERSION, replaySchema } from '../src/replay/format';
import { defineChain, migrate } from '../src/session/migrate';
import { buildSave, decodeSave, encodeSave } from '../src/session/save';
import { Session } from '../src/session/session';

const RUNS = 100;
const DIR = join(__dirname, '..', 'scenarios');
const byHash = new Map<string, { id: string; sc: Scenario }>();
for (const f of readdirSync(DIR).filter((x) => x.endsWith('.json')).sort()) {
  const r = loadScenario(readFileSync(join(DIR, f), 'utf8'));
  if (r.ok) byHash.set(r.hash, { id: f.slice(0, -5), sc: r.scenario });
}
const catalog = [...byHash.entries()].map(([hash, e]) => ({ hash, ...e }));

// Replay format versions so far: 1. A new version adds its step here (or where import adopts it).
const REPLAY_CHAIN = defineChain('replay', 1, REPLAY_FORMAT_VERSION, []);

const counts = { saves: 0, replays: 0, compared: 0 };

/** Through the save file, as the browser's slots and "import save" do. */
function viaSave(s: Session, revision: number): Session {
  const text = encodeSave(buildSave(s, { slot: 'heavy', revision, savedAt: '2026-01-01T00:00:00.000Z' }));
  const d = decodeSave(text);
  if (!d.ok) throw new Error(`save refused: ${d.problem}`);
  const e = byHash.get(d.save.scenario.hash);
  if (!e) throw new Error('save names an unknown scenario');
  const r = Session.restore(e.sc, d.save.scenario.hash, d.save.seed, d.save.log as Action[][], d.save.current as Action[], d.save.meta);
  if (!(r instanceof Session)) throw new Error(`save restore refused: ${r.error}`);
  counts.saves++;
  return r;
}

/** Through the replay file: export, safe parse, migrate, schema, restore (closed quarters only). */
function viaReplay(s: Session): Session {
  const text = exportReplay(s.toReplay());
  const p = parseJsonSafe(text, { maxBytes: 4_000_000, maxDepth: 8 });
  if (!p.ok || p.value === null || typeof p.value !== 'object' || Array.isArray(p.value)) throw new Error('replay does not parse');
  const m = migrate(p.value, p.value.formatVersion, REPLAY_CHAIN);
  if (!m.ok) throw new Error(m.message);
  const r = replaySchema.safeParse(m.doc);
  if (!r.success) throw new Error(`replay refused: ${r.error.issues[0]?.message}`);
  const e = byHash.get(r.data.scenario.hash)!;
  const back = Session.restore(e.sc, r.data.scenario.hash, r.data.seed, r.data.quarters.map((q) => q.d), [], r.data.meta);
  if (!(back instanceof Session)) throw new Error(`replay restore refused: ${back.error}`);
  counts.replays++;
  return back;
}

interface Trace { mid: string[]; end: string[]; replay: string }

/** Plays a run; `reload` (if given) is applied mid-quarter and at every quarter's end. */
function play(sc: Scenario, hash: string, seed: string, bot: string, reload?: (s: Session, q: number, mid: boolean) => Session): Trace {
  let s = new Session(sc, hash, seed, { team: 'Heavy "team" <b>' });
  const t: Trace = { mid: [], end: [], replay: '' };
  for (let q = 0; s.state.status === 'playing'; q++) {
    const props = BOTS[bot]!(s.state, sc);
    const k = Math.ceil(props.length / 2);
    for (const a of props.slice(0, k)) s.dispatch(a);
    if (reload) s = reload(s, q, true);
    t.mid.push(hashValue(s.state));
    for (const a of props.slice(k)) s.dispatch(a);
    if (!s.dispatch({ type: 'endQuarter' }).ok) throw new Error('endQuarter refused');
    if (reload) s = reload(s, q, false);
    t.end.push(hashValue(s.state));
    expect(s.hashes).toEqual(t.end);
  }
  t.replay = exportReplay(s.toReplay());
  return t;
}

describe('heavy mode: save, reload and continue at every quarter', () => {
  it(`${RUNS} runs continue exactly as if never interrupted`, () => {
    expect(catalog.length).toBeGreaterThan(0);
    let quarters = 0;
    for (let i = 0; i < RUNS; i++) {
      const { sc, hash, id } = catalog[i % catalog.length]!;
      const bot = BOT_NAMES[Math.floor(i / catalog.length) % BOT_NAMES.length]!;
      const seed = `heavy-${i}`;
      const straight = play(sc, hash, seed, bot);
      let rev = 0;
      const heavy = play(sc, hash, seed, bot, (s, q, mid) => (mid || q % 2 === 0 ? viaSave(s, ++rev) : viaReplay(s)));
      const label = `${id} ${bot} ${seed}`;
      expect(heavy.mid, label).toEqual(straight.mid);
      expect(heavy.end, label).toEqual(straight.end);
      expect(heavy.replay, label).toBe(straight.replay);
      quarters += straight.end.length;
      counts.compared += straight.end.length + straight.mid.length;
    }
    console.log(`[heavy-mode] runs: ${RUNS} over ${catalog.length} scenarios; quarters: ${quarters}; reloads: ${counts.saves + counts.replays} (save file ${counts.saves}, replay file ${counts.replays}); state hashes compared: ${counts.compared}; divergences: 0`);
  });
});
