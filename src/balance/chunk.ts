// The unit of work every runner shares (in-process, Node worker threads, browser Web Workers): a
// range of seeds for one (scenario, player). Players are plain data so they can be posted to workers.
import { BOTS, STRATEGIES, strategyBot } from '../engine/index';
import type { Bot, Strategy, Programme, Scenario } from '../engine/index';
import type { GameSummary } from './game';
import { playSummary } from './game';
import type { Cell, Executor } from './lab';

/** A named bot (`random`, `focused`, ...) or an explicit strategy; `without` lists programmes the
 *  strategy's player never switches on (one programme left out of a compliance level). */
export type PlayerSpec = { kind: 'bot'; name: string } | { kind: 'strategy'; strategy: Strategy; without?: Programme[] };

export interface Chunk {
  /** Index into the run's scenario list. */
  scenario: number;
  player: PlayerSpec;
  /** Seeds are the decimal strings of seedBase + i for i in [from, to). */
  seedBase: number;
  from: number;
  to: number;
}

/** The seed string of game i (1-based) of a run: "1".."N" by default, shifted by --seed-base. */
const seedOf = (seedBase: number, i: number): string => String(seedBase + i);

/** True when a name is a bot or a named strategy the lab can run. */
export function knownPlayer(name: string): boolean {
  return name in BOTS || name in STRATEGIES;
}

/** Pure. The bot function for a player (named bots first, then named strategies). */
function botFor(p: PlayerSpec): Bot {
  if (p.kind === 'strategy') {
    const bot = strategyBot(p.strategy);
    const without = p.without ?? [];
    if (!without.length) return bot;
    return (s, sc) => bot(s, sc).filter((a) => !(a.type === 'setProgramme' && a.on && without.includes(a.programme)));
  }
  const b = BOTS[p.name] ?? (STRATEGIES[p.name] ? strategyBot(STRATEGIES[p.name]!) : undefined);
  if (!b) throw new Error(`unknown player "${p.name}"`);
  return b;
}

/** Pure. Plays every game of a chunk, in seed order. */
export function runChunk(scenarios: readonly Scenario[], c: Chunk, bot: Bot = botFor(c.player)): GameSummary[] {
  const sc = scenarios[c.scenario];
  if (!sc) throw new Error(`chunk names scenario ${c.scenario} of ${scenarios.length}`);
  const out: GameSummary[] = [];
  for (let i = c.from; i < c.to; i++) out.push(playSummary(sc, seedOf(c.seedBase, i + 1), bot));
  return out;
}

export interface Progress {
  done: number;
  total: number;
}

/** Cuts cells into chunks of at most `size` games, in (cell, seed) order. */
export function chunksOf(cells: readonly Cell[], seedBase: number, size: number): { cell: number; chunk: Chunk }[] {
  const out: { cell: number; chunk: Chunk }[] = [];
  cells.forEach((c, cell) => {
    for (let from = 0; from < c.games; from += size)
      out.push({ cell, chunk: { scenario: c.scenario, player: c.player, seedBase, from, to: Math.min(c.games, from + size) } });
  });
  return out;
}

/** One executor call's games cut into chunks for a pool of workers, and the results put back in
 *  (cell, seed) order whatever order the workers answer in: the one merge the Node pool and the
 *  browser's Web Workers share, so the number of workers never changes a report. */
export class ChunkPlan {
  readonly total: number;
  readonly size: number;
  readonly queue: { cell: number; chunk: Chunk }[];
  done = 0;
  private next = 0;
  private pending: number;
  private readonly slots: GameSummary[][][];

  constructor(cells: readonly Cell[], seedBase: number, workers: number) {
    this.total = cells.reduce((k, c) => k + c.games, 0);
    // Small enough that the last chunks balance across workers, large enough to amortise messages.
    this.size = Math.max(25, Math.min(500, Math.ceil(this.total / (Math.max(1, workers) * 8))));
    this.queue = chunksOf(cells, seedBase, this.size);
    this.pending = this.queue.length;
    this.slots = cells.map(() => []);
  }

  /** The next chunk to hand out, or null when all are out. */
  take(): { id: number; chunk: Chunk } | null {
    if (this.next >= this.queue.length) return null;
    const id = this.next++;
    return { id, chunk: this.queue[id]!.chunk };
  }

  /** Files a chunk's games; true once every chunk is in. */
  put(id: number, games: GameSummary[]): boolean {
    const q = this.queue[id]!;
    this.slots[q.cell]![Math.floor(q.chunk.from / this.size)] = games;
    this.done += games.length;
    return --this.pending === 0;
  }

  get finished(): boolean {
    return this.pending === 0;
  }

  /** Per cell, its games in seed order. */
  result(): GameSummary[][] {
    return this.slots.map((parts) => parts.flat());
  }
}

/** An executor that plays everything in this thread (tests, tiny runs, --workers 0). */
export function inProcess(scenarios: readonly Scenario[], seedBase: number, onProgress: (p: Progress) => void = () => {}): Executor {
  return async (cells) => {
    const total = cells.reduce((n, c) => n + c.games, 0);
    let done = 0;
    const out: GameSummary[][] = [];
    for (const { cell, chunk } of chunksOf(cells, seedBase, 200)) {
      (out[cell] ??= []).push(...runChunk(scenarios, chunk));
      done += chunk.to - chunk.from;
      onProgress({ done, total });
    }
    return cells.map((_, i) => out[i] ?? []);
  };
}
