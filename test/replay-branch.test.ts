// What-if branches, the side-by-side comparison and the viewer's timeline, as the UI will use
// them: a branch is its own verifiable replay; changing a quarter changes what follows and
// nothing before; the comparison shows the same rolls meeting other odds.
import { describe, expect, it } from 'vitest';
import { BOTS, hashState, playBot } from '../src/engine/index';
import { Session } from '../src/session/session';
import {
  branchReplay,
  branchStart,
  buildTimeline,
  compareReplays,
  decodeShareCode,
  encodeShareCode,
  exportReplay,
  finalLink,
  importReplay,
  nextEventPosition,
  stateAt,
  verifyReplay,
} from '../src/replay/index';
import { loadShipped, replayOfLog, runReplay } from './golden/runs';

const classic = loadShipped('classic');
const input = { scenario: classic.scenario, hash: classic.hash };
// A run that lasts (scenario numbers get tuned, so pick the first long one rather than pin one).
function longRun() {
  for (const [bot, seed] of [
    ['balanced', '42'],
    ['focused', '1'],
    ['balanced', '1'],
    ['focused', '42'],
    ['balanced', '2026'],
    ['chaos', '4'],
    ['chaos', '5'],
  ] as const) {
    const r = runReplay(classic, seed, bot);
    if (r.quarters.length >= 12) return r;
  }
  throw new Error('no bot run lasts 12 quarters under the current rules: add seeds to longRun');
}
const original = longRun();
const n = original.quarters.length;

describe('what-if branches', () => {
  it("handing quarter 1 to a bot is exactly that bot's own game", () => {
    const b = branchReplay(original, input, { quarter: 0, then: { kind: 'bot', bot: 'scattered' } });
    if (!b.ok) throw new Error(b.message);
    const own = playBot(classic.scenario, original.seed, BOTS.scattered!, { checks: false });
    expect(b.replay.quarters.map((q) => q.d)).toEqual(own.log);
    expect(b.hashes).toEqual(own.hashes);
    expect(b.replay.meta).toMatchObject({ bot: 'scattered', branchOf: finalLink(original), branchQuarter: 0 });
  });

  it('changing quarter 5 keeps quarters 1-4, changes what follows, and the branch verifies and shares like any replay', () => {
    const b = branchReplay(original, input, {
      quarter: 4,
      decisions: [{ type: 'hire', role: 'mlEngineer', count: 4 }],
      then: { kind: 'original' },
    });
    if (!b.ok) throw new Error(b.message);
    const v0 = verifyReplay(original, input);
    if (v0.status !== 'verified') throw new Error(v0.problem.message);
    expect(b.hashes.slice(0, 4)).toEqual(v0.hashes.slice(0, 4));
    expect(b.hashes[4]).not.toBe(v0.hashes[4]);
    expect(b.replay.quarters.slice(0, 4).map((q) => q.d)).toEqual(original.quarters.slice(0, 4).map((q) => q.d));
    expect(b.replay.quarters[4]!.d).toEqual([{ type: 'hire', role: 'mlEngineer', count: 4 }]);
    expect(b.replay.meta).toMatchObject({ bot: original.meta.bot, branchOf: finalLink(original), branchQuarter: 4 });
    const text = exportReplay(b.replay);
    const im = importReplay(text);
    if (!im.ok) throw new Error(im.error.message);
    const v = verifyReplay(im.replay, input);
    expect(v.status).toBe('verified');
    const d = decodeShareCode(encodeShareCode(b.replay));
    if (!d.ok) throw new Error(d.error.message);
    const vc = verifyReplay(d.claim, input);
    expect(vc.status === 'verified' && exportReplay(vc.replay)).toBe(text);
  });

  it("original decisions the branch's world refuses are skipped and listed", () => {
    const plan = replayOfLog(classic, '7', [
      [{ type: 'setMarkets', markets: ['finance', 'retail'] }],
      [
        { type: 'proposePartnership', kind: 'data', market: 'finance' },
        { type: 'setRndBudget', amount: 30000 },
      ],
      [],
    ]);
    // What if we had stayed in retail only? Quarter 2's partnership in finance no longer fits.
    const b = branchReplay(plan, input, {
      quarter: 0,
      decisions: [{ type: 'setMarkets', markets: ['retail'] }],
      then: { kind: 'original' },
    });
    if (!b.ok) throw new Error(b.message);
    expect(b.skipped).toEqual([
      { quarter: 1, index: 0, action: { type: 'proposePartnership', kind: 'data', market: 'finance' }, code: 'marketNotInFocus' },
    ]);
    expect(b.replay.quarters[1]!.d).toEqual([{ type: 'setRndBudget', amount: 30000 }]);
    expect(b.replay.quarters.length).toBe(3);
    expect(verifyReplay(b.replay, input).status).toBe('verified');
  });

  it('a new decision the rules refuse is reported, not dropped; quarters out of range are refused', () => {
    const b = branchReplay(original, input, {
      quarter: 2,
      decisions: [{ type: 'fire', role: 'compliance', count: 40 }],
      then: { kind: 'stop' },
    });
    expect(b).toMatchObject({ ok: false, field: 'decisions' });
    if (!b.ok) expect(b.message).toMatch(/quarter 3: decision 1 \(fire\) is refused: notEnoughStaff/);
    expect(branchReplay(original, input, { quarter: n + 1, decisions: [], then: { kind: 'stop' } }).ok).toBe(false);
    expect(branchReplay(original, input, { quarter: 1, then: { kind: 'bot', bot: 'nobody' } }).ok).toBe(false);
  });

  it('an interactive branch (a Session restored at quarter q) exports a replay carrying the branch', () => {
    const start = branchStart(original, 3);
    const s = Session.restore(classic.scenario, classic.hash, start.seed, start.log, [], start.meta);
    if (!(s instanceof Session)) throw new Error(s.error);
    expect(s.dispatch({ type: 'setRndBudget', amount: 90000 }).ok).toBe(true);
    expect(s.dispatch({ type: 'endQuarter' }).ok).toBe(true);
    const r = s.toReplay();
    expect(r.meta).toMatchObject({ branchOf: finalLink(original), branchQuarter: 3 });
    expect(r.quarters.length).toBe(4);
    expect(verifyReplay(r, input).status).toBe('verified');
  });
});

describe('comparison and timeline', () => {
  // Quarter 3 with every compliance programme funded and a big ad budget: other odds from then on.
  const programmes = (['audit', 'privacy', 'fairness', 'encryption', 'accessControl', 'backups'] as const).map((programme) => ({
    type: 'setProgramme' as const,
    programme,
    on: true,
  }));
  const branch = branchReplay(original, input, {
    quarter: 2,
    decisions: [...programmes, { type: 'setMarketing', channel: 'ads', budget: 200000 }],
    then: { kind: 'original' },
  });

  it('side by side: KPI series agree before the change and part after; differing events share the roll', () => {
    if (!branch.ok) throw new Error(branch.message);
    const c = compareReplays(classic.scenario, original, branch.replay);
    if (!c.ok) throw new Error(c.message);
    const cmp = c.comparison;
    expect(cmp.firstDecisionDifference).toBe(2);
    expect(cmp.quarters).toBe(Math.max(original.quarters.length, branch.replay.quarters.length));
    expect(cmp.series.cash.a.slice(0, 2)).toEqual(cmp.series.cash.b.slice(0, 2));
    expect(cmp.series.cash.a[2]).not.toBe(cmp.series.cash.b[2]);
    expect(cmp.series.cash.a[n - 1]).toBe(original.result.cash);
    expect(cmp.events.length).toBeGreaterThan(0);
    for (const e of cmp.events) {
      expect(e.quarter).toBeGreaterThanOrEqual(2);
      if (e.a && e.b) expect(e.a.roll).toBe(e.b.roll);
    }
    // Funding compliance moves some probability, and says which factor moved it.
    expect(cmp.events.some((e) => e.change === 'probability' || e.change === 'outcome')).toBe(true);
    expect(cmp.events.some((e) => e.pulls.length > 0)).toBe(true);
    const same = compareReplays(classic.scenario, original, original);
    expect(same.ok && same.comparison.events).toEqual([]);
    expect(same.ok && same.comparison.firstDecisionDifference).toBe(null);
  });

  it('the timeline steps through every quarter as it was, and jumps to fired events', () => {
    const t = buildTimeline(classic.scenario, original.seed, original.quarters);
    if (!t.ok) throw new Error(t.code);
    const tl = t.timeline;
    expect(tl.steps.length).toBe(n);
    expect(stateAt(tl, 0)).toBe(tl.initial);
    expect(hashState(stateAt(tl, n))).toBe(original.result.finalHash);
    expect(hashState(stateAt(tl, 99))).toBe(original.result.finalHash);
    for (const st of tl.steps) {
      expect(st.kpi.fired).toEqual(st.checks.filter((c) => c.fired).map((c) => c.id));
      expect(st.before).toBe(stateAt(tl, st.quarter));
    }
    expect(tl.fired.length).toBe(tl.steps.reduce((n, s) => n + s.kpi.fired.length, 0));
    const first = tl.fired[0];
    if (first) {
      expect(nextEventPosition(tl, 0)).toBe(first.quarter + 1);
      expect(nextEventPosition(tl, 0, first.id)).toBe(first.quarter + 1);
    }
    expect(nextEventPosition(tl, n)).toBe(null);
  });
});
