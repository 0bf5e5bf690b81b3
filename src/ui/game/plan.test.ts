// The quarter plan: what it costs and the runway after it come from the engine's own step; edits,
// removals, undo and redo behave as a player expects (typing a number is one undo step).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, initialState, step } from '../../engine/index';
import { PlanStore, planOutcome } from './plan';
import { runwayAhead } from './preview';

const r = loadScenario(readFileSync(join(import.meta.dirname, '../../../scenarios/classic.json'), 'utf8'));
if (!r.ok) throw new Error('classic');
const sc = r.scenario;
const s0 = initialState(sc, '42');

describe('quarter plan', () => {
  it('costs what the engine charges and gives the runway of the state the plan leads to', () => {
    const acts = [
      { type: 'hire', role: 'mlEngineer', count: 2 },
      { type: 'setProgramme', programme: 'encryption', on: true },
    ] as const;
    const out = planOutcome(s0, sc, [...acts]);
    if (!out.ok) throw new Error('refused');
    expect(out.cost).toBe(2 * sc.roles.mlEngineer.hireCost.v);
    let s = s0;
    for (const a of acts) {
      const x = step(s, a, sc);
      if (!x.ok) throw new Error('x');
      s = x.state;
    }
    expect(out.runwayAfter).toBe(runwayAhead(s, sc));
    expect(out.runwayAfter).toBeLessThan(out.runwayBefore);
    expect(s0.cash).toBe(initialState(sc, '42').cash);
  });

  it('names the first decision the engine would refuse', () => {
    const out = planOutcome(s0, sc, [
      { type: 'setRndBudget', amount: 0 },
      { type: 'fire', role: 'dataScientist', count: 5 },
    ]);
    expect(out).toMatchObject({ ok: false, index: 1, rejection: { code: 'notEnoughStaff' } });
  });

  it('keeps a changed setting once, drops it when set back, and undoes typing as one step', () => {
    const p = new PlanStore();
    let changes = 0;
    p.subscribe(() => {
      changes += 1;
    });
    for (const n of [1, 12, 120])
      p.setSetting('setRndBudget', 'amount', { amount: n * 1000 }, { type: 'setRndBudget', amount: n * 1000 }, false);
    expect(p.size).toBe(1);
    expect(p.actions()).toEqual([{ type: 'setRndBudget', amount: 120_000 }]);
    p.add('hire', { role: 'marketing', count: 2 }, { type: 'hire', role: 'marketing', count: 2 });
    p.setSetting('programme-audit', '', { on: true }, { type: 'setProgramme', programme: 'audit', on: true }, false);
    expect(p.size).toBe(3);
    p.setSetting('programme-audit', '', { on: false }, { type: 'setProgramme', programme: 'audit', on: false }, true);
    expect(p.size).toBe(2);
    p.undo();
    expect(p.size).toBe(3);
    p.undo();
    p.undo();
    expect(p.actions()).toEqual([{ type: 'setRndBudget', amount: 120_000 }]);
    p.undo();
    expect(p.size).toBe(0);
    expect(p.undo()).toBe(false);
    p.redo();
    p.redo();
    expect(p.actions()).toEqual([
      { type: 'setRndBudget', amount: 120_000 },
      { type: 'hire', role: 'marketing', count: 2 },
    ]);
    p.remove(p.plan.items[0]!.key);
    expect(p.canRedo).toBe(false);
    expect(p.actions()).toEqual([{ type: 'hire', role: 'marketing', count: 2 }]);
    expect(changes).toBeGreaterThan(0);
    p.clear();
    expect([p.size, p.canUndo]).toEqual([0, false]);
  });

  it('keeps an invalid entry (fields to fix) in the plan but out of its actions', () => {
    const p = new PlanStore();
    p.setSetting('setMarkets', '', { markets: [] }, null, false);
    expect(p.size).toBe(1);
    expect(p.actions()).toEqual([]);
  });
});
