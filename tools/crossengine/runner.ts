// The engine-side workload of the cross-engine check: plays the jobs it is given and returns one
// per-quarter hash chain per job. Imports only src/engine, so the same code runs in Node, bun
// (JavaScriptCore), Chromium and QuickJS; bundled to an IIFE for the engines without a TS loader.
import type { Action, Scenario } from '../../src/engine/index';
import {
  BOTS,
  canonicalJson,
  sha256Hex,
  stateBytes,
  StateHasher,
  collectChecks,
  loadScenario,
  initialState,
  step,
} from '../../src/engine/index';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';

/** A bot plays a scenario, or a recorded decision log (a golden replay) is folded. With
 *  `preimages` the engine returns the states' canonical bytes (hex) and the event rolls' canonical
 *  JSON, and the host hashes them (see foldPreimages): for an interpreter, where SHA-256 costs far
 *  more than the game itself. The byte layout is still written by the engine under test. */
export type Job = { id: string; scenario: string; seed: string; preimages?: boolean } & ({ bot: string } | { log: Action[][] });

export interface JobInput {
  scenarios: Record<string, string>;
  jobs: Job[];
}

/** What a chain is hashed from: the opening state's bytes (hex), then each quarter's state bytes
 *  (hex) and event rolls (canonical JSON). */
export interface Preimages {
  scHash: string;
  start: string;
  quarters: [stateHex: string, checks: string][];
}

/** chain[q] covers chain[q-1], the state hash after quarter q and that quarter's event rolls. */
export interface JobResult {
  id: string;
  chain: string[];
  outcome: string;
  error?: string;
  pre?: Preimages;
}

const firstLink = (scHash: string, seed: string, startHash: string): string => sha256Hex(scHash + '|' + seed + '|' + startHash);
const nextLink = (prev: string, stateHash: string, checksJson: string): string => sha256Hex(prev + '|' + stateHash + '|' + checksJson);
/** The state hash from its bytes in hex (what hashState computes from the bytes directly). */
const hashHex = (hex: string): string => bytesToHex(sha256(hexToBytes(hex)));

function runOne(job: Job, sc: Scenario, scHash: string, out: JobResult): JobResult {
  let s = initialState(sc, job.seed);
  const pre: Preimages | null = job.preimages ? (out.pre = { scHash, start: bytesToHex(stateBytes(s)), quarters: [] }) : null;
  // One hasher per run, as replays hash: it resumes from the KPIs the previous state shares.
  const hasher = new StateHasher();
  let link = pre ? '' : firstLink(scHash, job.seed, hasher.hash(s));
  const log = 'log' in job ? job.log : null;
  const bot = 'bot' in job ? BOTS[job.bot] : undefined;
  if (!log && !bot) return { ...out, outcome: 'error', error: 'unknown bot' };
  for (let q = 0; s.status === 'playing' && (!log || q < log.length); q++) {
    const decisions = log ? log[q]! : bot!(s, sc);
    for (const a of decisions) {
      const r = step(s, a, sc);
      if (r.ok) s = r.state;
      else if (log) return { ...out, outcome: 'error', error: `quarter ${q + 1}: ${a.type} refused (${r.rejection.code})` };
    }
    const end = step(s, { type: 'endQuarter' }, sc);
    if (!end.ok) throw new Error(`endQuarter rejected: ${end.rejection.code}`);
    s = end.state;
    const checksJson = canonicalJson(collectChecks(end.events));
    if (pre) pre.quarters.push([bytesToHex(stateBytes(s)), checksJson]);
    else out.chain.push((link = nextLink(link, hasher.hash(s), checksJson)));
  }
  out.outcome = s.status;
  return out;
}

/** Host side of `preimages`: the chain the engine would have hashed itself. */
export function foldPreimages(r: JobResult, seed: string): JobResult {
  if (!r.pre) return r;
  let link = firstLink(r.pre.scHash, seed, hashHex(r.pre.start));
  const chain = r.pre.quarters.map(([st, ch]) => (link = nextLink(link, hashHex(st), ch)));
  const { pre: _pre, ...rest } = r;
  return { ...rest, chain };
}

/** Plays every job; a thrown error is recorded on its job (engines must agree on failures too). */
function runJobs(input: JobInput): JobResult[] {
  const loaded: Record<string, { sc: Scenario; hash: string } | string> = {};
  for (const id of Object.keys(input.scenarios)) {
    const r = loadScenario(input.scenarios[id]!);
    loaded[id] = r.ok ? { sc: r.scenario, hash: r.hash } : `scenario ${id} refused: ${r.problems[0]?.message ?? ''}`;
  }
  return input.jobs.map((job) => {
    const l = loaded[job.scenario];
    if (l === undefined || typeof l === 'string')
      return { id: job.id, chain: [], outcome: 'error', error: l ?? `no scenario ${job.scenario}` };
    const out: JobResult = { id: job.id, chain: [], outcome: 'playing' };
    try {
      return runOne(job, l.sc, l.hash, out);
    } catch (e) {
      return { ...out, outcome: 'error', error: e instanceof Error ? e.message : String(e) };
    }
  });
}

/** Text in, text out: the one entry point every engine calls (no structured cloning needed). The
 *  input is the host's own job list, not untrusted text; the scenario texts inside it still go
 *  through loadScenario's safe parser, in every engine. */
export function runJobsJson(inputJson: string): string {
  return JSON.stringify(runJobs(JSON.parse(inputJson) as JobInput));
}
