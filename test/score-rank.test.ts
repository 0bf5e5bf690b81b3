// The leaderboard's two rules a class notices: losing majority control costs what §1.20.4 implies
// (a team below 50% founders' ownership never outranks an otherwise equal team that kept control),
// and identical runs share a rank (1, 1, 3), in the score itself and in a real workshop debrief.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playCommand } from '../src/cli/play';
import * as workshopCmd from '../src/cli/cmd-workshop';
import { readScenario } from '../src/cli/scenarios';
import { compareScores, scoreRun, sharedRanks } from '../src/engine/index';
import type { Kpi, State } from '../src/engine/index';
import { debrief } from '../src/workshop/debrief';
import { MINI, miniState } from './fixtures/mini';

const kpi = (quarter: number, valuation: number, founderBp: number): Kpi => ({
  quarter,
  cash: 900_000,
  revenue: 50_000 * quarter,
  costs: 100_000,
  customers: { alpha: 50, beta: 0 },
  headcount: 4,
  valuation,
  founderBp,
  quality: 300,
  brand: 100,
  morale: 70,
  complianceBp: 5000,
  markets: 1,
  fired: [],
});

/** Four closed quarters of one company; only the cap table, valuation and rounds vary. */
function company(founderShares: number, investorShares: number, valuation = 5_000_000, rounds = 1, grant = false): State {
  return miniState((s) => {
    s.status = 'finished';
    s.quarter = 4;
    const bp = Math.floor((founderShares * 10000) / (founderShares + investorShares));
    s.history = [0, 1, 2, 3].map((q) => kpi(q, valuation, bp));
    s.rounds = Array.from({ length: rounds }, (_, i) => ({
      quarter: i,
      kind: 'angel' as const,
      amount: 250_000,
      preMoney: 1_000_000,
      shares: Math.floor(investorShares / Math.max(1, rounds)),
    }));
    s.capTable = [{ holder: 'founders', shares: founderShares }, ...(investorShares ? [{ holder: 'angel', shares: investorShares }] : [])];
    if (grant) s.ledger = { ...s.ledger, grants: 100_000 };
  });
}

describe('score: majority control (§1.20.4)', () => {
  it('a team below 50% loses the whole control part and 5 points of total against the same run that kept control', () => {
    const kept = scoreRun(company(1_000_000, 1_000_000), MINI); // exactly 50%: control kept
    const lost = scoreRun(company(1_000_000, 1_000_001), MINI); // a share under 50%
    expect(kept.controlKept).toBe(true);
    expect(lost.controlKept).toBe(false);
    expect(kept.parts.financing.control).toBe(30);
    expect(lost.parts.financing.control).toBe(0);
    expect(kept.total - lost.total).toBe(5);
    expect(compareScores(kept, lost)).toBeLessThan(0);
  });

  it('never outranks a team that kept control, whatever its ownership, even with a higher valuation or more money raised', () => {
    for (const lostInvestors of [1_000_001, 1_500_000, 4_000_000, 99_000_000]) {
      for (const keptInvestors of [0, 500_000, 1_000_000]) {
        // The team that gave up control raised two rounds and a grant and is valued ten times higher.
        const lost = scoreRun(company(1_000_000, lostInvestors, 50_000_000, 2, true), MINI);
        const kept = scoreRun(company(1_000_000, keptInvestors, 5_000_000, keptInvestors ? 1 : 0), MINI);
        expect(lost.controlKept).toBe(false);
        expect(compareScores(kept, lost), `${lostInvestors} vs ${keptInvestors}`).toBeLessThan(0);
        expect(lost.total).toBeLessThanOrEqual(kept.total);
      }
    }
  });

  it('a bankrupt company keeps no control', () => {
    const s = company(1_000_000, 0);
    s.status = 'bankrupt';
    expect(scoreRun(s, MINI).controlKept).toBe(false);
  });
});

describe('ranks: level runs share one', () => {
  it('1, 1, 3: two identical scores share first place and the next is third', () => {
    const a = scoreRun(company(1_000_000, 500_000), MINI);
    const b = scoreRun(company(1_000_000, 500_000), MINI);
    const c = scoreRun(company(1_000_000, 500_000, 4_000_000), MINI);
    const sorted = [c, a, b].sort(compareScores);
    expect(sharedRanks(sorted)).toEqual([1, 1, 3]);
    expect(sharedRanks([a, b, c, c].sort(compareScores))).toEqual([1, 1, 3, 3]);
    expect(sharedRanks([])).toEqual([]);
  });

  it('in a workshop debrief, two teams that played alike share a rank; the next team counts both', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rank-'));
    const f = (n: string) => join(dir, n);
    const out: string[] = [];
    expect(await workshopCmd.run(['create', '--scenario', 'classic', '--seed', '7', '--json'], (s) => out.push(s))).toBe(0);
    const code = JSON.parse(out.join('\n')).code as string;
    const play = async (team: string, bot: string, file: string) =>
      expect(await playCommand(['--workshop', code, '--team', team, '--bot', bot, '--out', f(file)], () => {})).toBe(0);
    await play('Alpha', 'balanced', 'a.json');
    await play('Bravo', 'balanced', 'b.json');
    await play('Charlie', 'scattered', 'c.json');
    const r = debrief(
      code,
      readScenario('classic').text,
      ['c.json', 'b.json', 'a.json'].map((n) => ({ label: n, text: readFileSync(f(n), 'utf8') })),
    );
    if (!r.ok) throw new Error(r.problem.message);
    const rows = r.debrief.ranked.map((t) => [t.team, t.rank, t.score.total]);
    const alpha = r.debrief.ranked.find((t) => t.team === 'Alpha')!;
    const bravo = r.debrief.ranked.find((t) => t.team === 'Bravo')!;
    const charlie = r.debrief.ranked.find((t) => t.team === 'Charlie')!;
    expect(alpha.score).toEqual(bravo.score);
    expect(alpha.rank, JSON.stringify(rows)).toBe(bravo.rank);
    // Listed by team name within the tie; the other team's rank counts every team ahead of it.
    expect(r.debrief.ranked.map((t) => t.team).indexOf('Alpha')).toBeLessThan(r.debrief.ranked.map((t) => t.team).indexOf('Bravo'));
    expect(charlie.rank).toBe(compareScores(charlie.score, alpha.score) > 0 ? 3 : 1);
  });
});
