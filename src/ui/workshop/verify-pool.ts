// Verifying a class's runs in the browser: each run is checked once (cached by its text), new ones
// in parallel workers, one per core up to four; without workers, on the page's thread.
import type { Scenario } from '../../engine/index';
import { checkRun, prepareDebrief } from '../../workshop/debrief';
import type { RunInput, RunOutcome } from '../../workshop/debrief';
import { VerifyMemo } from '../../workshop/replay-adapter';
import type { WorkerRequest } from './debrief-worker';

type Reply = { id: number; json?: string; error?: string };

export class VerifyPool {
  private readonly cache = new Map<string, RunOutcome>();
  private workers: Worker[] = [];
  private nextId = 1;
  private cacheCode = '';
  /** How many workers verified the last batch (0: the page's thread did). */
  lastWorkers = 0;

  private spawn(n: number): Worker[] {
    if (typeof Worker === 'undefined') return [];
    try {
      while (this.workers.length < n) this.workers.push(new Worker(new URL('./debrief-worker.ts', import.meta.url), { type: 'module' }));
    } catch {
      return [];
    }
    return this.workers.slice(0, n);
  }

  private ask(w: Worker, req: WorkerRequest): Promise<RunOutcome[]> {
    return new Promise((ok, fail) => {
      const onMsg = (e: MessageEvent<Reply>) => {
        if (e.data.id !== req.id) return;
        w.removeEventListener('message', onMsg);
        if (typeof e.data.json === 'string') ok(JSON.parse(e.data.json) as RunOutcome[]);
        else fail(new Error(e.data.error ?? 'worker failed'));
      };
      w.addEventListener('message', onMsg);
      w.addEventListener('error', (e) => fail(new Error(e.message)), { once: true });
      w.postMessage(req);
    });
  }

  private warming: { key: string; done: Promise<boolean> } | null = null;

  private cores(): number {
    return Math.max(1, Math.min(4, (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2));
  }

  /** Starts the workers and has each verify practice runs of this workshop (once per workshop), so
   *  the teams' runs, dropped later, meet loaded and compiled code. Resolves true when all are warm
   *  (false without workers); checks asked meanwhile simply queue behind the practice. */
  warm(code: string, file: { scenario: Scenario; hash: string }): Promise<boolean> {
    const key = code + '\u0000' + file.hash;
    if (this.warming?.key === key) return this.warming.done;
    const workers = this.spawn(this.cores());
    const done =
      workers.length === 0
        ? Promise.resolve(false)
        : Promise.all(
            workers.map((w) => this.ask(w, { id: this.nextId++, code, scenario: file.scenario, hash: file.hash, runs: [], warm: true })),
          ).then(
            () => true,
            () => false,
          );
    this.warming = { key, done };
    return done;
  }

  /** Every run's outcome, in input order (indices set to the input positions). */
  async check(code: string, file: { scenario: Scenario; hash: string }, runs: readonly RunInput[]): Promise<RunOutcome[]> {
    if (code !== this.cacheCode) {
      this.cache.clear();
      this.cacheCode = code;
    }
    const key = (r: RunInput) => r.label + '\u0000' + r.text;
    const todo = runs.filter((r, i) => !this.cache.has(key(r)) && runs.findIndex((x) => key(x) === key(r)) === i);
    this.lastWorkers = 0;
    if (todo.length > 0) {
      const cores = this.cores();
      const workers = todo.length >= 8 ? this.spawn(Math.min(cores, Math.ceil(todo.length / 4))) : [];
      let outcomes: RunOutcome[] | null = null;
      if (workers.length > 1) {
        const parts = workers.map((_, i) => todo.filter((__, j) => j % workers.length === i));
        try {
          const results = await Promise.all(
            parts.map((p, i) => this.ask(workers[i]!, { id: this.nextId++, code, scenario: file.scenario, hash: file.hash, runs: p })),
          );
          outcomes = todo.map((_, j) => results[j % workers.length]![Math.floor(j / workers.length)]!);
          this.lastWorkers = workers.length;
        } catch {
          outcomes = null;
        }
      }
      if (!outcomes) {
        const p = prepareDebrief(code, file);
        const memo = new VerifyMemo();
        outcomes = p.ok ? todo.map((r, i) => checkRun(p.ctx, r, i, memo)) : [];
      }
      todo.forEach((r, i) => {
        if (outcomes![i]) this.cache.set(key(r), outcomes![i]!);
      });
    }
    return runs.map((r, i) => {
      const o = this.cache.get(key(r))!;
      return o.kind === 'flagged'
        ? { kind: 'flagged', flagged: { ...o.flagged, index: i, label: r.label } }
        : { kind: 'verified', team: { ...o.team, index: i, label: r.label } };
    });
  }

  dispose(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
    this.warming = null;
  }
}
