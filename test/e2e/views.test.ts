// Browser end-to-end: the figures on screen are the engine's views. The header's and the
// dashboard's runway equal the engine forecast's for the page's own state; the fundraising preview
// shows investors' valuation and, for an ask above it, lower odds and why (in both languages);
// a marketing budget shows expected customers and revenue; the market picker shows each segment's
// facts. Screenshot of the fundraising preview in test-output/screenshots/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadScenario, forecast, investorView, step } from '../../src/engine/index';
import type { State } from '../../src/engine/index';
import { openTitle, startGame } from './helpers';
import { requireBrowser, ROOT, screenshotPath, watchConsole } from '../../tools/serve';
import { useGameAndBrowser } from './suite';

const hasBrowser = requireBrowser();
const WAIT = { timeout: 20_000 };
const loaded = loadScenario(readFileSync(join(ROOT, 'scenarios/classic.json'), 'utf8'));
if (!loaded.ok) throw new Error('classic');
const sc = loaded.scenario;

const pageState = (p: Page) => p.evaluate(() => window.__sim.state()) as Promise<unknown> as Promise<State>;
const quarters = (n: number) => (n >= 99 ? 'not burning' : `${n} quarters`);

describe.skipIf(!hasBrowser)('browser game: one set of numbers from the engine', () => {
  const env = useGameAndBrowser();

  it("shows the forecast's runway, expected growth and investors' view", async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const p = await ctx.newPage();
    const problems = watchConsole(p);
    await openTitle(p, env.server.url + '?office=simple');
    await startGame(p, { lang: 'en', seed: '42' });

    // One runway figure: header = dashboard = engine forecast of the page's state, before and after a hire.
    let s = await pageState(p);
    expect(await p.textContent('#hdr-runway .kpi-value')).toBe(quarters(forecast(s, sc).runway));
    await p.evaluate(() => window.__sim.dispatch({ type: 'hire', role: 'softwareEngineer', count: 3 }));
    s = await pageState(p);
    const rw = forecast(s, sc).runway;
    await expect.poll(() => p.textContent('#hdr-runway .kpi-value'), WAIT).toBe(quarters(rw));
    await p.click('#btn-dashboard');
    await expect.poll(() => p.textContent('#dash-runway'), WAIT).toContain(`Runway: ${quarters(rw)}`);
    await p.click('#btn-dashboard');

    // The market picker shows each segment's size, growth, price, competitors and regulation.
    await p.click('#g-market-toggle');
    await expect
      .poll(() => p.textContent('#d-setMarkets-markets-finance-facts'), WAIT)
      .toContain('900 potential customers (growing 6.3% a quarter)');
    expect(await p.textContent('#d-setMarkets-markets-finance-facts')).toContain('4 competitors · regulation 70%');
    // A marketing budget shows expected customers and revenue next quarter.
    await p.fill('#d-setMarketing-budget', '150000');
    await expect
      .poll(() => p.textContent('#d-setMarketing-preview'), WAIT)
      .toContain('Expected next quarter (if no event fires): customers');

    // Fundraising: an angel round priced at the top of its range, above what investors accept.
    await p.click('#g-funding-toggle');
    await p.fill('#d-raiseRound-amount', '500000');
    await p.fill('#d-raiseRound-preMoney', '6000000');
    // Previews are of the state after the quarter's plan so far: the marketing budget above is in it.
    const planned = step(s, { type: 'setMarketing', channel: 'ads', budget: 150_000 }, sc);
    if (!planned.ok) throw new Error('setMarketing refused');
    const v = investorView(planned.state, sc, 'angel', 500_000, 6_000_000);
    expect(v.valuation).toBeLessThan(6_000_000);
    const odds = (bp: number) => `${(bp / 100).toFixed(1)}%`;
    await expect
      .poll(() => p.textContent('#d-raiseRound-preview'), WAIT)
      .toContain(`Chance at this ask: ${odds(v.oddsBp)}; priced at their valuation: ${odds(v.atValuationBp)}`);
    const text = (await p.textContent('#d-raiseRound-preview')) ?? '';
    expect(text).toContain(`Investors would accept a pre-money valuation of up to $${v.valuation.toLocaleString('en-US')}`);
    expect(text).toContain('Your pre-money is above the');
    expect(v.oddsBp).toBeLessThan(v.atValuationBp);
    await p.locator('#d-raiseRound').screenshot({ path: screenshotPath('fundraising-en') });
    await p.click('#btn-lang');
    await expect.poll(() => p.textContent('#d-raiseRound-preview'), WAIT).toContain('你的投前估值高于投资人能接受的');
    await p.locator('#d-raiseRound').screenshot({ path: screenshotPath('fundraising-zh') });
    expect(problems).toEqual([]);
    await ctx.close();
  });
});
