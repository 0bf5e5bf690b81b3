// Fuzzing scenario files: mutations of the shipped scenarios and of the small test scenario
// (numbers flipped, keys deleted or renamed, wrong types, deep nesting, huge strings and arrays,
// JSON text edge cases). Each input is refused with a problem naming its JSON path, or accepted and
// then played to the end by a bot with every invariant checked after every quarter (capped: see
// FULL_GAMES). Nothing may throw, hang or touch a built-in prototype.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BOT_NAMES, loadScenario } from '../src/engine/index';
import { parseJsonSafe } from '../src/formats/safe-json';
import type { FuzzStats, Json, Rng } from './fuzz-support';
import { guarded, int, mutateDoc, mutateText, newStats, pick, playChecked, prototypeSnapshot, rng, summary } from './fuzz-support';
import { MINI_RAW } from './fixtures/mini';
import { scenarioBases } from '../src/cli/scenarios';
import { FULL, sized } from './sizing';

// Everyday sizes under npm test, full sizes with SIM_TEST_FULL=1 (test/sizing.ts).
const SHIPPED_INPUTS = sized(100, 400); // a shipped scenario is ~50 kB: several ms each to read, check and hash
const MINI_INPUTS = sized(800, 3000);
/** Accepted inputs that go on to play a whole game (the costliest part). */
const FULL_GAMES = sized(80, 300);

const DIR = join(__dirname, '..', 'scenarios');
const shipped = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const p = parseJsonSafe(readFileSync(join(DIR, f), 'utf8'), { maxBytes: 2_000_000, maxDepth: 64 });
    if (!p.ok) throw new Error(`${f} does not parse`);
    return { name: f, doc: p.value as Json };
  });
const mini = { name: 'mini', doc: structuredClone(MINI_RAW) as unknown as Json };

const BASES = scenarioBases();
const stats = newStats();
const before = prototypeSnapshot();

function oneInput(r: Rng, base: { name: string; doc: Json }, i: number, s: FuzzStats): void {
  let doc = base.doc;
  const ops: string[] = [];
  const n = int(r, 1, 3);
  for (let k = 0; k < n; k++) {
    const m = mutateDoc(doc, r);
    doc = m.doc;
    ops.push(m.what);
  }
  let text = JSON.stringify(doc);
  if (r() < 0.25) {
    const t = mutateText(text, r);
    text = t.text;
    ops.push(t.what);
  }
  const label = `${base.name}#${i} [${ops.join('; ').slice(0, 200)}]`;
  guarded(s, label, ops.length, () => {
    // With the shipped bases, as the CLI and the title screen load files: five of the six shipped
    // scenarios extend classic, and without them every mutation of those would be refused alike.
    const res = loadScenario(text, BASES);
    if (!res.ok) {
      if (res.problems.length === 0) return 'refused without any problem';
      const p = res.problems.find((x) => !x.path.startsWith('$') || typeof x.message !== 'string' || x.message.length < 5);
      return p ? `refused with an unnamed problem ${JSON.stringify(p)}` : 'refused';
    }
    if (!/^[0-9a-f]{64}$/.test(res.hash)) return `accepted without a scenario hash`;
    if (s.played < FULL_GAMES) {
      s.played++;
      const g = playChecked(res.scenario, `fuzz-${i}`, pick(r, BOT_NAMES));
      if (g.broken) return `accepted, then broke an invariant ${g.broken}`;
    }
    return 'accepted';
  });
}

describe('fuzzing scenario files', () => {
  afterAll(() => console.log(summary('scenarios', stats)));

  it(`${SHIPPED_INPUTS} mutations of the shipped scenarios are refused by name or play cleanly`, () => {
    const r = rng('fuzz-scenario-shipped');
    for (let i = 0; i < SHIPPED_INPUTS; i++) oneInput(r, shipped[i % shipped.length]!, i, stats);
    expect(stats.failures.slice(0, 5)).toEqual([]);
    // Some mutated shipped files still load and play (most are refused).
    expect(stats.accepted).toBeGreaterThan(SHIPPED_INPUTS / 50);
  });

  it(`${MINI_INPUTS} mutations of the small test scenario are refused by name or play cleanly`, () => {
    const r = rng('fuzz-scenario-mini');
    for (let i = 0; i < MINI_INPUTS; i++) oneInput(r, mini, i, stats);
    expect(stats.failures.slice(0, 5)).toEqual([]);
    // The mix must really exercise both paths, or the fuzzer has stopped fuzzing.
    // (Shares of the inputs, so the everyday size is held to the same mix as the full one.)
    expect(stats.accepted).toBeGreaterThan(MINI_INPUTS / 20);
    expect(stats.refused).toBeGreaterThan((MINI_INPUTS * 2) / 3);
    expect(stats.played).toBe(Math.min(FULL_GAMES, stats.accepted));
  });

  it('refuses prototype-polluting keys anywhere, naming them, and no built-in prototype changed', () => {
    const base = JSON.stringify(MINI_RAW);
    for (const payload of [
      '"__proto__":{"polluted":true}',
      '"constructor":{"prototype":{"polluted":true}}',
      '"\\u005f_proto__":{"polluted":true}',
      '"prototype":{"polluted":true}',
    ]) {
      for (const at of ['{', '"economics":{', '"alpha":{']) {
        const text = base.replace(at, `${at}${payload},`);
        const r = loadScenario(text);
        expect(r.ok, `${payload} at ${at}`).toBe(false);
        if (!r.ok) expect(r.problems.map((p) => p.message).join(' ')).toMatch(/__proto__|constructor|prototype/);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeSnapshot()).toBe(before);
  });

  // Full size (just under the 1 MB cap) takes several seconds on the current loader: one fifth of it
  // runs by default; SIM_TEST_FULL=1 (or FUZZ_ADVERSARIAL=1) runs the full size. Figures are logged for the report.
  const fullSize = FULL || Boolean(process.env.FUZZ_ADVERSARIAL);
  const n = (full: number) => (fullSize ? full : full / 5);
  it('adversarial files near the size cap are refused by name (times logged, not asserted)', () => {
    type Doc = { [k: string]: Json };
    const alpha = (d: Doc) => (d.markets as { [k: string]: Doc }).alpha!;
    const cases: [string, (d: Doc) => void][] = [
      [
        `${n(50_000)} citations of a section the seed lacks`,
        (d) => {
          alpha(d).section = Array.from({ length: n(50_000) }, () => '§9.9');
        },
      ],
      [
        `${n(100_000)} numbers where market traits go`,
        (d) => {
          alpha(d).traits = Array.from({ length: n(100_000) }, (_, i) => i);
        },
      ],
      [
        `${n(40_000)} unknown keys in one object`,
        (d) => {
          for (let i = 0; i < n(40_000); i++) alpha(d)[`k${i}`] = 1;
        },
      ],
      [
        `a ${n(900_000)}-character title`,
        (d) => {
          d.title = { zh: 'x'.repeat(n(900_000)), en: 'x' };
        },
      ],
    ];
    const times: string[] = [];
    for (const [name, make] of cases) {
      const doc = structuredClone(MINI_RAW) as unknown as Doc;
      make(doc);
      const text = JSON.stringify(doc);
      const t0 = performance.now();
      let r: ReturnType<typeof loadScenario> | null = null;
      try {
        r = loadScenario(text);
      } catch (e) {
        stats.failures.push(`adversarial ${name}: THREW ${String(e)}`);
      }
      const ms = Math.round(performance.now() - t0);
      times.push(`${name}: ${ms} ms${ms > 1000 ? ' (OVER 1 s)' : ''}`);
      expect(r && !r.ok && r.problems[0]!.path.startsWith('$'), name).toBe(true);
    }
    // Wall-clock figures for the report; the machine's load makes them unfit for an assertion.
    console.log(`[fuzz scenarios] adversarial inputs (${fullSize ? 'full size' : 'one fifth of the size cap'}): ${times.join('; ')}`);
    expect(stats.failures.slice(0, 5)).toEqual([]);
  });

  it('refuses oversized and over-deep text before parsing it, by name', () => {
    const huge = loadScenario(' '.repeat(1_000_001));
    expect(huge.ok ? '' : huge.problems[0]!.message).toMatch(/limit/);
    const deepText = '['.repeat(100_000) + ']'.repeat(100_000);
    const deep = loadScenario(deepText);
    expect(deep.ok ? '' : deep.problems[0]!.message).toMatch(/nesting is too deep/);
  });
});
