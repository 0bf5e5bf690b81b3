// Extreme scenarios in the browser (issue 14): a custom scenario at the schema's extremes that
// check-scenario accepts (every event certain, 60 quarters) plays on when End the quarter is
// pressed (the game used to freeze at Q1 when a number passed 2^53), and a team name holding a
// bidi override is refused at the title screen with the reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { endQuarter, openTitle } from './helpers';
import { requireBrowser, ROOT, watchConsole } from '../../tools/serve';
import { useGameAndBrowser } from './suite';

const hasBrowser = requireBrowser();
const WAIT = { timeout: 20_000 };
const SIMPLE = '?office=simple';

async function pick(p: Page, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([p.waitForEvent('filechooser'), p.click('#btn-scenario-file')]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe.skipIf(!hasBrowser)('browser game: extreme scenarios', () => {
  const env = useGameAndBrowser();

  const CASES: [file: string, raise: boolean][] = [
    ['accepted-extreme-11.json', false],
    ['repro-customers-double.json', false],
    ['repro-round-premoney-1.json', true],
  ];
  for (const [file, raise] of CASES) {
    it(`End the quarter on ${file} loaded as a custom scenario moves the game on${raise ? ' after a round of 10^9 at pre-money 1' : ''}`, async () => {
      const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
      const p = await ctx.newPage();
      const problems = watchConsole(p);
      await openTitle(p, env.server.url + SIMPLE);
      await p.click('#lang-en');
      const text = readFileSync(join(ROOT, 'test/extreme-scenarios', file), 'utf8');
      const id = (JSON.parse(text) as { id: string }).id;
      await pick(p, file, text);
      await p.waitForSelector(`input[data-scenario="${id}"]`, WAIT);
      await p.check(`input[data-scenario="${id}"]`);
      await p.fill('#seed', '14');
      await p.click('#btn-start');
      await p.waitForFunction(() => window.__sim.screen() === 'game', undefined, WAIT);
      for (let q = 1; q <= 3; q++) {
        if ((await p.evaluate(() => window.__sim.screen())) !== 'game') break;
        // 10^9 at pre-money 1 used to issue 10^16+ shares, past 2^53: the state hash threw at Q1.
        if (raise)
          expect(
            await p.evaluate(() => window.__sim.dispatch({ type: 'raiseRound', kind: 'angel', amount: 1_000_000_000, preMoney: 1 }).ok),
          ).toBe(true);
        await endQuarter(p);
        // The quarter closed: the state moved on (or the game is over), and every number is safe.
        const s = await p.evaluate(() => {
          const st = window.__sim.state()!;
          return { quarter: st.quarter, status: st.status, hash: window.__sim.hash() };
        });
        expect(s.quarter).toBe(q);
        expect(s.hash).toMatch(/^[0-9a-f]{64}$/);
        await p.waitForFunction(() => !window.__sim.busy() && ['game', 'over'].includes(window.__sim.screen()), undefined, WAIT);
      }
      if (raise)
        expect(await p.evaluate(() => (window.__sim.state() as unknown as { rounds: unknown[] }).rounds.length)).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await ctx.close();
    });
  }

  it('refuses a team name holding a bidi override at the title screen, saying which character and why', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const p = await ctx.newPage();
    await openTitle(p, env.server.url + SIMPLE);
    await p.click('#lang-en');
    await p.fill('#seed', '3');
    await p.fill('#team', 'Red\u202eneerG');
    await p.click('#btn-start');
    await expect.poll(() => p.textContent('#team-error'), WAIT).toMatch(/bidirectional control characters \(U\+202E at character 4\)/);
    expect(await p.evaluate(() => window.__sim.screen())).toBe('title');
    await p.click('#lang-zh');
    await p.fill('#team', 'Red\u202eneerG');
    await p.click('#btn-start');
    await expect.poll(() => p.textContent('#team-error'), WAIT).toMatch(/文字方向控制字符/);
    await ctx.close();
  });
});
