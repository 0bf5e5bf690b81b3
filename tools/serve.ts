// Shared helpers for browser tests and the bench: build the game once per source version (cached by
// a content hash under test-output/e2e-dist, so parallel test files reuse one build) and serve the
// static folder on a free 127.0.0.1 port; launch the system Chromium with the project's flags.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_HINT, launchChromium } from '../src/cli/chromium';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
const CACHE = join(ROOT, 'test-output', 'e2e-dist');
const INPUTS = ['index.html', 'vite.config.ts', 'package-lock.json', 'src', 'scenarios', 'assets'];

function walk(p: string, out: string[]): void {
  if (!existsSync(p)) return;
  const st = statSync(p);
  if (st.isFile()) { out.push(p); return; }
  for (const f of readdirSync(p).sort()) if (!f.endsWith('.test.ts')) walk(join(p, f), out);
}

/** A hash of everything that goes into the build: same sources, same cached build. */
function sourceHash(): string {
  const files: string[] = [];
  for (const i of INPUTS) walk(join(ROOT, i), files);
  const h = createHash('sha256');
  for (const f of files) h.update(f.slice(ROOT.length)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** Builds the game with Vite into the cache (once per source hash) and returns the folder. */
export async function buildOnce(): Promise<string> {
  const hash = sourceHash();
  const dir = join(CACHE, hash);
  if (existsSync(join(dir, 'index.html'))) return dir;
  mkdirSync(CACHE, { recursive: true });
  // One build at a time: test files start in parallel, and two builds on two cores take twice as long.
  const lock = join(CACHE, `lock-${hash}`);
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(join(dir, 'index.html'))) return dir;
      const st = statSync(lock, { throwIfNoEntry: false });
      if (!st) continue;
      if (waited > 180_000 || Date.now() - st.mtimeMs > 180_000) { rmSync(lock, { recursive: true, force: true }); continue; }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (existsSync(join(dir, 'index.html'))) return dir;
    await buildInto(dir);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return dir;
}

async function buildInto(dir: string): Promise<void> {
  const tmp = join(CACHE, `tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  const { build } = await import('vite');
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir: tmp, emptyOutDir: true } });
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another process finished the same build first
  }
  for (const old of readdirSync(CACHE)) {
    const p = join(CACHE, old);
    if (p !== dir && !old.startsWith('tmp-') && !old.startsWith('lock-') && Date.now() - statSync(p).mtimeMs > 3_600_000) rmSync(p, { recursive: true, force: true });
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp', '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.wasm': 'application/wasm', '.mp3': 'audio/mpeg', '.ogg': 'audio/ogg', '.txt': 'text/plain',
};

/** Serves a static folder on 127.0.0.1 (a free port); what any web server would do with `dist`. */
export async function serveStatic(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createHttpServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!.split('#')[0]!);
    const file = normalize(join(dir, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

/** Builds (or reuses the cached build) and serves it. */
export async function startServer(): Promise<{ url: string; close(): Promise<void>; dir: string }> {
  const dir = await buildOnce();
  const s = await serveStatic(dir);
  return { ...s, dir };
}

/** Whether browser tests can run here. Absent Chromium skips them with a message, except under CI,
 *  where it is a failure: a CI run that silently skips the browser proves nothing. */
export function requireBrowser(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const msg = `browser tests need Chromium: ${CHROMIUM_HINT}`;
  if (process.env.CI) throw new Error(`${msg}; CI is set, so this is a failure, not a skip`);
  console.warn(`SKIPPED: ${msg}`);
  return false;
}

export async function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** Chromium's own messages, not the game's. */
const IGNORED = [/GPU stall due to ReadPixels/i];

/** Collects console errors and warnings and uncaught page errors (for the "no console errors" check). */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !IGNORED.some((r) => r.test(m.text()))) problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}
