// Every string a player reads exists in Chinese and English: each registered key has both texts
// with the same placeholders, every engine vocabulary item has a name, every key the browser shell
// asks for exists, and the decision panel offers every action the engine has.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_GROUP, REJECTION_CODES, FACTOR_IDS, scenarioSchema, scoreRun, initialState, loadScenario } from '../src/engine/index';
import {
  BUSINESS_MODELS, CHANNELS, GROUPS, LEDGER_KEYS, MARKET_TRAITS, PARTNER_KINDS, POSITIONINGS, PRICING, PRODUCT_WORK, PROGRAMMES, ROLES, ROUND_KINDS, SCALES, STRUCTURES,
} from '../src/engine/index';
import '../src/i18n/engine-terms';
import '../src/i18n/ui';
import '../src/i18n/office';
import '../src/i18n/replay-ui';
import '../src/i18n/tutorial';
import '../src/i18n/views';
import '../src/i18n/balance-ui';
import { allKeys, hasKey, t } from '../src/i18n/index';
import { decisionSpecs } from '../src/ui/game/decision-specs';
import { ELEMENTS } from '../src/ui/game/score-view';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function effectKinds(): string[] {
  // The effect union inside the scenario schema: events[].effects[] options, each with a literal kind.
  const events = (scenarioSchema as unknown as { shape: { events: { element: { shape: { effects: { element: { options: { shape: { kind: { value: string } } }[] } } } } } } }).shape.events;
  return events.element.shape.effects.element.options.map((o) => o.shape.kind.value);
}

describe('i18n', () => {
  it('gives every key a non-empty Chinese and English text with the same placeholders', () => {
    const keys = allKeys();
    expect(keys.length).toBeGreaterThan(300);
    for (const k of keys) {
      const zh = t('zh', k);
      const en = t('en', k);
      expect(zh.trim(), `${k} zh`).not.toBe('');
      expect(en.trim(), `${k} en`).not.toBe('');
      expect(zh, `${k}: zh is a copy of the key`).not.toBe(k);
      expect(placeholders(zh), `${k} placeholders`).toEqual(placeholders(en));
    }
  });

  it('names every engine vocabulary item in both languages', () => {
    const families: [string, readonly string[]][] = [
      ['role', ROLES], ['positioning', POSITIONINGS], ['model', BUSINESS_MODELS], ['pricing', PRICING], ['channel', CHANNELS],
      ['structure', STRUCTURES], ['scale', SCALES], ['work', PRODUCT_WORK], ['programme', PROGRAMMES], ['partner', PARTNER_KINDS],
      ['round', ROUND_KINDS], ['trait', MARKET_TRAITS], ['group', GROUPS], ['ledger', LEDGER_KEYS], ['factor', FACTOR_IDS],
      ['reject', REJECTION_CODES], ['action', Object.keys(ACTION_GROUP)], ['effect', effectKinds()], ['element', ELEMENTS],
      ['holder', ['founders', 'employees', ...ROUND_KINDS]], ['outcome', ['playing', 'bankrupt', 'finished']], ['difficulty', ['easy', 'normal', 'hard']],
    ];
    const classic = loadScenario(readFileSync(join(import.meta.dirname, '../scenarios/classic.json'), 'utf8'));
    if (!classic.ok) throw new Error('classic');
    const parts = scoreRun(initialState(classic.scenario, '1'), classic.scenario).parts;
    families.push(['part', ELEMENTS.flatMap((e) => Object.keys(parts[e]))]);
    const missing = families.flatMap(([prefix, ids]) => ids.map((id) => `${prefix}.${id}`)).filter((k) => !hasKey(k));
    expect(missing).toEqual([]);
    expect(effectKinds().length).toBeGreaterThan(10);
  });

  it('has every key the browser shell asks for', () => {
    const dir = join(import.meta.dirname, '../src/ui');
    const used = new Set<string>();
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((x) => x.endsWith('.ts') && !x.endsWith('.test.ts'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      for (const m of src.matchAll(/\bt\([^,()]+(?:\(\))?, '([a-zA-Z]+\.[a-zA-Z.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(150);
    expect([...used].filter((k) => !hasKey(k))).toEqual([]);
  });

  it('offers every engine action in the decision panel', () => {
    const offered = new Set(decisionSpecs().map((s) => s.type));
    const actions = Object.keys(ACTION_GROUP).filter((a) => a !== 'endQuarter');
    expect(actions.filter((a) => !offered.has(a as never))).toEqual([]);
    for (const s of decisionSpecs()) expect(ACTION_GROUP[s.type], s.id).toBe(s.group);
  });
});
