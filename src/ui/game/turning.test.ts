// Turning points: each quarter's worth is the final score with the player's decisions there against
// the focused bot taking over there, on the same seed and luck; only the largest few are shown.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOTS, playBot, loadScenario } from '../../engine/index';
import { turningPoints } from './turning';

const r = loadScenario(readFileSync(join(import.meta.dirname, '../../../scenarios/classic.json'), 'utf8'));
if (!r.ok) throw new Error('classic');
const sc = r.scenario;

describe('turning points', () => {
  it('finds none in a game the focused bot played itself (taking over changes nothing)', () => {
    const run = playBot(sc, 'tp-1', BOTS.focused!, { hashes: false, checks: false });
    expect(turningPoints(sc, 'tp-1', run.log)).toEqual([]);
  });

  it('names at most three quarters of a scattered game, in order, each with a real difference, fast', () => {
    const run = playBot(sc, 'tp-2', BOTS.scattered!, { hashes: false, checks: false });
    const t0 = performance.now();
    const tp = turningPoints(sc, 'tp-2', run.log);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(tp.length).toBeGreaterThan(0);
    expect(tp.length).toBeLessThanOrEqual(3);
    for (const p of tp) expect(p.withYours !== p.withBot || p.survivedYours !== p.survivedBot).toBe(true);
    expect(tp.map((p) => p.quarter)).toEqual([...tp.map((p) => p.quarter)].sort((a, b) => a - b));
    expect(Math.max(...tp.map((p) => p.quarter))).toBeLessThan(run.log.length);
  });
});
