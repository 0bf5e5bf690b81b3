// Browser end-to-end on a phone (390×844): a quarter played in each language with the guide on,
// checking that nothing overlaps (bounding boxes of the header's figures and buttons, the office
// strip, its view switch, the guide, the decision groups and the plan), the report's tables and the
// dashboard stay inside the window, and no console errors. Screenshots go to test-output/screenshots/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { endQuarter, openTitle, startGame } from './helpers';
import { requireBrowser, screenshotPath, watchConsole } from '../../tools/serve';
import { useGameAndBrowser } from './suite';

const hasBrowser = requireBrowser();
const WAIT = { timeout: 20_000 };

/** Pairs of visible elements (neither inside the other) whose boxes intersect by more than 1 px. */
async function overlaps(p: Page, selectors: string[]): Promise<string[]> {
  return p.evaluate((sels) => {
    const els: { name: string; el: Element; r: DOMRect }[] = [];
    for (const s of sels) {
      document.querySelectorAll(s).forEach((el, i) => {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) els.push({ name: `${s}[${i}]`, el, r });
      });
    }
    const out: string[] = [];
    for (let i = 0; i < els.length; i++) {
      for (let j = i + 1; j < els.length; j++) {
        const a = els[i]!,
          b = els[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && h > 1) out.push(`${a.name} × ${b.name}`);
      }
    }
    return out;
  }, selectors);
}

/** Visible elements reaching past the window's right edge (or left of it). */
async function outside(p: Page, selector: string): Promise<string[]> {
  return p.evaluate(
    (sel) =>
      [...document.querySelectorAll(sel)].flatMap((el, i) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < -0.5 || r.right > window.innerWidth + 0.5)
          ? [`${sel}[${i}] ${Math.round(r.left)}..${Math.round(r.right)}`]
          : [];
      }),
    selector,
  );
}

const GAME = [
  '.game-header .title-block',
  '.kpi',
  '.header-buttons button',
  '#office',
  '#btn-office-mode',
  '#coach',
  '.group',
  '#quarter-bar',
  '.card',
];

describe.skipIf(!hasBrowser)('browser game: phone 390×844', () => {
  const env = useGameAndBrowser();

  for (const lang of ['en', 'zh'] as const) {
    it(`plays a quarter in ${lang} in one column with nothing overlapping`, async () => {
      const ctx = await env.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const p = await ctx.newPage();
      const problems = watchConsole(p);
      await openTitle(p, env.server.url);
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await startGame(p, { lang, seed: '42' });
      await p.evaluate(() => window.__sim.officeReady());
      await p.waitForSelector('#coach');
      // One column: the office spans the width above the decisions.
      const office = (await p.locator('#office').boundingBox())!;
      const panel = (await p.locator('#panel').boundingBox())!;
      expect(office.width).toBeGreaterThanOrEqual(380);
      expect(panel.width).toBeGreaterThanOrEqual(380);
      expect(panel.y).toBeGreaterThanOrEqual(office.y + office.height - 1);
      // The guide is readable: full width, not a word a line.
      expect((await p.locator('#coach').boundingBox())!.width).toBeGreaterThanOrEqual(340);
      expect(await overlaps(p, GAME)).toEqual([]);
      expect(await outside(p, GAME.join(', '))).toEqual([]);
      await p.screenshot({ path: screenshotPath(`phone-guide-${lang}`), fullPage: true });
      await p.click('#coach-skip');

      // A hire added and a programme ticked: both in the plan, full width.
      await p.click('#d-hire-add');
      await p.click('#g-compliance-toggle');
      await p.check('#d-programme-audit-on');
      expect(await p.locator('.quarter-decisions li').count()).toBe(2);
      expect(await overlaps(p, [...GAME, '.quarter-decisions li', '#btn-end'])).toEqual([]);
      expect(await outside(p, '.card, #quarter-bar, #btn-end, .quarter-decisions li')).toEqual([]);
      await p.screenshot({ path: screenshotPath(`phone-plan-${lang}`), fullPage: true });

      await endQuarter(p, {
        onReport: async () => {
          expect(await overlaps(p, ['.report-cols > *', '.report .rolled', '#report-continue'])).toEqual([]);
          expect(await outside(p, '.report-table, .report .flow, #report-continue')).toEqual([]);
          await p.screenshot({ path: screenshotPath(`phone-report-${lang}`) });
        },
      });
      expect(await p.evaluate(() => (window.__sim.state() as unknown as { policy: { programmes: string[] } }).policy.programmes)).toContain(
        'audit',
      );
      expect(await overlaps(p, GAME)).toEqual([]);

      await p.click('#btn-dashboard');
      await p.waitForSelector('#chart-cash svg');
      expect(await outside(p, '#dashboard figure, #dashboard svg')).toEqual([]);
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await p.screenshot({ path: screenshotPath(`phone-dashboard-${lang}`), fullPage: true });
      await expect.poll(() => problems, WAIT).toEqual([]);
      await ctx.close();
    });
  }
});
