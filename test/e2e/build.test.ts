// The built game (dist/) as a user meets it. Someone double-clicks dist/index.html: from a file://
// address Chromium refuses the game's module scripts, so the page must say why and how to serve it (in
// both languages) instead of "Loading…" forever. Served over http the hint never shows, and the title
// screen stays light: no workshop page, QR encoder or .woff font is fetched, and its script is under
// the 203 KB gzip it weighed before they loaded on demand.
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openTitle } from './helpers';
import { requireBrowser } from '../../tools/serve';
import { useGameAndBrowser } from './suite';

const hasBrowser = requireBrowser();

describe.skipIf(!hasBrowser)('the built game: opened from disk, and its title screen', () => {
  const env = useGameAndBrowser();

  it('shows a bilingual hint to serve the folder, not an endless "Loading…"', async () => {
    const p = await env.browser.newPage();
    await p.goto(pathToFileURL(join(env.server.dir, 'index.html')).href);
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

  it('served over http, shows the title screen and no hint, fetching only what the title needs', async () => {
    const p = await env.browser.newPage();
    const fetched: string[] = [];
    p.on('response', (r) => fetched.push(new URL(r.url()).pathname));
    await openTitle(p, env.server.url);
    expect(await p.$('#file-hint')).toBeNull();
    expect(await p.$('#boot-loading')).toBeNull();
    const js = fetched.filter((f) => f.endsWith('.js'));
    expect(js.filter((f) => /instructor-page|debrief-page|qrcode|browser-/.test(f))).toEqual([]);
    expect(fetched.filter((f) => f.endsWith('.woff'))).toEqual([]);
    const gz = js.reduce((n, f) => n + gzipSync(readFileSync(join(env.server.dir, f))).length, 0);
    console.log(`[build] title screen: ${js.length} scripts, ${(gz / 1024).toFixed(0)} KB gzip`);
    expect(gz).toBeLessThan(203 * 1024);
    expect(readdirSync(join(env.server.dir, 'assets')).filter((f) => f.endsWith('.woff'))).toEqual([]);
    // The instructor's page still arrives, on demand, with its QR code.
    await p.goto(env.server.url + '#workshop-new');
    await p.waitForSelector('#ws-create', { timeout: 20_000 });
    await p.click('#ws-create');
    await p.waitForSelector('#ws-code', { timeout: 20_000 });
    expect(fetched.some((f) => /instructor-page/.test(f))).toBe(true);
    const qr = (await p.getAttribute('img.ws-qr', 'src'))!;
    expect(qr).toMatch(/^data:image\/svg\+xml/);
    expect(decodeURIComponent(qr)).toContain('<path');
    await p.close();
  });
});
