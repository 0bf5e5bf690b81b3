// Scenarios as a base plus changes (docs/authoring.md): what an author writes in an `extends` file
// and what the loader makes of it. The broken files with their messages are in test/scenario-corpus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../src/cli/cmd-check-scenario';
import { readScenario, SCENARIO_DIR, scenarioIds } from '../src/cli/scenarios';
import { canonicalJson, loadScenario } from '../src/engine/index';
import type { LoadResult, ScenarioBases, Scenario } from '../src/engine/index';

const classicText = readFileSync(join(SCENARIO_DIR, 'classic.json'), 'utf8');
const bases = (more: Record<string, unknown> = {}): ScenarioBases => {
  const texts: Record<string, string> = {
    classic: classicText,
    ...Object.fromEntries(Object.entries(more).map(([k, v]) => [k, JSON.stringify(v)])),
  };
  return { ids: () => Object.keys(texts), text: (id) => (Object.prototype.hasOwnProperty.call(texts, id) ? texts[id] : undefined) };
};
const classic = loadScenario(classicText) as Extract<LoadResult, { ok: true }>;
const load = (changes: unknown, more?: Record<string, unknown>): Extract<LoadResult, { ok: true }> => {
  const r = loadScenario(JSON.stringify({ extends: 'classic', ...(changes as object) }), bases(more));
  if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 3)));
  return r;
};
const ev = (s: Scenario, id: string) => s.events.find((e) => e.id === id)!;
const S = (v: number) => ({ v, source: 'design' });

describe('extends: the patch rules', () => {
  it('a file that changes nothing is its base: same scenario, same hash (the hash covers the resolved file)', () => {
    const r = load({});
    expect(r.hash).toBe(classic.hash);
    expect(r.extends).toEqual(['classic']);
    expect(load({ quarters: classic.scenario.quarters }).hash).toBe(classic.hash); // a change to the same value
    expect(load({ quarters: S(8) }).hash).not.toBe(classic.hash);
  });

  it('objects merge key by key: the keys not named keep the base values', () => {
    const r = load({ id: 'my-case', start: { cash: S(1234000), policy: { marketing: { ads: S(1000) } } } });
    expect(r.scenario.id).toBe('my-case');
    expect(r.scenario.start.cash).toEqual(S(1234000));
    expect(r.scenario.start.policy.marketing.ads).toEqual(S(1000));
    expect(r.scenario.start.policy.marketing.content).toEqual(classic.scenario.start.policy.marketing.content);
    expect(r.scenario.start.staff).toEqual(classic.scenario.start.staff);
    expect(r.scenario.roles).toEqual(classic.scenario.roles);
  });

  it('a list of entries with ids merges by id: change one, add one at the end, remove one', () => {
    const extra = { ...ev(classic.scenario, 'mediaCoverage'), id: 'myEvent' };
    const r = load({ events: [{ id: 'roundCloses', base: S(1234) }, extra, { id: 'hardwareCheaper', $remove: true }] });
    const ids = r.scenario.events.map((e) => e.id);
    expect(ids).toEqual([...classic.scenario.events.map((e) => e.id).filter((x) => x !== 'hardwareCheaper'), 'myEvent']);
    expect(ev(r.scenario, 'roundCloses').base).toEqual(S(1234));
    expect(ev(r.scenario, 'roundCloses').factors).toEqual(ev(classic.scenario, 'roundCloses').factors);
  });

  it('any other list is replaced whole, as is a value given as {"$replace": ...}', () => {
    const goals = [{ zh: '目标。', en: 'A goal.' }];
    const factors = [{ factor: 'spread', effect: { v: -3000, source: 'design' } }];
    const r = load({
      facilitator: { goals },
      events: [{ id: 'roundCloses', factors }],
      economics: { programmeCost: { $replace: { ...classic.scenario.economics.programmeCost, audit: S(1) } } },
    });
    expect(r.scenario.facilitator.goals).toEqual(goals);
    expect(r.scenario.facilitator.questions).toEqual(classic.scenario.facilitator.questions);
    expect(ev(r.scenario, 'roundCloses').factors).toEqual(factors);
    expect(r.scenario.economics.programmeCost.audit).toEqual(S(1));
  });

  it('a key the base lacks is accepted where the format offers it: a new market, an optional field', () => {
    const r = load({
      markets: { diagnosis: { ...classic.scenario.markets.healthcare, potential: S(900) } },
      events: [{ id: 'roundCloses', cooldown: S(2) }],
    });
    expect(Object.keys(r.scenario.markets)).toEqual([...Object.keys(classic.scenario.markets), 'diagnosis']);
    expect(r.scenario.markets.diagnosis!.potential).toEqual(S(900));
    expect(ev(r.scenario, 'roundCloses').cooldown).toEqual(S(2));
  });

  it('a key is removed with {"$remove": true}', () => {
    const r = load({ markets: { transport: { $remove: true } } });
    expect(Object.keys(r.scenario.markets)).not.toContain('transport');
  });

  it('a chain of bases resolves, nearest first; the problems of the resolved scenario name the event', () => {
    const mid = { extends: 'classic', id: 'mid', quarters: S(12) };
    const r = loadScenario(JSON.stringify({ extends: 'mid', id: 'top', startYear: S(2030) }), bases({ mid }));
    expect(r.ok && r.extends).toEqual(['mid', 'classic']);
    expect(r.ok && [r.scenario.quarters.v, r.scenario.startYear.v]).toEqual([12, 2030]);
    const bad = loadScenario(JSON.stringify({ extends: 'classic', events: [{ id: 'roundCloses', base: S(20000) }] }), bases());
    expect(bad.ok).toBe(false);
    const p = !bad.ok ? bad.problems.find((x) => /^\$\.events\[\d+\]\.base\.v$/.test(x.path)) : undefined;
    expect(p?.message).toContain('event "roundCloses" of the resolved scenario');
  });

  it('without bases (a caller that offers none) an extends file is refused, saying so', () => {
    const r = loadScenario(JSON.stringify({ extends: 'classic' }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toMatchObject({ path: '$.extends', message: expect.stringContaining('no scenarios are available') });
  });
});

describe('extends in the shipped scenarios and for custom files', () => {
  it('every shipped scenario resolves and validates, and a file that extends names a shipped base', () => {
    for (const id of scenarioIds()) {
      const text = readFileSync(join(SCENARIO_DIR, `${id}.json`), 'utf8');
      const r = checkScenarioText(text, `${id}.json`);
      expect(r.problems, id).toEqual([]);
      const raw = JSON.parse(text) as { extends?: unknown };
      if (raw.extends !== undefined) expect(scenarioIds()).toContain(raw.extends);
      // What consumers get stands alone: its own hash without any base.
      const s = readScenario(id);
      const again = loadScenario(s.text);
      expect(again.ok && again.hash, id).toBe(s.hash);
      expect(again.ok && canonicalJson(again.resolved)).toBe(canonicalJson(s.resolved));
    }
  });

  it('the teaching scenarios are changes to classic of a few kB each, not copies', () => {
    for (const id of ['workshop-intro', 'case-a-fintech-2015', 'case-b-health-2018', 'case-c-medical-2016', 'case-d-fintech-2017']) {
      const text = readFileSync(join(SCENARIO_DIR, `${id}.json`), 'utf8');
      expect((JSON.parse(text) as { extends?: unknown }).extends, id).toBe('classic');
      expect(Buffer.byteLength(text), id).toBeLessThan(16_000);
      expect(readScenario(id).scenario.id).toBe(id);
    }
  });

  it('a custom file can extend a shipped scenario by id (check-scenario, --scenario FILE)', () => {
    const r = checkScenarioText(JSON.stringify({ extends: 'classic', id: 'my-class', quarters: S(8) }), 'mine.json');
    expect(r.exitCode).toBe(0);
    expect(r.summary).toContain('"my-class" (extends "classic")');
    expect(r.summary).toMatch(/8 quarters/);
  });
});
