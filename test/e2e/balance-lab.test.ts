// The balance lab page in the browser: reached from the title, a small analysis run in Web Workers
// gives exactly the JSON `sim balance --json` gives in Node for the same arguments (with 2 workers
// and with 1); the charts name every player, event and factor with its essay section; a long run
// can be cancelled. Screenshots in both languages.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inProcess } from '../../src/balance/chunk';
import { FACTOR_DEFS, missingValue } from '../../src/balance/factor-defs';
import { runLab } from '../../src/balance/lab';
import { readScenario } from '../../src/cli/scenarios';
import type { Scenario } from '../../src/engine/index';
import { downloadText, expectFits, openTitle, unnamedControls } from './helpers';
import { requireBrowser, ROOT, screenshotPath, watchConsole } from '../../tools/serve';
import { useGameAndBrowser } from './suite';

const hasBrowser = requireBrowser();
const WAIT = { timeout: 30_000 };

function scenarios(main: string): Scenario[] {
  const load = (id: string) => {
    return readScenario(id).scenario; // through the loader's extends resolution, as the game loads it
  };
  const ids = readdirSync(join(ROOT, 'scenarios'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  return [load(main), ...ids.filter((i) => i !== main).map(load)];
}

/** What `sim balance --json` prints for these arguments (its pure core, in this process). */
async function cli(main: string, games: number, bots: string[], searchGames: number, factors: boolean): Promise<string> {
  const sc = scenarios(main);
  const report = await runLab({ scenarios: sc, games, bots, factors, searchGames }, inProcess(sc, 0));
  return JSON.stringify({ ...report, seedBase: 0 });
}

describe.skipIf(!hasBrowser)('balance lab page', () => {
  const env = useGameAndBrowser();

  async function configure(
    p: Page,
    o: { scenario: string; games: number; search: number; workers: number; factors: boolean; bots: string[] },
  ): Promise<void> {
    await p.check(`input[data-scenario="${o.scenario}"]`);
    for (const b of ['random', 'balanced', 'focused', 'scattered']) await p.setChecked(`#lab-bot-${b}`, o.bots.includes(b));
    await p.fill('#lab-games', String(o.games));
    await p.fill('#lab-searchGames', String(o.search));
    await p.fill('#lab-workers', String(o.workers));
    await p.setChecked('#lab-factors', o.factors);
  }

  it("runs the analysis in Web Workers and gives the CLI's JSON, with charts in both languages", async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const p = await ctx.newPage();
    const problems = watchConsole(p);
    await openTitle(p, env.server.url);
    await p.click('#lang-en');
    await p.click('#link-balance-lab');
    await p.waitForSelector('#balance-lab');
    const expected = cli('classic', 40, ['random', 'focused'], 4, true);
    await configure(p, { scenario: 'classic', games: 40, search: 4, workers: 2, factors: true, bots: ['random', 'focused'] });
    expect(await p.inputValue('#lab-command')).toBe(
      'npm run -s sim -- balance --scenario classic --games 40 --bots random,focused --search-games 4 --seed-base 0 --json',
    );
    await p.click('#lab-run');
    await p.waitForSelector('#lab-summary', WAIT);
    expect(await p.textContent('#lab-summary')).toMatch(/^Done: 40 games per player \(seeds 1–40\) in [\d.]+ s on 2 workers/);
    const json = await downloadText(p, () => p.click('#lab-json'));
    expect(json.text.trim()).toBe(await expected);

    // The charts: survival per player with its interval, every event, every factor with its section.
    const report = JSON.parse(json.text) as {
      bots: Record<string, { survivalRate: number }>;
      factors: { factor: string; measured: boolean; stakeEffect: number; stakeZ: number; survivalZ: number }[];
      strategies: { dominant: { value: string; contradictsEssay: boolean }[] };
    };
    expect(await p.locator('#lab-survival tbody tr').count()).toBe(2);
    expect(await p.textContent('#lab-survival tbody tr[data-key="focused"] td.num')).toContain(
      `${(report.bots.focused!.survivalRate * 100).toFixed(1)}%`,
    );
    expect(await p.locator('#lab-events tbody tr').count()).toBe(scenarios('classic')[0]!.events.length);
    // Every measured factor on both outcomes (survival and the founders' stake) with its section and z.
    const measured = FACTOR_DEFS.filter((d) => !missingValue(d));
    expect(await p.locator('#lab-factors tbody tr').count()).toBe(measured.length);
    expect(await p.locator('#lab-stakes tbody tr').count()).toBe(measured.length);
    for (const d of measured) {
      expect(await p.textContent(`#lab-factors tr[data-key="${d.id}"] th`)).toContain(d.section);
      const f = report.factors.find((x) => x.factor === d.id)!;
      expect(await p.textContent(`#lab-stakes tr[data-key="${d.id}"] td.num`)).toContain(`z ${f.stakeZ.toFixed(1)}`);
      expect(await p.textContent(`#lab-claims tr[data-factor="${d.id}"]`)).toContain(`z = ${f.survivalZ.toFixed(1)}`);
    }
    expect(await p.locator('#lab-claims tbody tr').count()).toBe(FACTOR_DEFS.length);
    const against = report.strategies.dominant.filter((d) => d.contradictsEssay);
    expect(await p.textContent('#lab-verdict')).toBe(
      against.length
        ? `⚠ Dominant strategy against the essay: ${against.map((d) => d.value).join(', ')}. Players could “crack the formula”.`
        : '✓ No dominant strategy against the essay.',
    );
    expect(await p.locator('#lab-dominant tbody tr[data-value]').count()).toBe(report.strategies.dominant.length);
    expect(await unnamedControls(p)).toEqual([]);
    await expectFits(p, ['#lab-run', '#lab-back']);
    await p.screenshot({ path: screenshotPath('balance-lab-en'), fullPage: true });
    await p.click('#lab-lang');
    await expect.poll(() => p.textContent('#lab-survival caption'), WAIT).toBe('存活率（95% Wilson 区间）');
    await p.screenshot({ path: screenshotPath('balance-lab-zh'), fullPage: true });

    // One worker, another scenario, no search: the same JSON as Node again.
    await configure(p, { scenario: 'workshop-intro', games: 30, search: 0, workers: 1, factors: true, bots: ['balanced', 'scattered'] });
    const second = cli('workshop-intro', 30, ['balanced', 'scattered'], 0, true);
    await p.click('#lab-run');
    await expect.poll(() => p.textContent('#lab-summary'), WAIT).toContain('1 个 Worker');
    expect((await downloadText(p, () => p.click('#lab-json'))).text.trim()).toBe(await second);

    // A long run stops at Cancel, and the form is usable again.
    await configure(p, { scenario: 'classic', games: 100000, search: 0, workers: 2, factors: true, bots: ['random'] });
    await p.click('#lab-run');
    await p.waitForSelector('#lab-progress', WAIT);
    await p.click('#lab-cancel');
    await expect.poll(() => p.textContent('#lab-message'), WAIT).toBe('已取消。');
    expect(await p.isEnabled('#lab-run')).toBe(true);
    expect(problems).toEqual([]);
    await ctx.close();
  });
});
