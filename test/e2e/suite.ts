// The setup every browser test file shares: the built game served on 127.0.0.1 and one headless
// Chromium for the file's tests, started before them and closed after (vitest hooks, so this file
// is for tests only; the benches use server.ts directly).
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, startServer } from '../../tools/serve';

export interface GameAndBrowser { server: Awaited<ReturnType<typeof startServer>>; browser: Browser }

/** Registers the hooks in the calling describe block; the fields are set once its beforeAll has run. */
export function useGameAndBrowser(): GameAndBrowser {
  const env = {} as GameAndBrowser;
  beforeAll(async () => {
    [env.server, env.browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
