// The balance lab as its users rely on it: the seed's direction for every factor it names, with a
// margin no chance result reaches; statistics that are right at the edges; a verdict on dominant
// strategies; a self-contained, escaped HTML report.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BALANCED, loadScenario, initialState } from '../src/engine/index';
import { factorEffect } from '../src/balance/analyze';
import { runChunk } from '../src/balance/chunk';
import type { Side } from '../src/balance/factor-defs';
import { FACTOR_DEFS, missingValue } from '../src/balance/factor-defs';
import type { GameSummary } from '../src/balance/game';
import { failureCause } from '../src/balance/game';
import { reportHtml } from '../src/balance/html';
import type { LabReport } from '../src/balance/lab';
import { strategyKey, verdict } from '../src/balance/search';
import type { Strategy } from '../src/engine/index';
import { meanCi, pairedDiff, quantiles, wilson } from '../src/balance/stats';

const loaded = loadScenario(readFileSync(new URL('../scenarios/classic.json', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error('classic.json does not load');
const sc = loaded.scenario;

describe('balance lab: the secondary event checks on classic', () => {
  // 600 paired seeds per factor (2,000 for market focus, whose effect is a few points of survival):
  // each factor's event check (the count of the event the scenario ties to it) must clear 4 standard
  // errors in the essay's direction. With no real effect a z beyond 4 has a chance under 1 in 30,000.
  // The outcome claims (survival, stake) are the lab's verdict; these checks only guard the events.
  const seedsFor = (id: string) => (id === 'marketFocus' ? 2000 : 600);
  const ids = sc.events.map((e) => e.id);
  const cache = new Map<string, GameSummary[]>();
  // Many factors' recommended setting is the balanced player itself: play each strategy once.
  const games = (over: Partial<Strategy>, n: number) => {
    const st = { ...BALANCED, ...over };
    const key = `${n}|${strategyKey(st)}`;
    if (!cache.has(key))
      cache.set(key, runChunk([sc], { scenario: 0, player: { kind: 'strategy', strategy: st }, seedBase: 0, from: 0, to: n }));
    return cache.get(key)!;
  };
  const games2 = (x: Side, n: number) =>
    x.without?.length
      ? runChunk([sc], {
          scenario: 0,
          player: { kind: 'strategy', strategy: { ...BALANCED, ...x.strategy }, without: x.without },
          seedBase: 0,
          from: 0,
          to: n,
        })
      : games(x.strategy, n);
  for (const def of FACTOR_DEFS.filter((d) => d.check && !missingValue(d))) {
    it(`${def.id} (${def.section}): ${def.check!.expect} ${def.check!.metric.kind}`, () => {
      const { good, bad } = def.sides(sc);
      const e = factorEffect(def, sc, games2(good, seedsFor(def.id)), games2(bad, seedsFor(def.id)), ids).eventCheck!;
      const z = def.check!.expect === 'higher' ? e.z : -e.z;
      expect(z, `${def.id}: effect ${e.effect} on ${e.metric}, z ${e.z}`).toBeGreaterThan(4);
      expect(e.holds).toBe(true);
    });
  }
});

describe("balance lab: the essay's factors on outcomes in classic (600 seeds, the lab's verdict)", () => {
  // The same paired runs as the lab's (seeds 1..600, the balanced player with one decision changed):
  // no factor may be clearly against the essay on survival or on the founders' stake, and at least
  // 8 must hold (the bar; 16 of 16 held when this was written).
  const cache = new Map<string, GameSummary[]>();
  const play = (x: Side) => {
    const st = { ...BALANCED, ...x.strategy };
    const key = `${strategyKey(st)}|${(x.without ?? []).join(',')}`;
    if (!cache.has(key))
      cache.set(
        key,
        runChunk([sc], {
          scenario: 0,
          player: { kind: 'strategy', strategy: st, ...(x.without?.length ? { without: x.without } : {}) },
          seedBase: 0,
          from: 0,
          to: 600,
        }),
      );
    return cache.get(key)!;
  };
  it('no factor is clearly against the essay, and at least 8 hold', () => {
    let holds = 0;
    for (const def of FACTOR_DEFS.filter((d) => !missingValue(d))) {
      const { good, bad } = def.sides(sc);
      const f = factorEffect(
        def,
        sc,
        play(good),
        play(bad),
        sc.events.map((e) => e.id),
      );
      expect(
        f.clearlyAgainst,
        `${def.id}: survival ${f.survivalEffect} (z ${f.survivalZ.toFixed(1)}), stake ${f.stakeEffect} (z ${f.stakeZ.toFixed(1)})`,
      ).toEqual([]);
      if (f.holds) holds += 1;
    }
    expect(holds).toBeGreaterThanOrEqual(8);
  });
});

describe('balance lab: statistics', () => {
  it('Wilson intervals stay inside [0, 1] and match published values', () => {
    const a = wilson(0, 10);
    expect(a.lo).toBe(0);
    expect(a.hi).toBeCloseTo(0.2775, 3);
    const b = wilson(81, 263); // Newcombe (1998) example: 0.2553 to 0.3662
    expect(b.lo).toBeCloseTo(0.2553, 3);
    expect(b.hi).toBeCloseTo(0.3662, 3);
    expect(wilson(10, 10).hi).toBe(1);
  });

  it('quantiles are nearest-rank and leave the input alone', () => {
    const xs = [5, 1, 4, 2, 3];
    expect(quantiles(xs, [0.1, 0.5, 0.9, 1])).toEqual([1, 3, 5, 5]);
    expect(xs).toEqual([5, 1, 4, 2, 3]);
  });

  it('paired differences: mean, standard error and interval', () => {
    const d = pairedDiff([3, 5, 7, 9], [1, 1, 1, 1]);
    expect(d.mean).toBe(5);
    expect(d.se).toBeCloseTo(Math.sqrt(20 / 3 / 4), 12);
    expect(d.ci.lo).toBeLessThan(5);
    expect(meanCi([]).n).toBe(0);
    expect(() => pairedDiff([1], [1, 2])).toThrow();
  });
});

describe('balance lab: verdicts and causes', () => {
  it('a strategy in the top tier of every scenario is named; one scenario is not enough to judge', () => {
    const one = verdict({ scenarios: ['a'], scores: { x: [2], y: [1] }, topTier: { x: [true], y: [false] } });
    expect(one).toEqual({ best: { a: 'x' }, topEverywhere: [], judged: false });
    const two = verdict({ scenarios: ['a', 'b'], scores: { x: [2, 1], y: [1, 3] }, topTier: { x: [true, true], y: [false, true] } });
    expect(two.best).toEqual({ a: 'x', b: 'y' });
    expect(two.topEverywhere).toEqual(['x']);
    expect(
      verdict({ scenarios: ['a', 'b'], scores: { x: [2, 1], y: [1, 3] }, topTier: { x: [true, false], y: [false, true] } }).topEverywhere,
    ).toEqual([]);
  });

  it('a bankruptcy is blamed on the event that tipped it, else a failed round, else the biggest drain', () => {
    const start = initialState(sc, '1');
    const end = { ...start, cash: -50_000, ledger: { ...start.ledger, salaries: -400_000, marketing: -100_000 } };
    expect(failureCause(start, [{ state: end, cashHit: { privacyFine: 150_000 }, failedAsk: true }])).toBe('event:privacyFine');
    expect(failureCause(start, [{ state: end, cashHit: { dataBreach: 20_000 }, failedAsk: true }])).toBe('roundFailed');
    expect(failureCause(start, [{ state: end, cashHit: {}, failedAsk: false }])).toBe('drain:payroll');
  });
});

describe('balance lab: HTML report', () => {
  const report: LabReport = {
    scenario: 'classic',
    games: 2,
    bots: {},
    factors: [
      {
        factor: 'x',
        section: '§1.12',
        label: { zh: '标签', en: '<script>alert(1)</script>' },
        claim: { zh: '判断', en: 'a & b' },
        good: { zh: '好', en: 'good <b>' },
        bad: { zh: '坏', en: 'bad' },
        note: null,
        games: 2,
        measured: true,
        reason: null,
        judgedOn: ['survival'],
        survivalEffect: 0.1,
        ci: { lo: 0.05, hi: 0.15 },
        survivalZ: 5,
        stakeEffect: 1e6,
        stakeCi: { lo: -1e5, hi: 2e6 },
        stakeZ: 1.5,
        valuationEffect: 0,
        valuationCi: { lo: 0, hi: 0 },
        clearlyFor: ['survival'],
        clearlyAgainst: [],
        holds: true,
        eventCheck: { metric: 'events:privacyFine', expect: 'lower', effect: -0.2, effectCi: { lo: -0.3, hi: -0.1 }, z: -4, holds: true },
      },
    ],
    strategies: null,
  };

  it('is one self-contained file: inline SVG, no scripts, no external requests, data text escaped', () => {
    const html = reportHtml(report);
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('a &#38; b');
    expect(html).toContain('good &#60;b&#62;');
    // Both outcomes with their intervals, in both languages.
    expect(html).toContain('+10.0 pp');
    expect(html).toContain('[−$0.10M, +$2.00M]');
    expect(html).toContain('创始人股权价值');
    const urls = html.match(/(src|href)=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/g) ?? [];
    expect(urls).toEqual([]);
  });
});
