// Hand-ins that cannot go wrong: a team's export at a pause and again at the end is ranked once;
// an unfinished run is ranked apart; names compare without case, spacing or width; file names carry
// team and quarter in safe characters; a cut-off file still names its team; `verify` names a
// workshop only when the run's world is that workshop's.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as workshopCmd from '../src/cli/cmd-workshop';
import * as verifyCmd from '../src/cli/cmd-verify';
import * as debriefCmd from '../src/cli/cmd-debrief';
import { readScenario } from '../src/cli/scenarios';
import { BOTS, playBot, replay } from '../src/engine/index';
import type { Scenario } from '../src/engine/index';
import { buildReplay, exportReplay } from '../src/replay/format';
import { workshopWorld } from '../src/workshop/apply';
import { encodeWorkshop } from '../src/workshop/code';
import type { WorkshopSettings } from '../src/workshop/code';
import { debrief } from '../src/workshop/debrief';
import { nearDuplicate, runFileName, safeFilePart, teamFromPrefix, teamKey } from '../src/workshop/handin';
import { reportHtml } from '../src/workshop/report';
import { briefFor, handoutHtml } from '../src/workshop/handout';

const file = readScenario('classic');
const settings: WorkshopSettings = {
  scenarioId: 'classic',
  scenarioHash: file.hash.slice(0, 5),
  seed: 'h1',
  quarters: 8,
  groups: ['team', 'market', 'product', 'compliance', 'funding'],
  lang: 'en',
  pauses: [4],
};
const code = encodeWorkshop(settings);
let world: { scenario: Scenario; hash: string };

/** A team's run as exported after `quarters` closed quarters (all of them when omitted). */
function run(team: string, bot: string, quarters?: number, seed = 'h1', wsCode = code, w = world): string {
  const full = playBot(w.scenario, seed, BOTS[bot]!);
  const log = quarters === undefined ? full.log : full.log.slice(0, quarters);
  const r = replay(w.scenario, seed, log);
  if (!r.ok) throw new Error('replay failed');
  const last = r.state.history[r.state.history.length - 1]!;
  return exportReplay(
    buildReplay(
      { scenario: { id: 'classic', version: w.scenario.version, hash: w.hash }, seed, meta: { workshop: wsCode, team } },
      log,
      r.hashes,
      r.state,
      last.valuation,
    ),
  );
}
const debriefOf = (runs: [string, string][]) => {
  const r = debrief(
    code,
    file.text,
    runs.map(([label, text]) => ({ label, text })),
  );
  if (!r.ok) throw new Error(r.problem.message);
  return r.debrief;
};

beforeAll(() => {
  const w = workshopWorld(settings, file.scenario, file.hash);
  if (!w.ok) throw new Error(w.problem.message);
  world = { scenario: w.scenario, hash: w.hash };
});

describe('team names', () => {
  it('compare without case, spacing or full-width forms (NFKC, trim, collapse, casefold)', () => {
    expect(teamKey('Team 1')).toBe(teamKey('  team   1 '));
    expect(teamKey('ＴＥＡＭ　１')).toBe(teamKey('team 1'));
    expect(teamKey('Straße')).toBe(teamKey('STRASSE'));
    expect(teamKey('红队')).toBe(teamKey(' 红队 '));
    expect(teamKey('Team 1')).not.toBe(teamKey('Team 2'));
    expect(nearDuplicate('team  1', ['Red', 'Team 1'])).toBe('Team 1');
    expect(nearDuplicate('Team 1', ['Team 1'])).toBeNull();
    expect(nearDuplicate('Team 3', ['Team 1'])).toBeNull();
  });

  it('file names carry team and quarter in safe characters, whatever the name', () => {
    expect(runFileName({ team: 'Red', workshop: code, scenarioId: 'classic', seed: 'h1', quarters: 4 })).toBe(
      'Red-q04-classic-seedh1.replay.json',
    );
    expect(runFileName({ scenarioId: 'classic', seed: '7', quarters: 12 })).toBe('ai-startup-sim-classic-seed7-q12.replay.json');
    for (const team of [
      '红队 🚀',
      'فريق النجاح',
      '"Quotes" & \'more\'',
      '<script>alert(1)</script>',
      '=SUM(A1:A9)',
      '../../etc/passwd',
      '🚀🚀',
      'a'.repeat(80),
      'C:\\con\\nul',
    ]) {
      const n = runFileName({ team, scenarioId: 'classic', seed: 'h1', quarters: 12 });
      expect(n, team).toMatch(/^[\p{L}\p{N}\p{M}-]+-q12-classic-seedh1\.replay\.json$/u);
      expect(n).not.toMatch(/[/\\:*?"<>|\s=]|\.\./);
      expect([...n].length).toBeLessThan(90);
    }
    expect(safeFilePart('红队 🚀')).toBe('红队');
    expect(safeFilePart('🚀🚀')).toBe('team');
    expect(safeFilePart('=SUM(A1:A9)')).toBe('SUM-A1-A9');
  });

  it('a file cut short still names its team (read from its first bytes)', () => {
    const text = run('红队 "R" 🚀', 'balanced', 2);
    expect(teamFromPrefix(text.slice(0, 300))).toBe('红队 "R" 🚀');
    expect(teamFromPrefix('{"format":"ai-startup-sim/replay","meta":{"tea')).toBeNull();
    expect(teamFromPrefix('not json at all')).toBeNull();
    const d = debriefOf([['cut.json', text.slice(0, Math.floor(text.length / 2))]]);
    expect(d.flagged.map((f) => [f.label, f.team, f.problem.code])).toEqual([['cut.json', '红队 "R" 🚀', 'runUnreadable']]);
  });
});

describe('hand-ins', () => {
  it('an export at the pause and another at the end: ranked once, the earlier noted (not flagged)', () => {
    const early = run('Red', 'balanced', 4);
    const late = run('Red', 'balanced');
    for (const order of [
      [
        ['red-q04.json', early],
        ['red-q08.json', late],
      ],
      [
        ['red-q08.json', late],
        ['red-q04.json', early],
      ],
    ] as [string, string][][]) {
      const d = debriefOf([...order, ['blue.json', run('Blue', 'focused')]]);
      expect(d.flagged).toEqual([]);
      expect(d.ranked.map((t) => [t.team, t.label, t.quartersPlayed])).toContainEqual(['Red', 'red-q08.json', 8]);
      expect(d.ranked).toHaveLength(2);
      expect(d.unfinished).toEqual([]);
      expect(d.notes.map((n) => [n.label, n.byLabel, n.quarters, n.byQuarters])).toEqual([['red-q04.json', 'red-q08.json', 4, 8]]);
    }
    // Three hand-ins of one team (Q2, Q4, the end), one spelled differently: still one team.
    const d = debriefOf([
      ['a.json', run('Red', 'balanced', 2)],
      ['b.json', run('  red ', 'balanced', 4)],
      ['c.json', late],
    ]);
    expect(d.flagged).toEqual([]);
    expect(d.ranked.map((t) => t.label)).toEqual(['c.json']);
    expect(d.notes.map((n) => n.label)).toEqual(['a.json', 'b.json']);
    expect(reportHtml(d, 'en')).toContain('a.json (Q2) counts through c.json (Q8)');
    expect(reportHtml(d, 'zh')).toContain('a.json（第 2 季度）由 c.json（第 8 季度）代替');
  });

  it('teams with equal score and valuation share a rank', () => {
    const d = debriefOf([
      ['a.json', run('A', 'balanced')],
      ['b.json', run('B', 'balanced')],
      ['c.json', run('C', 'scattered')],
    ]);
    const ranks = Object.fromEntries(d.ranked.map((t) => [t.team, t.rank]));
    expect(ranks.A).toBe(ranks.B);
    expect(Object.values(ranks).sort()).toEqual(ranks.A === 1 ? [1, 1, 3] : [1, 2, 2]);
  });

  it('two runs of one team that disagree on a decision are both flagged; a different name is another team', () => {
    const d = debriefOf([
      ['r1.json', run('Red', 'balanced')],
      ['r2.json', run('RED', 'focused', 4)],
      ['t.json', run('Red Team', 'focused')],
    ]);
    expect(d.flagged.map((f) => [f.label, f.problem.code])).toEqual([
      ['r1.json', 'duplicateTeam'],
      ['r2.json', 'duplicateTeam'],
    ]);
    expect(d.ranked.map((t) => t.team)).toEqual(['Red Team']);
  });

  it('unfinished runs are ranked apart, never above a complete run, and shown as such', () => {
    const d = debriefOf([
      ['done.json', run('Done', 'scattered')],
      ['q6.json', run('Six', 'balanced', 6)],
      ['q3.json', run('Three', 'focused', 3)],
    ]);
    expect(d.ranked.map((t) => [t.team, t.rank, t.standing])).toEqual([['Done', 1, 'ranked']]);
    expect(d.unfinished.map((t) => [t.team, t.rank, t.quartersPlayed, t.standing])).toEqual([
      ['Six', 1, 6, 'unfinished'],
      ['Three', 2, 3, 'unfinished'],
    ]);
    const html = reportHtml(d, 'en');
    expect(html).toContain('Unfinished runs (ranked apart)');
    expect(html).toContain('unfinished (Q6)');
    // Every verified team is charted and in the event grid, the unfinished ones too.
    expect(d.events.every((e) => e.cells.length === 3)).toBe(true);
  });

  it('the event grid: per event and quarter the one roll, the range of probabilities and how many it fired for', () => {
    const d = debriefOf(['balanced', 'focused', 'scattered', 'random'].map((b, i) => [`${b}.json`, run(`T${i}`, b)] as [string, string]));
    for (const e of d.events) {
      const cells = e.cells.filter((c) => c !== null);
      expect(e.applied).toBe(cells.length);
      expect(e.firedBy).toBe(cells.filter((c) => c.fired).length);
      expect(e.minBp).toBe(Math.min(...cells.map((c) => c.probabilityBp)));
      expect(e.maxBp).toBe(Math.max(...cells.map((c) => c.probabilityBp)));
    }
    const fired = d.events.find((e) => e.firedBy > 0)!;
    const html = reportHtml(d, 'en');
    expect(html).toMatch(
      new RegExp(
        `data-event="${fired.id}" data-quarter="${fired.quarter + 1}" data-fired="${fired.firedBy}" data-applied="${fired.applied}"`,
      ),
    );
  });
});

describe('the handout', () => {
  it("tells the workshop's real quarter count, how to hand in, names and what to do after a lost tab", () => {
    expect(file.scenario.brief.en).toContain('Over 20 quarters');
    expect(briefFor(file.scenario, 12, 'en')).toContain('Over 12 quarters');
    expect(briefFor(file.scenario, 12, 'zh')).toContain('12 个季度内');
    expect(briefFor(file.scenario, 20, 'en')).toBe(file.scenario.brief.en);
    for (const lang of ['en', 'zh'] as const) {
      const h = handoutHtml({
        settings: { ...settings, lang },
        code,
        link: 'https://x/#workshop=' + code,
        scenario: file.scenario,
        qrSvg: '<svg></svg>',
      });
      expect(h).not.toMatch(/20 quarters|20 个季度/);
      expect(h).toContain(lang === 'en' ? 'This workshop: 8 quarters.' : '本次工作坊：共 8 个季度。');
      expect(h).toContain(lang === 'en' ? 'Closed the tab or the browser?' : '关掉了标签页或浏览器？');
      expect(h).toContain(lang === 'en' ? 'Team names ignore case and spaces' : '团队名称不区分大小写和空格');
      expect(h).toContain(lang === 'en' ? 'Handing in' : '如何提交');
    }
  });
});

describe('the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handin-'));
  it("debrief reads paths from the caller's folder (INIT_CWD) and exits 1 when files are missing or nothing verifies", () => {
    writeFileSync(join(dir, 'red.json'), run('Red', 'balanced'));
    writeFileSync(join(dir, 'junk.json'), '{"nope":');
    const old = process.env.INIT_CWD;
    const out: string[] = [];
    try {
      process.env.INIT_CWD = dir;
      expect(debriefCmd.run(['--workshop', code, 'red.json', '--json'], (s) => out.push(s))).toBe(0);
      expect(JSON.parse(out.pop()!).ranked.map((t: { team: string }) => t.team)).toEqual(['Red']);
      expect(debriefCmd.run(['--workshop', code, 'red.json', 'missing.json', '--json'], (s) => out.push(s))).toBe(1);
      expect(JSON.parse(out.pop()!).missing).toEqual([join(dir, 'missing.json')]);
      expect(debriefCmd.run(['--workshop', code, 'junk.json'], (s) => out.push(s))).toBe(1);
      expect(out.join('\n')).not.toMatch(/same luck/);
    } finally {
      if (old === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = old;
    }
  });

  it('workshop create warns when no --base-url is given (the link would only open on this computer)', async () => {
    const warn = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const out: string[] = [];
      expect(await workshopCmd.run(['create', '--scenario', 'classic', '--seed', 'w1', '--json'], (s) => out.push(s))).toBe(0);
      expect(JSON.parse(out[0]!).link).toMatch(/^http:\/\/127\.0\.0\.1:5173\//);
      expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/no --base-url given/);
      warn.mockClear();
      expect(
        await workshopCmd.run(
          ['create', '--scenario', 'classic', '--seed', 'w1', '--base-url', 'https://class.example/sim/', '--json'],
          () => undefined,
        ),
      ).toBe(0);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it("verify names the workshop only when the run's world is that workshop's", () => {
    writeFileSync(join(dir, 'ok.json'), run('Red', 'balanced', 3));
    // Re-chained under a code of another seed: the run is an honest seed-h2 run, not that workshop's.
    const other = encodeWorkshop({ ...settings, seed: 'zz9' });
    writeFileSync(join(dir, 'rechained.json'), run('Red', 'balanced', 3, 'h2', other));
    const out: string[] = [];
    expect(verifyCmd.run([join(dir, 'ok.json')], (s) => out.push(s))).toBe(0);
    expect(out.join('\n')).toContain(`(workshop ${code}, team Red)`);
    out.length = 0;
    expect(verifyCmd.run([join(dir, 'rechained.json')], (s) => out.push(s))).toBe(0);
    expect(out.join('\n')).not.toContain(`(workshop ${other}`);
    expect(out.join('\n')).toMatch(/claims workshop \S+, which does not match: the code's seed is "zz9", the run's "h2"/);
    out.length = 0;
    expect(verifyCmd.run([join(dir, 'rechained.json'), '--json'], (s) => out.push(s))).toBe(0);
    expect(JSON.parse(out.at(-1)!).workshop).toEqual({ matches: false, reason: 'the code\'s seed is "zz9", the run\'s "h2"' });
  });
});
