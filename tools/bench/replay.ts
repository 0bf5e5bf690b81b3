// Bench section "replay": verifying an instructor's class (40 replays of 20 quarters) from their
// file texts, in Node and (when /usr/bin/chromium exists) in headless Chromium, against format 1's
// verification (canonical-JSON state hash, reference.ts) in the same run; what a quarter
// costs and how much of it is the state hash; share-code lengths per bot and encode/decode times.
import { CHROMIUM, hasChromium, pageWithBundle } from '../../src/cli/chromium';
import type { Bot, loadScenario } from '../../src/engine/index';
import { BOTS, StateHasher, playBot, replay } from '../../src/engine/index';
import { hashStateV1, rechainV1, verifyV1 } from './reference';
import {
  buildReplay,
  decodeShareCode,
  encodeShareCode,
  exportReplay,
  readReplayInput,
  resultOf,
  verifyReplay,
  VerifyMemo,
} from '../../src/replay/index';
import type { Replay } from '../../src/replay/index';
import { readScenario } from '../../src/cli/scenarios';

export const name = 'replay';
const CLASS = 40;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

function time(reps: number, f: () => void): number[] {
  const out: number[] = [];
  for (let k = 0; k < reps; k++) {
    const t0 = performance.now();
    f();
    out.push(performance.now() - t0);
  }
  return out;
}

/** Median CPU milliseconds of this process per call: steadier than wall time on a shared machine. */
function cpu(reps: number, f: () => void): number {
  const out: number[] = [];
  for (let k = 0; k < reps; k++) {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    out.push((c.user + c.system) / 1000);
  }
  return median(out);
}

export async function run(print: (s: string) => void): Promise<void> {
  const { scenario, hash, text } = readScenario('classic');
  const make = (seed: string, bot: string, meta: Replay['meta'] = {}): Replay => {
    const r = playBot(scenario, seed, BOTS[bot] as Bot, { checks: false });
    return buildReplay(
      { scenario: { id: scenario.id, version: scenario.version, hash }, seed, meta: { bot, ...meta } },
      r.log,
      r.hashes,
      r.state,
      resultOf(r.state, scenario).valuation,
    );
  };
  // The class: 40 full games (20 quarters), alternating the two careful bots over seeds.
  const cls: string[] = [];
  const clsV1: string[] = [];
  for (let i = 0; cls.length < CLASS && i < CLASS * 10; i++) {
    const r = make(`class-${i}`, i % 2 ? 'focused' : 'balanced', { team: `Team ${cls.length + 1}` });
    if (r.quarters.length !== scenario.quarters.v) continue;
    cls.push(exportReplay(r));
    clsV1.push(exportReplay(rechainV1(r, scenario)));
  }
  const quarters = cls.length * scenario.quarters.v;
  const verifyAll = (memo?: VerifyMemo) => {
    for (const t of cls) {
      const r = readReplayInput(t);
      if (!r.ok || verifyReplay(r.claim, { scenario, hash }, memo).status !== 'verified') throw new Error('bench class does not verify');
    }
  };
  const verifyAllV1 = () => {
    for (const t of clsV1) {
      const r = readReplayInput(t);
      if (!r.ok || typeof verifyV1(r.claim, { scenario, hash }) === 'string')
        throw new Error('bench class does not verify under the format-1 reference');
    }
  };
  verifyAllV1();
  const node = time(5, () => verifyAll());
  // Alternating, so both see the same load on this shared machine.
  const cpuNew: number[] = [];
  const cpuOld: number[] = [];
  for (let k = 0; k < 5; k++) {
    cpuNew.push(cpu(1, () => verifyAll()));
    cpuOld.push(cpu(1, () => verifyAllV1()));
  }
  const nodeCpu = median(cpuNew);
  const oldCpu = median(cpuOld);
  print(`  class: ${cls.length} replays, ${quarters} quarters; import + verify every quarter's link and the result`);
  const perItem = `${(nodeCpu / cls.length).toFixed(1)} ms a replay, ${((nodeCpu * 1000) / quarters).toFixed(0)} µs a quarter`;
  print(`  node:     ${median(node).toFixed(0)} ms wall, ${nodeCpu.toFixed(0)} ms CPU for the class (medians of 5; CPU ${perItem})`);
  print(
    `  node, format 1's verification (canonical-JSON state hash, replay rebuilt), this run: ${oldCpu.toFixed(0)} ms CPU; now ${(nodeCpu / oldCpu).toFixed(2)}× of it (target ≤ 0.40×)`,
  );
  const memo = new VerifyMemo();
  verifyAll(memo);
  print(`  node, again with a warm memo (re-checking a class already verified): ${cpu(5, () => verifyAll(memo)).toFixed(1)} ms CPU`);
  // Where a quarter's cost goes: the rules, or the state hash the chain needs.
  const one = readReplayInput(cls[0]!);
  if (one.ok) {
    const log = one.claim.quarters.map((q) => q.d);
    const folded = replay(scenario, one.claim.seed, log);
    const states = folded.ok ? folded.quarters.map((q) => q.state) : [];
    const fold = cpu(20, () => {
      replay(scenario, one.claim.seed, log);
    });
    const hashing = cpu(20, () => {
      const h = new StateHasher();
      for (const st of states) h.hash(st);
    });
    const hashingV1 = cpu(20, () => {
      for (const st of states) hashStateV1(st);
    });
    const rules = fold - hashing;
    const share = `${Math.round((100 * hashing) / fold)}%; ${(hashing / rules).toFixed(2)}× the quarters' own cost, target ≤ 1×`;
    print(
      `  one 20-quarter replay: engine fold ${fold.toFixed(2)} ms, of which hashing the 20 states ${hashing.toFixed(2)} ms (${share}); ` +
        `format 1's hash of the same states ${hashingV1.toFixed(2)} ms (${(hashingV1 / rules).toFixed(2)}×)`,
    );
  }
  print(`  chromium: ${await inBrowser(cls, clsV1, text).catch((e: Error) => `skipped (${e.message.split('\n')[0]})`)}`);

  // Share codes: lengths per bot over 20 seeds (20-quarter games where the bot lasts), and speed.
  print('  share codes (characters; file bytes for comparison):');
  const codes: string[] = [];
  for (const bot of ['balanced', 'focused', 'scattered', 'random']) {
    const lens: number[] = [];
    const files: number[] = [];
    const qs: number[] = [];
    for (let i = 0; i < 20; i++) {
      const r = make(`code-${i}`, bot, i % 4 === 0 ? { workshop: 'MBA 2026', team: `第${i}组` } : {});
      const c = encodeShareCode(r);
      codes.push(c);
      lens.push(c.length);
      files.push(exportReplay(r).length);
      qs.push(r.quarters.length);
    }
    print(
      `    ${bot.padEnd(10)} quarters median ${median(qs)}; code median ${median(lens)}, max ${Math.max(...lens)}; file median ${median(files)}`,
    );
  }
  const sample = make('code-x', 'balanced');
  const enc = time(200, () => {
    encodeShareCode(sample);
  });
  const c = encodeShareCode(sample);
  const dec = time(200, () => {
    decodeShareCode(c);
  });
  const µs = (xs: number[], p?: number) => ((p === undefined ? median(xs) : pct(xs, p)) * 1000).toFixed(0);
  const verifyMs = cpu(5, () => {
    const d = decodeShareCode(c);
    if (d.ok) verifyReplay(d.claim, { scenario, hash });
  });
  print(
    `  encode ${µs(enc)} µs (p90 ${µs(enc, 0.9)}), decode ${µs(dec)} µs (p90 ${µs(dec, 0.9)}) wall for a ${sample.quarters.length}-quarter game; ` +
      `decode + verify from a code ${verifyMs.toFixed(1)} ms CPU`,
  );
}

/** The class verified in headless Chromium from the same texts (src/replay bundled for the
 *  browser), and format 1's verification of it in the same page, alternating. */
async function inBrowser(cls: string[], clsV1: string[], scenarioText: string): Promise<string> {
  if (!hasChromium()) return `skipped (${CHROMIUM} is absent)`;
  const { page, close } = await pageWithBundle(
    [
      "import { readReplayInput, verifyReplay } from './src/replay/index';",
      "import { loadScenario } from './src/engine/index';",
      "import { verifyV1 } from './tools/bench/reference';",
      '(globalThis as any).R = { readReplayInput, verifyReplay, loadScenario, verifyV1 };',
    ].join(' '),
  );
  try {
    const ms = await page.evaluate(
      ({ cls, clsV1, scenarioText }) => {
        const R = (
          globalThis as unknown as {
            R: {
              readReplayInput: typeof readReplayInput;
              verifyReplay: typeof verifyReplay;
              loadScenario: typeof loadScenario;
              verifyV1: typeof verifyV1;
            };
          }
        ).R;
        const now: number[] = [];
        const v1: number[] = [];
        for (let k = 0; k < 5; k++) {
          for (const old of [false, true]) {
            const t0 = performance.now();
            const l = R.loadScenario(scenarioText);
            if (!l.ok) throw new Error('scenario does not load in the browser');
            for (const t of old ? clsV1 : cls) {
              const r = R.readReplayInput(t);
              if (!r.ok) throw new Error('class does not read in the browser');
              const ok = old
                ? typeof R.verifyV1(r.claim, { scenario: l.scenario, hash: l.hash }) !== 'string'
                : R.verifyReplay(r.claim, { scenario: l.scenario, hash: l.hash }).status === 'verified';
              if (!ok) throw new Error('class does not verify in the browser');
            }
            (old ? v1 : now).push(performance.now() - t0);
          }
        }
        now.sort((a, b) => a - b);
        v1.sort((a, b) => a - b);
        return { now: now[2]!, v1: v1[2]! };
      },
      { cls, clsV1, scenarioText },
    );
    return `${ms.now.toFixed(0)} ms wall for the class, scenario loaded once (median of 5); format 1's verification ${ms.v1.toFixed(0)} ms; now ${(ms.now / ms.v1).toFixed(2)}× of it`;
  } finally {
    await close();
  }
}
