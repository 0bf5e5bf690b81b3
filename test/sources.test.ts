// `sources`: every number in the shipped scenarios has a source, and every seed section from §1.2
// to §1.20 is cited by a mechanic or declared flavour only; the report also catches the opposite.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shippedScenarios, sourcesReport } from '../src/cli/cmd-sources';
import { REQUIRED_SECTIONS } from '../src/engine/index';

describe('sources over the shipped scenarios', () => {
  const shipped = shippedScenarios();
  const r = sourcesReport(shipped);

  it('finds no number without a source and no seed section unaccounted for', () => {
    expect(r.unsourced).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.numbers).toBeGreaterThan(1000);
    for (const s of REQUIRED_SECTIONS) expect(Boolean(r.sections[s]) || Boolean(r.flavour[s]), s).toBe(true);
  });

  it('names the mechanics behind the seed sections the factor map relies on', () => {
    expect(r.sections['§1.12.1']).toEqual(
      expect.arrayContaining(['event:algorithmDefect', 'event:pilotFails', 'event:computeShortage', 'programme:audit']),
    );
    expect(r.sections['§1.14.1']).toEqual(expect.arrayContaining(['event:clinicalTrialFails', 'economics:spreadPenaltyBp']));
    expect(r.sections['§1.13.1']).toEqual(expect.arrayContaining(['event:institutionalSubscription', 'market:finance']));
    expect(r.sections['§1.17.3']).toEqual(expect.arrayContaining(['round:angel', 'round:seriesA', 'round:seriesB']));
    expect(r.exempt.map((e) => e.path)).toEqual(['$.formatVersion', '$.version']);
  });

  it('reports a number without a source and a section nobody cites', () => {
    const classic = shipped.find((s) => s.id === 'classic')!;
    const raw = JSON.parse(JSON.stringify(classic.raw)) as {
      start: { brand: unknown; cash: { source: string } };
      flavourSections: unknown[];
    };
    raw.start.brand = 100;
    raw.start.cash.source = 'tbd';
    raw.flavourSections = [];
    const bad = sourcesReport([{ id: 'classic', raw }]);
    expect(bad.unsourced).toEqual(['classic:$.start.cash.v', 'classic:$.start.brand']);
    expect(bad.missing).toContain('§1.7.1');
  });

  it('--json prints the report as the last line', () => {
    const out = execFileSync('npx', ['tsx', 'src/cli/main.ts', 'sources', '--json'], { encoding: 'utf8' }).trim().split('\n').pop()!;
    const j = JSON.parse(out) as { sections: Record<string, string[]>; unsourced: string[] };
    expect(j.unsourced).toEqual([]);
    expect(Object.keys(j.sections)).toEqual(expect.arrayContaining(['§1.2', '§1.20.6']));
  });
});
