// The instructor's debrief as a class produces it: teams' runs made with `play --workshop`, one
// tampered, one from another seed, duplicates; ranking, same-luck event table, CSV and the
// printed report and handout (escaped, well-formed).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { playCommand } from '../src/cli/play';
import * as workshopCmd from '../src/cli/cmd-workshop';
import * as debriefCmd from '../src/cli/cmd-debrief';
import * as verifyCmd from '../src/cli/cmd-verify';
import { CliError, readScenario } from '../src/cli/scenarios';
import { rollBp, replay, collectChecks } from '../src/engine/index';
import { debrief, assembleDebrief, checkRun, prepareDebrief } from '../src/workshop/debrief';
import type { Debrief } from '../src/workshop/debrief';
import { debriefCsv } from '../src/workshop/csv';
import { reportHtml } from '../src/workshop/report';
import { handoutHtml } from '../src/workshop/handout';
import { decodeWorkshop } from '../src/workshop/code';
import { practiceRuns, warmUp } from '../src/workshop/warm-up';

const dir = mkdtempSync(join(tmpdir(), 'debrief-'));
const f = (name: string) => join(dir, name);

// The command modules in-process, as src/cli/main.ts runs them (no process start-up per call).
const COMMANDS: Record<string, (argv: string[], print: (s: string) => void) => number | Promise<number>> = {
  play: playCommand,
  workshop: workshopCmd.run,
  debrief: debriefCmd.run,
  verify: verifyCmd.run,
};
async function sim(cmd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  try {
    return { code: await COMMANDS[cmd]!(argv, (s) => out.push(s)), out: out.join('\n'), err: '' };
  } catch (e) {
    if (e instanceof CliError) return { code: e.exitCode, out: out.join('\n'), err: e.message };
    throw e;
  }
}
async function create(seed: string, ...more: string[]): Promise<string> {
  const r = await sim('workshop', 'create', '--scenario', 'classic', '--seed', seed, '--json', ...more);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out).code as string;
}
async function play(code: string, team: string, bot: string, file: string): Promise<void> {
  const r = await sim('play', '--workshop', code, '--team', team, '--bot', bot, '--out', f(file));
  expect(r.code, r.err).toBe(0);
}

/** A strict tag-balance check: every non-void element closed in order, nothing left open. */
function wellFormed(html: string): string[] {
  const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link']);
  const body = html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!doctype html>/i, '');
  const stack: string[] = [];
  const errors: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?(\/?)>/g)) {
    const [, close, name, self] = m;
    const tag = name!.toLowerCase();
    if (self || VOID.has(tag)) continue;
    if (!close) stack.push(tag);
    else if (stack.pop() !== tag) errors.push(`unexpected </${tag}>`);
  }
  if (stack.length) errors.push(`unclosed ${stack.join(',')}`);
  if (/<[^a-zA-Z/!]/.test(body.replace(/<\?xml/g, ''))) errors.push('stray <');
  return errors;
}

const XSS = '<img src=x onerror=alert(1)>';
let code = '';
let d: Debrief;

beforeAll(async () => {
  code = await create('42', '--pause', '4,8');
  await play(code, 'Alpha', 'balanced', 'alpha.json');
  await play(code, 'Beta', 'focused', 'beta.json');
  await play(code, XSS, 'scattered', 'xss.json');
  await play(code, 'Gamma', 'random', 'gamma.json');
  await play(await create('43', '--pause', '4,8'), 'Delta', 'balanced', 'delta-43.json');
  // Tampering: Gamma claims to have hired one more person in quarter 2 (the chain no longer holds).
  const g = readFileSync(f('gamma.json'), 'utf8').split('\n');
  const hire = g.findIndex((l, i) => i > 1 && /"count":\d+,"role"/.test(l));
  g[hire] = g[hire]!.replace(/"count":(\d+),"role"/, (_m, n: string) => `"count":${Number(n) + 1},"role"`);
  writeFileSync(f('gamma-tampered.json'), g.join('\n'));
  const { text } = readScenario('classic');
  const r = debrief(
    code,
    text,
    ['alpha.json', 'beta.json', 'xss.json'].map((n) => ({ label: n, text: readFileSync(f(n), 'utf8') })),
  );
  if (!r.ok) throw new Error(r.problem.message);
  d = r.debrief;
});

describe('debrief', () => {
  it("ranks exactly the three honest runs and flags the tampered run and the other seed's run with the reason (CLI --json)", async () => {
    const r = await sim(
      'debrief',
      '--workshop',
      code,
      f('alpha.json'),
      f('gamma-tampered.json'),
      f('beta.json'),
      f('delta-43.json'),
      f('xss.json'),
      '--csv',
      f('d.csv'),
      '--html',
      f('d.html'),
      '--json',
    );
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.ranked.map((t: { team: string }) => t.team).sort()).toEqual(['Alpha', 'Beta', XSS].sort());
    expect(j.ranked.map((t: { rank: number }) => t.rank)).toEqual([1, 2, 3]);
    const totals = j.ranked.map((t: { score: { total: number } }) => t.score.total);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    expect(j.flagged).toHaveLength(2);
    const byFile = Object.fromEntries(j.flagged.map((x: { file: string; code: string; reason: string }) => [x.file, x]));
    expect(byFile['gamma-tampered.json']).toMatchObject({ code: 'tampered', team: 'Gamma' });
    expect(byFile['gamma-tampered.json'].reason).toMatch(/quarter \d+/);
    expect(byFile['delta-43.json']).toMatchObject({ code: 'otherSeed', team: 'Delta' });
    expect(byFile['delta-43.json'].reason).toContain('"43"');
    expect(j.rollsAgree).toBe(true);
    // CSV: a header and one row per ranked team per closed quarter.
    const rows = readFileSync(f('d.csv'), 'utf8').split('\r\n').filter(Boolean);
    const quarters = d.ranked.reduce((n, t) => n + t.kpis.length, 0);
    expect(rows.length).toBe(1 + quarters);
    expect(new Set(rows.slice(1).map((l) => l.split(',')[1] + '|' + l.split(',')[2])).size).toBe(quarters);
  });

  it('every team faced the one roll per event and quarter; probabilities differ by decisions', () => {
    expect(d.rollsAgree).toBe(true);
    for (const t of d.ranked)
      for (const [q, checks] of t.checks.entries()) for (const c of checks) expect(c.roll).toBe(rollBp('42', q, `event:${c.id}`));
    const spread = d.events.filter((e) => new Set(e.cells.filter(Boolean).map((c) => c!.probabilityBp)).size > 1);
    expect(spread.length).toBeGreaterThan(0);
    for (const e of d.events) for (const c of e.cells) if (c && !c.cooldown) expect(c.fired).toBe(e.roll < c.probabilityBp);
  });

  it('two teams making identical decisions get identical results (and both are ranked)', async () => {
    await play(code, 'Twin A', 'balanced', 'twin-a.json');
    await play(code, 'Twin B', 'balanced', 'twin-b.json');
    const { text } = readScenario('classic');
    const r = debrief(
      code,
      text,
      ['twin-a.json', 'twin-b.json'].map((n) => ({ label: n, text: readFileSync(f(n), 'utf8') })),
    );
    if (!r.ok) throw new Error(r.problem.message);
    const [a, b] = r.debrief.ranked;
    expect(r.debrief.flagged).toEqual([]);
    expect(a!.kpis).toEqual(b!.kpis);
    expect(a!.score).toEqual(b!.score);
    expect(a!.finalHash).toBe(b!.finalHash);
    expect(new Set([a!.team, b!.team])).toEqual(new Set(['Twin A', 'Twin B']));
  });

  it('the same file twice counts once (noted); two different runs under one team name are both flagged; foreign runs say why', async () => {
    await play(code, 'alpha ', 'focused', 'alpha-impostor.json');
    await play(await create('42', '--pause', '5'), 'Epsilon', 'balanced', 'other-workshop.json');
    expect((await sim('play', '--scenario', 'classic', '--seed', '42', '--bot', 'balanced', '--out', f('solo.json'))).code).toBe(0);
    const { text } = readScenario('classic');
    const runs = ['alpha.json', 'beta.json', 'beta.json', 'alpha-impostor.json', 'other-workshop.json', 'solo.json'].map((n) => ({
      label: n,
      text: readFileSync(f(n), 'utf8'),
    }));
    runs.push({ label: 'junk.txt', text: 'not a replay {' });
    const r = debrief(code, text, runs);
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.debrief.ranked.map((t) => t.team)).toEqual(['Beta']);
    const reasons = r.debrief.flagged.map((x) => `${x.label}:${x.problem.code}`).sort();
    expect(reasons).toEqual([
      'alpha-impostor.json:duplicateTeam',
      'alpha.json:duplicateTeam',
      'junk.txt:runUnreadable',
      'other-workshop.json:otherWorkshop',
      'solo.json:notWorkshopRun',
    ]);
    // The very same run handed in twice counts once: noted, not flagged.
    expect(r.debrief.notes.map((n) => [n.label, n.code, n.byLabel])).toEqual([['beta.json', 'duplicate', 'beta.json']]);
  });

  it('a run made with play --workshop on a shortened world verifies in the CLI (file and share code) and in the debrief', async () => {
    const short = await create('42', '--quarters', '6', '--groups', 'team,market,funding');
    await play(short, 'Red', 'balanced', 'red.json');
    const v = await sim('verify', f('red.json'), '--json');
    expect(v.code, v.err + v.out).toBe(0);
    expect(JSON.parse(v.out.split('\n').at(-1)!)).toMatchObject({ ok: true });
    const c = await sim('verify', f('red.json'), '--code');
    const shareCode = /AIS2\.\S+/.exec(c.out)![0];
    expect((await sim('verify', shareCode)).code).toBe(0);
    const { text } = readScenario('classic');
    const r = debrief(short, text, [
      { label: 'red.json', text: readFileSync(f('red.json'), 'utf8') },
      { label: 'code', text: shareCode },
    ]);
    if (!r.ok) throw new Error(r.problem.message);
    // The file and the code of one run are the same run: ranked once, the second noted as a duplicate.
    expect(r.debrief.ranked.map((t) => [t.team, t.kpis.length])).toEqual([['Red', 6]]);
    expect(r.debrief.flagged).toEqual([]);
    expect(r.debrief.notes.map((x) => [x.label, x.code])).toEqual([['code', 'duplicate']]);
    // In the full world the same decisions are not this workshop's run.
    const full = debrief(code, text, [{ label: 'red.json', text: readFileSync(f('red.json'), 'utf8') }]);
    expect(full.ok && full.debrief.flagged[0]!.problem.code).toBe('otherScenario');
  });

  it('CSV quotes per RFC 4180 and defuses formula injection in team names', () => {
    const evil = { ...d, ranked: d.ranked.map((t, i) => (i === 0 ? { ...t, team: '=HYPERLINK("http://x","click, me")' } : t)) };
    const csv = debriefCsv(evil);
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"",""click, me"")",`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
    // A byte-order mark first (Excel on Windows reads the Chinese names), then the header.
    expect(csv.startsWith('\ufeffrank,')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      'rank,team,quarter,decisions,events,cash,revenue,costs,customers,headcount,valuation,founder_bp,quality,brand,morale,compliance_bp,markets,score_total,outcome,standing',
    );
    // Events are words in the chosen language, never ids.
    const ids = d.scenario.events.map((e) => e.id);
    const fired = d.ranked.flatMap((t) => t.kpis.flatMap((k) => k.fired));
    expect(fired.length).toBeGreaterThan(0);
    for (const lang of ['en', 'zh'] as const) {
      const rows = debriefCsv(d, lang).split('\r\n').slice(1).join('\n');
      for (const id of ids) expect(rows).not.toMatch(new RegExp(`[,; ]${id}[,; ]`));
      const title = d.scenario.events.find((e) => e.id === fired[0])!.title[lang];
      expect(rows).toContain(title);
      // Markets by their names too.
      const set = d.ranked.flatMap((t) => t.decisions.flat()).find((x) => x.type === 'setMarkets');
      if (!set || set.type !== 'setMarkets') throw new Error('no team chose markets');
      expect(rows).toContain(d.scenario.markets[set.markets[0]!]!.name[lang]);
    }
  });

  it('the report and the handout are well-formed HTML with every user text escaped', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const html = reportHtml(d, lang);
      expect(wellFormed(html)).toEqual([]);
      expect(html).not.toContain(XSS);
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect((html.match(/<svg /g) ?? []).length).toBe(4);
    }
    expect(reportHtml(d, 'zh')).toContain('排行榜');
    const r = await sim(
      'workshop',
      'create',
      '--scenario',
      'classic',
      '--seed',
      'x_1',
      '--pause',
      '2',
      '--handout',
      f('h.html'),
      '--qr',
      f('q.svg'),
    );
    expect(r.code, r.err).toBe(0);
    const h = readFileSync(f('h.html'), 'utf8');
    expect(wellFormed(h)).toEqual([]);
    expect(h).toContain('<svg');
    expect(readFileSync(f('q.svg'), 'utf8')).toMatch(/^<svg/);
    const dec = decodeWorkshop(/workshop code: (\S+)/.exec(r.out)![1]!);
    if (!dec.ok) throw new Error('bad code');
    const { scenario } = readScenario('classic');
    const evil = { ...scenario, brief: { zh: XSS, en: XSS }, title: { zh: '"><script>x</script>', en: 'T&C' } };
    const eh = handoutHtml({
      settings: dec.settings,
      code: dec.code,
      link: `http://h/#workshop=${dec.code}"><b>`,
      scenario: evil,
      qrSvg: '<svg onload="alert(1)"></svg>',
    });
    expect(wellFormed(eh)).toEqual([]);
    expect(eh).not.toMatch(/<script|<img|onload|"><b>/);
    expect(eh).toContain('T&amp;C');
  });
});

describe('debrief verification in one fold', () => {
  it('keeps the event checks a separate replay of the same decisions gives (roll, odds, fired, cooldown)', () => {
    const sc = d.scenario;
    for (const t of d.ranked) {
      const f = replay(sc, d.settings.seed, t.decisions);
      if (!f.ok) throw new Error('a ranked run does not replay');
      const want = f.quarters.map((q) =>
        collectChecks(q.events).map(({ id, roll, probabilityBp, fired, cooldown }) => ({ id, roll, probabilityBp, fired, cooldown })),
      );
      expect(t.checks).toEqual(want);
      expect(t.kpis).toEqual(f.state.history);
    }
  });

  it("outcomes sent as JSON (how the page's workers reply) assemble the same debrief", () => {
    const { text } = readScenario('classic');
    const p = prepareDebrief(code, text);
    if (!p.ok) throw new Error(p.problem.message);
    const runs = ['alpha.json', 'beta.json', 'xss.json', 'gamma-tampered.json', 'delta-43.json'].map((n) => ({
      label: n,
      text: readFileSync(f(n), 'utf8'),
    }));
    const outcomes = runs.map((r, i) => checkRun(p.ctx, r, i));
    expect(assembleDebrief(p.ctx, JSON.parse(JSON.stringify(outcomes)))).toEqual(assembleDebrief(p.ctx, outcomes));
  });

  it("the workers' practice runs are honest runs of the workshop: all verify", () => {
    const { text } = readScenario('classic');
    const p = prepareDebrief(code, text);
    if (!p.ok) throw new Error(p.problem.message);
    expect(warmUp(p.ctx, 2)).toBe(2);
    const r = debrief(code, text, practiceRuns(p.ctx, 2));
    expect(r.ok && r.debrief.ranked.map((t) => t.team)).toEqual(expect.arrayContaining(['practice 1', 'practice 2']));
  });
});
