// The debrief core: many teams' runs of one workshop, each read and verified by replay on the
// workshop's world; foreign, duplicate and tampered runs flagged with the reason, the rest ranked,
// with trajectories, decisions and the same-roll event table. Pure: runs in browsers, Node, workers.
import type { Action } from '../engine/actions';
import type { Check } from '../engine/events-types';
import { ENGINE_VERSION, eventStream } from '../engine/index';
import { rollBp } from '../engine/rng';
import { loadScenario } from '../engine/scenario-load';
import type { Scenario } from '../engine/scenario-schema';
import type { Kpi, State } from '../engine/state';
import type { WorkshopSettings } from './code';
import { decodeWorkshop, normalizeCode } from './code';
import { teamKey, workshopWorld } from './apply';
import type { RunClaim } from './replay-adapter';
import { readRun, verifyRun, VerifyMemo } from './replay-adapter';
import type { Score } from './score-adapter';
import { compareScores, scoreRun, sharedRanks } from './score-adapter';
import type { WorkshopProblem } from './texts';
import { workshopProblem } from './texts';

export const DEBRIEF_MAX_RUNS = 500;

export interface RunInput { label: string; text: string }

/** What the debrief keeps of an event check: the roll and the team's odds (not the factor pulls,
 *  which made a worker's reply three times larger). */
export type SeenCheck = Pick<Check, 'id' | 'roll' | 'probabilityBp' | 'fired' | 'cooldown'>;

export interface TeamResult {
  /** Position in the input. */
  index: number;
  label: string;
  team: string;
  rank: number;
  score: Score;
  outcome: State['status'];
  quartersPlayed: number;
  finished: boolean;
  kpis: Kpi[];
  decisions: Action[][];
  checks: SeenCheck[][];
  finalHash: string;
}

/** A run not ranked; `index` is its position in the input. */
export interface FlaggedRun { index: number; label: string; team: string | null; problem: WorkshopProblem }

/** One team's side of one roll: null when the event did not apply to it (or its run had ended). */
export interface EventCell { probabilityBp: number; fired: boolean; cooldown: boolean }
export interface EventRow { quarter: number; id: string; roll: number; cells: (EventCell | null)[]; firedBy: number }

export interface Debrief {
  code: string;
  settings: WorkshopSettings;
  scenario: Scenario;
  scenarioHash: string;
  ranked: TeamResult[];
  flagged: FlaggedRun[];
  events: EventRow[];
  /** Every team's check of an event in a quarter had the one roll drawn from the seed (same luck). */
  rollsAgree: boolean;
}

export type DebriefResult = { ok: true; debrief: Debrief } | { ok: false; problem: WorkshopProblem };
export type ScenarioSource = string | { scenario: Scenario; hash: string };

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A workshop's debrief context: its canonical code, settings and the world the teams played. */
export interface DebriefContext { code: string; settings: WorkshopSettings; scenario: Scenario; hash: string }

/** One run's verdict: ranked material or the reason it is flagged. Plain data (a worker can send it). */
export type RunOutcome = { kind: 'verified'; team: TeamResult & { key: string; link: string } } | { kind: 'flagged'; flagged: FlaggedRun };

/** Pure. The context from a code and the scenario file (text, or already loaded), or the problem. */
export function prepareDebrief(codeText: string, source: ScenarioSource): { ok: true; ctx: DebriefContext } | { ok: false; problem: WorkshopProblem } {
  const dec = decodeWorkshop(codeText);
  if (!dec.ok) return { ok: false, problem: dec.problem };
  let scenario: Scenario, fileHash: string;
  if (typeof source === 'string') {
    const l = loadScenario(source);
    if (!l.ok) return { ok: false, problem: workshopProblem('scenarioInvalid', 'scenario', { detail: l.problems.map((p) => `${p.path}: ${p.message}`).join('; ') }) };
    scenario = l.scenario;
    fileHash = l.hash;
  } else ({ scenario, hash: fileHash } = source);
  const world = workshopWorld(dec.settings, scenario, fileHash);
  if (!world.ok) return { ok: false, problem: world.problem };
  return { ok: true, ctx: { code: dec.code, settings: dec.settings, scenario: world.scenario, hash: world.hash } };
}

/** Pure; never throws on untrusted text. Reads one run, checks it belongs to the workshop and
 *  verifies it by replay. `memo` shares quarters already replayed for other runs. */
export function checkRun(ctx: DebriefContext, run: RunInput, index: number, memo?: VerifyMemo): RunOutcome {
  const flag = (team: string | null, problem: WorkshopProblem): RunOutcome => ({ kind: 'flagged', flagged: { index, label: run.label, team, problem } });
  const r = readRun(run.text);
  if (!r.ok) return flag(null, workshopProblem('runUnreadable', 'run', {}, r.problem));
  const c = r.claim;
  const team = c.meta.team ?? null;
  const foreign = headerProblem(c, ctx.code, ctx.settings, ctx.scenario, ctx.hash);
  if (foreign) return flag(team, foreign);
  if (team === null || team.trim() === '') return flag(team, workshopProblem('noTeam', 'team', {}));
  const v = verifyRun(c, ctx.scenario, ctx.hash, memo);
  if (!v.ok) return flag(team, workshopProblem('tampered', 'run', {}, v.problem));
  return { kind: 'verified', team: {
    index, label: run.label, team, rank: 0, score: scoreRun(v.state, ctx.scenario), outcome: v.state.status,
    quartersPlayed: v.state.history.length, finished: v.state.status !== 'playing', kpis: v.state.history,
    decisions: v.log, checks: v.checks.map((q) => q.map(({ id, roll, probabilityBp, fired, cooldown }) => ({ id, roll, probabilityBp, fired, cooldown }))), finalHash: v.finalHash, key: teamKey(team), link: v.finalLink,
  } };
}

/** Pure. Duplicates, ranking and the same-roll event table from every run's outcome (any order). */
export function assembleDebrief(ctx: DebriefContext, outcomes: readonly RunOutcome[]): Debrief {
  const flagged: FlaggedRun[] = [];
  const verified: (TeamResult & { key: string; link: string })[] = [];
  for (const o of outcomes) {
    if (o.kind === 'flagged') flagged.push(o.flagged);
    else verified.push({ ...o.team });
  }
  verified.sort((a, b) => a.index - b.index);
  const ranked = dedupe(verified, flagged);
  // Flags in the order the runs were given, so the instructor finds each file where they put it.
  flagged.sort((a, b) => a.index - b.index);
  // Level runs (same score, control, valuation and ownership: e.g. two teams that decided alike)
  // share a rank; they are listed by team name.
  ranked.sort((a, b) => compareScores(a.score, b.score) || byString(a.key, b.key) || byString(a.label, b.label));
  const ranks = sharedRanks(ranked.map((t) => t.score));
  ranked.forEach((t, i) => { t.rank = ranks[i]!; });
  const { events, rollsAgree } = eventTable(ctx.settings.seed, ctx.scenario, ranked);
  return { code: ctx.code, settings: ctx.settings, scenario: ctx.scenario, scenarioHash: ctx.hash, ranked: ranked.map(({ key: _k, link: _l, ...t }) => t), flagged, events, rollsAgree };
}

/** Pure; never throws on untrusted runs. The debrief of a workshop from its code, its scenario
 *  (file text, or already loaded) and the runs the teams exported. */
export function debrief(codeText: string, source: ScenarioSource, runs: readonly RunInput[]): DebriefResult {
  if (runs.length > DEBRIEF_MAX_RUNS) return { ok: false, problem: workshopProblem('overLimit', 'run', { max: DEBRIEF_MAX_RUNS }) };
  const p = prepareDebrief(codeText, source);
  if (!p.ok) return p;
  // Teams that decided alike early share replayed quarters (keyed by link and decisions).
  const memo = new VerifyMemo();
  return { ok: true, debrief: assembleDebrief(p.ctx, runs.map((run, i) => checkRun(p.ctx, run, i, memo))) };
}

/** The most concrete way a run is not of this workshop: seed, scenario, rules, then the code. */
function headerProblem(c: RunClaim, code: string, s: WorkshopSettings, sc: Scenario, hash: string): WorkshopProblem | null {
  if (c.seed !== s.seed) return workshopProblem('otherSeed', 'seed', { found: c.seed, expected: s.seed });
  if (c.scenario.id !== sc.id || c.scenario.version !== sc.version || !hash.startsWith(c.scenario.hash)) {
    return workshopProblem('otherScenario', 'scenario', { found: `${c.scenario.id} v${c.scenario.version} ${c.scenario.hash.slice(0, 8)}…`, expected: `${sc.id} v${sc.version} ${hash.slice(0, 8)}…` });
  }
  if (c.engineVersion !== ENGINE_VERSION) return workshopProblem('otherRules', 'run', { found: c.engineVersion, expected: ENGINE_VERSION });
  if (c.meta.workshop === undefined) return workshopProblem('notWorkshopRun', 'run', {});
  const theirs = normalizeCode(c.meta.workshop);
  if (theirs !== code) return workshopProblem('otherWorkshop', 'code', { found: c.meta.workshop, expected: code });
  return null;
}

/** The same run twice counts once; two different runs under one team name are both flagged:
 *  the debrief cannot know which is the team's (identical decisions under two names are two teams). */
function dedupe<T extends { index: number; key: string; link: string; label: string; team: string }>(runs: T[], flagged: FlaggedRun[]): T[] {
  const byKey = new Map<string, T[]>();
  for (const r of runs) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  const out: T[] = [];
  for (const group of byKey.values()) {
    const distinct: T[] = [];
    for (const r of group) {
      if (distinct.some((d) => d.link === r.link)) flagged.push({ index: r.index, label: r.label, team: r.team, problem: workshopProblem('duplicateRun', 'run', {}) });
      else distinct.push(r);
    }
    if (distinct.length === 1) out.push(distinct[0]!);
    else for (const r of distinct) flagged.push({ index: r.index, label: r.label, team: r.team, problem: workshopProblem('duplicateTeam', 'team', { team: r.team }) });
  }
  return out;
}

/** Every (quarter, event) some team rolled: the one roll from the seed, each team's probability. */
function eventTable(seed: string, sc: Scenario, teams: readonly TeamResult[]): { events: EventRow[]; rollsAgree: boolean } {
  let rollsAgree = true;
  let maxQ = 0;
  for (const t of teams) maxQ = Math.max(maxQ, t.checks.length);
  const events: EventRow[] = [];
  for (let q = 0; q < maxQ; q++) {
    const byTeam = teams.map((t) => {
      const m = new Map<string, SeenCheck>();
      for (const c of t.checks[q] ?? []) m.set(c.id, c);
      return m;
    });
    for (const def of sc.events) {
      const roll = rollBp(seed, q, eventStream(def.id));
      let any = false, firedBy = 0;
      const cells = byTeam.map((m) => {
        const c = m.get(def.id);
        if (!c) return null;
        any = true;
        if (c.roll !== roll) rollsAgree = false;
        if (c.fired) firedBy++;
        return { probabilityBp: c.probabilityBp, fired: c.fired, cooldown: c.cooldown };
      });
      if (any) events.push({ quarter: q, id: def.id, roll, cells, firedBy });
    }
  }
  return { events, rollsAgree };
}
