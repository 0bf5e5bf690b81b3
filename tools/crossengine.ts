// `npm run -s crossengine -- [--json] [--runs N] [--quickjs-runs N] [--engines node,jsc,chromium,quickjs]`
// Plays the golden set and N generated runs in every available JavaScript engine and compares the
// per-quarter hash chains with Node's. Exit 1 on any mismatch or reference error, and under CI
// (CI set) also when an engine is missing. With --json the last line is the report object.
import { crossEngineCheck } from './crossengine/check';
import { ENGINE_LABEL, ENGINES } from './crossengine/engines';
import type { EngineName } from './crossengine/engines';

function intArg(argv: string[], name: string, dflt: number): number {
  const i = argv.indexOf(name);
  if (i < 0) return dflt;
  const v = Number(argv[i + 1]);
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`${name} takes a whole number`);
  return v;
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const ei = argv.indexOf('--engines');
  const engines = ei >= 0 ? (argv[ei + 1] ?? '').split(',').filter(Boolean) : [...ENGINES];
  const bad = engines.filter((e) => !(ENGINES as readonly string[]).includes(e));
  if (bad.length) throw new Error(`unknown engine ${bad.join(', ')}; engines: ${ENGINES.join(', ')}`);
  if (!engines.includes('node')) engines.unshift('node');
  const r = await crossEngineCheck({
    runs: intArg(argv, '--runs', 500),
    quickjsRuns: intArg(argv, '--quickjs-runs', 100),
    engines: engines as EngineName[],
  });
  const ci = Boolean(process.env.CI);
  if (!json) {
    console.log(
      `cross-engine: ${r.runs} runs (${r.golden} golden) over ${r.scenarios.length} scenarios + ${r.variants.length} round-number variants, ${r.quarters} quarter hashes`,
    );
    for (const e of r.engines)
      console.log(
        `  ${ENGINE_LABEL[e as EngineName].padEnd(28)} ${String(r.perEngine[e]!.runs).padStart(5)} runs  ${String(r.perEngine[e]!.ms).padStart(6)} ms  ${r.perEngine[e]!.version}`,
      );
    if (r.staleGolden.length) console.log(`  golden replays left out (no longer verify; see the replay tests): ${r.staleGolden.length}`);
    if (r.refusedScenarios.length) console.log(`  left out (do not load; see check-scenario): ${r.refusedScenarios.join(', ')}`);
    for (const s of r.skipped) console.log(`  ${ENGINE_LABEL[s.engine as EngineName].padEnd(28)} SKIPPED: ${s.reason}`);
    for (const m of r.mismatchList.slice(0, 20)) console.log(`  MISMATCH ${m.engine} ${m.id}: ${m.detail}`);
    for (const e of r.errors.slice(0, 20)) console.log(`  ERROR (node) ${e}`);
    console.log(`${r.mismatches} mismatches, ${r.errors.length} errors, ${r.ms} ms`);
    if (ci && r.skipped.length)
      console.log(`FAILED: under CI every engine is required (skipped: ${r.skipped.map((x) => x.engine).join(', ')})`);
  }
  const { mismatchList, ...summary } = r;
  if (json)
    console.log(
      JSON.stringify({ ...summary, mismatchList: mismatchList.slice(0, 50), errors: r.errors.slice(0, 50), errorCount: r.errors.length }),
    );
  return r.mismatches > 0 || r.errors.length > 0 || (ci && r.skipped.length > 0) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`crossengine: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  },
);
