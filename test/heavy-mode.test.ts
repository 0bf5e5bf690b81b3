// Heavy mode: 100 generated runs (30 under npm test), each saved and reloaded at every quarter (mid-quarter, with
// undoable decisions open, and at the quarter's end) through the path a player's browser uses:
// encode → text → decode (safe parse, migrate, schema) → Session.restore; every fourth quarter
// end goes through the replay file instead (read, verified, restored as the browser opens one).
// The reloaded game must continue exactly like the uninterrupted one: same state hash at every
// point, byte-identical replay export at the end.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Action, Scenario } from '../src/engine/index';
import { BOT_NAMES, BOTS, hashState, loadScenario } from '../src/engine/index';
import { exportReplay } from '../src/replay/format';
import { readReplayInput } from '../src/replay/index';
import { verifyReplay } from '../src/replay/verify';
import { buildSave, decodeSave, encodeSave } from '../src/session/save';
import { Session } from '../src/session/session';
import { scenarioBases } from '../src/cli/scenarios';
import { sized } from './sizing';

const RUNS = sized(30, 100);
const DIR = join(__dirname, '..', 'scenarios');
const byHash = new Map<string, { id: string; sc: Scenario }>();
for (const f of readdirSync(DIR)
  .filter((x) => x.endsWith('.json'))
  .sort()) {
  // With the shipped bases: the teaching scenarios extend classic (without them only classic loaded).
  const r = loadScenario(readFileSync(join(DIR, f), 'utf8'), scenarioBases());
  if (r.ok) byHash.set(r.hash, { id: f.slice(0, -5), sc: r.scenario });
}
const catalog = [...byHash.entries()].map(([hash, e]) => ({ hash, ...e }));

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

/** Through the replay file, as the browser opens one: read (safe parse, version gate, schema),
 *  verify (re-play and check every link), restore (closed quarters only). */
function viaReplay(s: Session): Session {
  const read = readReplayInput(exportReplay(s.toReplay()));
  if (!read.ok) throw new Error(`replay refused: ${read.error.message}`);
  const e = byHash.get(read.claim.scenario.hash)!;
  const v = verifyReplay(read.claim, { scenario: e.sc, hash: read.claim.scenario.hash });
  if (v.status !== 'verified') throw new Error(`replay does not verify: ${v.problem.message}`);
  const back = Session.restore(
    e.sc,
    v.replay.scenario.hash,
    v.replay.seed,
    v.replay.quarters.map((q) => q.d),
    [],
    v.replay.meta,
  );
  if (!(back instanceof Session)) throw new Error(`replay restore refused: ${back.error}`);
  counts.replays++;
  return back;
}

interface Trace {
  mid: string[];
  end: string[];
  replay: string;
}

/** Plays a run; `reload` (if given) is applied mid-quarter and at every quarter's end. */
function play(sc: Scenario, hash: string, seed: string, bot: string, reload?: (s: Session, q: number, mid: boolean) => Session): Trace {
  let s = new Session(sc, hash, seed, { team: 'Heavy "team" <b>' });
  const t: Trace = { mid: [], end: [], replay: '' };
  for (let q = 0; s.state.status === 'playing'; q++) {
    const props = BOTS[bot]!(s.state, sc);
    const k = Math.ceil(props.length / 2);
    for (const a of props.slice(0, k)) s.dispatch(a);
    if (reload) s = reload(s, q, true);
    t.mid.push(hashState(s.state));
    for (const a of props.slice(k)) s.dispatch(a);
    if (!s.dispatch({ type: 'endQuarter' }).ok) throw new Error('endQuarter refused');
    if (reload) s = reload(s, q, false);
    t.end.push(hashState(s.state));
    expect(s.hashes).toEqual(t.end);
  }
  t.replay = exportReplay(s.toReplay());
  return t;
}

describe('heavy mode: save, reload and continue at every quarter', () => {
  it(`${RUNS} runs continue exactly as if never interrupted`, () => {
    expect(catalog.map((c) => c.id)).toEqual(
      readdirSync(DIR)
        .filter((x) => x.endsWith('.json'))
        .map((x) => x.slice(0, -5))
        .sort(),
    );
    let quarters = 0;
    for (let i = 0; i < RUNS; i++) {
      const { sc, hash, id } = catalog[i % catalog.length]!;
      const bot = BOT_NAMES[Math.floor(i / catalog.length) % BOT_NAMES.length]!;
      const seed = `heavy-${i}`;
      const straight = play(sc, hash, seed, bot);
      let rev = 0;
      const heavy = play(sc, hash, seed, bot, (s, q, mid) => (mid || q % 4 !== 3 ? viaSave(s, ++rev) : viaReplay(s)));
      const label = `${id} ${bot} ${seed}`;
      expect(heavy.mid, label).toEqual(straight.mid);
      expect(heavy.end, label).toEqual(straight.end);
      expect(heavy.replay, label).toBe(straight.replay);
      quarters += straight.end.length;
      counts.compared += straight.end.length + straight.mid.length;
    }
    const reloads = `${counts.saves + counts.replays} (save file ${counts.saves}, replay file ${counts.replays})`;
    console.log(
      `[heavy-mode] runs: ${RUNS} over ${catalog.length} scenarios; quarters: ${quarters}; reloads: ${reloads}; ` +
        `state hashes compared: ${counts.compared}; divergences: 0`,
    );
  });
});
