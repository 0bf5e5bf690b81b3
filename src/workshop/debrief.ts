// The debrief core: many teams' runs of one workshop, each read and verified by replay on the
// workshop's world; foreign, duplicate and tampered runs flagged with the reason, the rest ranked,
// with trajectories, decisions and the same-roll event table. Pure: runs in browsers, Node, workers.
import type { Action, Check, Scenario, Kpi, State } from '../engine/index';
import { ENGINE_VERSION, eventStream, rollBp, loadScenario } from '../engine/index';
import type { WorkshopSettings } from './code';
import { decodeWorkshop, normalizeCode } from './code';
import { workshopWorld } from './apply';
import { extendsLog, teamFromPrefix, teamKey } from './handin';
import type { RunClaim } from './replay-adapter';
import { readRun, verifyRun, VerifyMemo } from './replay-adapter';
import type { Score } from './score-adapter';
import { compareScores, scoreRun, sharedRanks } from './score-adapter';
import type { WorkshopProblem } from './texts';
import { workshopProblem } from './texts';

export const DEBRIEF_MAX_RUNS = 500;

export interface RunInput {
  label: string;
  text: string;
}

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
  /** 'ranked': a complete run (finished or bankrupt), on the leaderboard; 'unfinished': still
   *  playing when handed in, ranked apart (by quarters reached, then score), never above a complete run. */
  standing: 'ranked' | 'unfinished';
}

/** A run that counts through another: the same team's later export that extends it (a hand-in at a
 *  pause, then at the end, or the same run under another spelling of the name: 'superseded'), or
 *  the very same run handed in twice ('duplicate'). Noted, not flagged: nothing for the instructor to do. */
export interface HandInNote {
  index: number;
  label: string;
  team: string;
  code: 'superseded' | 'duplicate';
  byLabel: string;
  quarters: number;
  byQuarters: number;
}

/** A run not ranked; `index` is its position in the input. */
export interface FlaggedRun {
  index: number;
  label: string;
  team: string | null;
  problem: WorkshopProblem;
}

/** One team's side of one roll: null when the event did not apply to it (or its run had ended). */
export interface EventCell {
  probabilityBp: number;
  fired: boolean;
  cooldown: boolean;
}
export interface EventRow {
  quarter: number;
  id: string;
  roll: number;
  cells: (EventCell | null)[];
  firedBy: number;
  /** Teams the event applied to, and the lowest and highest probability among them. */
  applied: number;
  minBp: number;
  maxBp: number;
}

export interface Debrief {
  code: string;
  settings: WorkshopSettings;
  scenario: Scenario;
  scenarioHash: string;
  /** Complete runs, best first (rank 1..n). */
  ranked: TeamResult[];
  /** Runs handed in before the end, ranked apart (rank 1..m among themselves). */
  unfinished: TeamResult[];
  flagged: FlaggedRun[];
  notes: HandInNote[];
  events: EventRow[];
  /** Every team's check of an event in a quarter had the one roll drawn from the seed (same luck). */
  rollsAgree: boolean;
}

export type DebriefResult = { ok: true; debrief: Debrief } | { ok: false; problem: WorkshopProblem };
export type ScenarioSource = string | { scenario: Scenario; hash: string };

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A workshop's debrief context: its canonical code, settings and the world the teams played. */
export interface DebriefContext {
  code: string;
  settings: WorkshopSettings;
  scenario: Scenario;
  hash: string;
}

/** Every verified team, the complete runs first: the order of the charts, matrix, event cells and CSV. */
export function allTeams(d: Debrief): TeamResult[] {
  return [...d.ranked, ...d.unfinished];
}

/** One run's verdict: ranked material or the reason it is flagged. Plain data (a worker can send it). */
export type RunOutcome = { kind: 'verified'; team: TeamResult & { key: string; link: string } } | { kind: 'flagged'; flagged: FlaggedRun };

/** Pure. The context from a code and the scenario file (text, or already loaded), or the problem. */
export function prepareDebrief(
  codeText: string,
  source: ScenarioSource,
): { ok: true; ctx: DebriefContext } | { ok: false; problem: WorkshopProblem } {
  const dec = decodeWorkshop(codeText);
  if (!dec.ok) return { ok: false, problem: dec.problem };
  let scenario: Scenario, fileHash: string;
  if (typeof source === 'string') {
    const l = loadScenario(source);
    if (!l.ok)
      return {
        ok: false,
        problem: workshopProblem('scenarioInvalid', 'scenario', { detail: l.problems.map((p) => `${p.path}: ${p.message}`).join('; ') }),
      };
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
  const flag = (team: string | null, problem: WorkshopProblem): RunOutcome => ({
    kind: 'flagged',
    flagged: { index, label: run.label, team, problem },
  });
  const r = readRun(run.text);
  // A file cut short still names its team in its first bytes: say whose it is.
  if (!r.ok) return flag(teamFromPrefix(run.text), workshopProblem('runUnreadable', 'run', {}, r.problem));
  const c = r.claim;
  const team = c.meta.team ?? null;
  const foreign = headerProblem(c, ctx.code, ctx.settings, ctx.scenario, ctx.hash);
  if (foreign) return flag(team, foreign);
  if (team === null || team.trim() === '') return flag(team, workshopProblem('noTeam', 'team', {}));
  const v = verifyRun(c, ctx.scenario, ctx.hash, memo);
  if (!v.ok) return flag(team, workshopProblem('tampered', 'run', {}, v.problem));
  return {
    kind: 'verified',
    team: {
      index,
      label: run.label,
      team,
      rank: 0,
      score: scoreRun(v.state, ctx.scenario),
      outcome: v.state.status,
      quartersPlayed: v.state.history.length,
      finished: v.state.status !== 'playing',
      kpis: v.state.history,
      decisions: v.log,
      checks: v.checks.map((q) => q.map(({ id, roll, probabilityBp, fired, cooldown }) => ({ id, roll, probabilityBp, fired, cooldown }))),
      finalHash: v.finalHash,
      key: teamKey(team),
      link: v.finalLink,
      standing: v.state.status === 'playing' ? 'unfinished' : 'ranked',
    },
  };
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
  const notes: HandInNote[] = [];
  const kept = dedupe(verified, flagged, notes);
  // Flags and notes in the order the runs were given, so the instructor finds each file where they put it.
  flagged.sort((a, b) => a.index - b.index);
  notes.sort((a, b) => a.index - b.index);
  // Ordered by the score (control kept before valuation, §1.20.4), then by team; level runs (e.g. two
  // teams that decided alike) share a rank (1, 1, 3). Unfinished runs are ranked apart, by quarters played.
  const order = (a: (typeof kept)[number], b: (typeof kept)[number]) =>
    compareScores(a.score, b.score) || byString(a.key, b.key) || byString(a.label, b.label);
  const ranked = kept.filter((t) => t.standing === 'ranked').sort(order);
  const unfinished = kept.filter((t) => t.standing === 'unfinished').sort((a, b) => b.quartersPlayed - a.quartersPlayed || order(a, b));
  sharedRanks(ranked.map((t) => t.score)).forEach((r, i) => {
    ranked[i]!.rank = r;
  });
  unfinished.forEach((t, i) => {
    const prev = unfinished[i - 1];
    t.rank = prev && prev.quartersPlayed === t.quartersPlayed && compareScores(prev.score, t.score) === 0 ? prev.rank : i + 1;
  });
  const strip = ({ key: _k, link: _l, ...t }: (typeof kept)[number]): TeamResult => t;
  const teams = [...ranked, ...unfinished].map(strip);
  const { events, rollsAgree } = eventTable(ctx.settings.seed, ctx.scenario, teams);
  return {
    code: ctx.code,
    settings: ctx.settings,
    scenario: ctx.scenario,
    scenarioHash: ctx.hash,
    ranked: teams.slice(0, ranked.length),
    unfinished: teams.slice(ranked.length),
    flagged,
    notes,
    events,
    rollsAgree,
  };
}

/** Pure; never throws on untrusted runs. The debrief of a workshop from its code, its scenario
 *  (file text, or already loaded) and the runs the teams exported. */
export function debrief(codeText: string, source: ScenarioSource, runs: readonly RunInput[]): DebriefResult {
  if (runs.length > DEBRIEF_MAX_RUNS) return { ok: false, problem: workshopProblem('overLimit', 'run', { max: DEBRIEF_MAX_RUNS }) };
  const p = prepareDebrief(codeText, source);
  if (!p.ok) return p;
  // Teams that decided alike early share replayed quarters (keyed by link and decisions).
  const memo = new VerifyMemo();
  return {
    ok: true,
    debrief: assembleDebrief(
      p.ctx,
      runs.map((run, i) => checkRun(p.ctx, run, i, memo)),
    ),
  };
}

/** The most concrete way a run is not of this workshop: seed, scenario, rules, then the code. */
function headerProblem(c: RunClaim, code: string, s: WorkshopSettings, sc: Scenario, hash: string): WorkshopProblem | null {
  if (c.seed !== s.seed) return workshopProblem('otherSeed', 'seed', { found: c.seed, expected: s.seed });
  if (c.scenario.id !== sc.id || c.scenario.version !== sc.version || !hash.startsWith(c.scenario.hash)) {
    return workshopProblem('otherScenario', 'scenario', {
      found: `${c.scenario.id} v${c.scenario.version} ${c.scenario.hash.slice(0, 8)}…`,
      expected: `${sc.id} v${sc.version} ${hash.slice(0, 8)}…`,
    });
  }
  if (c.engineVersion !== ENGINE_VERSION) return workshopProblem('otherRules', 'run', { found: c.engineVersion, expected: ENGINE_VERSION });
  if (c.meta.workshop === undefined) return workshopProblem('notWorkshopRun', 'run', {});
  const theirs = normalizeCode(c.meta.workshop);
  if (theirs !== code) return workshopProblem('otherWorkshop', 'code', { found: c.meta.workshop, expected: code });
  return null;
}

/** One team's hand-ins (names compared by teamKey). The same run twice counts once (noted). A run that an other run of the team extends (an export at a pause, then at the
 *  end; or the same decisions under another spelling) is noted and counts through the longest one.
 *  Two runs that disagree on a decision are both flagged: the debrief cannot know which is the team's. */
function dedupe<
  T extends { index: number; key: string; link: string; label: string; team: string; decisions: Action[][]; quartersPlayed: number },
>(runs: T[], flagged: FlaggedRun[], notes: HandInNote[]): T[] {
  const byKey = new Map<string, T[]>();
  for (const r of runs) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  const out: T[] = [];
  for (const group of byKey.values()) {
    const distinct: T[] = [];
    for (const r of group) {
      const same = distinct.find((d) => d.link === r.link && d.team === r.team);
      if (same)
        notes.push({
          index: r.index,
          label: r.label,
          team: r.team,
          code: 'duplicate',
          byLabel: same.label,
          quarters: r.quartersPlayed,
          byQuarters: same.quartersPlayed,
        });
      else distinct.push(r);
    }
    // r is superseded by d when d extends it: longer, or as long and given first.
    const supersededBy = (r: T): T | undefined =>
      distinct.find(
        (d) => d !== r && extendsLog(d.decisions, r.decisions) && (d.decisions.length > r.decisions.length || d.index < r.index),
      );
    const maximal = distinct.filter((r) => !supersededBy(r));
    if (maximal.length === 1) {
      const best = maximal[0]!;
      out.push(best);
      for (const r of distinct)
        if (r !== best)
          notes.push({
            index: r.index,
            label: r.label,
            team: r.team,
            code: 'superseded',
            byLabel: best.label,
            quarters: r.quartersPlayed,
            byQuarters: best.quartersPlayed,
          });
    } else
      for (const r of distinct)
        flagged.push({ index: r.index, label: r.label, team: r.team, problem: workshopProblem('duplicateTeam', 'team', { team: r.team }) });
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
      let applied = 0,
        firedBy = 0,
        minBp = 10000,
        maxBp = 0;
      const cells = byTeam.map((m) => {
        const c = m.get(def.id);
        if (!c) return null;
        applied++;
        if (c.roll !== roll) rollsAgree = false;
        if (c.fired) firedBy++;
        minBp = Math.min(minBp, c.probabilityBp);
        maxBp = Math.max(maxBp, c.probabilityBp);
        return { probabilityBp: c.probabilityBp, fired: c.fired, cooldown: c.cooldown };
      });
      if (applied > 0) events.push({ quarter: q, id: def.id, roll, cells, firedBy, applied, minBp, maxBp });
    }
  }
  return { events, rollsAgree };
}
