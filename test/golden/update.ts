// `npm run golden:update`: rebuilds the golden replays (test/golden/replays), the replays that must
// fail (test/golden/bad) and the manifest (final hashes, pinned share codes, expected verdicts),
// then refreshes the pinned runs of test/golden-runs.test.ts. Run it only for a deliberate rules
// change, and review the diff: every changed file is a game whose outcome changed.
// Usage: npm run golden:update [-- --replays-only]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ENGINE_VERSION } from '../../src/engine/index';
import { exportReplay } from '../../src/replay/format';
import { encodeShareCode } from '../../src/replay/share-code';
import { BAD_CASES, CASES } from './cases';
import { loadShipped } from './runs';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const REPLAYS = here('./replays/');
const BAD = here('./bad/');

function main(): void {
  const l = loadShipped('classic');
  mkdirSync(REPLAYS, { recursive: true });
  mkdirSync(BAD, { recursive: true });
  const manifest = {
    engineVersion: ENGINE_VERSION,
    scenario: { id: l.scenario.id, version: l.scenario.version, hash: l.hash },
    replays: [] as unknown[],
    bad: [] as unknown[],
  };
  const built = new Map<string, string>();
  for (const c of CASES) {
    const r = c.build(l);
    const text = exportReplay(r);
    built.set(c.name, text);
    writeFileSync(REPLAYS + c.name + '.json', text);
    manifest.replays.push({
      name: c.name,
      outcome: r.result.outcome,
      quarters: r.result.quarters,
      finalHash: r.result.finalHash,
      code: encodeShareCode(r),
    });
    console.log(
      `${c.name.padEnd(36)} ${r.result.outcome.padEnd(9)} ${String(r.result.quarters).padStart(2)} quarters  ${r.result.finalHash.slice(0, 16)}`,
    );
  }
  for (const b of BAD_CASES) {
    const j = JSON.parse(built.get(b.from)!) as Record<string, any>;
    b.mutate(j);
    writeFileSync(BAD + b.name + '.json', JSON.stringify(j) + '\n');
    manifest.bad.push({ name: b.name, from: b.from, expect: b.expect });
  }
  for (const [dir, names] of [
    [REPLAYS, CASES.map((c) => c.name)],
    [BAD, BAD_CASES.map((b) => b.name)],
  ] as const) {
    for (const f of readdirSync(dir)) if (f.endsWith('.json') && !names.includes(f.slice(0, -5))) rmSync(dir + f);
  }
  writeFileSync(here('./manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  console.log(`${CASES.length} golden replays, ${BAD_CASES.length} bad ones; manifest written`);
  // The engine's pinned runs (test/golden-runs.test.ts) follow the same rules: refresh them too
  // (unless --replays-only: regenerating only this area's files).
  if (process.argv.includes('--replays-only')) return;
  const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/golden-runs.test.ts'], {
    cwd: here('../../'),
    env: { ...process.env, UPDATE_GOLDEN: '1' },
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}

main();
