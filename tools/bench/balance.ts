// Bench section "balance": games per second of the balance lab on worker threads, its scaling from
// 1 to N workers, and the target run (10,000 games of classic with 4 bots on all cores).
import { availableParallelism, loadavg } from 'node:os';
import type { Cell } from '../../src/balance/lab';
import { inProcess, startPool } from '../../src/balance/pool';
import { readScenario } from '../../src/cli/scenarios';

export const name = 'balance';

const BOTS = ['random', 'balanced', 'focused', 'scattered'];
const cells = (games: number): Cell[] => BOTS.map((b) => ({ scenario: 0, player: { kind: 'bot', name: b }, games }));

export async function run(print: (s: string) => void): Promise<void> {
  const { scenario } = readScenario('classic');
  const scenarios = [scenario];
  const cores = availableParallelism();
  const small = Number(process.env.BENCH_BALANCE_GAMES ?? 2500);
  // Wall-clock throughput is only meaningful on an otherwise idle machine: say how busy it was.
  print(`  load average at start: ${loadavg()[0]!.toFixed(1)} on ${cores} cores`);

  // In this thread, no workers: the baseline for scaling.
  const exec0 = inProcess(scenarios, 10_000);
  await exec0(cells(50)); // warm the JIT
  let t0 = performance.now();
  await exec0(cells(small));
  const base = (4 * small) / ((performance.now() - t0) / 1000);
  print(`  main thread, no workers: ${base.toFixed(0)} games/s (4 bots × ${small} games of classic)`);

  const counts = [...new Set([1, 2, cores])].filter((n) => n <= Math.max(2, cores));
  let one = 0;
  for (const n of counts) {
    t0 = performance.now();
    const pool = startPool(scenarios, 20_000, n);
    try {
      await pool.exec(cells(25 * n)); // start-up: threads load the TypeScript and warm up
      const ready = performance.now();
      await pool.exec(cells(small));
      const rate = (4 * small) / ((performance.now() - ready) / 1000);
      if (n === 1) one = rate;
      const gain = n > 1 && one ? ` (${(rate / one).toFixed(2)}× one worker, ${((rate / one / n) * 100).toFixed(0)}% efficiency)` : '';
      print(`  ${n} worker${n > 1 ? 's' : ' '}: ${rate.toFixed(0)} games/s${gain}; start-up ${((ready - t0) / 1000).toFixed(2)} s`);
    } finally {
      await pool.close();
    }
  }

  const target = Number(process.env.BENCH_BALANCE_TARGET ?? 10_000);
  t0 = performance.now();
  const pool = startPool(scenarios, 0, cores);
  try {
    const res = await pool.exec(cells(target));
    const s = (performance.now() - t0) / 1000;
    const games = res.reduce((n, g) => n + g.length, 0);
    print(
      `  ${target.toLocaleString('en')} games × 4 bots of classic on ${cores} workers: ${s.toFixed(1)} s including start-up (${(games / s).toFixed(0)} games/s; target < 30 s on 2 cores)`,
    );
  } finally {
    await pool.close();
  }
}
