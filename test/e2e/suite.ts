// The setup every browser test file shares: the game built and served once per run by the e2e
// project's globalSetup (global-setup.ts), and one headless Chromium per file, started before the
// file's tests and closed after (vitest hooks, so this file is for tests only).
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tools/serve';
import type { ServedGame } from './global-setup';

export interface GameAndBrowser {
  server: ServedGame;
  browser: Browser;
}

/** The served game, once its build is complete (the first request waits for it; a failed build
 *  fails here with Vite's message). */
export async function servedGame(): Promise<ServedGame> {
  const game = inject('game');
  if (!game?.url) throw new Error('the game is not served: run the browser tests through vitest with the e2e project (vitest.config.ts)');
  const r = await fetch(game.url);
  if (!r.ok) throw new Error(`${game.url}: ${r.status} ${await r.text()}`);
  return game;
}

/** Registers the hooks in the calling describe block; the fields are set once its beforeAll has run. */
export function useGameAndBrowser(): GameAndBrowser {
  const env = {} as GameAndBrowser;
  beforeAll(async () => {
    [env.server, env.browser] = await Promise.all([servedGame(), launchBrowser()]);
  });
  afterAll(async () => {
    await env.browser?.close();
  });
  return env;
}
