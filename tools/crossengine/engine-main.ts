// Child-process side of the cross-engine check for Node (V8) and bun (JavaScriptCore):
//   bun engine-main.ts INPUT.json [BUNDLE.js]      node --import tsx engine-main.ts INPUT.json [BUNDLE.js]
// Without a bundle it imports the engine's TypeScript directly (each runtime's own transpiler);
// with one it evaluates that build instead (variant builds such as the planted Math.pow).
import { readFileSync } from 'node:fs';
import { invocation } from './invoke';
import { runJobsJson } from './runner';

const [inputPath, bundlePath] = process.argv.slice(2);
if (!inputPath) {
  console.error('usage: engine-main.ts INPUT.json [BUNDLE.js]');
  process.exit(2);
}
const input = readFileSync(inputPath, 'utf8');
// Indirect eval runs the bundle in global scope, as a <script> would.
const out = bundlePath ? ((0, eval)(invocation(readFileSync(bundlePath, 'utf8'), input)) as string) : runJobsJson(input);
process.stdout.write(out + '\n');
