// Bench section "engine": one quarter's and one game's cost on one thread (CPU time), what hashing
// and action validation would add, immer's cost for comparison (the engine does not use it), memory.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { produce } from 'immer';
import {
  actionSchema,
  BOTS,
  hashState,
  StateHasher,
  playBot,
  loadScenario,
  cloneForDecision,
  initialState,
  step,
} from '../../src/engine/index';
import type { Action, State } from '../../src/engine/index';
import { hashStateV1 } from './reference';
import { playSummary } from '../../src/balance/game';
import { readScenario } from '../../src/cli/scenarios';

export const name = 'engine';

// CPU time, not wall time: on a shared machine the wall clock measures the neighbours too.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** Runs `f` until it has used at least `ms` of CPU (after one warm-up call); returns CPU ms per call. */
function perCall(f: () => void, ms = 400): number {
  f();
  let n = 0;
  const t0 = cpuMs();
  while (cpuMs() - t0 < ms) {
    f();
    n++;
  }
  return (cpuMs() - t0) / n;
}
const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;

export async function run(print: (s: string) => void): Promise<void> {
  const { scenario: sc, text } = readScenario('classic');
  // States at the start of each quarter, with the decisions a bot made there, from a few games.
  const samples: { s: State; actions: Action[] }[] = [];
  const games: State[][] = [];
  for (let i = 1; i <= 40; i++) {
    const r = playBot(sc, String(i), BOTS.balanced!, { hashes: false, checks: false });
    let cur = initialState(sc, String(i));
    const game: State[] = [];
    games.push(game);
    for (const q of r.log) {
      samples.push({ s: cur, actions: q });
      for (const a of q) {
        const x = step(cur, a, sc);
        if (x.ok) cur = x.state;
      }
      const e = step(cur, { type: 'endQuarter' }, sc);
      if (!e.ok) break;
      cur = e.state;
      game.push(cur);
    }
  }
  for (let i = 0; i < 400; i++) playSummary(sc, `w${i}`, BOTS[['balanced', 'focused', 'scattered', 'random'][i % 4]!]!); // JIT warm-up
  let k = 0;
  const next = () => samples[k++ % samples.length]!;
  const quarter = perCall(() => {
    const { s, actions } = next();
    let cur = s;
    for (const a of actions) {
      const x = step(cur, a, sc);
      if (x.ok) cur = x.state;
    }
    step(cur, { type: 'endQuarter' }, sc);
  });
  const endOnly = perCall(() => {
    step(next().s, { type: 'endQuarter' }, sc);
  });
  const hashOld = perCall(() => {
    hashStateV1(next().s);
  });
  const hash = perCall(() => {
    hashState(next().s);
  });
  // As replays hash: quarter after quarter of one game, resuming from the KPIs already hashed.
  let g = 0;
  const perGame = games.reduce((n, x) => n + x.length, 0) / games.length;
  const hashRun =
    perCall(() => {
      const h = new StateHasher();
      for (const st of games[g++ % games.length]!) h.hash(st);
    }) / perGame;
  const validate = perCall(() => {
    for (const a of next().actions) actionSchema.parse(a);
  });
  const decisions = samples.reduce((n, x) => n + x.actions.length, 0) / samples.length;
  const clone = perCall(() => {
    cloneForDecision(next().s);
  });
  const immer = perCall(() => {
    produce(next().s, (d) => {
      d.cash -= 1;
      d.ledger.hiring -= 1;
    });
  });
  const load = perCall(() => {
    loadScenario(text);
  }, 300);
  const throughput = `${Math.round(1000 / quarter).toLocaleString('en-US')} quarters/s on one thread`;
  print(
    `  one quarter (bot's ${decisions.toFixed(1)} decisions + endQuarter): ${us(quarter)}; endQuarter alone ${us(endOnly)}; throughput ${throughput}`,
  );
  print(
    "  hashing the state after a quarter, as replays do (binary layout + SHA-256, resumed from the last quarter's): " +
      `${us(hashRun)} = ${(hashRun / quarter).toFixed(2)}× a quarter (target ≤ 1×; balance runs do not hash)`,
  );
  print(
    `    one state alone (hashState): ${us(hash)} = ${(hash / quarter).toFixed(2)}× a quarter; ` +
      `format 1's canonical JSON + SHA-256, same states, this run: ${us(hashOld)} = ${(hashOld / quarter).toFixed(2)}× ` +
      `(now ${(hashRun / hashOld).toFixed(2)}× of it)`,
  );
  print(
    `  validating a quarter's decisions with zod: ${us(validate)} = ${((validate / (quarter + validate)) * 100).toFixed(1)}% of a validated quarter (done at the UI/replay edge, never inside step)`,
  );
  print(
    `  immer is not used in the engine: a produce() over the state costs ${us(immer)} vs ${us(clone)} for the engine's copy of a decision (${(immer / clone).toFixed(1)}×)`,
  );
  print(`  loading + validating classic.json: ${(load).toFixed(2)} ms (once per run or worker, never per game)`);

  for (const bot of ['balanced', 'focused', 'scattered', 'random']) {
    let seed = 0;
    let quarters = 0;
    const game = perCall(() => {
      quarters += playSummary(sc, String(++seed), BOTS[bot]!).quarters;
    }, 600);
    const perSecond = `${Math.round(1000 / game).toLocaleString('en-US')} games/s on one thread`;
    print(
      `  full game, ${bot.padEnd(9)}: ${game.toFixed(3)} ms (${(quarters / seed).toFixed(1)} quarters on average; ${perSecond}; target < 1 ms for 20 quarters)`,
    );
  }
  let seed = 0;
  const hashed = perCall(() => {
    playBot(sc, String(++seed), BOTS.balanced!);
  }, 600);
  print(`  full game, balanced, with per-quarter hashes and event checks (as replays record it): ${hashed.toFixed(3)} ms`);

  // Memory: retained size of finished games (whole final states, as a debrief holds them) and of
  // the summaries the balance lab keeps.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const heap = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  const N = 2000;
  const h0 = heap();
  const states: State[] = [];
  for (let i = 1; i <= N; i++) states.push(playBot(sc, `m${i}`, BOTS.balanced!, { hashes: false, checks: false }).state);
  const h1 = heap();
  const sums = [];
  for (let i = 1; i <= N; i++) sums.push(playSummary(sc, `m${i}`, BOTS.balanced!));
  const h2 = heap();
  print(
    `  memory per game: ${((h1 - h0) / N / 1024).toFixed(1)} KiB for a finished game's state (its 20-quarter history), ${((h2 - h1) / N).toFixed(0)} bytes for the balance lab's summary of it`,
  );
  void states.length;
  void sums.length;
}
