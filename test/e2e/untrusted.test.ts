// Untrusted text in the browser: a custom scenario, a broken scenario, a team name carried by a
// save and a pasted replay, all holding `<img src=x onerror=...>`, are shown literally and run nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadText, endQuarter, expectFits, openTitle, startGame, XSS } from './helpers';

/** The simple office: these tests are about saves, text and hashes, not the animated scene. */
const SIMPLE = '?office=simple';
import { requireBrowser, ROOT, watchConsole } from '../../tools/serve';
import { useGameAndBrowser } from './suite';

const hasBrowser = requireBrowser();
/** Polls get time to spare: two cores are shared with other test files. */
const WAIT = { timeout: 20_000 };

async function pick(p: Page, button: string, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([p.waitForEvent('filechooser'), p.click(button)]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function expectInert(p: Page): Promise<void> {
  const r = await p.evaluate(() => ({ xss: window.__xss, imgs: document.querySelectorAll('img[src="x"]').length }));
  expect(r).toEqual({ xss: undefined, imgs: 0 });
}

describe.skipIf(!hasBrowser)('browser game: untrusted text', () => {
  const env = useGameAndBrowser();

  it("shows a custom scenario's hostile title and brief as text, and a broken one's problems as text", async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const p = await ctx.newPage();
    const problems = watchConsole(p);
    await openTitle(p, env.server.url + SIMPLE);
    await p.click('#lang-en');
    const sc = JSON.parse(readFileSync(join(ROOT, 'scenarios/classic.json'), 'utf8'));
    sc.id = 'hostile';
    sc.title = { zh: `${XSS} 中文`, en: `${XSS} title` };
    sc.brief = { zh: XSS, en: `${XSS} brief` };
    sc.events[0].title = { zh: XSS, en: XSS };
    await pick(p, '#btn-scenario-file', 'hostile.json', JSON.stringify(sc));
    await expect.poll(() => p.textContent('#title-message'), WAIT).toContain(`${XSS} title`);
    expect(await p.textContent('input[data-scenario="hostile"] + label .sc-brief')).toBe(`${XSS} brief`);
    await expectInert(p);

    await pick(p, '#btn-scenario-file', `${XSS}.json`, JSON.stringify({ formatVersion: 1, [XSS]: 1 }));
    await p.waitForSelector('#scenario-problems');
    expect(await p.textContent('#scenario-problems')).toContain(XSS);
    // In Chinese the problems are Chinese, detail included: what is missing, what is unknown.
    await p.click('#lang-zh');
    await pick(p, '#btn-scenario-file', 'broken.json', JSON.stringify({ formatVersion: 1, [XSS]: 1 }));
    await expect.poll(() => p.textContent('#scenario-problems'), WAIT).toContain('缺少这个必填字段；请添加');
    const zh = (await p.textContent('#scenario-problems')) ?? '';
    expect(zh).toContain(`未知的键 "${XSS}"`);
    expect(zh).not.toMatch(/required field|unknown key/);
    await p.click('#lang-en');

    await p.check('input[data-scenario="hostile"]');
    await p.fill('#seed', '3');
    await p.click('#btn-start');
    await p.waitForFunction(() => window.__sim.screen() === 'game');
    expect(await p.textContent('.scenario-title')).toBe(`${XSS} title`);
    await endQuarter(p);
    await expectInert(p);
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('keeps a 4,000-character scenario title inside the window on the title, game and report screens', async () => {
    for (const [width, height] of [
      [1280, 720],
      [390, 844],
    ] as const) {
      const ctx = await env.browser.newContext({ viewport: { width, height } });
      const p = await ctx.newPage();
      const problems = watchConsole(p);
      await openTitle(p, env.server.url + SIMPLE);
      await p.click('#lang-en');
      const sc = JSON.parse(readFileSync(join(ROOT, 'scenarios/classic.json'), 'utf8'));
      sc.id = 'long-title';
      sc.title = { zh: '长'.repeat(4000), en: 'W'.repeat(4000) };
      await pick(p, '#btn-scenario-file', 'long.json', JSON.stringify(sc));
      await p.waitForSelector('input[data-scenario="long-title"]');
      const wide = () => p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await wide()).toBeLessThanOrEqual(0);
      await p.check('input[data-scenario="long-title"]');
      expect(await wide()).toBeLessThanOrEqual(0);
      await p.fill('#seed', '3');
      await p.click('#btn-start');
      await p.waitForFunction(() => window.__sim.screen() === 'game');
      if (width > 600) await expectFits(p, ['#btn-end', '#hdr-runway']);
      await p.click('#btn-lang');
      expect(await wide()).toBeLessThanOrEqual(0);
      await endQuarter(p, {
        onReport: async () => {
          expect(await wide()).toBeLessThanOrEqual(0);
        },
      });
      expect(await wide()).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      await ctx.close();
    }
  });

  it('shows a hostile team name from a save file and from a pasted replay as text', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const p = await ctx.newPage();
    const problems = watchConsole(p);
    await openTitle(p, env.server.url + SIMPLE);
    await startGame(p, { lang: 'en', seed: '5', team: XSS });
    expect(await p.textContent('#hdr-team')).toBe(XSS);
    await endQuarter(p);
    const replayText = await p.evaluate(() => window.__sim.exportReplay());
    await p.click('#btn-menu');
    expect(await p.textContent('.slot .team')).toContain(XSS);
    const save = await downloadText(p, () => p.click('.slot button:not(.primary)'));
    expect(save.text).toContain('onerror');

    const fresh = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const q = await fresh.newPage();
    problems.push(...watchConsole(q));
    await openTitle(q, env.server.url + SIMPLE);
    await pick(q, '#btn-import-save', 'save.json', save.text);
    await q.waitForFunction(() => window.__sim.screen() === 'game');
    expect(await q.textContent('#hdr-team')).toBe(XSS);
    await expectInert(q);
    await q.click('#btn-menu');
    await q.click('#btn-replay');
    await q.fill('#replay-text', replayText!);
    await q.click('#replay-load');
    await q.waitForFunction(() => window.__sim.screen() === 'game');
    expect(await q.textContent('#hdr-team')).toBe(XSS);
    expect(await q.textContent('#hdr-quarter .kpi-value')).toBe('Q2 / 20');
    await expectInert(q);
    await expectInert(p);
    expect(problems).toEqual([]);
    await fresh.close();
    await ctx.close();
  });
});
