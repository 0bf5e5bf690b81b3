// The balance lab's orchestration: which games to play (bots, factor pairs, fixed strategies, greedy
// search steps) and the report built from them. Runners only execute cells, so the report is the
// same whichever runner (in-process, worker threads, Web Workers) and however many workers.
import { BALANCED, STRATEGIES } from '../engine/index';
import type { Strategy, Scenario } from '../engine/index';
import type { BotReport, FactorEffect } from './analyze';
import { botReport, factorEffect, stake } from './analyze';
import type { PlayerSpec } from './chunk';
import type { Side } from './factor-defs';
import { FACTOR_DEFS, unmeasured } from './factor-defs';
import type { GameSummary } from './game';
import type { DominantEntry, ScoreTable, Verdict } from './search';
import { dominantDecisions, dominantStrategies, DIMENSIONS, strategyKey, verdict } from './search';
import { pairedDiff } from './stats';

/** Games of one player on one scenario over seeds 1..games (shifted by the run's seed base). */
export interface Cell {
  scenario: number;
  player: PlayerSpec;
  games: number;
}
/** Plays cells and returns each cell's games in seed order. */
export type Executor = (cells: readonly Cell[]) => Promise<GameSummary[][]>;

export interface LabRequest {
  /** The scenario under study first; every other scenario joins the dominant-strategy search. */
  scenarios: readonly Scenario[];
  /** The scenarios (indexes into `scenarios`) to report on; [0] unless `--scenario all`. */
  reports?: readonly number[];
  games: number;
  bots: readonly string[];
  /** Paired factor runs (games seeds each); off to measure bots only. */
  factors: boolean;
  /** Seeds per strategy per scenario in the search; 0 turns the search off. */
  searchGames: number;
}

export interface LabReport {
  scenario: string;
  games: number;
  bots: Record<string, BotReport>;
  factors: FactorEffect[];
  strategies:
    | (ScoreTable &
        Verdict & {
          greedy: Record<string, { strategy: Strategy; score: number }>;
          survival: Record<string, number[]>;
          /** Decision values the search chose on most scenarios (≥ 4 of 6), and fixed strategies that
           *  beat the balanced player on stake with 95% confidence on as many: each says whether it
           *  contradicts the essay (the entries `--strict` fails on). */
          dominant: DominantEntry[];
          /** How many scenarios make a value or strategy dominant. */
          dominantAt: number;
        })
    | null;
}

const mean = (xs: readonly number[]): number => {
  let s = 0;
  for (const x of xs) s += x;
  return xs.length ? s / xs.length : 0;
};

/** Runs the whole analysis through `exec`; `phase` names each batch as it starts (for progress). */
export async function runLab(req: LabRequest, exec: Executor, phase: (name: string) => void = () => {}): Promise<LabReport> {
  return (await runLabs({ ...req, reports: [0] }, exec, phase))[0]!;
}

/** One report per scenario in `req.reports` (bots and factors on that scenario); the strategy
 *  search runs once over every scenario and is shared by the reports. */
export async function runLabs(req: LabRequest, exec: Executor, phase: (name: string) => void = () => {}): Promise<LabReport[]> {
  const reports = req.reports ?? [0];
  const cache = new Map<string, GameSummary[]>();
  const keyOf = (c: Cell) =>
    `${c.scenario}|${c.games}|${c.player.kind === 'bot' ? c.player.name : `${strategyKey(c.player.strategy)}|${(c.player.without ?? []).join('+')}`}`;
  const play = async (cells: Cell[]): Promise<GameSummary[][]> => {
    const todo: Cell[] = [];
    const seen = new Set<string>();
    for (const c of cells)
      if (!cache.has(keyOf(c)) && !seen.has(keyOf(c))) {
        seen.add(keyOf(c));
        todo.push(c);
      }
    if (todo.length) {
      const res = await exec(todo);
      todo.forEach((c, i) => cache.set(keyOf(c), res[i]!));
    }
    return cells.map((c) => cache.get(keyOf(c))!);
  };
  const strat = (scenario: number, strategy: Strategy, games: number): Cell => ({
    scenario,
    player: { kind: 'strategy', strategy },
    games,
  });
  const side = (scenario: number, x: Side, games: number): Cell => ({
    scenario,
    player: { kind: 'strategy', strategy: { ...BALANCED, ...x.strategy }, ...(x.without?.length ? { without: [...x.without] } : {}) },
    games,
  });

  phase('bots and factors');
  const perReport = reports.map((r) => {
    const sc = req.scenarios[r]!;
    const measured = FACTOR_DEFS.filter((d) => !unmeasured(d, sc));
    const botCells = req.bots.map((name): Cell => ({ scenario: r, player: { kind: 'bot', name }, games: req.games }));
    const factorCells = req.factors
      ? measured.flatMap((d) => {
          const x = d.sides(sc);
          return [side(r, x.good, req.games), side(r, x.bad, req.games)];
        })
      : [];
    return { r, sc, botCells, factorCells };
  });
  const first = await play(perReport.flatMap((p) => [...p.botCells, ...p.factorCells]));
  let k = 0;
  const measuredParts = perReport.map((p) => {
    const eventIds = p.sc.events.map((e) => e.id);
    const bots: Record<string, BotReport> = {};
    for (const name of req.bots) bots[name] = botReport(first[k++]!, eventIds);
    const factors: FactorEffect[] = [];
    if (req.factors) {
      for (const d of FACTOR_DEFS) {
        if (unmeasured(d, p.sc)) {
          factors.push(factorEffect(d, p.sc, [], [], eventIds));
          continue;
        }
        const good = first[k++]!;
        const bad = first[k++]!;
        factors.push(factorEffect(d, p.sc, good, bad, eventIds));
      }
    }
    return { scenario: p.sc.id, bots, factors };
  });

  let strategies: LabReport['strategies'] = null;
  if (req.searchGames > 0) {
    const G = req.searchGames;
    const ns = req.scenarios.length;
    const score = (g: readonly GameSummary[]) => mean(g.map(stake));
    // Greedy coordinate search, one walk per scenario, batched across scenarios at each step.
    const current: Strategy[] = req.scenarios.map(() => BALANCED);
    const currentScore: number[] = (await play(current.map((s, i) => strat(i, s, G)))).map(score);
    for (let pass = 0; pass < 2; pass++) {
      let moved = false;
      for (const dim of DIMENSIONS) {
        phase(`search pass ${pass + 1}: ${dim.id}`);
        const tries = current.map((s) => dim.options.map((o) => ({ ...s, ...o })));
        const res = await play(tries.flatMap((opts, i) => opts.map((o) => strat(i, o, G))));
        let j = 0;
        tries.forEach((opts, i) => {
          for (const o of opts) {
            const sc = score(res[j++]!);
            if (sc > currentScore[i]! && strategyKey(o) !== strategyKey(current[i]!)) {
              current[i] = o;
              currentScore[i] = sc;
              moved = true;
            }
          }
        });
      }
      if (!moved) break;
    }
    phase('strategies on every scenario');
    const named: [string, Strategy][] = [
      ...Object.entries(STRATEGIES),
      ...req.scenarios.map((s, i): [string, Strategy] => [`greedy:${s.id}`, current[i]!]),
    ];
    const all = await play(named.flatMap(([, st]) => req.scenarios.map((_, i) => strat(i, st, G))));
    const scores: Record<string, number[]> = {};
    const survival: Record<string, number[]> = {};
    const stakes: Record<string, number[][]> = {};
    named.forEach(([name], j) => {
      const rows = all.slice(j * ns, (j + 1) * ns);
      stakes[name] = rows.map((g) => g.map(stake));
      scores[name] = rows.map(score);
      survival[name] = rows.map((g) => mean(g.map((x) => (x.survived ? 1 : 0))));
    });
    // The top tier of a scenario: its best strategy and every strategy the best does not beat with
    // confidence over the same seeds.
    const topTier: Record<string, boolean[]> = {};
    for (const [name] of named) topTier[name] = req.scenarios.map(() => false);
    req.scenarios.forEach((_, i) => {
      let top = named[0]![0];
      for (const [n] of named) if (scores[n]![i]! > scores[top]![i]!) top = n;
      for (const [n] of named) topTier[n]![i] = n === top || pairedDiff(stakes[top]![i]!, stakes[n]![i]!).ci.lo <= 0;
    });
    const ids = req.scenarios.map((s) => s.id);
    const table: ScoreTable = { scenarios: ids, scores, topTier };
    const greedy = Object.fromEntries(req.scenarios.map((s, i) => [s.id, { strategy: current[i]!, score: currentScore[i]! }]));
    const fixedNames = Object.keys(STRATEGIES).filter((n) => n !== 'balanced');
    const beats: Record<string, boolean[]> = {};
    for (const n of fixedNames) beats[n] = req.scenarios.map((_, i) => pairedDiff(stakes[n]![i]!, stakes.balanced![i]!).ci.lo > 0);
    const dominantAt = dominantThreshold(ns);
    const dominant = ns < 2 ? [] : [...dominantDecisions(current, ids, dominantAt), ...dominantStrategies(beats, ids, dominantAt)];
    strategies = { ...table, ...verdict(table), greedy, survival, dominant, dominantAt };
  }
  return measuredParts.map((p) => ({ scenario: p.scenario, games: req.games, bots: p.bots, factors: p.factors, strategies }));
}

/** How many of n scenarios make a decision value or a strategy dominant: two thirds (4 of 6), at least 2. */
export function dominantThreshold(n: number): number {
  return Math.max(2, Math.ceil((2 * n) / 3));
}
