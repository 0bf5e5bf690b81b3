// End to end: the same replays and share codes verify to the same per-quarter state hashes, the
// same rebuilt files and the same codes in Node and in headless Chromium (src/replay bundled for
// the browser as the game ships it). Skipped, saying so, where Chromium is not installed.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { CHROMIUM, launchChromium } from '../src/cli/chromium';
import { describe, expect, it } from 'vitest';
import { branchReplay, encodeShareCode, exportReplay, readReplayInput, verifyReplay } from '../src/replay/index';
import { loadShipped, runReplay } from './golden/runs';

const ROOT = new URL('..', import.meta.url).pathname;

type Outcome = { status: string; hashes?: string[]; file?: string; code?: string; problem?: string };

/** What both sides compute for one pasted input: the verdict, every quarter's hash, the file and code. */
function check(
  R: {
    readReplayInput: typeof readReplayInput;
    verifyReplay: typeof verifyReplay;
    exportReplay: typeof exportReplay;
    encodeShareCode: typeof encodeShareCode;
  },
  input: string,
  scenarioText: string,
): Outcome {
  const r = R.readReplayInput(input);
  if (!r.ok) return { status: 'unreadable', problem: r.error.message };
  const v = R.verifyReplay(r.claim, { text: scenarioText });
  if (v.status !== 'verified') return { status: v.status, problem: v.problem.message };
  return { status: v.status, hashes: v.hashes, file: R.exportReplay(v.replay), code: R.encodeShareCode(v.replay) };
}

describe.skipIf(!existsSync(CHROMIUM))('replays in Node and in headless Chromium', () => {
  it('verify to identical hashes, files and codes (and refuse the same tampering)', async () => {
    const classic = loadShipped('classic');
    const base = runReplay(classic, '42', 'balanced', { workshop: 'MBA 2026 春季', team: '第3组 “火箭” 🚀' });
    const branch = branchReplay(base, { text: classic.text }, { quarter: 6, then: { kind: 'bot', bot: 'random' } });
    if (!branch.ok) throw new Error(branch.message);
    const games = [
      base,
      branch.replay,
      runReplay(classic, '7', 'scattered'),
      runReplay(classic, '3', 'chaos'),
      runReplay(classic, '5', 'focused', {}, 9),
    ];
    const inputs = games.flatMap((g) => [exportReplay(g), encodeShareCode(g)]);
    inputs.push(
      exportReplay(base).replace('"seed":"42"', '"seed":"43"'),
      exportReplay(base)
        .replace(/\n/g, '')
        .replace(/(.{61})/g, '$1\n'),
    );
    const node = inputs.map((i) => check({ readReplayInput, verifyReplay, exportReplay, encodeShareCode }, i, classic.text));
    expect(node.filter((o) => o.status === 'verified').length).toBe(inputs.length - 1);

    const bundle = await build({
      stdin: {
        contents:
          "import { readReplayInput, verifyReplay, exportReplay, encodeShareCode } from './src/replay/index'; " +
          '(globalThis as any).R = { readReplayInput, verifyReplay, exportReplay, encodeShareCode };',
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
    });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
      const inPage = await page.evaluate(
        ({ src, inputs, text }) => {
          const R = (globalThis as unknown as { R: Parameters<typeof check>[0] }).R;
          const f = new Function('return ' + src)() as typeof check;
          return inputs.map((i) => f(R, i, text));
        },
        { src: check.toString(), inputs, text: classic.text },
      );
      expect(inPage).toEqual(node);
    } finally {
      await browser.close();
    }
  });
});
