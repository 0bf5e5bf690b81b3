// Page-level steps shared by the browser tests: open the title, start a game through the form,
// end a quarter and get through its cards and report, read a download, check the layout fits.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

type Sim = {
  screen(): string;
  lang(): string;
  busy(): boolean;
  hash(): string | null;
  officeReady(): Promise<void>;
  state(): { quarter: number; status: string; cash: number } | null;
  dispatch(a: unknown): { ok: boolean };
  exportReplay(): string | null;
};
declare global {
  interface Window {
    __sim: Sim;
    __xss?: unknown;
  }
}

export async function openTitle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__sim?.screen() === 'title');
}

export async function startGame(page: Page, o: { lang: 'zh' | 'en'; scenario?: string; seed?: string; team?: string }): Promise<void> {
  await page.click(`#lang-${o.lang}`);
  await page.check(`input[data-scenario="${o.scenario ?? 'classic'}"]`);
  await page.fill('#seed', o.seed ?? '42');
  if (o.team !== undefined) await page.fill('#team', o.team);
  await page.click('#btn-start');
  await page.waitForFunction(() => window.__sim.screen() === 'game');
}

/** Waits for the quarter's cards (if any) and report; returns how many cards were shown. */
export async function throughQuarterEnd(
  page: Page,
  opts: { keyboard?: boolean; onCard?: () => Promise<void>; onReport?: () => Promise<void> } = {},
): Promise<number> {
  await page.waitForSelector('#card-next, #report-continue');
  let cards = 0;
  while (await page.$('#card-next')) {
    cards += 1;
    if (opts.onCard) {
      await opts.onCard();
      opts.onCard = undefined;
    }
    // Enter goes to the next card; Escape skips the rest (the open dialog takes the key wherever focus is).
    await page.keyboard.press(opts.keyboard ? 'Enter' : 'Escape');
    if (!opts.keyboard) break;
  }
  await page.waitForSelector('#report-continue');
  if (opts.onReport) await opts.onReport();
  if (opts.keyboard) await page.keyboard.press('Enter');
  else await page.click('#report-continue');
  await page.waitForFunction(() => !window.__sim.busy());
  return cards;
}

/** Presses End the quarter; when the game asks first (an empty plan, a short runway), answers
 *  "End the quarter anyway" the same way (keyboard or mouse). */
export async function endQuarter(page: Page, opts: Parameters<typeof throughQuarterEnd>[1] = {}): Promise<number> {
  if (opts.keyboard) {
    await page.focus('#btn-end');
    await page.keyboard.press('Enter');
  } else await page.click('#btn-end');
  await page.waitForSelector('#card-next, #report-continue, #btn-end-confirm');
  if (await page.$('#btn-end-confirm')) {
    if (opts.keyboard) {
      await page.focus('#btn-end-confirm');
      await page.keyboard.press('Enter');
    } else await page.click('#btn-end-confirm');
  }
  return throughQuarterEnd(page, opts);
}

export async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Nothing spills sideways and the named controls are fully on screen. */
export async function expectFits(page: Page, selectors: string[]): Promise<void> {
  const r = await page.evaluate((sels) => {
    const vw = window.innerWidth,
      vh = window.innerHeight;
    const off = sels.filter((s) => {
      const el = document.querySelector(s);
      if (!el) return true;
      const b = el.getBoundingClientRect();
      return b.width === 0 || b.left < 0 || b.top < 0 || b.right > vw + 0.5 || b.bottom > vh + 0.5;
    });
    return { overflow: document.documentElement.scrollWidth - vw, off };
  }, selectors);
  expect(r.overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
  expect(r.off, 'controls not fully visible').toEqual([]);
}

/** Every visible control has an accessible name: its text, aria-label, or a <label for>. */
export async function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, input, select, textarea, summary, [role="button"]')) {
      if (el.offsetParent === null || (el as HTMLInputElement).type === 'hidden' || el.getAttribute('aria-hidden') === 'true') continue;
      const byLabel = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent?.trim() : '';
      const name =
        el.getAttribute('aria-label') ||
        el.getAttribute('aria-labelledby') ||
        byLabel ||
        (el.tagName === 'BUTTON' || el.tagName === 'SUMMARY' ? el.textContent?.trim() : '');
      if (!name) out.push(el.outerHTML.slice(0, 120));
    }
    return out;
  });
}

export const XSS = '<img src=x onerror="window.__xss=1">';
