// Running a corpus in each JavaScript engine: Node (V8) and bun (JavaScriptCore) as child
// processes, headless Chromium (V8, browser build) through playwright-core, and QuickJS
// (an interpreter compiled to wasm) in a child process. An absent engine is reported, not thrown.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_HINT, launchChromium } from '../../src/cli/chromium';
import { parseJsonSafe } from '../../src/formats/safe-json';
import { invocation } from './invoke';
import type { JobInput, JobResult } from './runner';

export const ENGINES = ['node', 'jsc', 'chromium', 'quickjs'] as const;
export type EngineName = (typeof ENGINES)[number];
export const ENGINE_LABEL: Record<EngineName, string> = {
  node: 'Node (V8)',
  jsc: 'bun (JavaScriptCore)',
  chromium: 'headless Chromium (V8)',
  quickjs: 'QuickJS (wasm interpreter)',
};

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = join(ROOT, 'tools/crossengine');
const BUN = join(ROOT, 'node_modules/.bin/bun');

export type EngineOutcome =
  | { engine: EngineName; ran: true; results: JobResult[]; ms: number; version: string }
  | { engine: EngineName; ran: false; reason: string };

const bunProbes = new Map<string, Promise<string | null>>();

/** Why the bun at `path` cannot run, or null when `bun --version` answers. With install scripts off
 *  (`npm ci --ignore-scripts`) npm leaves a few-hundred-byte placeholder there that exits 1, so the
 *  file existing is not enough: it has to run. */
export function bunUnavailable(path = BUN): Promise<string | null> {
  let p = bunProbes.get(path);
  if (!p) {
    p = new Promise((res) => {
      if (!existsSync(path)) {
        res(`bun not found at ${path} (npm install puts it there)`);
        return;
      }
      execFile(path, ['--version'], { timeout: 30_000, encoding: 'utf8' }, (err, stdout, stderr) => {
        if (!err && /^\d+\.\d+/.test(stdout.trim())) {
          res(null);
          return;
        }
        const said = (stderr || stdout || (err ? err.message : '')).trim().split('\n')[0]!.slice(0, 160);
        res(
          `\`bun --version\` failed at ${path}${said ? ` (${said})` : ''}: with install scripts off npm leaves a placeholder there; ` +
            "run `npm rebuild bun` (package.json's allowScripts lets its postinstall run)",
        );
      });
    });
    bunProbes.set(path, p);
  }
  return p;
}

/** Why an engine cannot run here, or null when it can. */
export async function unavailable(engine: EngineName): Promise<string | null> {
  if (engine === 'jsc') return bunUnavailable();
  if (engine === 'chromium') {
    if (!existsSync(CHROMIUM)) return `Chromium not found: ${CHROMIUM_HINT}`;
    try {
      await import('playwright-core');
    } catch {
      return 'playwright-core is not installed';
    }
  }
  if (engine === 'quickjs') {
    try {
      await import('quickjs-emscripten');
    } catch {
      return 'quickjs-emscripten is not installed';
    }
  }
  return null;
}

function parseResults(text: string, engine: EngineName): JobResult[] {
  const p = parseJsonSafe(text.trim(), { maxBytes: 200_000_000, maxDepth: 8, maxKeys: 50_000_000 });
  if (!p.ok || !Array.isArray(p.value))
    throw new Error(`${engine}: unreadable output (${p.ok ? 'not an array' : p.error.message}): ${text.slice(0, 200)}`);
  return p.value as unknown as JobResult[];
}

function child(cmd: string, args: string[]): Promise<string> {
  return new Promise((res, rej) => {
    execFile(cmd, args, { cwd: ROOT, maxBuffer: 1 << 30, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) rej(new Error(`${cmd} ${args.join(' ')} failed: ${stderr.slice(0, 2000) || err.message}`));
      else res(stdout);
    });
  });
}

/** Runs one engine over the input. Chromium and QuickJS always evaluate `bundle`; Node and bun
 *  import the TypeScript sources with their own loaders unless `variant` says the bundle is a
 *  modified build that every engine must run. */
export async function runEngine(engine: EngineName, input: JobInput, bundle: string, variant = false): Promise<EngineOutcome> {
  const why = await unavailable(engine);
  if (why) return { engine, ran: false, reason: why };
  const dir = mkdtempSync(join(tmpdir(), 'crossengine-'));
  const inputPath = join(dir, 'input.json');
  const bundlePath = join(dir, 'bundle.js');
  const inputJson = JSON.stringify(input);
  writeFileSync(inputPath, inputJson);
  writeFileSync(bundlePath, bundle);
  const t0 = performance.now();
  try {
    let out: string;
    let version: string;
    if (engine === 'node') {
      out = await child(process.execPath, ['--import', 'tsx', join(HERE, 'engine-main.ts'), inputPath, ...(variant ? [bundlePath] : [])]);
      version = `node ${process.version}`;
    } else if (engine === 'jsc') {
      out = await child(BUN, [join(HERE, 'engine-main.ts'), inputPath, ...(variant ? [bundlePath] : [])]);
      version = `bun ${(await child(BUN, ['--version'])).trim()}`;
    } else if (engine === 'quickjs') {
      out = await child(process.execPath, ['--import', 'tsx', join(HERE, 'quickjs-main.ts'), inputPath, bundlePath]);
      version = 'quickjs-emscripten';
    } else {
      const browser = await launchChromium();
      try {
        version = `chromium ${browser.version()}`;
        const page = await browser.newPage();
        out = await page.evaluate((code) => (0, eval)(code) as string, invocation(bundle, inputJson));
      } finally {
        await browser.close();
      }
    }
    return { engine, ran: true, results: parseResults(out, engine), ms: Math.round(performance.now() - t0), version };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
