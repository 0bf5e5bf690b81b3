// Bench section "browser": from headless Chromium, the time from navigation to an interactive title
// screen, the JavaScript the game ships and transfers (raw and gzip), and the office's frame time
// with 100+ staff on screen. Figures only; nothing here passes or fails.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildGame, launchBrowser, requireBrowser, serveGame } from '../serve';

export const name = 'browser';

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function run(print: (s: string) => void): Promise<void> {
  let ok: boolean;
  try {
    ok = requireBrowser();
  } catch (e) {
    print(`  ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  if (!ok) {
    print('  skipped: Chromium not found (PATH or CHROMIUM_PATH)');
    return;
  }

  const t0 = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'aiss-bench-dist-'));
  await buildGame(dir);
  print(`  vite build: ${Date.now() - t0} ms`);
  const assets = join(dir, 'assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  let raw = 0,
    gz = 0;
  for (const f of js) {
    const b = readFileSync(join(assets, f));
    raw += b.length;
    gz += gzipSync(b).length;
  }
  print(`  JavaScript in the build: ${js.length} files, ${kb(raw)} raw, ${kb(gz)} gzip (everything, the office loaded on demand included)`);

  const server = await serveGame(dir);
  const browser = await launchBrowser();
  try {
    const times: number[] = [];
    let titleJs: { raw: number; gz: number; files: number } = { raw: 0, gz: 0, files: 0 };
    for (let i = 0; i < 5; i++) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await ctx.newPage();
      const loaded: string[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith('.js')) loaded.push(r.url());
      });
      await page.goto(server.url);
      await page.waitForFunction('window.__sim && window.__sim.screen() === "title"');
      times.push((await page.evaluate('performance.getEntriesByName("title-interactive")[0].startTime')) as number);
      if (i === 0) {
        for (const u of loaded) {
          const b = readFileSync(join(dir, new URL(u).pathname));
          titleJs = { raw: titleJs.raw + b.length, gz: titleJs.gz + gzipSync(b).length, files: titleJs.files + 1 };
        }
      }
      await ctx.close();
    }
    print(`  JavaScript transferred for the title screen: ${titleJs.files} files, ${kb(titleJs.raw)} raw, ${kb(titleJs.gz)} gzip`);
    print(
      `  navigation → interactive title: median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}, 5 cold loads)`,
    );

    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await ctx.newPage();
    await page.goto(server.url);
    await page.waitForFunction('window.__sim && window.__sim.screen() === "title"');
    await page.click('#btn-start');
    await page.waitForFunction('window.__sim.screen() === "game"');
    await page.evaluate('window.__sim.officeReady()');
    await page.evaluate(
      `[window.__sim.dispatch({ type: 'hire', role: 'softwareEngineer', count: 50 }), window.__sim.dispatch({ type: 'hire', role: 'marketing', count: 46 })]`,
    );
    // let the walk-ins finish: the steady office is what is measured
    await page.waitForFunction('window.__sim.peopleWalking() === 0 || window.__sim.peopleWalking() === null', undefined, {
      timeout: 60_000,
    });
    const renderer = (await page.evaluate('window.__sim.renderer()')) as string | null;
    const people = (await page.evaluate('window.__sim.peopleOnScreen()')) as number | null;
    const staff = (await page.evaluate('Object.values(window.__sim.state().staff).reduce((a, b) => a + b, 0)')) as number;
    const f = (await page.evaluate('window.__sim.frames(4000)')) as { frames: number; median: number; p95: number; source: string };
    const onScreen = people === null ? 'office does not report people on screen' : `${people} people on screen`;
    const how = `${f.source}, 1280×720, Phaser renderer: ${renderer ?? 'none'}; headless Chromium renders on the CPU`;
    print(
      `  office frame time with ${staff} staff (${onScreen}): median ${f.median.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms over ${f.frames} frames (${how})`,
    );
    await ctx.close();
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
