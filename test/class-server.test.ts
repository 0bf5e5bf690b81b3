// The live class server as a class uses it: 60 teams' games hand in at every quarter end,
// concurrently, against the server on 127.0.0.1 (a child process, as `npm run class` starts it);
// the server is killed with SIGKILL mid-class and started again on the same database file; the
// games retry what got no answer. Nothing accepted is lost, each team is stored once, and the
// board's leaderboard is the CLI debrief of the same runs. Tampered and foreign runs are refused
// with the reason; a team resumes elsewhere with its PIN.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as debriefCmd from '../src/cli/cmd-debrief';
import { BOTS, STRATEGIES } from '../src/engine/index';
import type { ClassServer } from './class-support';
import { createCode, getJson, post, startClassServer, teamRuns } from './class-support';

const dir = mkdtempSync(join(tmpdir(), 'class-'));
const DB = join(dir, 'class.sqlite');
const TEAMS = 60;
const QUARTERS = 12;
const startServer = (code: string) => startClassServer(code, DB, dir);

let code = '';
let otherCode = '';
const teams: { name: string; runs: string[] }[] = [];
let server: ClassServer | null = null;

beforeAll(async () => {
  code = await createCode('class42', QUARTERS);
  otherCode = await createCode('other7', QUARTERS);
  // Mostly players that last the 12 quarters, a few that go bankrupt early (as in a real class).
  const bots = [
    'focused',
    'balanced',
    'cheapest',
    'premium',
    'noCompliance',
    'maxMarketing',
    'hireNobody',
    'raiseEvery',
    'neverRaise',
    'random',
    'scattered',
    'fastHiring',
  ];
  for (const b of bots) expect(b === 'random' || BOTS[b] !== undefined || STRATEGIES[b] !== undefined, b).toBe(true);
  for (let i = 0; i < TEAMS; i++) {
    const name = i % 10 === 3 ? `第${i + 1}队` : `Team ${String(i + 1).padStart(2, '0')}`;
    teams.push({ name, runs: teamRuns(code, name, bots[i % bots.length]!) });
  }
}, 60_000);

afterAll(async () => {
  if (server) {
    server.proc.kill('SIGKILL');
    await server.exited;
  }
});

describe('live class server', () => {
  it('60 teams × 12 quarters hand in concurrently; a SIGKILL mid-class loses no accepted hand-in; the board is the CLI debrief', async () => {
    server = await startServer(code);
    const pins = new Map<string, string>();
    /** Highest quarter the server acknowledged per team (what must survive the kill). */
    const accepted = new Map<string, number>();
    /** Per team, the hand-in still owed (a failed one is retried at the next round, as the game does). */
    const owed = new Map<string, number>();
    let requests = 0;
    const handIn = async (t: (typeof teams)[number], q: number) => {
      requests += 1;
      const pin = pins.get(t.name);
      const r = await post(server!.base, '/api/handin', t.runs[q - 1]!, pin ? { 'x-class-pin': pin } : {});
      if (r.status === 0) {
        owed.set(t.name, q);
        return;
      }
      expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
      if (typeof r.body!.pin === 'string') pins.set(t.name, r.body!.pin);
      accepted.set(t.name, Math.max(accepted.get(t.name) ?? 0, q));
      owed.delete(t.name);
    };
    const round = (q: number) => Promise.all(teams.filter((t) => t.runs.length >= q).map((t) => handIn(t, q)));

    for (let q = 1; q <= QUARTERS / 2; q++) await round(q);
    expect(pins.size).toBe(TEAMS); // every team got its PIN at its first hand-in
    // The seventh round is cut: a third of the teams hand in and are answered; then the others'
    // hand-ins go out and the server is killed while they are on the way or being handled.
    const s = server;
    const seventh = teams.filter((t) => t.runs.length >= 7);
    await Promise.all(seventh.slice(0, 20).map((t) => handIn(t, 7)));
    // Killed in the same tick the requests are started: they are on the way when it dies, whatever the
    // machine's load (a delay here made the test depend on how fast the server answered).
    const rest = Promise.all(seventh.slice(20).map((t) => handIn(t, 7)));
    s.proc.kill('SIGKILL');
    await rest;
    await s.exited;
    const before = new Map(accepted);
    expect([...before.values()].filter((q) => q === 7).length).toBeGreaterThanOrEqual(20);
    expect(owed.size).toBeGreaterThan(0); // hand-ins were in flight when it died

    server = await startServer(code);
    // Everything acknowledged before the kill is there after the restart (a hand-in stored just
    // before the kill, whose answer was lost, may be there too: the game sends it again anyway).
    const afterRestart = (await getJson(server.base, '/api/board')) as { teams: { team: string; quarter: number }[] };
    const has = new Map(afterRestart.teams.map((t) => [t.team, t.quarter]));
    expect(has.size).toBe(TEAMS);
    for (const [team, q] of before) {
      expect(has.get(team), team).toBeGreaterThanOrEqual(q);
      expect(has.get(team), team).toBeLessThanOrEqual(owed.has(team) ? owed.get(team)! : q);
    }
    // A PIN issued before the kill still resumes the team's game, with its latest run.
    const t0 = teams[0]!;
    const res = await post(server.base, '/api/resume', JSON.stringify({ team: t0.name, pin: pins.get(t0.name) }), {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(200);
    expect(res.body!.run).toBe(t0.runs[has.get(t0.name)! - 1]);
    const wrong = await post(
      server.base,
      '/api/resume',
      JSON.stringify({ team: t0.name, pin: pins.get(t0.name) === '000000' ? '000001' : '000000' }),
    );
    expect(wrong.status).toBe(403);
    expect(wrong.body!.field).toBe('pin');

    // The games retry what got no answer, then play on to the end.
    await Promise.all([...owed].map(([name, q]) => handIn(teams.find((t) => t.name === name)!, q)));
    expect(owed.size).toBe(0);
    for (let q = 8; q <= QUARTERS; q++) await round(q);
    // Bounded: one request per team and quarter, plus the retries of the cut round.
    expect(requests).toBeLessThanOrEqual(teams.reduce((n, t) => n + t.runs.length, 0) + TEAMS);

    // Each team stored once, at its last quarter.
    const board = (await getJson(server.base, '/api/board')) as {
      teams: { team: string; quarter: number; cash: number; status: string }[];
      leaderboard: { rank: number; team: string; score: number; standing: string }[];
    };
    expect(board.teams.length).toBe(TEAMS);
    expect(new Set(board.teams.map((t) => t.team)).size).toBe(TEAMS);
    for (const t of teams) expect(board.teams.find((b) => b.team === t.name)?.quarter, t.name).toBe(t.runs.length);

    // The CLI debrief of the same final runs ranks them the same way.
    const files = teams.map((t, i) => {
      const f = join(dir, `t${i}.replay.json`);
      writeFileSync(f, t.runs[t.runs.length - 1]!);
      return f;
    });
    const out: string[] = [];
    expect(await debriefCmd.run(['--workshop', code, '--json', ...files], (x) => out.push(x))).toBe(0);
    const cli = JSON.parse(out.join('\n')) as {
      ranked: { rank: number; team: string; score: { total: number } }[];
      unfinished: unknown[];
      flagged: unknown[];
    };
    expect(cli.flagged).toEqual([]);
    expect(cli.unfinished).toEqual([]); // every team finished or went bankrupt: all on the one leaderboard
    expect(board.leaderboard.map((r) => [r.rank, r.team, r.score])).toEqual(cli.ranked.map((r) => [r.rank, r.team, r.score.total]));
  }, 90_000);

  it('refuses tampered runs, runs of another workshop and a second run under a taken name, with the reason', async () => {
    if (!server) server = await startServer(code);
    const t = teams[1]!;
    const last = t.runs[t.runs.length - 1]!;
    // Tampered: the claimed cash of the result is raised.
    const tampered = last.replace(/"cash":(-?\d+)/, (_m, n: string) => `"cash":${Number(n) + 1_000_000}`);
    expect(tampered).not.toBe(last);
    const a = await post(server.base, '/api/handin', tampered);
    expect(a.status).toBe(422);
    expect(a.body).toMatchObject({ ok: false, code: 'tampered', team: t.name });
    expect(String(a.body!.reason)).toMatch(/does not verify/);
    expect(String(a.body!.reasonZh)).toMatch(/重放验证未通过/);
    // Another workshop's run.
    const foreign = teamRuns(otherCode, 'Visitors', 'balanced')[0]!;
    const b = await post(server.base, '/api/handin', foreign);
    expect(b.status).toBe(422);
    expect(b.body).toMatchObject({ ok: false, code: 'otherSeed', field: 'seed' });
    expect(String(b.body!.reason)).toContain('other7');
    // Not a run at all.
    const c = await post(server.base, '/api/handin', '{"hello":');
    expect(c.status).toBe(422);
    expect(c.body!.code).toBe('runUnreadable');
    // Another game under a team's name (different decisions) does not replace that team's run.
    const other = teamRuns(code, t.name, 'scattered');
    const d = await post(server.base, '/api/handin', other[0] === t.runs[0] ? other[other.length - 1]! : other[0]!);
    expect(d.status).toBe(409);
    expect(d.body).toMatchObject({ code: 'teamTaken', field: 'team' });
    // An earlier hand-in arriving late changes nothing.
    const e = await post(server.base, '/api/handin', t.runs[0]!);
    expect(e.status).toBe(200);
    expect(e.body!.kept).toBe('later');
    const board = (await getJson(server.base, '/api/board')) as {
      teams: { team: string; quarter: number; flags: string[] }[];
      refusals: { code: string }[];
    };
    expect(board.teams.find((x) => x.team === t.name)!.quarter).toBe(t.runs.length);
    expect(board.teams.find((x) => x.team === t.name)!.flags).toContain('tampered');
    expect(board.refusals.map((r) => r.code)).toEqual(expect.arrayContaining(['tampered', 'otherSeed', 'runUnreadable', 'teamTaken']));
    // The board page and its pushed updates.
    const html = await (await fetch(server.base + '/board')).text();
    expect(html).toContain('EventSource');
    expect(html).not.toContain('innerHTML');
    const ctl = new AbortController();
    const ev = await fetch(server.base + '/api/events', { signal: ctl.signal });
    expect(ev.headers.get('content-type')).toContain('text/event-stream');
    const reader = ev.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('event: board');
    ctl.abort();
  }, 60_000);
});
