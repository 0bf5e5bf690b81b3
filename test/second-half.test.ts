// The second half matters (issue: quarters 11-20 bring the essay's later-stage questions): a player
// who stops deciding after quarter 10 ends clearly worse on the founders' stake than one who keeps
// playing, and the later-stage events exist and roll only in the second half.
import { describe, expect, it } from 'vitest';
import { readScenario } from '../src/cli/scenarios';
import { playSummary } from '../src/balance/game';
import { pairedDiff } from '../src/balance/stats';
import { BALANCED, strategyBot, initialState, eventOdds } from '../src/engine/index';
import type { Bot } from '../src/engine/index';

const classic = readScenario('classic').scenario;
const stake = (g: ReturnType<typeof playSummary>) => (g.survived ? (g.valuation * g.founderBp) / 10000 : 0);

describe('the second half of classic', () => {
  it('brings a big-tech entrant, a new model generation and an AI regulation wave, from quarter 11 on', () => {
    const ids = ['bigTechEnters', 'newModelGeneration', 'regulationWave'];
    for (const id of ids) expect(classic.events.find((e) => e.id === id)?.fromQuarter?.v, id).toBeGreaterThanOrEqual(10);
    const s = initialState(classic, 'x');
    expect(eventOdds(s, classic).filter((o) => ids.includes(o.id))).toEqual([]); // not in quarter 1
    expect(eventOdds({ ...s, quarter: 11 }, classic).map((o) => o.id)).toEqual(expect.arrayContaining(ids));
    // Series B asks for milestones (§1.17.3).
    expect(classic.funding.rounds.seriesB.milestones?.minRevenue.v).toBeGreaterThan(0);
  });

  it('a player on autopilot from quarter 11 ends clearly worse on stake than one who keeps deciding (300 seeds, z ≥ 4)', () => {
    const keep = strategyBot(BALANCED);
    const autopilot: Bot = (s, sc) => (s.quarter >= 10 ? [] : keep(s, sc));
    const seeds = Array.from({ length: 300 }, (_, i) => `half-${i + 1}`);
    const a = seeds.map((seed) => stake(playSummary(classic, seed, keep)));
    const b = seeds.map((seed) => stake(playSummary(classic, seed, autopilot)));
    const d = pairedDiff(a, b);
    expect(d.mean).toBeGreaterThan(0);
    expect(d.mean / d.se).toBeGreaterThanOrEqual(4);
  });
});
