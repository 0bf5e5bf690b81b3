// Workshop mode in headless Chromium, as a class uses it: the instructor creates a workshop; three
// teams (three browser contexts) join by the link, play different decisions through a pause point
// to the end and hand in their runs (two files, one share code); the debrief imports them with a
// tampered run and another seed's run, ranks exactly the three and flags the two with the reason.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as verifyCmd from '../../src/cli/cmd-verify';
import { readScenario } from '../../src/cli/scenarios';
import { BOTS, playBot } from '../../src/engine/index';
import { buildReplay, exportReplay } from '../../src/replay/format';
import { workshopWorld } from '../../src/workshop/apply';
import { decodeWorkshop, encodeWorkshop } from '../../src/workshop/code';
import { downloadText, endQuarter } from './helpers';
import { launchBrowser, requireBrowser, screenshotPath, watchConsole } from '../../tools/serve';
import type { ServedGame } from './global-setup';
import { servedGame } from './suite';

const run = requireBrowser() ? describe : describe.skip;

/** Renders a printable document (taken from a frame on the page) alone, A4-wide, print media. */
async function shootDocument(browser: Browser, origin: string, html: string, name: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
  // On the game's origin, as in its frame: the bundled font files load (fonts need same origin).
  await page.goto(origin + '__print');
  await page.setContent(html, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(async () => {
    await document.fonts.load('16px "Noto Sans SC"', '中文排行榜');
    await document.fonts.ready;
  });
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  await page.close();
}

/** The number of pages Chromium prints a document on (A4, print media, backgrounds off). */
async function pdfPages(browser: Browser, origin: string, html: string): Promise<number> {
  const page = await browser.newPage();
  await page.goto(origin + '__print');
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  await page.close();
  return (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** A class's odd team names: scripts, emoji, bidi, quotes, markup and spreadsheet formulas. */
const ODD = [
  '红队',
  '🚀 Rocket',
  'فريق النجاح',
  '"Quoted" team',
  '<script>window.__xss=1</script>',
  '=SUM(A1:A9)',
  'Équipe 7',
  '東京 AI',
  'שלום team',
  "O'Brien & co",
  'Team 1',
  '+cmd',
];

/** A team's run of the workshop, made in Node (a bot plays; `quarters` cuts it short). */
function botRun(
  w: { scenario: import('../../src/engine/index').Scenario; hash: string },
  seed: string,
  code: string,
  team: string,
  bot: string,
): string {
  const g = playBot(w.scenario, seed, BOTS[bot]!);
  const end = g.state.history[g.state.history.length - 1]!;
  return exportReplay(
    buildReplay(
      { scenario: { id: w.scenario.id, version: w.scenario.version, hash: w.hash }, seed, meta: { workshop: code, team } },
      g.log,
      g.hashes,
      g.state,
      end.valuation,
    ),
  );
}

run('workshop in the browser', () => {
  let server: ServedGame;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([servedGame(), launchBrowser()]);
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });

  it('create → three teams join and play through a pause to the end → debrief with a tampered and a foreign run', async () => {
    // ---- the instructor creates the workshop
    const ictx = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    contexts.push(ictx);
    const ipage = await ictx.newPage();
    const iproblems = watchConsole(ipage);
    await ipage.goto(server.url + '#workshop-new');
    await ipage.waitForSelector('#ws-create');
    const intro = await ipage.$eval('#ws-scenario option[data-id="workshop-intro"]', (o) => (o as HTMLOptionElement).value);
    await ipage.selectOption('#ws-scenario', intro);
    await ipage.fill('#ws-seed', 'class7');
    await ipage.fill('#ws-quarters', '4');
    await ipage.fill('#ws-pauses', '2');
    await ipage.click('#ws-lang-en');
    await ipage.click('#ws-create');
    await ipage.waitForSelector('#ws-code');
    const code = (await ipage.textContent('#ws-code'))!.trim();
    const link = (await ipage.getAttribute('#ws-link', 'href'))!;
    const go2 = (await ipage.textContent('#ws-goahead b[data-quarter="2"]'))!.trim();
    const dec = decodeWorkshop(code);
    expect(dec.ok && dec.settings).toMatchObject({ scenarioId: 'workshop-intro', seed: 'class7', quarters: 4, pauses: [2], lang: 'en' });
    expect(link).toContain('#workshop=' + code);
    await ipage.screenshot({ path: screenshotPath('workshop-instructor-en') });
    const handout = await ipage.$eval('[data-testid="ws-handout"]', (f) => (f as HTMLIFrameElement).srcdoc);
    expect(handout).toContain(code);
    // The workshop's real quarter count (the scenario's brief says 8), hand-in and lost-tab advice.
    expect(handout).toContain('This workshop: 4 quarters.');
    expect(handout).toContain('4 quarters and three decision groups');
    expect(handout).not.toContain('8 quarters');
    expect(handout).toMatch(/Closed the tab or the browser\?/);
    await shootDocument(browser, server.url, handout, 'workshop-handout-en');
    // One A4 page when printed (Chromium's own print to PDF).
    expect(await pdfPages(browser, server.url, handout)).toBe(1);
    // A reload keeps the instructor's workshop (until Start over).
    await ipage.reload();
    await ipage.waitForSelector('#ws-code');
    expect((await ipage.textContent('#ws-code'))!.trim()).toBe(code);
    expect((await ipage.textContent('#ws-goahead b[data-quarter="2"]'))!.trim()).toBe(go2);

    // ---- three teams join with the link and play different decisions
    const plans: { team: string; first: unknown }[] = [
      { team: 'Ada', first: { type: 'hire', role: 'marketing', count: 1 } },
      { team: 'Bo <img src=x onerror="window.__xss=1">', first: { type: 'setMarketing', channel: 'ads', budget: 60000 } },
      { team: 'Cy', first: { type: 'setPricing', strategy: 'value', levelBp: 12000 } },
    ];
    const handedIn: { name: string; text: string }[] = [];
    let earlyAda = '';
    let shareCode = '';
    await Promise.all(
      plans.map(async (p, i) => {
        const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
        contexts.push(ctx);
        const page = await ctx.newPage();
        const problems = watchConsole(page);
        await page.goto(link);
        await page.waitForSelector('#ws-team');
        expect(await page.textContent('#ws-join-scenario')).toBeTruthy();
        await page.fill('#ws-team', p.team);
        await page.click('#ws-join');
        await page.waitForFunction(() => window.__sim?.screen() === 'game');
        for (let q = 1; q <= 4; q++) {
          const hdr = await page.textContent('#hdr-team');
          expect(hdr).toContain(code);
          expect(hdr).toContain(p.team);
          expect(await page.textContent('#hdr-quarter')).toContain(`Q${q} / 4`);
          if (q === 1) expect(await page.evaluate((a) => window.__sim.dispatch(a).ok, p.first)).toBe(true);
          if (q === 3 && i === 0) await page.screenshot({ path: screenshotPath('workshop-game-en') });
          await endQuarter(page);
          if (q === 2) {
            // The pause: nothing goes on until the instructor's go-ahead code.
            await page.waitForSelector('#ws-goahead-input');
            if (i === 0) {
              // Ada hands in at the pause too; the file is named after the team and the quarter.
              const early = await downloadText(page, () => page.click('#ws-pause-export'));
              expect(early.name).toBe('Ada-q02-workshop-intro-seedclass7.replay.json');
              earlyAda = early.text;
            }
            if (i === 0) await page.screenshot({ path: screenshotPath('workshop-pause-en') });
            await page.fill('#ws-goahead-input', 'ZZZZ');
            await page.click('#ws-goahead-go');
            await page.waitForSelector('#ws-goahead-error:not(:empty)');
            await page.fill('#ws-goahead-input', go2.toLowerCase());
            await page.click('#ws-goahead-go');
            await page.waitForSelector('#ws-goahead-input', { state: 'detached' });
          }
        }
        await page.waitForFunction(() => window.__sim.screen() === 'over');
        if (i === 2) {
          await page.click('#ws-copy-run');
          shareCode = await page.$eval('#ws-run-code', (t) => (t as HTMLTextAreaElement).value);
          expect(shareCode).toMatch(/^AIS2\./);
        } else handedIn[i] = await downloadText(page, () => page.click('#btn-export-replay'));
        if (i === 0) expect(handedIn[0]!.name).toBe('Ada-q04-workshop-intro-seedclass7.replay.json');
        expect(await page.evaluate(() => window.__xss)).toBeUndefined();
        expect(problems).toEqual([]);
      }),
    );

    // A tampered run (a decision edited) and a run of another seed (made here in Node).
    const tampered = handedIn[1]!.text.replace('"budget":60000', '"budget":70000');
    expect(tampered).not.toBe(handedIn[1]!.text);
    const { scenario, hash } = readScenario('workshop-intro');
    if (!dec.ok) throw new Error('the code did not decode');
    const other = { ...dec.settings, seed: 'class8' };
    const w = workshopWorld(other, scenario, hash);
    if (!w.ok) throw new Error(w.problem.message);
    const r = playBot(w.scenario, 'class8', BOTS.balanced!);
    const last = r.state.history[r.state.history.length - 1]!;
    const foreign = exportReplay(
      buildReplay(
        {
          scenario: { id: scenario.id, version: scenario.version, hash: w.hash },
          seed: 'class8',
          meta: { workshop: encodeWorkshop(other), team: 'Dee' },
        },
        r.log,
        r.hashes,
        r.state,
        last.valuation,
      ),
    );

    // ---- the debrief
    await ipage.click('#ws-open-debrief');
    await ipage.waitForSelector('#ws-files');
    await ipage.setInputFiles('#ws-files', [
      { name: 'ada-q2.json', mimeType: 'application/json', buffer: Buffer.from(earlyAda) },
      { name: 'ada.json', mimeType: 'application/json', buffer: Buffer.from(handedIn[0]!.text) },
      { name: 'bo.json', mimeType: 'application/json', buffer: Buffer.from(handedIn[1]!.text) },
      { name: 'bo-tampered.json', mimeType: 'application/json', buffer: Buffer.from(tampered) },
      { name: 'dee-seed8.json', mimeType: 'application/json', buffer: Buffer.from(foreign) },
    ]);
    await ipage.waitForSelector('#ws-leaderboard');
    // The files fold away under the leaderboard once runs are loaded; the instructor opens them to paste.
    expect(await ipage.$eval('#ws-files-box', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    await ipage.click('#ws-files-box > summary');
    await ipage.fill('#ws-paste', shareCode);
    await ipage.click('#ws-add-paste');
    await ipage.waitForFunction(() => document.querySelectorAll('#ws-leaderboard tbody tr').length === 3);
    const teams = await ipage.$$eval('#ws-leaderboard tbody tr', (rows) => rows.map((r) => r.getAttribute('data-team')));
    expect([...teams].sort()).toEqual(plans.map((p) => p.team).sort());
    const flags = await ipage.$$eval('#ws-flagged li', (li) =>
      li.map((x) => [x.getAttribute('data-file'), x.getAttribute('data-code'), x.textContent ?? '']),
    );
    expect(flags.map((f) => [f[0], f[1]])).toEqual([
      ['bo-tampered.json', 'tampered'],
      ['dee-seed8.json', 'otherSeed'],
    ]);
    expect(flags[0]![2]).toMatch(/quarter 1/);
    expect(flags[1]![2]).toContain('"class8"');
    // Ada handed in twice (at the pause and at the end): ranked once, the earlier file noted, not flagged.
    expect(await ipage.$$eval('#ws-notes li', (li) => li.map((x) => [x.getAttribute('data-file'), x.getAttribute('data-by')]))).toEqual([
      ['ada-q2.json', 'ada.json'],
    ]);
    const csv = await downloadText(ipage, () => ipage.click('#ws-csv'));
    const rows = csv.text.split('\r\n').filter(Boolean);
    expect(rows.length).toBe(1 + 3 * 4);
    expect(csv.text.startsWith('\ufeff')).toBe(true);
    await ipage.screenshot({ path: screenshotPath('workshop-debrief-en'), fullPage: true });
    const report = await ipage.$eval('[data-testid="ws-report"]', (f) => (f as HTMLIFrameElement).srcdoc);
    expect(report).toContain('Bo &lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;');
    await shootDocument(browser, server.url, report, 'workshop-report-en');
    // The same debrief in Chinese (the report follows the page's language).
    await ipage.click('#ws-lang');
    await ipage.waitForFunction(() =>
      (document.querySelector('[data-testid="ws-report"]') as HTMLIFrameElement | null)?.srcdoc.includes('排行榜'),
    );
    await shootDocument(
      browser,
      server.url,
      await ipage.$eval('[data-testid="ws-report"]', (f) => (f as HTMLIFrameElement).srcdoc),
      'workshop-report-zh',
    );
    expect(await ipage.evaluate(() => window.__xss)).toBeUndefined();
    expect(iproblems).toEqual([]);

    // Eight more teams at once (made here in Node): verified in parallel workers, ranked with the rest.
    const world = workshopWorld(dec.settings, scenario, hash);
    if (!world.ok) throw new Error(world.problem.message);
    const more = ['balanced', 'focused', 'scattered', 'random'].flatMap((bot, k) =>
      [0, 1].map((j) => {
        const g = playBot(world.scenario, 'class7', BOTS[bot]!);
        const end = g.state.history[g.state.history.length - 1]!;
        const text = exportReplay(
          buildReplay(
            {
              scenario: { id: scenario.id, version: scenario.version, hash: world.hash },
              seed: 'class7',
              meta: { workshop: code, team: `Bot ${k}${j}` },
            },
            g.log,
            g.hashes,
            g.state,
            end.valuation,
          ),
        );
        return { name: `bot-${k}${j}.json`, mimeType: 'application/json', buffer: Buffer.from(text) };
      }),
    );
    await ipage.setInputFiles('#ws-files', more);
    await ipage.waitForFunction(() => document.querySelectorAll('#ws-leaderboard tbody tr').length === 11);
    expect(await ipage.$$eval('#ws-flagged li', (li) => li.length)).toBe(2);
    expect(Number(await ipage.getAttribute('#ws-summary', 'data-workers'))).toBeGreaterThanOrEqual(2);

    // A team's browser run verifies in the CLI too.
    const out: string[] = [];
    const file = join(mkdtempSync(join(tmpdir(), 'ws-e2e-')), 'ada.json');
    writeFileSync(file, handedIn[0]!.text);
    expect(verifyCmd.run([file], (s) => out.push(s))).toBe(0);
    expect(out.join('\n')).toMatch(/all 4 quarters match/);
  });

  it('a re-opened join link resumes the team (Continue is focused; a near-duplicate name is warned); a reload focuses Continue', async () => {
    const { scenario, hash } = readScenario('workshop-intro');
    const settings = {
      scenarioId: 'workshop-intro',
      scenarioHash: hash.slice(0, 5),
      seed: 'lost1',
      quarters: 4,
      groups: ['team', 'market', 'funding'] as ('team' | 'market' | 'funding')[],
      lang: 'en' as const,
      pauses: [],
    };
    const code = encodeWorkshop(settings);
    expect(workshopWorld(settings, scenario, hash).ok).toBe(true);
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    contexts.push(ctx);
    const page = await ctx.newPage();
    const problems = watchConsole(page);
    const link = server.url + '#workshop=' + code;
    await page.goto(link);
    await page.waitForSelector('#ws-team');
    expect(await page.$('#ws-resume')).toBeNull();
    // The join page tells the workshop's quarter count (4), not the scenario's (8).
    const joinText = await page.textContent('#ws-join-page');
    expect(joinText).toContain('4 quarters and three decision groups');
    expect(joinText).not.toContain('8 quarters');
    await page.fill('#ws-team', 'Team 1');
    await page.click('#ws-join');
    await page.waitForFunction(() => window.__sim?.screen() === 'game');
    await endQuarter(page);
    expect(await page.textContent('#hdr-quarter')).toContain('Q2 / 4');
    // The tab is lost; the team opens the same link again.
    await page.goto('about:blank');
    await page.goto(link);
    await page.waitForSelector('#ws-resume-go');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ws-resume-go');
    expect(await page.textContent('#ws-resume-go')).toContain('Q2 of 4');
    await page.fill('#ws-team', 'team   1');
    expect(await page.textContent('#ws-team-warning')).toContain('is the same team as "Team 1"');
    await page.screenshot({ path: screenshotPath('workshop-join-resume-en') });
    await page.click('#ws-resume-go');
    await page.waitForFunction(() => window.__sim?.screen() === 'game');
    expect(await page.textContent('#hdr-quarter')).toContain('Q2 / 4');
    // A reload lands on the title with the team's Continue focused, not "Start game".
    await page.reload();
    await page.waitForSelector('#title');
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^slot-continue-/);
    // Joining again under a near-duplicate name resumes the same game (one save for the team).
    await page.goto(link);
    await page.waitForSelector('#ws-team');
    await page.fill('#ws-team', ' TEAM 1 ');
    await page.click('#ws-join');
    await page.waitForFunction(() => window.__sim?.screen() === 'game');
    expect(await page.textContent('#hdr-quarter')).toContain('Q2 / 4');
    const saves = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('aiss.save.')).length);
    expect(saves).toBe(1);
    expect(problems).toEqual([]);
  });

  it('the debrief of 60 files shows the leaderboard in the first screen (1280×720), keeps it across a reload, and has a projector view', async () => {
    const { scenario, hash } = readScenario('workshop-intro');
    const settings = {
      scenarioId: 'workshop-intro',
      scenarioHash: hash.slice(0, 5),
      seed: 'class60',
      quarters: 4,
      groups: ['team', 'market', 'funding'] as ('team' | 'market' | 'funding')[],
      lang: 'en' as const,
      pauses: [],
    };
    const code = encodeWorkshop(settings);
    const w = workshopWorld(settings, scenario, hash);
    if (!w.ok) throw new Error(w.problem.message);
    const bots = ['balanced', 'focused', 'scattered', 'random'];
    const files = Array.from({ length: 60 }, (_, i) => {
      const team = i < ODD.length ? ODD[i]! : `Team ${i + 1}`;
      return {
        name: `run-${String(i + 1).padStart(2, '0')}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(botRun({ scenario: w.scenario, hash: w.hash }, 'class60', code, team, bots[i % bots.length]!)),
      };
    });
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    contexts.push(ctx);
    const page = await ctx.newPage();
    const problems = watchConsole(page);
    await page.goto(server.url + '#debrief=' + code);
    await page.waitForSelector('#ws-files');
    await page.setInputFiles('#ws-files', files);
    await page.waitForFunction(() => document.querySelectorAll('#ws-leaderboard tbody tr').length === 60, undefined, { timeout: 60_000 });
    const box = await page.$eval('#ws-leaderboard', (t) => {
      const r = t.getBoundingClientRect();
      const first = t.querySelector('tbody tr')!.getBoundingClientRect();
      return { top: r.top, firstBottom: first.bottom };
    });
    expect(box.top).toBeLessThan(720);
    expect(box.firstBottom).toBeLessThan(720);
    expect(
      await page.$$eval('#ws-leaderboard tbody tr', (rows) => rows.filter((r) => r.getBoundingClientRect().bottom <= 720).length),
    ).toBeGreaterThanOrEqual(8);
    // Names are isolated (an Arabic name does not reorder its row) and rendered as text.
    expect(await page.$eval('#ws-leaderboard tr[data-team="فريق النجاح"] .ws-team-name bdi', (b) => b.textContent)).toBe('فريق النجاح');
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.$$eval('#ws-leaderboard thead th', (th) => th.map((x) => x.textContent))).toEqual(
      expect.arrayContaining(['Valuation', 'Survived']),
    );
    await page.screenshot({ path: screenshotPath('workshop-debrief-60-en') });
    // One team highlighted in the charts, the others grey.
    await page.selectOption('#ws-highlight', '2');
    await page.waitForFunction(() =>
      (document.querySelector('[data-testid="ws-report"]') as HTMLIFrameElement | null)?.srcdoc.includes('data-highlight="2"'),
    );
    const report = await page.$eval('[data-testid="ws-report"]', (f) => (f as HTMLIFrameElement).srcdoc);
    expect((report.match(/data-highlight="/g) ?? []).length).toBe(4);
    expect(report).toContain('class="events grid"');
    // The projector view: the top ten in large type.
    await page.click('#ws-projector-open');
    await page.waitForSelector('#ws-projector');
    expect(await page.$$eval('#ws-projector tbody tr', (r) => r.length)).toBe(10);
    expect(await page.$eval('#ws-projector tbody tr:last-child', (r) => r.getBoundingClientRect().bottom)).toBeLessThanOrEqual(720);
    await page.screenshot({ path: screenshotPath('workshop-debrief-projector-en') });
    await page.keyboard.press('Escape');
    await page.waitForSelector('#ws-projector', { state: 'detached' });
    // The same board in Chinese.
    await page.click('#ws-lang');
    await page.waitForFunction(() => document.querySelector('#ws-leaderboard thead')?.textContent?.includes('估值'));
    await page.screenshot({ path: screenshotPath('workshop-debrief-60-zh') });
    await page.click('#ws-lang');
    // A reload keeps the 60 runs (until the instructor removes them).
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('#ws-leaderboard tbody tr').length === 60, undefined, { timeout: 60_000 });
    expect(await page.textContent('#ws-restored')).toContain('60 runs');
    page.once('dialog', (d) => {
      void d.accept();
    });
    await page.click('#ws-files-box > summary');
    await page.click('#ws-clear');
    await page.waitForSelector('#ws-leaderboard', { state: 'detached' });
    await page.reload();
    await page.waitForSelector('#ws-files');
    expect(await page.$('#ws-leaderboard')).toBeNull();
    expect(problems).toEqual([]);
  });
});
