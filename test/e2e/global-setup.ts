// The browser tests' vitest globalSetup (the e2e project in vitest.config.ts): builds the game once
// per run with Vite's build() into a fresh folder under test-output/ and serves it with Vite's
// preview server; the tests get its address and folder by inject('game') (see suite.ts). The
// server answers at once and holds each request until the build is done, so the setup returns
// without waiting for the build and the unit tests start meanwhile. Without Chromium (and outside
// CI) the browser tests are skipped, and nothing is built.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildGame, CHROMIUM, ROOT, serveGame } from '../../tools/serve';

export interface ServedGame {
  /** The preview server's address, ending in "/"; '' when nothing is served (no Chromium). */
  url: string;
  /** The built folder (complete once a request to `url` has been answered). */
  dir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    game: ServedGame;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM) && !process.env.CI) {
    project.provide('game', { url: '', dir: '' });
    return async () => {};
  }
  const parent = join(ROOT, 'test-output');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'e2e-dist-'));
  const t0 = Date.now();
  const built = buildGame(dir).then(() => console.log(`[e2e] vite build: ${Date.now() - t0} ms`));
  built.catch(() => {}); // reported to every request (a 500 naming the error), not as an unhandled rejection
  const server = await serveGame(dir, built);
  project.provide('game', { url: server.url, dir });
  return async () => {
    await server.close();
    await built.catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
}
