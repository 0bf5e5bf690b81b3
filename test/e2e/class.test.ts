// A live class in headless Chromium: the game served by `npm run class`, a team joins by the link
// that carries the server, ends a quarter and its run is handed in by itself (the game shows the
// PIN); on another device the team resumes by name and PIN; the instructor's board lists the class,
// updates by itself when a run arrives, and shows a hostile team name as text.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassServer } from '../class-support';
import { createCode, getJson, post, startClassServer, teamRuns } from '../class-support';
import { endQuarter, XSS } from './helpers';
import { servedGame } from './suite';
import { launchBrowser, requireBrowser, screenshotPath, watchConsole } from '../../tools/serve';

const run = requireBrowser() ? describe : describe.skip;
const dir = mkdtempSync(join(tmpdir(), 'class-e2e-'));

run('live class in the browser', () => {
  let browser: Browser;
  let server: ClassServer;
  let code = '';

  beforeAll(async () => {
    const dist = (await servedGame()).dir;
    code = await createCode('board1', 12);
    server = await startClassServer(code, join(dir, 'class.sqlite'), dir, ['--dist', dist]);
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    server?.proc.kill('SIGTERM');
    await server?.exited;
  });

  it('hands in at the quarter end, resumes with the PIN on another device, and the board updates live', async () => {
    const link = `${server.base}/#workshop=${encodeURIComponent(code)}&server=${encodeURIComponent(server.base)}`;
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const problems = watchConsole(page);
    await page.goto(link);
    await page.waitForSelector('#ws-team');
    // A link with a server offers "continue on this device" next to joining.
    expect(await page.$('#class-resume')).not.toBeNull();
    await page.fill('#ws-team', '浏览器队');
    await page.click('#ws-join');
    await page.waitForFunction(() => window.__sim?.screen() === 'game');
    await endQuarter(page);
    await page.waitForFunction(() => /\d{6}/.test(document.getElementById('class-handin')?.textContent ?? ''));
    const badge = (await page.textContent('#class-handin')) ?? '';
    const pin = /(\d{6})/.exec(badge)![1]!;
    let board = (await getJson(server.base, '/api/board')) as { teams: { team: string; quarter: number }[] };
    expect(board.teams.find((t) => t.team === '浏览器队')?.quarter).toBe(1);
    await endQuarter(page);
    await page.waitForFunction(() => /2/.test(document.getElementById('class-handin')?.textContent ?? ''));
    expect(problems).toEqual([]);

    // Another device (a fresh browser profile): name and PIN bring the team's game back at Q3.
    const other = await browser.newContext();
    const p2 = await other.newPage();
    await p2.goto(link);
    await p2.waitForSelector('#class-resume-pin');
    await p2.fill('#class-resume-team', '浏览器队');
    await p2.fill('#class-resume-pin', pin === '000000' ? '000001' : '000000');
    await p2.click('#class-resume-go');
    await p2.waitForFunction(() => (document.getElementById('class-resume-error')?.textContent ?? '') !== '');
    await p2.fill('#class-resume-pin', pin);
    await p2.click('#class-resume-go');
    await p2.waitForFunction(() => window.__sim?.screen() === 'game');
    expect(await p2.evaluate(() => window.__sim.state()?.quarter)).toBe(2);
    await endQuarter(p2);
    await p2.waitForFunction(() => /3/.test(document.getElementById('class-handin')?.textContent ?? ''));
    board = (await getJson(server.base, '/api/board')) as typeof board;
    expect(board.teams.find((t) => t.team === '浏览器队')?.quarter).toBe(3);

    // The class so far, then the board: a team with a hostile name and a tampered run among them.
    const names = ['Red team', '蓝队', 'Green', '金色传说', 'Orange', XSS];
    const bots = ['balanced', 'focused', 'premium', 'cheapest', 'random', 'maxMarketing'];
    for (let i = 0; i < names.length; i++) {
      const runs = teamRuns(code, names[i]!, bots[i]!);
      const r = await post(server.base, '/api/handin', runs[Math.min(runs.length, 4 + i) - 1]!);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const red = teamRuns(code, 'Red team', 'balanced');
    expect((await post(server.base, '/api/handin', red[red.length - 1]!.replace(/"cash":(-?\d+)/, '"cash":99999999'))).status).toBe(422);
    const bp = await browser.newPage({ viewport: { width: 1100, height: 640 } });
    const bproblems = watchConsole(bp);
    await bp.goto(server.base + '/board');
    await bp.waitForFunction(() => document.querySelectorAll('#board-body tr').length === 7);
    expect(await bp.textContent('#board-body')).toContain(XSS);
    expect(await bp.evaluate(() => window.__xss)).toBeUndefined();
    // Pushed: a new hand-in shows up without a reload.
    const late = teamRuns(code, 'Late team', 'hireNobody');
    expect((await post(server.base, '/api/handin', late[1]!)).status).toBe(201);
    await bp.waitForFunction(() => document.querySelectorAll('#board-body tr').length === 8);
    await bp.click('#lang-en');
    expect(await bp.textContent('#h-board')).toContain('Leaderboard');
    await bp.click('#lang-zh');
    await bp.evaluate(async () => {
      await document.fonts.load('700 24px "Noto Sans SC"', document.body.innerText);
      await document.fonts.load('16px "Noto Sans SC"', document.body.innerText);
      await document.fonts.ready;
    });
    await bp.screenshot({ path: screenshotPath('class-board-zh'), fullPage: true });
    expect(bproblems).toEqual([]);
  }, 120_000);
});
