// Practice runs for a debrief's workers: short honest games on the workshop's own world, checked by
// the same path as the teams' runs while the instructor is still choosing files, so that a cold
// worker's first real runs do not pay for loading and compiling the engine (cold, a worker verifies
// three to four times slower than warm). Pure: the outcome is discarded.
import { BOTS, playBot } from '../engine/index';
import { buildReplay, exportReplay } from '../replay/format';
import type { DebriefContext, RunInput } from './debrief';
import { checkRun } from './debrief';
import { VerifyMemo } from './replay-adapter';

/** Pure. `n` runs the debrief would rank (bots on the workshop's world and seed), as exported files. */
export function practiceRuns(ctx: DebriefContext, n: number): RunInput[] {
  const out: RunInput[] = [];
  for (let i = 0; i < n; i++) {
    const r = playBot(ctx.scenario, ctx.settings.seed, BOTS[i % 2 ? 'focused' : 'balanced']!);
    const last = r.state.history[r.state.history.length - 1];
    const rep = buildReplay(
      {
        scenario: { id: ctx.scenario.id, version: ctx.scenario.version, hash: ctx.hash },
        seed: ctx.settings.seed,
        meta: { workshop: ctx.code, team: `practice ${i + 1}` },
      },
      r.log,
      r.hashes,
      r.state,
      last ? last.valuation : 0,
    );
    out.push({ label: `practice-${i + 1}.json`, text: exportReplay(rep) });
  }
  return out;
}

/** Pure in effect. Makes and verifies `n` practice runs; returns how many verified (all, unless a bug). */
export function warmUp(ctx: DebriefContext, n = 2): number {
  const memo = new VerifyMemo();
  return practiceRuns(ctx, n).filter((r, i) => checkRun(ctx, r, i, memo).kind === 'verified').length;
}
