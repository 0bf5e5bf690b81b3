// The cross-engine corpus: every shipped scenario plus "round-number" variants of each, bots over
// seeds, the pinned golden runs and any golden replay files. Built in Node; engines only run it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BOT_NAMES, loadScenario } from '../../src/engine/index';
import { loadScenarioAt, standaloneText } from '../../src/cli/scenarios';
import { parseJsonSafe } from '../../src/formats/safe-json';
import type { Scenario } from '../../src/engine/index';
import { importReplay } from '../../src/replay/import';
import { verifyReplay } from '../../src/replay/verify';
import { worldFor } from '../../src/workshop/apply';
import type { Job, JobInput } from './runner';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// Integer rounding hides the last-bit differences of transcendental math except where the exact
// result is itself an integer, as with designers' round numbers (1,000 customers growing 20% a
// quarter: 1000 × 1.2³ = 1728 exactly; V8 gives 1727.99…, JavaScriptCore 1728). The variants put
// such numbers into every market so a stray Math.pow anywhere near them shows up as a mismatch.
const ROUND_POTENTIAL = [1000, 2000, 5000, 10000, 20000, 50000, 100000, 1000000];
const ROUND_GROWTH_BP = [500, 1000, 1500, 2000, 2500, 3000, -1000, 0];

export interface Corpus {
  input: JobInput;
  scenarios: string[];
  variants: string[];
  golden: number;
  refused: string[];
  stale: string[];
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);

/** A round-number variant of a scenario's JSON text, or null when the shape is unexpected. */
function roundVariant(text: string, k: number): string | null {
  const parsed = parseJsonSafe(text, { maxBytes: 2_000_000, maxDepth: 64 });
  if (!parsed.ok || !isObj(parsed.value) || !isObj(parsed.value.markets)) return null;
  const doc = parsed.value;
  const markets = doc.markets as Obj;
  Object.keys(markets)
    .sort()
    .forEach((id, i) => {
      const m = markets[id];
      if (!isObj(m) || !isObj(m.potential) || !isObj(m.growthBp)) return;
      m.potential.v = ROUND_POTENTIAL[(k * 3 + i) % ROUND_POTENTIAL.length]!;
      m.growthBp.v = ROUND_GROWTH_BP[(k * 5 + i) % ROUND_GROWTH_BP.length]!;
    });
  if (typeof doc.id === 'string') doc.id = `${doc.id}Round${k}`.slice(0, 32);
  return JSON.stringify(doc);
}

/** Every shipped scenario's text as it stands alone: a file that extends another is resolved here
 *  (the engines under test get complete scenarios; an unresolvable file is kept as is, and refused). */
function shipped(): Record<string, string> {
  const dir = join(ROOT, 'scenarios');
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    const l = loadScenarioAt(text, join(dir, f));
    out[f.slice(0, -5)] = l.ok ? standaloneText(l, text) : text;
  }
  return out;
}

/** Golden inputs: pinned (scenario, seed, bot) runs, and the golden replay files that verify under
 *  the current rules (a stale one is the replay tests' failure to report, not a cross-engine one).
 *  A workshop replay is played in its derived world, shipped to the engines as scenario text. */
function goldenJobs(known: Record<string, string>, stale: string[], all: Record<string, string>): Job[] {
  const jobs: Job[] = [];
  const runsFile = join(ROOT, 'test/golden-runs.json');
  if (existsSync(runsFile)) {
    const p = parseJsonSafe(readFileSync(runsFile, 'utf8'), { maxBytes: 10_000_000, maxDepth: 16 });
    if (p.ok && Array.isArray(p.value)) {
      p.value.forEach((r, i) => {
        if (isObj(r) && typeof r.scenario === 'string' && typeof r.seed === 'string' && typeof r.bot === 'string' && known[r.scenario])
          jobs.push({ id: `golden-run/${i}/${r.scenario}/${r.bot}/${r.seed}`, scenario: r.scenario, seed: r.seed, bot: r.bot });
      });
    }
  }
  const dir = join(ROOT, 'test/golden/replays');
  if (!existsSync(dir)) return jobs;
  // Scenario id (inside the file) -> the shipped file's corpus key, scenario and hash.
  const loaded = new Map<string, { key: string; scenario: Scenario; hash: string }>();
  for (const key of Object.keys(known)) {
    const l = loadScenario(known[key]!);
    if (l.ok) loaded.set(l.scenario.id, { key, scenario: l.scenario, hash: l.hash });
  }
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const imp = importReplay(readFileSync(join(dir, f), 'utf8'));
    if (!imp.ok) {
      stale.push(`${f}: ${imp.error.message}`);
      continue;
    }
    const r = imp.replay;
    const base = loaded.get(r.scenario.id);
    if (!base) {
      stale.push(`${f}: no scenario ${r.scenario.id}`);
      continue;
    }
    const world = worldFor(r.meta.workshop, base.scenario, base.hash);
    const v = verifyReplay(r, world);
    if (v.status !== 'verified') {
      stale.push(`${f}: ${v.problem.message}`);
      continue;
    }
    let key = base.key;
    if (world.scenario !== base.scenario) {
      key = `${base.key}@workshop:${r.meta.workshop}`;
      all[key] = JSON.stringify(world.scenario);
    }
    jobs.push({ id: `golden-replay/${f}`, scenario: key, seed: r.seed, log: r.quarters.map((q) => q.d) });
  }
  return jobs;
}

/** `runs` generated bot games spread over shipped scenarios and their variants, plus the golden set. */
export function buildCorpus(runs: number, variantsPerScenario = 2): Corpus {
  const scenarios = shipped();
  // A shipped file that does not load is check-scenario's failure to report; here it would only
  // turn every engine's runs into identical errors, so it is left out and named in the report.
  const refused = Object.keys(scenarios).filter((id) => !loadScenario(scenarios[id]!).ok);
  for (const id of refused) delete scenarios[id];
  const ids = Object.keys(scenarios);
  const variants: string[] = [];
  for (const id of ids) {
    for (let k = 0; k < variantsPerScenario; k++) {
      const text = roundVariant(scenarios[id]!, k);
      // A variant the current rules refuse is skipped: the shipped scenario itself stays in.
      if (text && loadScenario(text).ok) {
        scenarios[`${id}~round${k}`] = text;
        variants.push(`${id}~round${k}`);
      }
    }
  }
  const pool = [...ids, ...variants];
  const stale: string[] = [];
  // Only the shipped files (not the variants) are offered to the golden replays.
  const jobs: Job[] = goldenJobs(Object.fromEntries(ids.map((id) => [id, scenarios[id]!])), stale, scenarios);
  const golden = jobs.length;
  for (let i = 0; i < runs; i++) {
    const scenario = pool[i % pool.length]!;
    const bot = BOT_NAMES[Math.floor(i / pool.length) % BOT_NAMES.length]!;
    // One seed in ten is not ASCII (and one in twenty ends on a lone surrogate): the state's
    // bytes write seeds as UTF-8 (WTF-8), a path every engine must take alike.
    const seed = i % 10 === 9 ? `ce-${i}-种子😀${i % 20 === 19 ? '\ud800' : ''}` : `ce-${i}`;
    jobs.push({ id: `${scenario}/${bot}/ce-${i}`, scenario, seed, bot });
  }
  return { input: { scenarios, jobs }, scenarios: ids, variants, golden, refused, stale };
}

/** An evenly spread subset of the jobs (for the slow interpreter), golden jobs always kept. */
export function sample(input: JobInput, n: number, keepFirst = 0): JobInput {
  if (n >= input.jobs.length) return input;
  const head = input.jobs.slice(0, keepFirst);
  const rest = input.jobs.slice(keepFirst);
  const want = Math.max(0, n - head.length);
  const picked = Array.from({ length: want }, (_, i) => rest[Math.floor((i * rest.length) / want)]!);
  return { scenarios: input.scenarios, jobs: [...head, ...picked] };
}
