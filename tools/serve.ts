// Shared by the browser tests (their vitest globalSetup, test/e2e/global-setup.ts) and the bench:
// build the game with Vite's build() into a folder and serve that folder with Vite's preview server
// on a free 127.0.0.1 port, or a test page from the source with the dev server (serveDevPage);
// launch the system Chromium with the project's flags.
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import type { DepOptimizationOptions, Plugin } from 'vite';
import { CHROMIUM, CHROMIUM_HINT, launchChromium } from '../src/cli/chromium';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export { CHROMIUM };
const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
const CONFIG = join(ROOT, 'vite.config.ts');

/** Builds the game into `outDir` as `npm run build` does (a production build, whatever NODE_ENV
 *  the caller runs under: vitest sets it to "test", which would make Vite build for development). */
export async function buildGame(outDir: string): Promise<void> {
  const { build } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, configFile: CONFIG, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** Serves `dir` with Vite's preview server on a free 127.0.0.1 port. `ready`: the build that fills
 *  `dir`; requests wait for it (and get a 500 naming the error if it fails), so the server can start
 *  before the build ends. Unknown paths are a 404 ("not found"), as on any static web server (no SPA fallback). */
export async function serveGame(
  dir: string,
  ready: Promise<unknown> = Promise.resolve(),
): Promise<{ url: string; close(): Promise<void> }> {
  const { preview } = await import('vite');
  const gate: Plugin = {
    name: 'wait-for-build',
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        ready.then(
          () => next(),
          (e: unknown) => {
            res.statusCode = 500;
            res.end(`the game did not build: ${e instanceof Error ? e.message : String(e)}`);
          },
        );
      });
      // After the files: anything else but an HTML page is a 404 with a body (Vite's own is empty,
      // which Chromium refuses to open as a page; the print tests open a blank page on this origin).
      return () => {
        server.middlewares.use((req, res, next) => {
          if (/\.html(\?|$)/.test(req.url ?? '')) {
            next();
            return;
          }
          res.statusCode = 404;
          res.setHeader('content-type', 'text/plain; charset=utf-8');
          res.end('not found');
        });
      };
    },
  };
  const server = await preview({
    root: ROOT,
    configFile: CONFIG,
    logLevel: 'error',
    appType: 'mpa',
    plugins: [gate],
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false, headers: { 'cache-control': 'no-store' } },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not say its URL');
  return { url, close: () => server.close() };
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createNetServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => ok(port));
    });
  });
}

/** Serves a test page of the repository (e.g. `test/e2e/office.html`) from the source with Vite's
 *  dev server on a free 127.0.0.1 port, for the browser tests of one part on its own page. A
 *  private dependency cache (`cache`, under node_modules/) and no file watcher: other work on the
 *  tree must not reload the page. `url` is the page's address. */
export async function serveDevPage(
  page: string,
  cache: string,
  optimizeDeps: DepOptimizationOptions,
): Promise<{ url: string; close(): Promise<void> }> {
  const { createServer } = await import('vite');
  const port = await freePort();
  const server = await createServer({
    root: ROOT,
    configFile: CONFIG,
    logLevel: 'error',
    cacheDir: join(ROOT, 'node_modules', cache),
    server: { port, strictPort: true, host: '127.0.0.1', watch: null },
    optimizeDeps,
  });
  await server.listen();
  return { url: `http://127.0.0.1:${port}/${page}`, close: () => server.close() };
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
    if ((m.type() === 'error' || m.type() === 'warning') && !IGNORED.some((r) => r.test(m.text())))
      problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}
