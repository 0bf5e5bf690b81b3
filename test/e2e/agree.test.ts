// The browser and Node agree: a fixed decision list played in the page (decisions through the
// page's hook, quarters ended with the End button) gives, quarter by quarter, the same state hashes
// as the engine's replay in Node, and the page's exported run is byte-identical to Node's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/engine/index';
import { loadScenario, replay } from '../../src/engine/index';
import { exportReplay } from '../../src/replay/format';
import { Session } from '../../src/session/session';
import { endQuarter, openTitle, startGame } from './helpers';

/** The simple office: these tests are about saves, text and hashes, not the animated scene. */
const SIMPLE = '?office=simple';
import { requireBrowser, ROOT, watchConsole } from '../../tools/serve';
import { useGameAndBrowser } from './suite';

const hasBrowser = requireBrowser();

const SEED = 'agree-2024';
const LOG: Action[][] = [
  [
    { type: 'hire', role: 'mlEngineer', count: 2 },
    { type: 'setMarkets', markets: ['finance', 'retail'] },
    { type: 'setProgramme', programme: 'privacy', on: true },
  ],
  [
    { type: 'setPositioning', positioning: 'differentiation' },
    { type: 'setPricing', strategy: 'value', levelBp: 11000 },
    { type: 'raiseRound', kind: 'seed', amount: 1_500_000, preMoney: 6_000_000 },
  ],
  [
    { type: 'setModelScale', scale: 'medium' },
    { type: 'setComputeRent', units: 40 },
    { type: 'setMarketing', channel: 'content', budget: 40_000 },
    { type: 'applyGrant' },
  ],
  [
    { type: 'setStructure', structure: 'matrix' },
    { type: 'setIncentives', bonusBp: 1000, equityGrants: true, career: true },
    { type: 'proposePartnership', kind: 'data', market: 'finance' },
  ],
  [
    { type: 'buyCompute', units: 5 },
    { type: 'setDataBudget', amount: 30_000, augmentation: true },
    { type: 'fire', role: 'softwareEngineer', count: 1 },
  ],
];

describe.skipIf(!hasBrowser)('browser game: browser and CLI agree', () => {
  const env = useGameAndBrowser();

  it('gives the same hash after every quarter and the same exported run', async () => {
    const loaded = loadScenario(readFileSync(join(ROOT, 'scenarios/classic.json'), 'utf8'));
    if (!loaded.ok) throw new Error('classic');
    const node = replay(loaded.scenario, SEED, LOG);
    if (!node.ok) throw new Error(`the fixed list is refused in Node: ${node.code}`);
    const session = new Session(loaded.scenario, loaded.hash, SEED, { team: 'A' });
    for (const q of LOG) {
      for (const a of q) expect(session.dispatch(a).ok).toBe(true);
      session.dispatch({ type: 'endQuarter' });
    }

    const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const p = await ctx.newPage();
    const problems = watchConsole(p);
    await openTitle(p, env.server.url + SIMPLE);
    await startGame(p, { lang: 'en', seed: SEED, team: 'A' });
    const hashes: string[] = [];
    for (const q of LOG) {
      const results = await p.evaluate((actions) => actions.map((a) => window.__sim.dispatch(a).ok), q);
      expect(results.every(Boolean)).toBe(true);
      await endQuarter(p);
      hashes.push((await p.evaluate(() => window.__sim.hash()))!);
    }
    expect(hashes).toEqual(node.hashes);
    expect(await p.evaluate(() => window.__sim.exportReplay())).toBe(exportReplay(session.toReplay()));
    expect(problems).toEqual([]);
    await ctx.close();
  });
});
