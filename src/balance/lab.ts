// The balance lab's orchestration: which games to play (bots, factor pairs, fixed strategies, greedy
// search steps) and the report built from them. Runners only execute cells, so the report is the
// same whichever runner (in-process, worker threads, Web Workers) and however many workers.
import { BALANCED } from '../engine/bots/presets';
import { STRATEGIES } from '../engine/bots/index';
import type { Strategy } from '../engine/bots/strategy';
import type { Scenario } from '../engine/scenario-schema';
import type { BotReport, FactorEffect } from './analyze';
import { botReport, factorEffect, stake } from './analyze';
import type { PlayerSpec } from './chunk';
import { FACTOR_DEFS } from './factor-defs';
import type { GameSummary } from './game';
import type { ScoreTable, Verdict } from './search';
import { DIMENSIONS, strategyKey, verdict } from './search';
import { pairedDiff } from './stats';

/** Games of one player on one scenario over seeds 1..games (shifted by the run's seed base). */
export interface Cell { scenario: number; player: PlayerSpec; games: number }
/** Plays cells and returns each cell's games in seed order. */
export type Executor = (cells: readonly Cell[]) => Promise<GameSummary[][]>;

export interface LabRequest {
  /** The scenario under study first; every other scenario joins the dominant-strategy search. */
  scenarios: readonly Scenario[];
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
  strategies: (ScoreTable & Verdict & {
    greedy: Record<string, { strategy: Strategy; score: number }>;
    survival: Record<string, number[]>;
    /** Single decisions (field=value, away from the balanced player) the search chose on every
     *  scenario: "always do X" formulas. Empty is the goal; only filled with two or more scenarios. */
    commonDecisions: string[];
  }) | null;
}

const mean = (xs: readonly number[]): number => {
  let s = 0;
  for (const x of xs) s += x;
  return xs.length ? s / xs.length : 0;
};

/** Runs the whole analysis through `exec`; `phase` names each batch as it starts (for progress). */
export async function runLab(req: LabRequest, exec: Executor, phase: (name: string) => void = () => {}): Promise<LabReport> {
  const main = req.scenarios[0]!;
  const eventIds = main.events.map((e) => e.id);
  const cache = new Map<string, GameSummary[]>();
  const keyOf = (c: Cell) => `${c.scenario}|${c.games}|${c.player.kind === 'bot' ? c.player.name : strategyKey(c.player.strategy)}`;
  const play = async (cells: Cell[]): Promise<GameSummary[][]> => {
    const todo: Cell[] = [];
    const seen = new Set<string>();
    for (const c of cells) if (!cache.has(keyOf(c)) && !seen.has(keyOf(c))) { seen.add(keyOf(c)); todo.push(c); }
    if (todo.length) {
      const res = await exec(todo);
      todo.forEach((c, i) => cache.set(keyOf(c), res[i]!));
    }
    return cells.map((c) => cache.get(keyOf(c))!);
  };
  const strat = (scenario: number, strategy: Strategy, games: number): Cell => ({ scenario, player: { kind: 'strategy', strategy }, games });

  phase('bots and factors');
  const botCells = req.bots.map((name): Cell => ({ scenario: 0, player: { kind: 'bot', name }, games: req.games }));
  const factorCells = req.factors ? FACTOR_DEFS.flatMap((d) => [strat(0, { ...BALANCED, ...d.good }, req.games), strat(0, { ...BALANCED, ...d.bad }, req.games)]) : [];
  const first = await play([...botCells, ...factorCells]);
  const bots: Record<string, BotReport> = {};
  req.bots.forEach((name, i) => { bots[name] = botReport(first[i]!, eventIds); });
  const factors = req.factors ? FACTOR_DEFS.map((d, i) => factorEffect(d, first[botCells.length + 2 * i]!, first[botCells.length + 2 * i + 1]!, eventIds)) : [];

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
        let k = 0;
        tries.forEach((opts, i) => {
          for (const o of opts) {
            const sc = score(res[k++]!);
            if (sc > currentScore[i]! && strategyKey(o) !== strategyKey(current[i]!)) { current[i] = o; currentScore[i] = sc; moved = true; }
          }
        });
      }
      if (!moved) break;
    }
    phase('strategies on every scenario');
    const named: [string, Strategy][] = [...Object.entries(STRATEGIES), ...req.scenarios.map((s, i): [string, Strategy] => [`greedy:${s.id}`, current[i]!])];
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
    const table: ScoreTable = { scenarios: req.scenarios.map((s) => s.id), scores, topTier };
    const greedy = Object.fromEntries(req.scenarios.map((s, i) => [s.id, { strategy: current[i]!, score: currentScore[i]! }]));
    const commonDecisions = ns < 2 ? [] : (Object.keys(BALANCED) as (keyof Strategy)[])
      .filter((k) => current.every((st) => st[k] === current[0]![k]) && current[0]![k] !== BALANCED[k])
      .map((k) => `${k}=${String(current[0]![k])}`);
    strategies = { ...table, ...verdict(table), greedy, survival, commonDecisions };
  }
  return { scenario: main.id, games: req.games, bots, factors, strategies };
}
