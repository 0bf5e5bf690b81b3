// Fuzzing save files, as a player imports one from disk or another tab writes one to storage:
// mutated saves (structure and JSON text), saves carrying a custom scenario, hostile team names.
// Each is refused with a problem naming the field (or the line and column), or restored through
// Session.restore and played on to the end by a bot with every invariant checked (capped:
// FULL_GAMES). Nothing throws, hangs or pollutes a prototype.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BOT_NAMES, BOTS, hashState, loadScenario } from '../src/engine/index';
import { parseJsonSafe } from '../src/formats/safe-json';
import type { Scenario } from '../src/engine/index';
import { buildSave, decodeSave, encodeSave } from '../src/session/save';
import { Session } from '../src/session/session';
import type { FuzzStats, Json, Rng } from './fuzz-support';
import { guarded, int, invariants, mutateDoc, mutateText, newStats, pick, prototypeSnapshot, rng, summary } from './fuzz-support';
import { MINI_RAW } from './fixtures/mini';
import { sized } from './sizing';
import { scenarioBases } from '../src/cli/scenarios';

// Everyday sizes under npm test, full sizes with SIM_TEST_FULL=1 (test/sizing.ts).
const INPUTS = sized(300, 1200);
const FULL_GAMES = sized(40, 150);

const DIR = join(__dirname, '..', 'scenarios');
const byHash = new Map<string, Scenario>();
for (const f of readdirSync(DIR)
  .filter((x) => x.endsWith('.json'))
  .sort()) {
  const l = loadScenario(readFileSync(join(DIR, f), 'utf8'), scenarioBases()); // the teaching scenarios extend classic
  if (l.ok) byHash.set(l.hash, l.scenario);
}
const MINI_TEXT = JSON.stringify(MINI_RAW);
const mini = loadScenario(MINI_TEXT);
if (!mini.ok) throw new Error('the mini scenario does not load');

/** Saves at various points: mid-quarter with open decisions, finished, bankrupt, custom scenario. */
function sourceSaves(): string[] {
  const out: string[] = [];
  const worlds: { sc: Scenario; hash: string; text?: string }[] = [...byHash.entries()].map(([hash, sc]) => ({ sc, hash }));
  worlds.push({ sc: mini.ok ? mini.scenario : (undefined as never), hash: mini.ok ? mini.hash : '', text: MINI_TEXT });
  for (let i = 0; i < 14; i++) {
    const w = worlds[i % worlds.length]!;
    const s = new Session(w.sc, w.hash, `save-${i}`, i % 2 ? { team: '<script>alert(1)</script> 队', workshop: 'ABCD-EFGH' } : {});
    const bot = BOTS[BOT_NAMES[i % BOT_NAMES.length]!]!;
    const stop = [1, 3, 6, 99][i % 4]!;
    while (s.state.status === 'playing' && s.log.length < stop) {
      const props = bot(s.state, w.sc);
      for (const a of props) s.dispatch(a);
      if (s.log.length + 1 === stop && i % 3 === 0) break; // leave the quarter open: `current` holds decisions
      s.dispatch({ type: 'endQuarter' });
    }
    out.push(
      encodeSave(
        buildSave(s, { slot: `s${i}`, revision: i + 1, savedAt: '2026-01-01T00:00:00.000Z', ...(w.text ? { scenarioText: w.text } : {}) }),
      ),
    );
  }
  return out;
}

const sources = sourceSaves();
const docs = sources.map((t) => {
  const p = parseJsonSafe(t, { maxBytes: 2_000_000, maxDepth: 16 });
  if (!p.ok) throw new Error('source save does not parse');
  return p.value as Json;
});
const stats = newStats();
const before = prototypeSnapshot();
const NAMED = /^(\$|line \d+, column \d+ \(at \$)/;

/** What the browser does on "import save" or when listing slots, then the player continues. */
function judge(text: string, s: FuzzStats, r: Rng): string {
  const d = decodeSave(text);
  if (!d.ok)
    return NAMED.test(d.problem) && d.problem.length > 12 ? 'refused' : `refused without naming the field: ${d.problem.slice(0, 200)}`;
  const save = d.save;
  let sc: Scenario | undefined;
  if (save.scenarioText !== undefined) {
    const l = loadScenario(save.scenarioText);
    if (!l.ok) return l.problems.length && l.problems[0]!.path.startsWith('$') ? 'refused' : 'custom scenario refused without a path';
    if (l.hash !== save.scenario.hash) return 'refused'; // the browser says the scenario changed
    sc = l.scenario;
  } else sc = byHash.get(save.scenario.hash);
  if (!sc) return 'refused'; // the browser names the missing or changed scenario
  const back = Session.restore(sc, save.scenario.hash, save.seed, save.log, save.current, save.meta);
  if (!(back instanceof Session)) return back.error.length > 10 ? 'refused' : 'restore refused without a reason';
  hashState(back.state);
  if (s.played < FULL_GAMES) {
    s.played++;
    const bot = BOTS[pick(r, BOT_NAMES)]!;
    while (back.state.status === 'playing') {
      for (const a of bot(back.state, sc)) back.dispatch(a);
      if (!back.dispatch({ type: 'endQuarter' }).ok) return 'endQuarter refused after restore';
      const inv = invariants(back.state, sc);
      if (inv.length) return `restored, then broke an invariant after quarter ${back.state.quarter}: ${inv[0]}`;
    }
  }
  return 'accepted';
}

describe('fuzzing save files', () => {
  afterAll(() => console.log(summary('saves', stats)));

  it('the unmutated sources restore (or the fuzzer would only test refusals)', () => {
    for (const t of sources) expect(judge(t, newStats(), rng('src'))).toBe('accepted');
  });

  it(`${INPUTS} mutated saves are refused by field or restore and play on cleanly`, () => {
    const r = rng('fuzz-save');
    for (let i = 0; i < INPUTS; i++) {
      let doc: Json = docs[i % docs.length]!;
      const ops: string[] = [];
      for (let k = int(r, 1, 3); k > 0; k--) {
        const m = mutateDoc(doc, r);
        doc = m.doc;
        ops.push(m.what);
      }
      let text = JSON.stringify(doc);
      if (r() < 0.3) {
        const t = mutateText(text, r);
        text = t.text;
        ops.push(t.what);
      }
      guarded(stats, `save#${i} [${ops.join('; ').slice(0, 200)}]`, ops.length, () => judge(text, stats, r));
    }
    expect(stats.failures.slice(0, 5)).toEqual([]);
    expect(stats.accepted).toBeGreaterThan(INPUTS / 40);
    expect(stats.played).toBe(Math.min(FULL_GAMES, stats.accepted));
  });

  it('refuses prototype-polluting keys and oversized text by name; no prototype changed', () => {
    for (const payload of ['"__proto__":{"polluted":true},', '"constructor":{"prototype":{"polluted":true}},']) {
      const d = decodeSave(sources[0]!.replace('{', '{' + payload));
      expect(d.ok ? '' : d.problem).toMatch(/__proto__|constructor/);
    }
    const huge = decodeSave(' '.repeat(1_500_001));
    expect(huge.ok ? '' : huge.problem).toMatch(/limit/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeSnapshot()).toBe(before);
  });
});
