// The replay viewer and "what if" in the browser: a golden replay opened by file and by #replay=
// link, verified; scrubbed (slider, keys) with the header, the charts and the state hash checked
// against Node; a jump to an event; a tampered replay shown as diverging at its quarter; a bot
// branch from quarter 3 compared (the same differing events as Node) and exported, then verified in
// Node; play on as the player; a workshop team's run opened from the debrief. Screenshots in both languages.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/index';
import { BALANCE_LAB_STRINGS } from '../../src/i18n/balance-ui';
import { allKeys, registerDictionary, t } from '../../src/i18n/index';
import {
  branchReplay,
  compareReplays,
  encodeShareCode,
  finalLink,
  importReplay,
  readReplayInput,
  verifyShipped,
} from '../../src/replay/index';
import type { Replay } from '../../src/replay/index';
import { differenceRows, happenedInOne } from '../../src/ui/replay/compare-view';
import { playCommand } from '../../src/cli/play';
import * as workshopCmd from '../../src/cli/cmd-workshop';
import { downloadText, endQuarter, expectFits, openTitle, unnamedControls, XSS } from './helpers';
import { requireBrowser, ROOT, screenshotPath, watchConsole } from '../../tools/serve';
import { useGameAndBrowser } from './suite';

const hasBrowser = requireBrowser();
const WAIT = { timeout: 20_000 };
const SIMPLE = '?office=simple';
const GOLDEN = join(ROOT, 'test/golden');
const classicText = readFileSync(join(ROOT, 'scenarios/classic.json'), 'utf8');
const classic = loadScenario(classicText);
if (!classic.ok) throw new Error('classic does not load');
const SHIPPED = { classic: { text: classicText } };

/** A golden run played to the last quarter (the goldens are regenerated when the rules change). */
function finishedGolden(): { text: string; replay: Replay } {
  for (const name of ['balanced-1', 'focused-1', 'balanced-2026', 'focused-7']) {
    const g = golden(name);
    if (g.replay.result.outcome === 'finished' && g.replay.quarters.length >= 6) return g;
  }
  throw new Error('no finished golden replay to watch');
}
const TOTAL = classic.scenario.quarters.v;

function golden(name: string): { text: string; replay: Replay } {
  const text = readFileSync(join(GOLDEN, 'replays', `${name}.json`), 'utf8');
  const r = importReplay(text);
  if (!r.ok) throw new Error(r.error.message);
  return { text, replay: r.replay };
}

describe('replay viewer and balance lab strings', () => {
  it('exist in Chinese and English with the same placeholders', () => {
    registerDictionary(BALANCE_LAB_STRINGS); // the lab's page registers it when it opens
    const mine = allKeys().filter((k) => k.startsWith('rv.') || k.startsWith('lab.'));
    expect(mine.length).toBeGreaterThan(100);
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of mine) {
      expect(t('zh', k).trim(), k).not.toBe('');
      expect(t('en', k).trim(), k).not.toBe('');
      expect(ph(t('zh', k)), k).toEqual(ph(t('en', k)));
    }
  });
});

describe.skipIf(!hasBrowser)('replay viewer and what if', () => {
  const env = useGameAndBrowser();

  async function page(lang: 'zh' | 'en', width = 1280, height = 720): Promise<{ p: Page; problems: string[] }> {
    const ctx = await env.browser.newContext({ viewport: { width, height }, acceptDownloads: true });
    await ctx.addInitScript((l) => localStorage.setItem('aiss.lang', l), lang);
    const p = await ctx.newPage();
    return { p, problems: watchConsole(p) };
  }

  const pos = (p: Page) => p.getAttribute('#replay-viewer', 'data-position');

  it('opens a golden replay by file, scrubs, steps by keyboard, shows charts and jumps to an event', async () => {
    const g = finishedGolden();
    const n = g.replay.quarters.length;
    const v = verifyShipped(g.replay, SHIPPED);
    if (v.status !== 'verified') throw new Error('golden does not verify');
    const { p, problems } = await page('en');
    await openTitle(p, env.server.url + SIMPLE);
    await p.click('#btn-replay');
    await p.setInputFiles('#replay-file', { name: 'balanced-1.replay.json', mimeType: 'application/json', buffer: Buffer.from(g.text) });
    await p.waitForFunction(() => window.__sim.screen() === 'replay', undefined, WAIT);
    expect(await p.textContent('#replay-verdict')).toBe(`✓ Verified: all ${n} quarters replay to the recorded hashes`);
    expect(await p.textContent('#replay-facts')).toContain(`seed ${g.replay.seed}`);
    expect(await p.textContent('#replay-position')).toBe('Opening (before quarter 1)');
    expect(await p.getAttribute('#replay-viewer', 'data-final-hash')).toBe(g.replay.result.finalHash);

    // Scrub with the slider to quarter 3: header, state hash and the quarter's decisions follow.
    await p.locator('#replay-slider').fill('3');
    await expect.poll(() => pos(p), WAIT).toBe('3');
    expect(await p.textContent('#replay-position')).toBe(`Quarter 3 of ${n} · Q3 ${classic.scenario.startYear.v}`);
    expect(await p.textContent('#replay-quarter-kpi .kpi-value')).toBe(`Q3 / ${n}`);
    expect(await p.getAttribute('#replay-viewer', 'data-hash')).toBe(v.hashes[2]);
    expect(await p.locator('#replay-decisions li').count()).toBe(g.replay.quarters[2]!.d.length);
    // Charts up to that quarter: three points on the cash line.
    await p.click('#replay-view-charts');
    expect(await p.locator('#chart-cash polyline').getAttribute('points')).toMatch(/^\S+ \S+ \S+$/);
    // Keyboard: → steps, End and Home jump.
    await p.focus('#replay-next');
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => pos(p), WAIT).toBe('4');
    expect(await p.getAttribute('#replay-viewer', 'data-hash')).toBe(v.hashes[3]);
    expect(await p.locator('#chart-cash polyline').getAttribute('points')).toMatch(/^\S+ \S+ \S+ \S+$/);
    await p.keyboard.press('End');
    await expect.poll(() => pos(p), WAIT).toBe(String(n));
    expect(await p.getAttribute('#replay-viewer', 'data-hash')).toBe(g.replay.result.finalHash);
    await p.keyboard.press('Home');
    await expect.poll(() => pos(p), WAIT).toBe('0');
    await p.click('#replay-view-office');

    // Jump to an event: the list names every fired event; a click goes to its quarter, card open.
    await p.click('#tab-events');
    const first = p.locator('#replay-events button').nth(1);
    const [id, q] = await Promise.all([first.getAttribute('data-event'), first.getAttribute('data-quarter')]);
    await first.click();
    await expect.poll(() => pos(p), WAIT).toBe(q);
    await expect.poll(() => p.getAttribute(`#rc-${id}`, 'class'), WAIT).toContain('highlight');
    expect(await p.locator(`#rc-${id}`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await p.evaluate(() => document.activeElement?.closest('details')?.id)).toBe(`rc-${id}`);
    expect(await unnamedControls(p)).toEqual([]);
    await expectFits(p, ['#replay-play', '#replay-slider', '#replay-back', '#tab-whatif']);
    await p.screenshot({ path: screenshotPath('replay-viewer-en') });

    // Play advances on its own and pauses at a press.
    await p.click('#replay-play');
    await expect.poll(async () => Number(await pos(p)), WAIT).toBeGreaterThan(Number(q));
    await p.click('#replay-play');
    expect(await p.getAttribute('#replay-play', 'aria-pressed')).toBe('false');
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('opens a #replay= link in Chinese, and shows a tampered replay as diverging at its quarter', async () => {
    const g = golden('balanced-42');
    const n = g.replay.quarters.length;
    expect(n).toBeGreaterThanOrEqual(5);
    const code = encodeShareCode(g.replay);
    const { p, problems } = await page('zh');
    await p.goto(`${env.server.url}${SIMPLE}#replay=${code}`);
    await p.waitForFunction(() => window.__sim?.screen() === 'replay', undefined, WAIT);
    expect(await p.textContent('#replay-verdict')).toBe(`✓ 已校验：${n} 个季度全部与记录的哈希一致`);
    expect(await p.getAttribute('#replay-viewer', 'data-final-hash')).toBe(g.replay.result.finalHash);
    await p.locator('#replay-slider').fill('5');
    await expect.poll(() => p.textContent('#replay-position'), WAIT).toContain(`第 5 / ${n} 季度`);
    await p.screenshot({ path: screenshotPath('replay-viewer-zh') });

    // A replay whose third quarter's decisions were edited: refused as diverging there, in words.
    const bad = readFileSync(join(GOLDEN, 'bad', 'decision-edited-q3.json'), 'utf8');
    const node = readReplayInput(bad);
    if (!node.ok) throw new Error('bad golden unreadable');
    const nv = verifyShipped(node.claim, SHIPPED);
    expect(nv.status).toBe('diverged');
    const quarter = nv.status === 'diverged' ? nv.divergence.quarter + 1 : 0;
    await p.click('#replay-back');
    await p.click('#btn-replay');
    await p.fill('#replay-text', bad);
    await p.click('#replay-watch');
    await expect.poll(() => p.getAttribute('#replay-verdict', 'data-status'), WAIT).toBe('diverged');
    expect(await p.textContent('#replay-verdict .verdict-title')).toBe(`✗ 在第 ${quarter} 季度出现分歧`);
    await p.screenshot({ path: screenshotPath('replay-viewer-diverged-zh') });
    // The quarters before it still match: they open in the viewer, marked as the matching part.
    const part = verifyShipped(
      { ...node.claim, quarters: node.claim.quarters.slice(0, quarter - 1), result: {} as typeof node.claim.result },
      SHIPPED,
    );
    if (part.status !== 'verified') throw new Error('the matching part does not verify in Node');
    await p.click('#replay-watch-matching');
    await p.waitForFunction(() => window.__sim.screen() === 'replay', undefined, WAIT);
    expect(await p.getAttribute('#replay-verdict', 'data-status')).toBe('partial');
    expect(await p.textContent('#replay-verdict')).toBe(`✗ 在第 ${quarter} 季度出现分歧 · 这里只显示一致的 ${quarter - 1} 个季度`);
    expect(await p.getAttribute('#replay-slider', 'max')).toBe(String(quarter - 1));
    expect(await p.getAttribute('#replay-viewer', 'data-final-hash')).toBe(part.replay.result.finalHash);
    await p.click('#replay-back');
    expect(await p.evaluate(() => window.__sim.screen())).toBe('title');
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('branches with a bot from quarter 3, compares with the original, exports a branch that verifies in Node', async () => {
    const g = finishedGolden();
    const nodeBranch = branchReplay(g.replay, { text: classicText }, { quarter: 3, then: { kind: 'bot', bot: 'scattered' } });
    if (!nodeBranch.ok) throw new Error(nodeBranch.message);
    const cmp = compareReplays(classic.scenario, g.replay, nodeBranch.replay);
    if (!cmp.ok) throw new Error(cmp.message);
    const { rows } = differenceRows(cmp.comparison, g.replay, nodeBranch.replay);
    const happened = rows.filter(happenedInOne).length;
    expect(rows.length).toBeGreaterThan(0);

    for (const lang of ['en', 'zh'] as const) {
      const { p, problems } = await page(lang);
      await p.goto(`${env.server.url}${SIMPLE}#replay=${encodeShareCode(g.replay)}`);
      await p.waitForFunction(() => window.__sim?.screen() === 'replay', undefined, WAIT);
      await p.locator('#replay-slider').fill('3');
      await expect.poll(() => pos(p), WAIT).toBe('3');
      await p.click('#tab-whatif');
      await p.selectOption('#what-if-bot', 'scattered');
      await p.click('#what-if-bot-run');
      await p.waitForSelector('#what-if-compare', WAIT);
      // Every difference while both ran, as Node computes it; then only what happened in one run.
      if (happened > 0) await p.uncheck('#compare-only-outcome');
      expect(await p.locator('#compare-events tbody tr').count()).toBe(rows.length);
      expect(await p.locator('#compare-events tbody tr.change-probability').count()).toBe(
        rows.filter((d) => d.change === 'probability').length,
      );
      await p.check('#compare-only-outcome');
      expect(await p.locator('#compare-events tbody tr').count()).toBe(happened);
      if (happened === 0) await p.uncheck('#compare-only-outcome');
      expect((await p.locator('#cmp-cash .legend li').allTextContents()).map((x) => x.trim())).toEqual(
        lang === 'en' ? ['original', 'branch'] : ['原局', '分支'],
      );
      expect(await unnamedControls(p)).toEqual([]);
      await p.screenshot({ path: screenshotPath(`what-if-compare-${lang}`) });
      if (lang === 'en') {
        const file = await downloadText(p, () => p.click('#compare-export'));
        const r = readReplayInput(file.text);
        if (!r.ok) throw new Error(r.error.message);
        const v = verifyShipped(r.claim, SHIPPED);
        expect(v.status).toBe('verified');
        expect(r.claim.meta.branchQuarter).toBe(3);
        expect(r.claim.meta.branchOf).toBe(finalLink(g.replay));
        expect(file.text).toBe((await import('../../src/replay/index')).exportReplay(nodeBranch.replay));
        // The branch opens in the viewer like any replay; Back returns to the comparison.
        await p.click('#compare-watch');
        await expect.poll(() => p.textContent('#replay-facts'), WAIT).toContain('branch');
        expect(await p.getAttribute('#replay-viewer', 'data-final-hash')).toBe(nodeBranch.replay.result.finalHash);
        await p.click('#replay-back');
        await p.waitForSelector('#what-if-compare', WAIT);
        // Play on as the player from quarter 3: the game at quarter 4, its export a branch.
        await p.click('#compare-back');
        await p.click('#what-if-play');
        await p.waitForFunction(() => window.__sim.screen() === 'game', undefined, WAIT);
        expect(await p.textContent('#hdr-quarter .kpi-value')).toBe(`Q4 / ${TOTAL}`);
        const exported = importReplay((await p.evaluate(() => window.__sim.exportReplay()))!);
        if (!exported.ok) throw new Error(exported.error.message);
        expect(exported.replay.meta.branchQuarter).toBe(3);
        expect(exported.replay.meta.bot).toBeUndefined();
        expect(exported.replay.quarters.map((x) => x.d)).toEqual(g.replay.quarters.slice(0, 3).map((x) => x.d));
      } else {
        // Change quarter 3's decisions: the game at quarter 3 with the original's decisions made, undoable.
        await p.click('#compare-back');
        await p.click('#what-if-change');
        await p.waitForFunction(() => window.__sim.screen() === 'game', undefined, WAIT);
        expect(await p.textContent('#hdr-quarter .kpi-value')).toBe(`Q3 / ${TOTAL}`);
        expect(await p.locator('.quarter-decisions li').count()).toBe(g.replay.quarters[2]!.d.length);
        await p.click('#btn-undo');
        expect(await p.locator('.quarter-decisions li').count()).toBe(g.replay.quarters[2]!.d.length - 1);
      }
      expect(problems).toEqual([]);
      await p.context().close();
    }
  });

  it("watches a finished run from its game over, plays on from its last quarter and compares at the branch's game over", async () => {
    const g = finishedGolden();
    const n = g.replay.quarters.length;
    const { p, problems } = await page('en', 1920, 1080);
    await openTitle(p, env.server.url + SIMPLE);
    await p.click('#btn-replay');
    await p.fill('#replay-text', g.text);
    await p.click('#replay-load');
    await p.waitForFunction(() => window.__sim.screen() === 'over', undefined, WAIT);
    await p.click('#btn-watch-replay');
    await p.waitForFunction(() => window.__sim.screen() === 'replay', undefined, WAIT);
    expect(await p.getAttribute('#replay-viewer', 'data-final-hash')).toBe(g.replay.result.finalHash);
    await expectFits(p, ['#replay-play', '#replay-slider', '#replay-back', '#tab-whatif']);
    await p.locator('#replay-slider').fill(String(n - 1));
    await expect.poll(() => pos(p), WAIT).toBe(String(n - 1));
    await p.click('#tab-whatif');
    await p.click('#what-if-play');
    await p.waitForFunction(() => window.__sim.screen() === 'game', undefined, WAIT);
    await endQuarter(p);
    await p.waitForFunction(() => window.__sim.screen() === 'over', undefined, WAIT);
    await p.click('#btn-compare-original');
    await p.waitForSelector('#compare-screen #what-if-compare', WAIT);
    expect(await p.textContent('#what-if-compare')).toContain(`The branch is decided by the player from quarter ${n}`);
    expect(await p.locator('#compare-outcomes li').count()).toBe(2);
    await p.click('#compare-back');
    await p.waitForFunction(() => window.__sim.screen() === 'over', undefined, WAIT);
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it("opens a workshop team's run from the debrief in its derived world, as text, and returns to the debrief", async () => {
    const out: string[] = [];
    expect(await workshopCmd.run(['create', '--scenario', 'classic', '--seed', 'ws-e2e', '--json'], (x) => out.push(x))).toBe(0);
    const code = (JSON.parse(out.join('')) as { code: string }).code;
    const file = join(ROOT, 'test-output', `ws-e2e-${process.pid}.json`);
    expect(await playCommand(['--workshop', code, '--team', XSS, '--bot', 'balanced', '--out', file], () => undefined)).toBe(0);
    const text = readFileSync(file, 'utf8');
    rmSync(file);
    const run = importReplay(text);
    if (!run.ok) throw new Error(run.error.message);
    const { p, problems } = await page('en');
    await p.goto(`${env.server.url}${SIMPLE}#debrief=${code}`);
    await p.fill('#ws-paste', text);
    await p.click('#ws-add-paste');
    await p.waitForSelector('#ws-leaderboard tbody tr', WAIT);
    await p.click('#ws-leaderboard tbody tr button[data-what-if]');
    await p.waitForFunction(() => window.__sim.screen() === 'replay', undefined, WAIT);
    expect(await p.textContent('#replay-verdict')).toBe(
      `✓ Verified: all ${run.replay.quarters.length} quarters replay to the recorded hashes`,
    );
    expect(await p.textContent('#replay-team')).toBe(`${code} · ${XSS}`);
    expect(await p.getAttribute('#replay-viewer', 'data-final-hash')).toBe(run.replay.result.finalHash);
    // A bot branch in the same derived world verifies too.
    await p.locator('#replay-slider').fill('6');
    await p.click('#tab-whatif');
    await p.click('#what-if-bot-run');
    await p.waitForSelector('#what-if-compare', WAIT);
    await p.click('#compare-back');
    await p.click('#replay-back');
    await p.waitForSelector('#ws-leaderboard tbody tr', WAIT);
    expect(await p.locator('#ws-runs li').count()).toBe(1);
    expect(await p.evaluate(() => window.__xss)).toBeUndefined();
    expect(problems).toEqual([]);
    await p.context().close();
  });
});
