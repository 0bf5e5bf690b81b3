// What the decision panel tells a player before they commit: the exact cost now, the standing
// cost and runway after (a hire who starts next quarter included), the refusal the rules would
// give, and which event odds a programme or a funding request moves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../engine/scenario-load';
import { initialState } from '../engine/state';
import { previewAction } from './preview';

const r = loadScenario(readFileSync(join(import.meta.dirname, '../../scenarios/classic.json'), 'utf8'));
if (!r.ok) throw new Error('classic');
const sc = r.scenario;
const s0 = initialState(sc, '42');

describe('decision preview', () => {
  it('prices a hire now and per quarter, and shortens the runway although the hire starts next quarter', () => {
    const role = sc.roles.mlEngineer;
    expect(role.leadQuarters.v).toBeGreaterThan(0);
    const p = previewAction(s0, sc, { type: 'hire', role: 'mlEngineer', count: 2 });
    expect(p.ok).toBe(true);
    expect(p.costNow).toBe(2 * role.hireCost.v);
    expect(p.perQuarterAfter - p.perQuarterBefore).toBe(2 * (role.salary.v + sc.economics.overheadPerHead.v));
    expect(p.runwayAfter).toBeLessThan(p.runwayBefore);
  });

  it('says what the rules would refuse, without changing anything', () => {
    const p = previewAction(s0, sc, { type: 'fire', role: 'dataScientist', count: 5 });
    expect(p.ok).toBe(false);
    expect(p.rejection).toEqual({ code: 'notEnoughStaff', details: { role: 'dataScientist', have: 1, asked: 5 } });
    expect(p.after).toBe(s0);
  });

  it('shows a security programme lowering the odds of a data breach', () => {
    const p = previewAction(s0, sc, { type: 'setProgramme', programme: 'encryption', on: true });
    const breach = p.odds.find((o) => o.id === 'dataBreach');
    expect(breach && breach.before !== null && breach.after !== null && breach.after < breach.before).toBe(true);
    expect(p.perQuarterAfter - p.perQuarterBefore).toBe(sc.economics.programmeCost.encryption.v);
  });

  it('gives a funding request its chance of closing at quarter end', () => {
    const p = previewAction(s0, sc, { type: 'raiseRound', kind: 'angel', amount: 200_000, preMoney: 1_000_000 });
    const close = p.odds.find((o) => sc.events.find((e) => e.id === o.id)?.when === 'roundPending');
    expect(close?.before).toBeNull();
    expect(close?.after).toBeGreaterThan(0);
  });
});
