// Browser end-to-end: a new game in each language with decisions of every group made through the
// UI (mouse and keyboard), a refused decision explained, undo, event cards, report, dashboard and a
// language switch mid-game; then a whole game played with the keyboard alone to the game-over
// screen and its exported run checked in Node. Screenshots go to test-output/screenshots/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readScenario, scenarioBases, scenarioIds } from '../../src/cli/scenarios';
import { hashState, loadScenario, initialState, replay } from '../../src/engine/index';
import { importReplay } from '../../src/replay/import';
import { downloadText, endQuarter, expectFits, openTitle, startGame, unnamedControls } from './helpers';
import { requireBrowser, screenshotPath, watchConsole } from '../../tools/serve';
import { useGameAndBrowser } from './suite';

const hasBrowser = requireBrowser();
/** Polls get time to spare: two cores are shared with other test files. */
const WAIT = { timeout: 20_000 };

describe.skipIf(!hasBrowser)('browser game: play', () => {
  const env = useGameAndBrowser();

  async function page(width = 1280, height = 720): Promise<{ p: Page; problems: string[] }> {
    const ctx = await env.browser.newContext({ viewport: { width, height } });
    const p = await ctx.newPage();
    return { p, problems: watchConsole(p) };
  }

  for (const lang of ['zh', 'en'] as const) {
    it(`plays a quarter in ${lang}: every decision group, a refusal, undo, cards, report, dashboard`, async () => {
      const { p, problems } = await page();
      const T = (zh: string, en: string) => (lang === 'zh' ? zh : en);
      await openTitle(p, env.server.url);
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

      // Team, by mouse: hire a product manager; the preview shows the cost before it joins the plan.
      await p.selectOption('#d-hire-role', 'productManager');
      await expect.poll(() => p.textContent('#d-hire-preview'), WAIT).toContain(T('1.2 万美元', '$12,000'));
      await p.click('#d-hire-add');
      // A refused decision says why, in the player's language, and cannot join the plan.
      await p.selectOption('#d-fire-role', 'dataScientist');
      await p.fill('#d-fire-count', '5');
      await expect.poll(() => p.textContent('#d-fire-preview'), WAIT).toContain(T('只有 1 人', 'You have 1 × Data scientist'));
      expect(await p.isDisabled('#d-fire-add')).toBe(true);

      // Market, by keyboard: open the group, add a market with Space: a changed setting is in the plan.
      await p.focus('#g-market-toggle');
      await p.keyboard.press('Enter');
      await p.focus('#d-setMarkets-markets-finance');
      await p.keyboard.press('Space');
      await expect.poll(() => p.textContent('#d-setMarkets-preview'), WAIT).toContain(T('15 万美元', '$150,000'));
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
      await p.keyboard.press('Tab');

      // Risk & compliance: the preview names the event whose odds the programme lowers; ticking is enough.
      await p.click('#g-compliance-toggle');
      await p.check('#d-programme-encryption-on');
      await expect.poll(() => p.textContent('#d-programme-encryption-preview'), WAIT).toContain(T('数据泄露', 'breach'));
      expect(await p.isVisible('#d-programme-encryption-planned')).toBe(true);

      // Funding: dilution = amount / (pre-money + amount) = 200k / 1.2M = 16.7%, decided at quarter end.
      await p.click('#g-funding-toggle');
      await expect.poll(() => p.textContent('#d-raiseRound-preview'), WAIT).toContain('16.7%');
      await p.click('#d-raiseRound-add');
      expect(await p.locator('.quarter-decisions li').count()).toBe(6);
      // The plan's cost and the runway after it, computed by the engine.
      expect(await p.textContent('#plan-runway')).toMatch(lang === 'zh' ? /执行后现金跑道 \d+ 个季度/ : /runway after: \d+ quarters/);
      // Undo and redo by keys from outside a text field, and by the buttons.
      await p.click('#qd-title');
      await p.keyboard.press('Control+Z');
      expect(await p.locator('.quarter-decisions li').count()).toBe(5);
      await p.keyboard.press('Control+Shift+Z');
      expect(await p.locator('.quarter-decisions li').count()).toBe(6);
      await p.click('#btn-undo');
      expect(await p.locator('.quarter-decisions li').count()).toBe(5);
      await p.click('#btn-redo');
      expect(await p.locator('.quarter-decisions li').count()).toBe(6);
      // Nothing is dispatched until the quarter ends.
      expect(
        await p.evaluate(() => (window.__sim.state() as unknown as { policy: { programmes: string[] } }).policy.programmes),
      ).not.toContain('encryption');
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
        onReport: async () => {
          await p.screenshot({ path: screenshotPath(`report-${lang}`) });
        },
      });
      expect(cards).toBeGreaterThanOrEqual(1);
      expect(await unnamedControls(p)).toEqual([]);
      expect(rollLine).toMatch(lang === 'zh' ? /掷骰 0\.\d{4}，概率 0\.\d{4}/ : /Roll 0\.\d{4} vs probability 0\.\d{4}/);
      expect(await p.textContent('#hdr-quarter .kpi-value')).toBe('Q2 / 20');
      expect(await p.locator('.quarter-decisions li').count()).toBe(0);
      // Every change in the plan was applied: the ticked box, the typed budgets, the hire.
      const applied = await p.evaluate(() => {
        const s = window.__sim.state() as unknown as {
          policy: { programmes: string[]; markets: string[]; computeRent: number; marketing: { ads: number } };
          staff: Record<string, number>;
          arriving: { role: string }[];
        };
        return {
          programmes: s.policy.programmes,
          markets: s.policy.markets,
          rent: s.policy.computeRent,
          ads: s.policy.marketing.ads,
          pm: s.staff.productManager! + s.arriving.filter((a) => a.role === 'productManager').length,
        };
      });
      expect(applied.programmes).toContain('encryption');
      expect(applied.markets).toContain('finance');
      expect(applied).toMatchObject({ rent: 14, ads: 20000 });
      expect(applied.pm).toBeGreaterThanOrEqual(1);
      // The report closed with Enter; one more Enter must not end the next quarter.
      await p.keyboard.press('Enter');
      await p.keyboard.press('Enter');
      expect(await p.evaluate(() => window.__sim.busy())).toBe(false);
      expect(await p.textContent('#hdr-quarter .kpi-value')).toBe('Q2 / 20');
      // Ending with an empty plan asks first; Enter keeps planning.
      await p.click('#btn-end');
      await p.waitForSelector('#btn-end-confirm');
      await p.keyboard.press('Enter');
      expect(await p.$('#btn-end-confirm')).toBeNull();
      expect(await p.textContent('#hdr-quarter .kpi-value')).toBe('Q2 / 20');

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
    await openTitle(p, env.server.url + '?office=simple');
    await p.click('#lang-en');
    expect(await p.$$eval('.warn', (els) => els.map((e) => e.textContent ?? '').filter((t) => t.includes('.json')))).toEqual([]); // no shipped file refused
    for (const id of scenarioIds()) {
      const want = readScenario(id).scenario.title.en;
      expect(await p.textContent(`input[data-scenario="${id}"] + label`), id).toContain(want);
    }
    const custom = {
      extends: 'case-c-medical-2016',
      id: 'my-case-c',
      title: { zh: '我的案例 C', en: 'My case C' },
      quarters: { v: 6, source: 'design: a short class' },
    };
    const [chooser] = await Promise.all([p.waitForEvent('filechooser'), p.click('#btn-scenario-file')]);
    await chooser.setFiles({ name: 'my-case-c.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(custom)) });
    await expect.poll(() => p.textContent('#title-message'), WAIT).toContain('My case C');
    await startGame(p, { lang: 'en', scenario: 'my-case-c', seed: '3' });
    // The browser resolved it as Node does: case C's start (USD 1.6M) with the custom change, the same first state.
    const node = loadScenario(JSON.stringify(custom), scenarioBases());
    if (!node.ok) throw new Error('custom scenario');
    expect(node.scenario.quarters.v).toBe(6);
    expect(await p.evaluate(() => window.__sim.state()?.cash)).toBe(1_600_000);
    expect(await p.evaluate(() => window.__sim.hash())).toBe(hashState(initialState(node.scenario, '3')));
    expect(await p.textContent('.scenario-title')).toBe('My case C');
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('asks before a plan that leaves under 2 quarters of runway, and a hire typed but not added is named', async () => {
    const { p, problems } = await page();
    await openTitle(p, env.server.url + '?office=simple');
    await startGame(p, { lang: 'en', seed: '11' });
    await p.waitForSelector('#coach'); // the guide (a chunk of its own) shows on a new profile; Escape skips it
    await p.keyboard.press('Escape');
    await p.waitForSelector('#coach', { state: 'detached' });
    await p.fill('#d-hire-count', '40');
    await p.click('#d-hire-add');
    await expect.poll(() => p.getAttribute('#plan-runway', 'class'), WAIT).toBe('warn');
    await p.fill('#d-fire-count', '1');
    await p.fill('#d-fire-count', '2');
    await p.click('#btn-end');
    await p.waitForSelector('#btn-end-confirm');
    const doubts = await p.textContent('#confirm-end');
    expect(doubts).toMatch(/cash lasts only \d quarters?/);
    expect(doubts).toContain('Changed but not added to the plan: Let go');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('btn-end-cancel');
    await p.keyboard.press('Escape');
    expect(await p.textContent('#hdr-quarter .kpi-value')).toBe('Q1 / 20');
    await endQuarter(p);
    expect(await p.textContent('#hdr-quarter .kpi-value')).toBe('Q2 / 20');
    expect(
      await p.evaluate(() =>
        (window.__sim.state() as unknown as { arriving: { count: number }[] }).arriving.reduce((n, a) => n + a.count, 0),
      ),
    ).toBe(40);
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('an open dialog keeps the keyboard when focus has left it: Escape, Tab, Enter, shortcuts', async () => {
    const { p, problems } = await page();
    await openTitle(p, env.server.url + '?office=simple');
    await startGame(p, { lang: 'en', seed: '11' });
    await p.waitForSelector('#coach'); // the guide listens on the document too
    const active = () => p.evaluate(() => document.activeElement?.id ?? '');
    const blur = () => p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const planned = () => p.locator('.quarter-decisions li').count();
    await p.click('#d-hire-add');
    await p.click('#g-funding-toggle');
    await p.click('#d-raiseRound-add'); // a round's answer is always a card
    await p.fill('#d-fire-count', '1');
    await p.fill('#d-fire-count', '2');
    expect(await planned()).toBe(2);
    await p.click('#btn-end');
    await p.waitForSelector('#btn-end-confirm');
    expect(await active()).toBe('btn-end-cancel');

    // Focus on the page's body (the element that had it was redrawn or blurred): keys still go to the dialog.
    await blur();
    await p.keyboard.press('Control+Z');
    expect(await planned()).toBe(2);
    await p.keyboard.press('Tab');
    expect(await active()).toBe('btn-end-cancel');
    await p.keyboard.press('Tab');
    expect(await active()).toBe('btn-end-confirm');
    await p.keyboard.press('Tab');
    expect(await active()).toBe('btn-end-cancel');
    // Focus on a control behind the dialog: Enter does not press it, and focus comes back to the dialog.
    await p.focus('#btn-undo');
    await p.keyboard.press('Enter');
    expect(await planned()).toBe(2);
    expect(await p.$('#btn-end-confirm')).not.toBeNull();
    expect(await active()).toBe('btn-end-cancel');
    await blur();
    await p.keyboard.press('Escape');
    expect(await p.$('#confirm-end')).toBeNull();
    expect(await active()).toBe('btn-end'); // back on the button that opened it
    expect(await p.evaluate(() => document.getElementById('game')?.dataset.tutorial)).toBe('on'); // the guide did not take the key
    expect(await p.textContent('#hdr-quarter .kpi-value')).toBe('Q1 / 20');

    // The cards and the report: Escape skips the cards and closes the report with focus outside them.
    await p.click('#btn-end');
    await p.click('#btn-end-confirm');
    await p.waitForSelector('#card-next');
    await blur();
    await p.keyboard.press('Escape');
    await p.waitForSelector('#report-continue', { timeout: 3000 });
    await blur();
    await p.keyboard.press('Escape');
    expect(await p.$('#report-continue')).toBeNull();
    expect(await p.textContent('#hdr-quarter .kpi-value')).toBe('Q2 / 20');
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('plays a whole game with the keyboard alone, then exports a run that replays in Node', async () => {
    const { p, problems } = await page(1920, 1080);
    // The simple office: this test is about the game's flow and keys; the scene is tested above.
    await openTitle(p, env.server.url + '?office=simple');
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
    const r = replay(
      sc.scenario,
      '7',
      imported.replay.quarters.map((q) => q.d),
    );
    if (!r.ok) throw new Error(r.code);
    expect(r.hashes[r.hashes.length - 1]).toBe(imported.replay.result.finalHash);
    expect(await p.evaluate(() => window.__sim.hash())).toBe(imported.replay.result.finalHash);

    // The share link opens the same finished run in a fresh profile, verified quarter by quarter, in the viewer.
    await p.click('#btn-share');
    // Copy puts only the link on the clipboard (it must paste into an address bar); the code has its own Copy.
    const shared = await p.inputValue('#share-link');
    expect(shared).toMatch(/^http\S*#replay=AIS2\.\S+$/);
    expect(await p.inputValue('#share-code')).toMatch(/^AIS2\.\S+$/);
    await p.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.server.url).origin });
    await p.click('#share-link-copy');
    await expect.poll(() => p.textContent('#share-status'), WAIT).toMatch(/^(Copied\.|已复制。)$/);
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(shared);
    const q = await (await env.browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    problems.push(...watchConsole(q));
    await q.goto(shared.replace(/\?office=simple/, ''));
    await q.waitForFunction(() => window.__sim?.screen() === 'replay');
    expect(await q.getAttribute('#replay-viewer', 'data-final-hash')).toBe(imported.replay.result.finalHash);
    await q.context().close();

    // Turning points: computed in a worker in under 2 s; each has a what-if that replays its quarter.
    await p.click('#share-close');
    await p.waitForSelector('#turning[aria-busy="false"]', WAIT);
    expect(Number(await p.getAttribute('#turning', 'data-ms'))).toBeLessThan(2000);
    const points = p.locator('#turning-list li');
    expect(await points.count()).toBeGreaterThan(0);
    expect(await points.count()).toBeLessThanOrEqual(3);
    const q0 = Number(await points.first().getAttribute('data-quarter'));
    await p.click(`#what-if-q${q0}`);
    await p.waitForFunction(() => window.__sim.screen() === 'game');
    expect(await p.textContent('#hdr-quarter .kpi-value')).toMatch(new RegExp(`^Q${q0 + 1} / `));
    expect(problems).toEqual([]);
    await p.context().close();
  });
});
