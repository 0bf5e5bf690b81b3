// The whole cross-engine check: build the corpus and the bundle once, run every engine in
// parallel (one process per engine, all jobs batched), compare each with Node's chains.
import type { Plugin } from 'esbuild';
import { bundleRunner } from './bundle';
import type { Mismatch } from './compare';
import { compareResults } from './compare';
import { buildCorpus, sample } from './corpus';
import { foldPreimages } from './runner';
import type { EngineName, EngineOutcome } from './engines';
import { ENGINES, runEngine } from './engines';

export interface CheckOptions {
  /** Generated bot games (default 500), on top of the golden runs and replays. */
  runs?: number;
  /** Jobs QuickJS runs, an even sample of the corpus (default 100): it interprets, so it is slow. */
  quickjsRuns?: number;
  engines?: readonly EngineName[];
  /** esbuild plugins that turn the build into a variant (the planted-Math.pow demonstration);
   *  when given, Node and bun run the bundle too instead of their own TypeScript loaders. */
  plugins?: Plugin[];
  variantsPerScenario?: number;
}

export interface CheckReport {
  engines: string[];
  skipped: { engine: string; reason: string }[];
  runs: number;
  perEngine: Record<string, { runs: number; ms: number; version: string }>;
  mismatches: number;
  mismatchList: Mismatch[];
  /** Jobs that ended in an error in the reference engine (an invariant broke: a bug). */
  errors: string[];
  scenarios: string[];
  /** Shipped scenario files that do not load (left out of the corpus). */
  refusedScenarios: string[];
  /** Golden replay files left out because they no longer verify in Node (the replay tests report those). */
  staleGolden: string[];
  variants: string[];
  golden: number;
  quarters: number;
  ms: number;
}

export async function crossEngineCheck(opts: CheckOptions = {}): Promise<CheckReport> {
  const t0 = performance.now();
  const corpus = buildCorpus(opts.runs ?? 500, opts.variantsPerScenario ?? 2);
  const bundle = await bundleRunner(opts.plugins ?? []);
  const variant = (opts.plugins ?? []).length > 0;
  const want = opts.engines ?? ENGINES;
  if (!want.includes('node')) throw new Error('the node engine is the reference and must run');
  // QuickJS hashes the golden jobs itself (SHA-256 covered there too) and hands the canonical texts
  // of the rest to the host: interpreted SHA-256 costs about ten times the game itself.
  const picked = sample(corpus.input, opts.quickjsRuns ?? 100, corpus.golden);
  const quick = { ...picked, jobs: picked.jobs.map((j, i) => (i < corpus.golden ? j : { ...j, preimages: true })) };
  const seedOf = new Map(quick.jobs.map((j) => [j.id, j.seed]));
  const failed: Mismatch[] = [];
  const outcomes: EngineOutcome[] = await Promise.all(
    want.map((e) =>
      runEngine(e, e === 'quickjs' ? quick : corpus.input, bundle, variant).catch((err: unknown): EngineOutcome => {
        // A crash is a failure, not a skip: the engine is present but could not play the corpus.
        failed.push({ engine: e, id: '*', quarter: 0, detail: `engine failed: ${err instanceof Error ? err.message : String(err)}` });
        return { engine: e, ran: true, results: [], ms: 0, version: 'failed' };
      }),
    ),
  );
  const ref = outcomes.find((o) => o.engine === 'node');
  if (!ref || !ref.ran) throw new Error(`the reference engine (node) did not run: ${ref && !ref.ran ? ref.reason : 'missing'}`);
  const report: CheckReport = {
    engines: [],
    skipped: [],
    runs: ref.results.length,
    perEngine: {},
    mismatches: 0,
    mismatchList: [],
    errors: ref.results.filter((r) => r.error).map((r) => `${r.id}: ${r.error}`),
    scenarios: corpus.scenarios,
    refusedScenarios: corpus.refused,
    staleGolden: corpus.stale,
    variants: corpus.variants,
    golden: corpus.golden,
    quarters: ref.results.reduce((n, r) => n + r.chain.length, 0),
    ms: 0,
  };
  report.mismatchList.push(...failed);
  for (const o of outcomes) {
    if (!o.ran) {
      report.skipped.push({ engine: o.engine, reason: o.reason });
      continue;
    }
    if (o.engine === 'quickjs') o.results = o.results.map((x) => foldPreimages(x, seedOf.get(x.id) ?? ''));
    report.engines.push(o.engine);
    report.perEngine[o.engine] = { runs: o.results.length, ms: o.ms, version: o.version };
    if (o.engine === 'node' || o.version === 'failed') continue;
    if (o.results.length !== (o.engine === 'quickjs' ? quick : corpus.input).jobs.length) {
      report.mismatchList.push({
        engine: o.engine,
        id: '*',
        quarter: 0,
        detail: `returned ${o.results.length} results for ${(o.engine === 'quickjs' ? quick : corpus.input).jobs.length} jobs`,
      });
    }
    report.mismatchList.push(...compareResults(o.engine, ref.results, o.results));
  }
  report.mismatches = report.mismatchList.length;
  report.ms = Math.round(performance.now() - t0);
  return report;
}
