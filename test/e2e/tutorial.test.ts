// Browser end-to-end: the guided first quarter. A fresh profile is coached through its first quarter
// by doing each step (hire, market focus, a compliance programme, ending the quarter, the first
// event card), sees the guide finish and never again after a reload; another skips it with Escape at
// step 1 and gets it back only through the title's checkbox. Screenshots: tutorial-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openTitle, startGame } from './helpers';
import { requireBrowser, screenshotPath, watchConsole } from '../../tools/serve';
import { useGameAndBrowser } from './suite';

const hasBrowser = requireBrowser();
const WAIT = { timeout: 20_000 };

/** Whether a visible highlight ring goes around the element (the part of it its panel shows). */
async function ringedBy(p: Page, selector: string): Promise<boolean> {
  return p.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const c = el.parentElement?.closest('.panel-host, .modal, .quarter-bar')?.getBoundingClientRect() ?? {
      left: 0,
      top: 0,
      right: innerWidth,
      bottom: innerHeight,
    };
    const t = {
      left: Math.max(r.left, c.left),
      top: Math.max(r.top, c.top),
      right: Math.min(r.right, c.right),
      bottom: Math.min(r.bottom, c.bottom),
    };
    if (t.bottom - t.top < 10) return false;
    return [...document.querySelectorAll<HTMLElement>('.coach-ring:not([hidden])')].some((ring) => {
      const b = ring.getBoundingClientRect();
      return b.left <= t.left + 1 && b.right >= t.right - 1 && b.top <= t.top + 1 && b.bottom >= t.bottom - 1;
    });
  }, selector);
}

const step = (p: Page) => p.getAttribute('#coach', 'data-step');
const tutorialState = (p: Page) => p.evaluate(() => document.getElementById('game')?.dataset.tutorial ?? null);

describe.skipIf(!hasBrowser)('browser game: the guided first quarter', () => {
  const env = useGameAndBrowser();

  it('coaches a new player through the first quarter by doing it, then never again', async () => {
    const p = await (await env.browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    const problems = watchConsole(p);
    await openTitle(p, env.server.url);
    await p.click('#lang-en');
    expect(await p.isChecked('#tutorial-again')).toBe(true);
    await startGame(p, { lang: 'en', seed: '42' });
    await p.waitForSelector('#coach');

    // Step 1: cash and runway, ringed in the header; focus is in the coach; the step is announced.
    expect(await step(p)).toBe('cash');
    expect(await p.evaluate(() => document.activeElement?.closest('#coach') !== null)).toBe(true);
    expect(await p.textContent('#coach-live')).toContain('Step 1 of 7');
    await expect.poll(() => ringedBy(p, '#hdr-runway'), WAIT).toBe(true);
    await expect.poll(() => p.textContent('.coach-ring-label:not([hidden])'), WAIT).toContain('Cash & runway');
    await p.click('#coach-next');
    expect(await step(p)).toBe('groups');
    await p.click('#coach-back');
    expect(await step(p)).toBe('cash');
    await p.keyboard.press('Enter'); // focus stays on the coach's buttons: Enter goes on
    await expect.poll(() => step(p), WAIT).toBe('groups');
    await expect.poll(() => ringedBy(p, '#panel'), WAIT).toBe(true);
    await p.click('#coach-next');

    // Hire: the Hire card is ringed; its preview shows the cost and runway before it joins the plan.
    expect(await step(p)).toBe('hire');
    await p.evaluate(() => window.__sim.officeReady());
    await expect.poll(() => ringedBy(p, '#d-hire'), WAIT).toBe(true);
    await p.selectOption('#d-hire-role', 'productManager');
    await expect.poll(() => p.textContent('#d-hire-preview'), WAIT).toContain('Runway');
    await p.screenshot({ path: screenshotPath('tutorial-hire-en') });
    await p.click('#btn-lang');
    await expect.poll(() => p.textContent('#coach-title'), WAIT).toBe('招一个人');
    await p.screenshot({ path: screenshotPath('tutorial-hire-zh') });
    await p.click('#btn-lang');
    await p.click('#d-hire-add');

    // Market focus: open the group (the ring moves from its toggle to the card), switch market (a changed setting joins the plan).
    // The panel stays where the player was working; a label says where the next step is.
    await expect.poll(() => step(p), WAIT).toBe('market');
    expect(await ringedBy(p, '#g-market-toggle')).toBe(false);
    await expect.poll(() => p.textContent('.coach-ring-label:not([hidden])'), WAIT).toContain('Market focus: scroll down');
    await p.click('#g-market-toggle');
    await expect.poll(() => ringedBy(p, '#d-setMarkets'), WAIT).toBe(true);
    await p.uncheck('#d-setMarkets-markets-retail');
    await p.check('#d-setMarkets-markets-finance');
    expect(await p.textContent('.quarter-decisions li:last-child')).toContain('Finance');
    expect(await p.textContent('.quarter-decisions li:last-child')).not.toContain('Retail');

    // A compliance programme: the card names the event whose odds it lowers.
    await expect.poll(() => step(p), WAIT).toBe('programme');
    await p.click('#g-compliance-toggle');
    await p.check('#d-programme-audit-on');
    await expect.poll(() => p.textContent('#d-programme-audit-preview'), WAIT).toContain('▼');

    // End the quarter. The guide never blocks: a decision it did not ask for (a funding round, whose
    // answer is always a card) is made first.
    await expect.poll(() => step(p), WAIT).toBe('end');
    await expect.poll(() => ringedBy(p, '#btn-end'), WAIT).toBe(true);
    expect(await p.isDisabled('#coach-next')).toBe(true);
    await p.click('#g-funding-toggle');
    await p.click('#d-raiseRound-add');
    expect(await step(p)).toBe('end');
    await p.click('#btn-end');

    // The first event card: the coach sits in the card and rings the roll and the factors.
    await p.waitForSelector('.modal.cards #coach');
    expect(await step(p)).toBe('card');
    await expect.poll(() => ringedBy(p, '.modal.cards .roll'), WAIT).toBe(true);
    await expect.poll(() => ringedBy(p, '.modal.cards .why'), WAIT).toBe(true);
    expect(await p.textContent('#coach-live')).toContain('Step 7 of 7');
    await p.screenshot({ path: screenshotPath('tutorial-card-en') });
    await p.click('#card-lang');
    await expect.poll(() => p.textContent('#coach-title'), WAIT).toBe('读懂事件卡片');
    await p.screenshot({ path: screenshotPath('tutorial-card-zh') });
    await p.click('#card-lang');
    await p.click('#card-next');

    // Finished: no coach, no rings, announced, remembered.
    expect(await p.$('#coach')).toBeNull();
    expect(await p.locator('.coach-ring').count()).toBe(0);
    expect(await tutorialState(p)).toBe('done');
    expect(await p.textContent('#coach-live')).toContain('finished');
    while (await p.$('#card-next')) await p.click('#card-next');
    await p.click('#report-continue');
    expect(await p.textContent('#hdr-quarter .kpi-value')).toBe('Q2 / 20');

    // A reload is a returning player: the title's box is clear and a new game has no guide.
    await p.reload();
    await p.waitForFunction(() => window.__sim?.screen() === 'title');
    expect(await p.isChecked('#tutorial-again')).toBe(false);
    await startGame(p, { lang: 'en', seed: '43' });
    expect(await tutorialState(p)).toBeNull();
    expect(await p.$('#coach')).toBeNull();
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('loading late, after the first quarter has ended, neither takes the keys from its cards nor starts', async () => {
    const p = await (await env.browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    const problems = watchConsole(p);
    // The guide's code arrives only when the test lets it (a busy machine, a slow network).
    let release = () => undefined as void;
    const held = new Promise<void>((ok) => (release = ok));
    let asked = false;
    await p.route('**/assets/tutorial-*.js', async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await openTitle(p, env.server.url + '?office=simple');
    await startGame(p, { lang: 'en', seed: '42' });
    await expect.poll(() => asked, WAIT).toBe(true);
    expect(await tutorialState(p)).toBe('loading');
    await p.click('#g-funding-toggle');
    await p.click('#d-raiseRound-add'); // a round's answer is always a card
    await p.click('#btn-end');
    await p.waitForSelector('#card-next');
    release();
    await expect.poll(() => tutorialState(p), WAIT).not.toBe('loading');
    // One Escape skips the cards, wherever the late guide might have put focus.
    await p.keyboard.press('Escape');
    await p.waitForSelector('#report-continue', { timeout: 3000 });
    await p.click('#report-continue');
    expect(await p.textContent('#hdr-quarter .kpi-value')).toBe('Q2 / 20');
    expect(await p.$('#coach')).toBeNull();
    // Still wanted: the next first quarter has it.
    await p.click('#btn-menu');
    expect(await p.isChecked('#tutorial-again')).toBe(true);
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('is skipped with Escape at step 1 and comes back only through the title checkbox', async () => {
    const p = await (await env.browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    const problems = watchConsole(p);
    await openTitle(p, env.server.url + '?office=simple');
    await startGame(p, { lang: 'zh', seed: '7' });
    await p.waitForSelector('#coach');
    expect(await step(p)).toBe('cash');
    expect(await p.textContent('#coach-next')).toBe('下一步 ▸');
    await p.keyboard.press('Escape');
    expect(await p.$('#coach')).toBeNull();
    expect(await tutorialState(p)).toBe('skipped');
    expect(await p.textContent('#coach-live')).toContain('已跳过新手引导');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('btn-end');

    // It does not come back on the next game...
    await p.click('#btn-menu');
    expect(await p.isChecked('#tutorial-again')).toBe(false);
    await startGame(p, { lang: 'zh', seed: '8' });
    expect(await tutorialState(p)).toBeNull();

    // ...until the player asks for it; a scenario that locks a group skips that group's step.
    await p.click('#btn-menu');
    await p.check('#tutorial-again');
    await startGame(p, { lang: 'en', scenario: 'workshop-intro', seed: '9' });
    await p.waitForSelector('#coach');
    expect(await p.textContent('.coach-kicker')).toContain('Step 1 of 6');
    // Hiring straight away moves the guide past the steps before it; the locked compliance step is
    // not there (market focus is followed by ending the quarter).
    await p.click('#d-hire-add');
    await expect.poll(() => step(p), WAIT).toBe('market');
    expect(await p.textContent('.coach-kicker')).toContain('Step 4 of 6');
    await p.click('#coach-next');
    expect(await step(p)).toBe('end');
    expect(problems).toEqual([]);
    await p.context().close();
  });
});
