// The command-line file of an installed package (its package.json "bin"), to run with this Node:
// the npm scripts' runners (tools/test.ts, tools/format.ts) spawn tools this way, on any OS.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The file of a package's command (its package.json "bin"), run with this Node. */
export function bin(pkg: string, name = pkg.split('/').pop()!): string {
  const manifest = createRequire(import.meta.url).resolve(`${pkg}/package.json`);
  const b = (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: string | Record<string, string> }).bin;
  return join(dirname(manifest), typeof b === 'string' ? b : b[name]!);
}
