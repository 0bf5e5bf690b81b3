// The one way this project starts Debian's headless Chromium (bench sections, tests, the
// cross-engine tool): its path, the flags this offline machine needs, and a page preloaded with an
// esbuild bundle of some of our own modules.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';

/** The names looked up on PATH, in order (Debian, Ubuntu and Fedora, Google's build). */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'] as const;

function executable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Pure given its inputs. Which Chromium to start: CHROMIUM_PATH when set (an explicit choice
 *  wins, even if it is wrong: the messages then name it), else the first of CHROMIUM_NAMES on PATH,
 *  else /usr/bin/chromium (absent; the messages say what was searched). */
export function findChromium(env: Record<string, string | undefined> = process.env, isExe = executable): string {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of CHROMIUM_NAMES) for (const d of dirs) if (isExe(join(d, name))) return join(d, name);
  return '/usr/bin/chromium';
}

export const CHROMIUM = findChromium();
/** What to tell someone whose Chromium was not found. */
export const CHROMIUM_HINT = process.env.CHROMIUM_PATH
  ? `CHROMIUM_PATH is ${process.env.CHROMIUM_PATH}, which does not exist`
  : `none of ${CHROMIUM_NAMES.join(', ')} is on PATH; install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary`;
/** Without the background-networking flags Chromium keeps dialing out on a closed network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

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
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
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
