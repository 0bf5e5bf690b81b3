// Someone double-clicks dist/index.html: from a file:// address Chromium refuses the game's module
// scripts, so the page must say why and how to serve it (in both languages) instead of "Loading…"
// forever. Served over http the hint never shows and the title screen replaces the loading line.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTitle } from './helpers';
import { launchBrowser, requireBrowser, startServer } from './server';

const hasBrowser = requireBrowser();

describe.skipIf(!hasBrowser)('the built game opened from disk', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a bilingual hint to serve the folder, not an endless "Loading…"', async () => {
    const p = await browser.newPage();
    await p.goto(pathToFileURL(join(server.dir, 'index.html')).href);
    await p.waitForSelector('#file-hint', { state: 'visible', timeout: 20_000 });
    expect(await p.isVisible('#boot-loading')).toBe(false);
    const en = (await p.textContent('#file-hint p[lang="en"]'))!.replace(/\s+/g, ' ');
    const zh = (await p.textContent('#file-hint p[lang="zh"]'))!.replace(/\s+/g, ' ');
    expect(en).toContain('Opened from disk');
    expect(en).toContain('npm run preview');
    expect(zh).toContain('从磁盘直接打开');
    expect(zh).toContain('npm run preview');
    await p.close();
  });

  it('served over http, shows the title screen and no hint', async () => {
    const p = await browser.newPage();
    await openTitle(p, server.url);
    expect(await p.$('#file-hint')).toBeNull();
    expect(await p.$('#boot-loading')).toBeNull();
    await p.close();
  });
});
