// Regenerates the README's screenshots (assets/screenshots/*.jpg; docs/screenshots.md lists them):
// builds the game with Vite into dist/, serves it with Vite's preview server and drives the system
// Chromium (src/cli/chromium.ts) through real games. The games are bots' decision logs computed in
// Node and dispatched through the page's test hook ((window as unknown as W).__sim), quarter by quarter, with the End
// button pressed as a player would, so what is pictured is a real run of the shipped scenario.
//   npm run screenshots            (build, then shoot)
//   npm run screenshots -- --no-build   (reuse dist/)
// Needs Chromium (CHROMIUM_PATH or chromium on PATH). Chromium writes the JPEGs itself (quality 80).
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BOTS, playBot } from '../src/engine/index';
import type { Action } from '../src/engine/index';
import { launchChromium } from '../src/cli/chromium';
import { readScenario } from '../src/cli/scenarios';
import { buildGame, ROOT, serveGame } from './serve';

const OUT = join(ROOT, 'assets', 'screenshots');
/** `--png DIR` also writes a PNG of each shot there (the repository keeps the small JPEGs). */
const PNG_COPY = process.argv.includes('--png')
  ? resolve(process.argv[process.argv.indexOf('--png') + 1] ?? 'test-output/screenshots-png')
  : null;
const SEED = '3'; // classic, seed 3: `focused` finishes all 20 quarters with 54 staff; `scattered` goes bankrupt in quarter 8
type Lang = 'zh' | 'en';
type Sim = {
  screen(): string;
  busy(): boolean;
  officeReady(): Promise<void>;
  dispatch(a: unknown): { ok: boolean };
  state(): { quarter: number; status: string } | null;
};
/** The page's test hook (src/ui/shared/test-hook.ts), typed here for this tool only. */
type W = { __sim: Sim };

const shots: string[] = [];

async function shoot(target: Page | ReturnType<Page['locator']>, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  if (PNG_COPY) mkdirSync(PNG_COPY, { recursive: true });
  const jpg = join(OUT, `${name}.jpg`);
  await target.screenshot({ path: jpg, type: 'jpeg', quality: 80 });
  if (PNG_COPY) await target.screenshot({ path: join(PNG_COPY, `${name}.png`) }); // for viewers that show PNG only
  shots.push(name);
  console.log(`${name}.jpg ${Math.round(statSync(jpg).size / 1024)} KB`);
}

async function newGame(
  browser: Browser,
  url: string,
  lang: Lang,
  o: { width?: number; height?: number; phone?: boolean } = {},
): Promise<{ ctx: BrowserContext; p: Page }> {
  const ctx = await browser.newContext({
    viewport: { width: o.width ?? 1280, height: o.height ?? 720 },
    isMobile: o.phone,
    hasTouch: o.phone,
    reducedMotion: 'reduce',
  });
  const p = await ctx.newPage();
  await p.goto(url);
  await p.waitForFunction(() => (window as unknown as W).__sim?.screen() === 'title');
  await p.click(`#lang-${lang}`);
  await p.check('input[data-scenario="classic"]');
  await p.fill('#seed', SEED);
  await p.click('#btn-start');
  await p.waitForFunction(() => (window as unknown as W).__sim.screen() === 'game');
  await p.evaluate(() => (window as unknown as W).__sim.officeReady());
  if (await p.$('#coach-skip')) await p.click('#coach-skip');
  return { ctx, p };
}

/** Presses End the quarter (confirming if asked) and gets through the cards and the report. */
async function endQuarter(p: Page): Promise<void> {
  await p.click('#btn-end');
  await p.waitForSelector('#card-next, #report-continue, #btn-end-confirm, #game-over');
  if (await p.$('#btn-end-confirm')) await p.click('#btn-end-confirm');
  await p.waitForSelector('#card-next, #report-continue, #game-over');
  if (await p.$('#card-next')) await p.keyboard.press('Escape');
  if (await p.waitForSelector('#report-continue, #game-over').then(() => p.$('#report-continue'))) await p.click('#report-continue');
  await p.waitForFunction(() => !(window as unknown as W).__sim.busy());
}

/** Plays the logged quarters from the page's current quarter up to (not including) quarter `until`
 *  (1-based, as the header shows it; the state's `quarter` counts from 0). */
async function playLog(p: Page, log: Action[][], until: number): Promise<void> {
  for (;;) {
    const q = await p.evaluate(() =>
      (window as unknown as W).__sim.screen() === 'game' ? ((window as unknown as W).__sim.state()?.quarter ?? 0) : -1,
    );
    if (q < 0 || q + 1 >= until) return;
    for (const a of log[q] ?? []) await p.evaluate((x) => (window as unknown as W).__sim.dispatch(x), a as unknown);
    await endQuarter(p);
  }
}

/** The game-over screen with its turning points computed (they are worked out in a worker). */
async function overReady(p: Page): Promise<void> {
  await p.waitForSelector('#game-over');
  await p.waitForSelector('#turning[aria-busy="false"]', { timeout: 120_000 });
}

/** The page played the same game as Node did (a diverging drive would picture the wrong ending). */
async function expectOutcome(p: Page, status: string): Promise<void> {
  const got = await p.evaluate(() => (window as unknown as W).__sim.state()?.status);
  if (got !== status) throw new Error(`expected the game to end ${status}, the page says ${String(got)}`);
}

async function main(): Promise<void> {
  const dist = join(ROOT, 'dist');
  if (!process.argv.includes('--no-build') || !existsSync(join(dist, 'index.html'))) await buildGame(dist);
  const server = await serveGame(dist);
  const url = server.url;
  const { scenario } = readScenario('classic');
  const growing = playBot(scenario, SEED, BOTS.focused!, { hashes: false, checks: false });
  const failing = playBot(scenario, SEED, BOTS.scattered!, { hashes: false, checks: false });
  const browser = await launchChromium();
  try {
    for (const lang of ['en', 'zh'] as const) {
      // The office at Q1, then the quarter plan with the growing company's first decisions added.
      let { ctx, p } = await newGame(browser, url, lang);
      await shoot(p, `office-q1-${lang}`);
      const first = growing.log[0] ?? [];
      for (const a of first.slice(0, 5)) await p.evaluate((x) => (window as unknown as W).__sim.dispatch(x), a as unknown);
      await shoot(p, `plan-${lang}`);
      for (const a of first.slice(5)) await p.evaluate((x) => (window as unknown as W).__sim.dispatch(x), a as unknown);
      await endQuarter(p);
      // The office at Q16 of the same company, then its ending (survived).
      await playLog(p, growing.log, 16);
      await p.evaluate(() => window.scrollTo(0, 0));
      await p.evaluate(() => (window as unknown as W).__sim.officeReady());
      await p.waitForTimeout(500);
      await shoot(p, `office-q16-${lang}`);
      await playLog(p, growing.log, 99);
      await overReady(p);
      await expectOutcome(p, 'finished');
      await shoot(p, `over-survived-${lang}`);
      await ctx.close();
      // Bankrupt: the scattered player on the same seed.
      ({ ctx, p } = await newGame(browser, url, lang));
      await playLog(p, failing.log, 99);
      await overReady(p);
      await expectOutcome(p, 'bankrupt');
      await shoot(p, `over-bankrupt-${lang}`);
      await ctx.close();
      // A fundraising preview: an angel round asked above what investors accept (a fresh game, seed 3).
      ({ ctx, p } = await newGame(browser, url, lang));
      await p.click('#g-funding-toggle');
      await p.fill('#d-raiseRound-amount', '500000');
      await p.fill('#d-raiseRound-preMoney', '6000000');
      await p.waitForFunction(() => (document.querySelector('#d-raiseRound-preview')?.textContent ?? '').length > 40);
      await p.locator('#d-raiseRound').scrollIntoViewIfNeeded();
      await shoot(p.locator('#d-raiseRound'), `fundraising-${lang}`);
      await ctx.close();
      // A phone quarter (390×844): the plan with a hire and a compliance programme added.
      ({ ctx, p } = await newGame(browser, url, lang, { width: 390, height: 844, phone: true }));
      await p.click('#d-hire-add');
      await p.click('#g-compliance-toggle');
      await p.check('#d-programme-audit-on');
      await p.locator('#btn-end').scrollIntoViewIfNeeded();
      await shoot(p, `phone-plan-${lang}`);
      await ctx.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${shots.length} screenshots in assets/screenshots/`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
