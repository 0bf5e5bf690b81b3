// Runs the balance lab's cells in Web Workers: cells are cut into seed-range chunks handed to
// whichever worker is free, and each result lands in its own (cell, chunk) slot, so the merged games
// are in seed order and the report is the same for any number of workers (and equals the CLI's).
// Without Web Workers the page's thread plays the chunks, yielding between them.
import type { Scenario } from '../../engine/index';
import { ChunkPlan, chunksOf, runChunk } from '../../balance/chunk';
import type { Progress } from '../../balance/chunk';
import type { GameSummary } from '../../balance/game';
import type { Cell, Executor } from '../../balance/lab';
import type { LabWorkerRequest } from './worker';

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

type Reply = { id: number; games?: GameSummary[]; error?: string };

export interface WebPool {
  exec: Executor;
  workers: number;
  cancel(): void;
  close(): void;
}

/** `workers` Web Workers (0: the page's thread). Close it when done; cancel stops it at once. */
export function startWebPool(
  scenarios: readonly Scenario[],
  seedBase: number,
  workers: number,
  onProgress: (p: Progress) => void,
): WebPool {
  let threads: Worker[] = [];
  try {
    for (let i = 0; i < workers; i++) threads.push(new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }));
  } catch {
    for (const w of threads) w.terminate();
    threads = [];
  }
  for (const w of threads) w.postMessage({ kind: 'init', scenarios: [...scenarios] } satisfies LabWorkerRequest);
  let cancelled = false;
  let abort: ((e: Error) => void) | null = null;

  const onThread: Executor = async (cells) => {
    const total = cells.reduce((n, c) => n + c.games, 0);
    const out: GameSummary[][] = cells.map(() => []);
    let done = 0;
    for (const { cell, chunk } of chunksOf(cells, seedBase, 50)) {
      if (cancelled) throw new Cancelled();
      out[cell]!.push(...runChunk(scenarios, chunk));
      done += chunk.to - chunk.from;
      onProgress({ done, total });
      await new Promise((r) => setTimeout(r, 0));
    }
    return out;
  };

  const inWorkers: Executor = (cells: readonly Cell[]) =>
    new Promise((resolve, reject) => {
      if (cancelled) {
        reject(new Cancelled());
        return;
      }
      const plan = new ChunkPlan(cells, seedBase, threads.length);
      let over = false;
      if (plan.finished) {
        resolve(plan.result());
        return;
      }
      const finish = (e: Error | null) => {
        over = true;
        abort = null;
        threads.forEach((w) => {
          w.onmessage = null;
          w.onerror = null;
        });
        if (e) reject(e);
        else resolve(plan.result());
      };
      abort = (e) => {
        if (!over) finish(e);
      };
      const feed = (w: Worker) => {
        const job = over ? null : plan.take();
        if (job) w.postMessage({ kind: 'chunk', id: job.id, chunk: job.chunk } satisfies LabWorkerRequest);
      };
      for (const w of threads) {
        w.onmessage = (e: MessageEvent<Reply>) => {
          if (over) return;
          const m = e.data;
          if (m.error !== undefined || !m.games) {
            finish(new Error(m.error ?? 'worker sent nothing'));
            return;
          }
          const all = plan.put(m.id, m.games);
          onProgress({ done: plan.done, total: plan.total });
          if (all) {
            finish(null);
            return;
          }
          feed(w);
        };
        w.onerror = (e) => {
          e.preventDefault();
          finish(new Error(e.message || 'worker error'));
        };
        feed(w);
      }
    });

  return {
    exec: threads.length > 0 ? inWorkers : onThread,
    workers: threads.length,
    cancel() {
      cancelled = true;
      for (const w of threads) w.terminate();
      abort?.(new Cancelled());
    },
    close() {
      for (const w of threads) w.terminate();
    },
  };
}
