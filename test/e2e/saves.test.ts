// Browser end-to-end for saves: reload mid-quarter and continue (open decisions kept and undoable),
// save, export and import a save file, a damaged save kept and exportable, storage disabled, and
// two tabs on one save that never overwrite each other.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadText, endQuarter, openTitle, startGame } from './helpers';

/** The simple office: these tests are about saves, text and hashes, not the animated scene. */
const SIMPLE = '?office=simple';
import { requireBrowser, watchConsole } from '../../tools/serve';
import { useGameAndBrowser } from './suite';

const hasBrowser = requireBrowser();
/** Polls get time to spare: two cores are shared with other test files. */
const WAIT = { timeout: 20_000 };

describe.skipIf(!hasBrowser)('browser game: saves', () => {
  const env = useGameAndBrowser();

  async function context(init?: string): Promise<{ ctx: BrowserContext; p: Page; problems: string[] }> {
    const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    if (init) await ctx.addInitScript(init);
    const p = await ctx.newPage();
    return { ctx, p, problems: watchConsole(p) };
  }

  const hash = (p: Page) => p.evaluate(() => window.__sim.hash());

  it('reloads mid-quarter and continues with the same company and the open plan undoable', async () => {
    const { ctx, p, problems } = await context();
    await openTitle(p, env.server.url + SIMPLE);
    await startGame(p, { lang: 'en', seed: 'reload-1' });
    await p.click('#d-hire-add');
    await endQuarter(p);
    await p.selectOption('#d-hire-role', 'softwareEngineer');
    await p.click('#d-hire-add');
    const before = await hash(p);
    await p.reload();
    await p.waitForFunction(() => window.__sim.screen() === 'title');
    await p.click('.slot button.primary');
    await p.waitForFunction(() => window.__sim.screen() === 'game');
    expect(await hash(p)).toBe(before);
    expect(await p.textContent('#hdr-quarter .kpi-value')).toBe('Q2 / 20');
    expect(await p.locator('.quarter-decisions li').count()).toBe(1);
    expect(await p.textContent('.quarter-decisions li')).toContain('Software engineer');
    await p.click('#btn-undo');
    expect(await p.locator('.quarter-decisions li').count()).toBe(0);
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('saves, exports the save file and opens it in a fresh browser profile', async () => {
    const a = await context();
    await openTitle(a.p, env.server.url + SIMPLE);
    await startGame(a.p, { lang: 'zh', seed: 'save-2', team: '第三组' });
    await a.p.click('#d-hire-add');
    await endQuarter(a.p);
    await a.p.click('#btn-save');
    await expect.poll(() => a.p.textContent('.notices'), WAIT).toContain('已保存');
    const h = await hash(a.p);
    await a.p.click('#btn-menu');
    const file = await downloadText(a.p, () => a.p.click('.slot button:not(.primary)'));
    expect(file.text).toContain('"format":"ai-startup-sim/save"');
    await a.ctx.close();

    const b = await context();
    await openTitle(b.p, env.server.url + SIMPLE);
    expect(await b.p.locator('.slot').count()).toBe(0);
    const [chooser] = await Promise.all([b.p.waitForEvent('filechooser'), b.p.click('#btn-import-save')]);
    await chooser.setFiles({ name: 'save.json', mimeType: 'application/json', buffer: Buffer.from(file.text) });
    await b.p.waitForFunction(() => window.__sim.screen() === 'game');
    expect(await hash(b.p)).toBe(h);
    expect(await b.p.textContent('#hdr-team')).toBe('第三组');
    expect([...a.problems, ...b.problems]).toEqual([]);
    await b.ctx.close();
  });

  it('keeps a damaged save, says so, and offers its raw text', async () => {
    const raw = '{"format":"ai-startup-sim/save","formatVersion":1, "log": [[{"type":"hire"';
    const init = `if (!sessionStorage.getItem('seeded')) { localStorage.setItem('aiss.save.broken-1', ${JSON.stringify(raw)}); sessionStorage.setItem('seeded', '1'); }`;
    const { ctx, p, problems } = await context(init);
    await openTitle(p, env.server.url + SIMPLE);
    await p.click('#lang-en');
    expect(await p.textContent('.slot.damaged')).toContain('cannot be read');
    expect(await p.textContent('.slot.damaged')).toContain('line 1, column 75 (at $.log[0][0]): file ends early');
    // In Chinese the reason is Chinese down to the reader's detail: place and refusal, no English words.
    await p.click('#lang-zh');
    const zh = (await p.textContent('.slot.damaged')) ?? '';
    expect(zh).toContain('第 1 行第 75 列（$.log[0][0] 处）：文件提前结束：应为对象成员后面的“,”或“}”');
    expect(
      zh
        .replace(/\$[^\s，：（）]*/g, '')
        .replace(/JSON/g, '')
        .match(/[A-Za-z]{2,}/g),
    ).toBeNull();
    await p.click('#lang-en');
    const file = await downloadText(p, () => p.click('#slot-export-broken-1'));
    expect(file.text).toBe(raw);
    await startGame(p, { lang: 'en', seed: 'x' });
    await endQuarter(p);
    expect(await p.evaluate(() => localStorage.getItem('aiss.save.broken-1'))).toBe(raw);
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('stays playable with storage disabled and says autosave is off', async () => {
    const init = `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });`;
    const { ctx, p, problems } = await context(init);
    await openTitle(p, env.server.url + SIMPLE);
    await p.click('#lang-en');
    expect(await p.textContent('#title')).toContain('does not allow saving');
    await startGame(p, { lang: 'en', seed: 'nostore' });
    await expect.poll(() => p.textContent('.notices'), WAIT).toContain('autosave is off');
    await p.click('#d-hire-add');
    await endQuarter(p);
    expect(await p.textContent('#hdr-quarter .kpi-value')).toBe('Q2 / 20');
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('never lets two tabs silently overwrite each other', async () => {
    const { ctx, p: a, problems } = await context();
    await openTitle(a, env.server.url + SIMPLE);
    await startGame(a, { lang: 'en', seed: 'tabs' });
    await a.click('#btn-menu');
    const b = await ctx.newPage();
    const problemsB = watchConsole(b);
    await openTitle(b, env.server.url + SIMPLE);
    await a.click('.slot button.primary');
    await b.click('.slot button.primary');
    await a.waitForFunction(() => window.__sim.screen() === 'game');
    await b.waitForFunction(() => window.__sim.screen() === 'game');
    await a.click('#d-hire-add');
    const plan = (x: Page) => x.textContent('#plan-list');
    const aPlan = await plan(a);
    await expect.poll(() => b.textContent('.notices'), WAIT).toContain('Another tab');
    await b.selectOption('#d-hire-role', 'marketing');
    await b.click('#d-hire-add');
    await expect.poll(() => b.textContent('.notices'), WAIT).toContain('new slot');
    const saves = await a.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('aiss.save.'))
        .map((k) => localStorage.getItem(k)!),
    );
    expect(saves).toHaveLength(2);
    // Tab b was opened last, so a is in the background, where Chromium throttles its animation
    // frames and every click waits about 2 s for them: bring it to the front, as a player would.
    await a.bringToFront();
    await a.click('#btn-menu');
    const plans: string[] = [];
    for (const which of [0, 1]) {
      await a.locator('.slot button.primary').nth(which).click();
      await a.waitForFunction(() => window.__sim.screen() === 'game');
      plans.push((await plan(a))!);
      await a.click('#btn-menu');
    }
    // Each tab's plan (kept in its save as the open quarter's decisions) is in its own slot.
    expect(plans).toContain(aPlan);
    expect(new Set(plans).size).toBe(2);
    expect([...problems, ...problemsB]).toEqual([]);
    await ctx.close();
  });
});
