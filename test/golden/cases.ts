// The golden replay set: bot games, cut (partial) games, hand-written decision lists and what-if
// branches, together covering every decision type and every end condition; plus replays that
// must be refused or must diverge, with the verdict they must get. `npm run golden:update` builds them.
import type { Action, Bot } from '../../src/engine/index';
import { playBot } from '../../src/engine/index';
import { buildReplay, REPLAY_FORMAT_VERSION, resultOf } from '../../src/replay/format';
import type { Replay } from '../../src/replay/format';
import { branchReplay } from '../../src/replay/branch';
import type { Loaded } from './runs';
import { ALL_BOTS, replayOfLog, runReplay } from './runs';

export interface GoldenCase {
  name: string;
  build: (l: Loaded) => Replay;
}

const bot = (b: string, seed: string, stopAfter?: number, meta: Replay['meta'] = {}): GoldenCase => ({
  name: stopAfter === undefined ? `${b}-${seed}` : `partial-${b}-${seed}-q${stopAfter}`,
  build: (l) => runReplay(l, seed, b, meta, stopAfter),
});

/** Hand-written decisions for some quarters (0-based), a bot (or nobody) for the rest. Every
 *  written decision must be accepted by the rules, or the update stops and says which. */
function scripted(name: string, seed: string, script: Record<number, Action[]>, fallback: string | null): GoldenCase {
  return {
    name: `script-${name}`,
    build: (l) => {
      const base: Bot | undefined = fallback ? ALL_BOTS[fallback] : undefined;
      const player: Bot = (s, sc) => [...(script[s.quarter] ?? []), ...(base ? base(s, sc) : [])];
      const r = playBot(l.scenario, seed, player, { checks: false });
      for (const q of Object.keys(script).map(Number)) {
        const want = script[q]!;
        const got = r.log[q] ?? [];
        want.forEach((a, i) => {
          if (JSON.stringify(got[i]) !== JSON.stringify(a))
            throw new Error(`golden ${name}: quarter ${q + 1} decision ${i + 1} (${a.type}) was refused by the rules; edit the script`);
        });
      }
      return buildReplay(
        {
          scenario: { id: l.scenario.id, version: l.scenario.version, hash: l.hash },
          seed,
          meta: { team: `script ${name}`, ...(fallback ? { bot: fallback } : {}) },
        },
        r.log,
        r.hashes,
        r.state,
        resultOf(r.state, l.scenario).valuation,
      );
    },
  };
}

function branch(name: string, of: GoldenCase, spec: Parameters<typeof branchReplay>[2]): GoldenCase {
  return {
    name: `branch-${name}`,
    build: (l) => {
      const b = branchReplay(of.build(l), { scenario: l.scenario, hash: l.hash }, spec);
      if (!b.ok) throw new Error(`golden branch ${name}: ${b.message}`);
      return b.replay;
    },
  };
}

const balanced42 = bot('balanced', '42');

export const CASES: GoldenCase[] = [
  balanced42,
  bot('balanced', '1'),
  bot('balanced', '2026'),
  bot('focused', '1'),
  bot('focused', '42'),
  bot('focused', '7'),
  bot('scattered', '7'),
  bot('scattered', '42'),
  bot('scattered', '3'),
  bot('random', 'class-2026'),
  bot('random', '42'),
  bot('random', '5'),
  bot('random', '6'),
  bot('chaos', '1'),
  bot('chaos', '2'),
  bot('chaos', '3'),
  bot('chaos', '4'),
  bot('chaos', '5'),
  bot('chaos', '6'),
  bot('balanced', '42', 5),
  bot('chaos', '9', 3),
  bot('focused', '3', 12),
  { name: 'partial-empty', build: (l) => replayOfLog(l, 'empty', [], { team: 'nobody played yet' }) },
  bot('balanced', 'ws-1', undefined, { workshop: 'MBA 2026 春季', team: '第3组 “火箭” 🚀' }),
  scripted(
    'every-decision',
    'script-1',
    {
      0: [
        { type: 'setMarkets', markets: ['retail'] },
        { type: 'setPositioning', positioning: 'service' },
        { type: 'setBusinessModel', model: 'subscription' },
        { type: 'setPricing', strategy: 'segmented', levelBp: 11000 },
        { type: 'setMarketing', channel: 'social', budget: 30000 },
        { type: 'setStructure', structure: 'project' },
        { type: 'setIncentives', bonusBp: 500, equityGrants: true, career: false },
        { type: 'hire', role: 'marketing', count: 2 },
        { type: 'setProgramme', programme: 'privacy', on: true },
        { type: 'raiseRound', kind: 'angel', amount: 500000, preMoney: 2000000 },
        { type: 'applyGrant' },
      ],
      1: [
        { type: 'setModelScale', scale: 'medium' },
        { type: 'setComputeRent', units: 30 },
        { type: 'buyCompute', units: 5 },
        { type: 'setProductWork', work: 'testing' },
        { type: 'setRndBudget', amount: 60000 },
        { type: 'setDataBudget', amount: 20000, augmentation: true },
        { type: 'proposePartnership', kind: 'distribution', market: 'retail' },
        { type: 'fire', role: 'softwareEngineer', count: 1 },
      ],
      2: [
        { type: 'setProgramme', programme: 'privacy', on: false },
        { type: 'setProductWork', work: 'feedback' },
      ],
    },
    'balanced',
  ),
  scripted('loan', '1', { 3: [{ type: 'takeLoan', amount: 500000 }] }, 'balanced'),
  scripted(
    'buy-compute-and-data',
    'script-3',
    {
      0: [
        { type: 'buyCompute', units: 5 },
        { type: 'setDataBudget', amount: 50000, augmentation: false },
        { type: 'setProductWork', work: 'ux' },
      ],
      4: [{ type: 'buyCompute', units: 2 }],
    },
    'focused',
  ),
  scripted(
    'hiring-spree',
    'script-4',
    {
      0: [
        { type: 'hire', role: 'mlEngineer', count: 20 },
        { type: 'hire', role: 'dataScientist', count: 20 },
        { type: 'setMarketing', channel: 'ads', budget: 400000 },
      ],
    },
    null,
  ),
  scripted(
    'fire-and-pivot',
    'script-5',
    {
      0: [
        { type: 'setMarkets', markets: ['education'] },
        { type: 'hire', role: 'domainExpert', count: 1 },
      ],
      2: [
        { type: 'fire', role: 'softwareEngineer', count: 2 },
        { type: 'setMarkets', markets: ['finance', 'education'] },
        { type: 'setPositioning', positioning: 'innovation' },
        { type: 'setBusinessModel', model: 'platform' },
      ],
      3: [
        { type: 'setPricing', strategy: 'costPlus', levelBp: 9000 },
        { type: 'setStructure', structure: 'functional' },
      ],
    },
    'scattered',
  ),
  scripted('idle', 'script-6', {}, null),
  branch('balanced-42-q5-hire', balanced42, {
    quarter: 4,
    decisions: [
      { type: 'hire', role: 'mlEngineer', count: 3 },
      { type: 'setMarketing', channel: 'events', budget: 50000 },
    ],
    then: { kind: 'original' },
  }),
  branch('balanced-42-q3-scattered', balanced42, { quarter: 2, then: { kind: 'bot', bot: 'scattered' } }),
  branch('chaos-2-q2-stop', bot('chaos', '2'), { quarter: 1, decisions: [], then: { kind: 'stop' } }),
];

/** Replays that must not verify, derived from a golden one, with the verdict each must get. */
export interface BadCase {
  name: string;
  from: string;
  expect: { status: 'refused' | 'diverged' | 'unreadable'; code: string; quarter?: number };
  mutate: (j: Record<string, any>) => void;
}

export const BAD_CASES: BadCase[] = [
  {
    name: 'engine-version-3',
    from: 'balanced-42',
    expect: { status: 'refused', code: 'engineVersion' },
    mutate: (j) => {
      j.engineVersion = 3;
    },
  },
  {
    name: 'format-version-newer',
    from: 'balanced-42',
    expect: { status: 'unreadable', code: 'formatVersion' },
    mutate: (j) => {
      j.formatVersion = REPLAY_FORMAT_VERSION + 1;
    },
  },
  {
    name: 'format-version-1',
    from: 'balanced-42',
    expect: { status: 'unreadable', code: 'formatVersionOld' },
    mutate: (j) => {
      j.formatVersion = 1;
    },
  },
  {
    name: 'scenario-version-2',
    from: 'balanced-42',
    expect: { status: 'refused', code: 'scenarioVersion' },
    mutate: (j) => {
      j.scenario.version = 2;
    },
  },
  {
    name: 'scenario-hash-other',
    from: 'focused-1',
    expect: { status: 'refused', code: 'scenarioHash' },
    mutate: (j) => {
      j.scenario.hash = '0'.repeat(64);
    },
  },
  {
    name: 'decision-edited-q3',
    from: 'balanced-42',
    expect: { status: 'diverged', code: 'linkDiffers', quarter: 2 },
    mutate: (j) => {
      j.quarters[2].d.push({ type: 'setRndBudget', amount: 12345 });
    },
  },
  {
    name: 'decision-refused-q2',
    from: 'balanced-42',
    expect: { status: 'diverged', code: 'decisionRefused', quarter: 1 },
    mutate: (j) => {
      j.quarters[1].d.push({ type: 'fire', role: 'compliance', count: 9 });
    },
  },
  {
    name: 'after-game-over',
    from: 'scattered-7',
    expect: { status: 'diverged', code: 'afterGameOver' },
    mutate: (j) => {
      j.quarters.push({ d: [], link: 'f'.repeat(64) });
    },
  },
  {
    name: 'result-cash-edited',
    from: 'focused-42',
    expect: { status: 'diverged', code: 'resultDiffers' },
    mutate: (j) => {
      j.result.cash += 1_000_000;
    },
  },
  {
    name: 'seed-edited',
    from: 'random-42',
    expect: { status: 'diverged', code: 'linkDiffers', quarter: 0 },
    mutate: (j) => {
      j.seed = '43';
    },
  },
];
