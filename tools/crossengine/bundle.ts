// Builds the runner into one IIFE script (global `__crossengine`) with esbuild, in memory.
// Plugins let a test build a variant engine (e.g. a planted Math.pow) without touching src/.
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The bundled runner as script text; evaluating it defines `__crossengine.runJobsJson`. */
export async function bundleRunner(plugins: Plugin[] = []): Promise<string> {
  const r = await build({
    entryPoints: [join(HERE, 'entry.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__crossengine',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
    plugins,
  });
  return r.outputFiles[0]!.text;
}
