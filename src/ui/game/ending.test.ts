// The game-over story: replayed from the log it reaches the same company; a bankruptcy's cause is
// the balance lab's own classification; rounds and pivots appear as moments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playSummary } from '../../balance/game';
import { BOTS, playBot, loadScenario } from '../../engine/index';
import { companyStory } from './ending';

const r = loadScenario(readFileSync(join(import.meta.dirname, '../../../scenarios/classic.json'), 'utf8'));
if (!r.ok) throw new Error('classic');
const sc = r.scenario;

describe('company story', () => {
  it("gives a bankrupt company the balance lab's cause, and a survivor none", () => {
    let bankrupt = 0;
    let survived = 0;
    for (let i = 0; i < 12 && (bankrupt === 0 || survived === 0); i++) {
      for (const name of ['scattered', 'focused']) {
        const seed = `story-${i}`;
        const run = playBot(sc, seed, BOTS[name]!, { hashes: false, checks: false });
        const st = companyStory(sc, seed, run.log, run.state);
        expect(st).not.toBeNull();
        const lab = playSummary(sc, seed, BOTS[name]!);
        expect(st!.cause).toBe(lab.cause);
        if (run.state.status === 'bankrupt') {
          bankrupt++;
          expect(st!.cause).not.toBe('');
        } else survived++;
        // Every closed round is a moment.
        expect(st!.moments.filter((m) => m.kind === 'round').length).toBe(run.state.rounds.length);
      }
    }
    expect(bankrupt).toBeGreaterThan(0);
    expect(survived).toBeGreaterThan(0);
  });

  it('refuses a log that does not lead to the company shown', () => {
    const run = playBot(sc, 'story-x', BOTS.focused!, { hashes: false, checks: false });
    const other = playBot(sc, 'story-y', BOTS.focused!, { hashes: false, checks: false });
    expect(companyStory(sc, 'story-x', run.log, other.state)).toBeNull();
  });
});
