// QuickJS side of the cross-engine check (a third engine family, an interpreter compiled to wasm):
// `node --import tsx quickjs-main.ts INPUT.json BUNDLE.js` evaluates the bundle in a fresh QuickJS
// context with memory and stack limits and prints the results as JSON.
import { readFileSync } from 'node:fs';
import { getQuickJS } from 'quickjs-emscripten';
import { invocation } from './invoke';

async function runInQuickJS(bundle: string, inputJson: string): Promise<string> {
  const QuickJS = await getQuickJS();
  const rt = QuickJS.newRuntime();
  rt.setMemoryLimit(512 * 1024 * 1024);
  rt.setMaxStackSize(1024 * 1024);
  const vm = rt.newContext();
  try {
    const r = vm.evalCode(invocation(bundle, inputJson), 'crossengine.js');
    if (r.error) {
      const err = vm.dump(r.error) as { name?: string; message?: string; stack?: string } | string | null;
      r.error.dispose();
      const text = err && typeof err === 'object' ? `${err.name ?? 'Error'}: ${err.message ?? ''}\n${err.stack ?? ''}` : String(err);
      throw new Error(`QuickJS: ${text}`);
    }
    const out = vm.getString(r.value);
    r.value.dispose();
    return out;
  } finally {
    vm.dispose();
    rt.dispose();
  }
}

const [inputPath, bundlePath] = process.argv.slice(2);
if (inputPath && bundlePath) {
  runInQuickJS(readFileSync(bundlePath, 'utf8'), readFileSync(inputPath, 'utf8')).then(
    (out) => process.stdout.write(out + '\n'),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
