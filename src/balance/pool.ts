// Runs the lab's cells on Node worker threads (all cores by default). Cells are cut into seed-range
// chunks handed to whichever worker is free; each result lands at its own (cell, seed) slot, so the
// merged output is the same for 1, 2 or N workers. Workers run an esbuild bundle of worker.ts (built
// once per process: ~40% faster than TypeScript through a loader); without esbuild they load the
// sources through tsx's API (Node 20 does not apply `--import tsx` hooks to a worker's entry module).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../engine/index';
import type { Progress } from './chunk';
import { ChunkPlan } from './chunk';
import type { GameSummary } from './game';
import type { Executor } from './lab';

export type { Progress } from './chunk';
export { inProcess } from './chunk';
export interface Pool {
  exec: Executor;
  close: () => Promise<void>;
  workers: number;
}

// tsx's ESM API entry, read from its package exports (createRequire would pick the CommonJS one).
const req = createRequire(import.meta.url);
const TSX_PKG = req.resolve('tsx/package.json');
const TSX_API = pathToFileURL(
  join(
    dirname(TSX_PKG),
    (JSON.parse(readFileSync(TSX_PKG, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api']!.import
      .default,
  ),
).href;
const WORKER = new URL('./worker.ts', import.meta.url).href;
const BOOT = `import(${JSON.stringify(TSX_API)}).then((m) => m.tsImport(${JSON.stringify(WORKER)}, ${JSON.stringify(WORKER)}))`;

let bundled: string | null | undefined;
/** The worker as one ESM file in a temp directory, or null when esbuild is not installed. */
function workerBundle(): string | null {
  if (bundled !== undefined) return bundled;
  try {
    const esbuild = req('esbuild') as typeof import('esbuild');
    const dir = mkdtempSync(join(tmpdir(), 'ais-balance-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const out = join(dir, 'worker.mjs');
    esbuild.buildSync({
      entryPoints: [fileURLToPath(WORKER)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: out,
      logLevel: 'silent',
    });
    bundled = out;
  } catch {
    bundled = null;
  }
  return bundled;
}

/** Starts `workers` threads (default: every core). Close it when done. */
export function startPool(
  scenarios: readonly Scenario[],
  seedBase: number,
  workers = availableParallelism(),
  onProgress: (p: Progress) => void = () => {},
): Pool {
  const n = Math.max(1, workers);
  const bundle = workerBundle();
  const threads = Array.from({ length: n }, () =>
    bundle ? new Worker(bundle, { workerData: { scenarios } }) : new Worker(BOOT, { eval: true, workerData: { scenarios } }),
  );
  const exec: Executor = (cells) =>
    new Promise((resolve, reject) => {
      const plan = new ChunkPlan(cells, seedBase, n);
      let failed = false;
      if (plan.finished) {
        resolve(plan.result());
        return;
      }
      const feed = (w: Worker) => {
        const job = failed ? null : plan.take();
        if (job) w.postMessage(job);
      };
      const onMessage = (w: Worker) => (m: { id: number; games?: GameSummary[]; error?: string }) => {
        if (failed) return;
        if (m.error !== undefined || !m.games) {
          failed = true;
          cleanup();
          reject(new Error(`balance worker failed: ${m.error}`));
          return;
        }
        const all = plan.put(m.id, m.games);
        onProgress({ done: plan.done, total: plan.total });
        if (all) {
          cleanup();
          resolve(plan.result());
          return;
        }
        feed(w);
      };
      const onError = (e: Error) => {
        if (!failed) {
          failed = true;
          cleanup();
          reject(e);
        }
      };
      const handlers = threads.map((w) => {
        const h = onMessage(w);
        w.on('message', h);
        w.on('error', onError);
        return h;
      });
      const cleanup = () =>
        threads.forEach((w, i) => {
          w.off('message', handlers[i]!);
          w.off('error', onError);
        });
      for (const w of threads) feed(w);
    });
  return {
    exec,
    workers: n,
    close: async () => {
      await Promise.all(threads.map((w) => w.terminate()));
    },
  };
}
