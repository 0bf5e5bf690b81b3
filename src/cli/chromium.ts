// The one way this project starts Debian's headless Chromium (bench sections, tests, the
// cross-engine tool): its path, the flags this offline machine needs, and a page preloaded with an
// esbuild bundle of some of our own modules.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Without the background-networking flags Chromium keeps dialing out on a closed network. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'];

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A fresh browser with one page that has run `entry` (TypeScript importing from the repo root,
 *  bundled for the browser). The caller must `close()` it. */
export async function pageWithBundle(entry: string): Promise<{ page: Page; close(): Promise<void> }> {
  const { build } = await import('esbuild');
  const out = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', minify: true,
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: out.outputFiles[0]!.text });
    return { page, close: () => browser.close() };
  } catch (e) {
    await browser.close();
    throw e;
  }
}
