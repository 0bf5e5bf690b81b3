// The engine-side workload of the cross-engine check: plays the jobs it is given and returns one
// per-quarter hash chain per job. Imports only src/engine, so the same code runs in Node, bun
// (JavaScriptCore), Chromium and QuickJS; bundled to an IIFE for the engines without a TS loader.
import type { Action } from '../../src/engine/actions';
import { BOTS } from '../../src/engine/bots/index';
import { canonicalJson, hashValue, sha256Hex } from '../../src/engine/hash';
import { collectChecks } from '../../src/engine/run';
import { loadScenario } from '../../src/engine/scenario-load';
import type { Scenario } from '../../src/engine/scenario-schema';
import { initialState } from '../../src/engine/state';
import type { State } from '../../src/engine/state';
import { step } from '../../src/engine/step';

/** A bot plays a scenario, or a recorded decision log (a golden replay) is folded. */
export type Job =
  | { id: string; scenario: string; seed: string; bot: string }
  | { id: string; scenario: string; seed: string; log: Action[][] };

export interface JobInput { scenarios: Record<string, string>; jobs: Job[] }

/** chain[q] covers chain[q-1], the state hash after quarter q and that quarter's event rolls. */
export interface JobResult { id: string; chain: string[]; outcome: string; error?: string }

function closeQuarter(s: State, sc: Scenario, prev: string): { s: State; link: string } {
  const end = step(s, { type: 'endQuarter' }, sc);
  if (!end.ok) throw new Error(`endQuarter rejected: ${end.rejection.code}`);
  const link = sha256Hex(prev + '|' + hashValue(end.state) + '|' + canonicalJson(collectChecks(end.events)));
  return { s: end.state, link };
}

function runOne(job: Job, sc: Scenario, scHash: string, chain: string[]): JobResult {
  let s = initialState(sc, job.seed);
  let link = sha256Hex(scHash + '|' + job.seed + '|' + hashValue(s));
  const log = 'log' in job ? job.log : null;
  const bot = 'bot' in job ? BOTS[job.bot] : undefined;
  if (!log && !bot) return { id: job.id, chain, outcome: 'error', error: `unknown bot` };
  for (let q = 0; s.status === 'playing' && (!log || q < log.length); q++) {
    const decisions = log ? log[q]! : bot!(s, sc);
    for (const a of decisions) {
      const r = step(s, a, sc);
      if (r.ok) s = r.state;
      else if (log) return { id: job.id, chain, outcome: 'error', error: `quarter ${q + 1}: ${a.type} refused (${r.rejection.code})` };
    }
    ({ s, link } = closeQuarter(s, sc, link));
    chain.push(link);
  }
  return { id: job.id, chain, outcome: s.status };
}

/** Plays every job; a thrown error is recorded on its job (engines must agree on failures too). */
export function runJobs(input: JobInput): JobResult[] {
  const loaded: Record<string, { sc: Scenario; hash: string } | string> = {};
  for (const id of Object.keys(input.scenarios)) {
    const r = loadScenario(input.scenarios[id]!);
    loaded[id] = r.ok ? { sc: r.scenario, hash: r.hash } : `scenario ${id} refused: ${r.problems[0]?.message ?? ''}`;
  }
  return input.jobs.map((job) => {
    const l = loaded[job.scenario];
    if (l === undefined || typeof l === 'string') return { id: job.id, chain: [], outcome: 'error', error: l ?? `no scenario ${job.scenario}` };
    const chain: string[] = [];
    try {
      return runOne(job, l.sc, l.hash, chain);
    } catch (e) {
      return { id: job.id, chain, outcome: 'error', error: e instanceof Error ? e.message : String(e) };
    }
  });
}

/** Text in, text out: the one entry point every engine calls (no structured cloning needed). */
export function runJobsJson(inputJson: string): string {
  return JSON.stringify(runJobs(JSON.parse(inputJson) as JobInput));
}
