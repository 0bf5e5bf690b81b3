// Browser end-to-end: a new game in each language with decisions of every group made through the
// UI (mouse and keyboard), a refused decision explained, undo, event cards, report, dashboard and a
// language switch mid-game; then a whole game played with the keyboard alone to the game-over
// screen and its exported run checked in Node. Screenshots go to test-output/screenshots/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readScenario, scenarioBases, scenarioIds } from '../../src/cli/scenarios';
import { hashValue } from '../../src/engine/hash';
import { loadScenario } from '../../src/engine/scenario-load';
import { initialState } from '../../src/engine/state';
import { replay } from '../../src/engine/run';
import { importReplay } from '../../src/replay/import';
import { downloadText, endQuarter, expectFits, openTitle, startGame, unnamedControls } from './helpers';
import { launchBrowser, requireBrowser, screenshotPath, startServer, watchConsole } from './server';

const hasBrowser = requireBrowser();
/** Polls get time to spare: two cores are shared with other test files. */
const WAIT = { timeout: 20_000 };

describe.skipIf(!hasBrowser)('browser game: play', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function page(width = 1280, height = 720): Promise<{ p: Page; problems: string[] }> {
    const ctx = await browser.newContext({ viewport: { width, height } });
    const p = await ctx.newPage();
    return { p, problems: watchConsole(p) };
  }

  for (const lang of ['zh', 'en'] as const) {
    it(`plays a quarter in ${lang}: every decision group, a refusal, undo, cards, report, dashboard`, async () => {
      const { p, problems } = await page();
      const T = (zh: string, en: string) => (lang === 'zh' ? zh : en);
      await openTitle(p, server.url);
      await p.click(`#lang-${lang}`);
      await expect.poll(() => p.textContent('#btn-start'), WAIT).toBe(T('开始游戏', 'Start game'));
      expect(await unnamedControls(p)).toEqual([]);
      await p.screenshot({ path: screenshotPath(`title-${lang}`) });
      await startGame(p, { lang, team: 'Team Ada' });
      expect(await p.textContent('#hdr-cash .kpi-label')).toBe(T('现金', 'Cash'));
      expect(await p.textContent('#hdr-quarter .kpi-value')).toBe('Q1 / 20');
      expect(await p.textContent('#hdr-team')).toBe('Team Ada');
      await expectFits(p, ['#btn-end', '#hdr-runway', '#hdr-founders', '#btn-dashboard', '#btn-lang']);
      await p.evaluate(() => window.__sim.officeReady());

      // Team, by mouse: hire a product manager; the preview shows the cost before committing.
      await p.selectOption('#d-hire-role', 'productManager');
      await expect.poll(() => p.textContent('#d-hire-preview'), WAIT).toContain('$12,000');
      await p.click('#d-hire-commit');
      // A refused decision says why, in the player's language.
      await p.selectOption('#d-fire-role', 'dataScientist');
      await p.fill('#d-fire-count', '5');
      await p.click('#d-fire-commit');
      expect(await p.textContent('#d-fire-result')).toContain(T('只有 1 人', 'You have 1 × Data scientist'));

      // Market, by keyboard: open the group, add a market with Space, commit with Enter.
      await p.focus('#g-market-toggle');
      await p.keyboard.press('Enter');
      await p.focus('#d-setMarkets-markets-finance');
      await p.keyboard.press('Space');
      await expect.poll(() => p.textContent('#d-setMarkets-preview'), WAIT).toContain('$150,000');
      await p.focus('#d-setMarkets-commit');
      await p.keyboard.press('Enter');
      await p.focus('#d-setMarketing-budget');
      await p.keyboard.press('Control+A');
      await p.keyboard.type('20000');
      await p.keyboard.press('Enter');

      // Product & technology, by keyboard: rent more compute.
      await p.focus('#g-product-toggle');
      await p.keyboard.press('Space');
      await p.focus('#d-setComputeRent-units');
      await p.keyboard.press('Control+A');
      await p.keyboard.type('14');
      await p.keyboard.press('Enter');

      // Risk & compliance: the preview names the event whose odds the programme lowers.
      await p.click('#g-compliance-toggle');
      await p.check('#d-programme-encryption-on');
      await expect.poll(() => p.textContent('#d-programme-encryption-preview'), WAIT).toContain(T('数据泄露', 'breach'));
      await p.click('#d-programme-encryption-commit');

      // Funding: dilution = amount / (pre-money + amount) = 200k / 1.2M = 16.7%, decided at quarter end.
      await p.click('#g-funding-toggle');
      await expect.poll(() => p.textContent('#d-raiseRound-preview'), WAIT).toContain('16.7%');
      await p.click('#d-raiseRound-commit');
      expect(await p.locator('.quarter-decisions li').count()).toBe(6);
      await p.click('#btn-undo');
      expect(await p.locator('.quarter-decisions li').count()).toBe(5);
      await p.click('#d-raiseRound-commit');
      expect(await p.locator('.quarter-decisions li').count()).toBe(6);
      expect(await unnamedControls(p)).toEqual([]);
      await p.screenshot({ path: screenshotPath(`office-${lang}`) });

      // End the quarter: the round's answer is a card with the roll against the probability.
      let rollLine = '';
      const cards = await endQuarter(p, {
        keyboard: true,
        onCard: async () => {
          rollLine = (await p.textContent('.roll-line')) ?? '';
          await p.screenshot({ path: screenshotPath(`event-card-${lang}`) });
        },
        onReport: async () => { await p.screenshot({ path: screenshotPath(`report-${lang}`) }); },
      });
      expect(cards).toBeGreaterThanOrEqual(1);
      expect(await unnamedControls(p)).toEqual([]);
      expect(rollLine).toMatch(lang === 'zh' ? /掷骰 0\.\d{4}，概率 0\.\d{4}/ : /Roll 0\.\d{4} vs probability 0\.\d{4}/);
      expect(await p.textContent('#hdr-quarter .kpi-value')).toBe('Q2 / 20');
      expect(await p.locator('.quarter-decisions li').count()).toBe(0);

      await p.click('#btn-dashboard');
      await p.waitForSelector('#chart-cash svg');
      expect(await p.locator('#dashboard figure').count()).toBe(7);
      await p.screenshot({ path: screenshotPath(`dashboard-${lang}`) });
      await p.click('#btn-dashboard');

      // Switching language keeps the game exactly as it is.
      const before = await p.evaluate(() => window.__sim.hash());
      await p.click('#btn-lang');
      expect(await p.textContent('#hdr-cash .kpi-label')).toBe(T('Cash', '现金'));
      expect(await p.evaluate(() => window.__sim.hash())).toBe(before);
      expect(problems).toEqual([]);
      await p.context().close();
    });
  }

  it('offers every shipped scenario (the teaching ones extend classic) and a custom file that extends a case', async () => {
    const { p, problems } = await page();
    await openTitle(p, server.url + '?office=simple');
    await p.click('#lang-en');
    expect(await p.$$eval('.warn', (els) => els.map((e) => e.textContent ?? '').filter((t) => t.includes('.json')))).toEqual([]); // no shipped file refused
    for (const id of scenarioIds()) {
      const want = readScenario(id).scenario.title.en;
      expect(await p.textContent(`input[data-scenario="${id}"] + label`), id).toContain(want);
    }
    const custom = { extends: 'case-c-medical-2016', id: 'my-case-c', title: { zh: '我的案例 C', en: 'My case C' }, quarters: { v: 6, source: 'design: a short class' } };
    const [chooser] = await Promise.all([p.waitForEvent('filechooser'), p.click('#btn-scenario-file')]);
    await chooser.setFiles({ name: 'my-case-c.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(custom)) });
    await expect.poll(() => p.textContent('#title-message'), WAIT).toContain('My case C');
    await startGame(p, { lang: 'en', scenario: 'my-case-c', seed: '3' });
    // The browser resolved it as Node does: case C's start (USD 1.6M) with the custom change, the same first state.
    const node = loadScenario(JSON.stringify(custom), scenarioBases());
    if (!node.ok) throw new Error('custom scenario');
    expect(node.scenario.quarters.v).toBe(6);
    expect(await p.evaluate(() => window.__sim.state()?.cash)).toBe(1_600_000);
    expect(await p.evaluate(() => window.__sim.hash())).toBe(hashValue(initialState(node.scenario, '3')));
    expect(await p.textContent('.scenario-title')).toBe('My case C');
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('plays a whole game with the keyboard alone, then exports a run that replays in Node', async () => {
    const { p, problems } = await page(1920, 1080);
    // The simple office: this test is about the game's flow and keys; the scene is tested above.
    await openTitle(p, server.url + '?office=simple');
    const scenario = (await p.$('input[data-scenario="workshop-intro"]')) ? 'workshop-intro' : 'classic';
    await startGame(p, { lang: 'en', scenario, seed: '7' });
    await expectFits(p, ['#btn-end', '#hdr-runway']);
    let quarters = 0;
    while ((await p.evaluate(() => window.__sim.screen())) === 'game') {
      await endQuarter(p, { keyboard: true });
      quarters += 1;
      expect(quarters).toBeLessThanOrEqual(60);
    }
    await p.waitForSelector('#game-over');
    expect(await p.locator('#story li').count()).toBe(quarters);
    expect(await p.textContent('#outcome')).toMatch(/bankrupt|made it through/);
    await p.screenshot({ path: screenshotPath('game-over-en'), fullPage: false });
    await p.click('#over-lang');
    await expect.poll(() => p.textContent('#story-title'), WAIT).toBe('逐季回顾');
    await p.screenshot({ path: screenshotPath('game-over-zh'), fullPage: false });

    const file = await downloadText(p, () => p.click('#btn-export-replay'));
    expect(file.name).toMatch(/\.replay\.json$/);
    const imported = importReplay(file.text);
    if (!imported.ok) throw new Error(imported.error.message);
    const sc = readScenario(scenario); // through the loader's extends resolution, as the game loads it
    const r = replay(sc.scenario, '7', imported.replay.quarters.map((q) => q.d));
    if (!r.ok) throw new Error(r.code);
    expect(r.hashes[r.hashes.length - 1]).toBe(imported.replay.result.finalHash);
    expect(await p.evaluate(() => window.__sim.hash())).toBe(imported.replay.result.finalHash);

    // The share link opens the same finished run in a fresh profile, verified quarter by quarter, in the viewer.
    await p.click('#btn-share');
    const shared = (await p.inputValue('#share-text')).split('\n')[0]!;
    expect(shared).toMatch(/#replay=AIS2\./);
    const q = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    problems.push(...watchConsole(q));
    await q.goto(shared.replace(/\?office=simple/, ''));
    await q.waitForFunction(() => window.__sim?.screen() === 'replay');
    expect(await q.getAttribute('#replay-viewer', 'data-final-hash')).toBe(imported.replay.result.finalHash);
    await q.context().close();
    expect(problems).toEqual([]);
    await p.context().close();
  });
});
