// Chinese terminology and punctuation, English plurals: the essay is 原文 (never 种子文章, which
// clashes with 随机种子 and 种子轮), a workshop is 工作坊 (never 研讨会), punctuation between Chinese
// characters is full-width, and English counts agree with their nouns ("1 customer", "in 1 quarter").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allKeys, t } from '../src/i18n/index';
import type { Action } from '../src/engine/index';
import { loadScenario } from '../src/engine/index';
import { describeAction } from '../src/ui/shared/describe';
import { money } from '../src/ui/shared/format';
import { registerEveryDictionary } from './i18n-dictionaries';

await registerEveryDictionary();

const ROOT = join(import.meta.dirname, '..');
const CJK = '[\\u3400-\\u9fff]';
/** A half-width colon, comma or semicolon with Chinese on both sides (spaces allowed). */
const HALF_WIDTH = new RegExp(`${CJK}\\s*[:,;]\\s*${CJK}`);

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(f) ? [p] : [];
  });
}

/** Every Chinese text a player can read: the registered strings, any { zh: '…' } text left in code
 *  outside src/i18n (the balance lab's search verdicts), and every {zh, en} text of every shipped
 *  scenario. */
function chineseTexts(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = allKeys().map((k) => ({ where: k, text: t('zh', k) }));
  for (const f of files(join(ROOT, 'src'), /\.ts$/).filter((x) => !x.includes(join('src', 'i18n')))) {
    for (const m of readFileSync(f, 'utf8').matchAll(/zh: '((?:[^'\\]|\\.)*)'/g)) out.push({ where: f, text: m[1]! });
  }
  const walk = (x: unknown, where: string): void => {
    if (Array.isArray(x)) x.forEach((y, i) => walk(y, `${where}[${i}]`));
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (typeof o.zh === 'string' && typeof o.en === 'string') out.push({ where, text: o.zh });
      else for (const k of Object.keys(o)) walk(o[k], `${where}.${k}`);
    }
  };
  for (const f of files(join(ROOT, 'scenarios'), /\.json$/)) walk(JSON.parse(readFileSync(f, 'utf8')), f);
  return out;
}

describe('Chinese terminology', () => {
  const texts = chineseTexts();

  it('reads every kind of text (the scan is not empty)', () => {
    expect(texts.length).toBeGreaterThan(1000);
    expect(texts.some((x) => x.where.includes('scenarios'))).toBe(true);
    expect(texts.some((x) => x.where.includes('workshop'))).toBe(true);
  });

  it('calls a workshop 工作坊 and the essay 原文, never 研讨会 or 种子文章', () => {
    expect(texts.filter((x) => /研讨会|种子文章/.test(x.text)).map((x) => `${x.where}: ${x.text}`)).toEqual([]);
    // Also in code that builds text outside the dictionaries.
    const src = files(join(ROOT, 'src'), /\.ts$/).filter((f) => /研讨会|种子文章/.test(readFileSync(f, 'utf8')));
    expect(src).toEqual([]);
  });

  it('uses full-width colons, commas and semicolons between Chinese characters', () => {
    expect(texts.filter((x) => HALF_WIDTH.test(x.text)).map((x) => `${x.where}: ${x.text}`)).toEqual([]);
    expect(HALF_WIDTH.test('目标市场: 零售')).toBe(true);
    expect(HALF_WIDTH.test('目标市场：零售')).toBe(false);
  });

  it('describes decisions with full-width punctuation and money in 万美元', () => {
    const r = loadScenario(readFileSync(join(ROOT, 'scenarios/classic.json'), 'utf8'));
    if (!r.ok) throw new Error('classic');
    const acts: Action[] = [
      { type: 'setMarkets', markets: ['retail', 'finance'] },
      { type: 'hire', role: 'mlEngineer', count: 2 },
      { type: 'setIncentives', bonusBp: 1000, equityGrants: true, career: false },
      { type: 'setMarketing', channel: 'ads', budget: 18_000 },
      { type: 'raiseRound', kind: 'angel', amount: 200_000, preMoney: 1_000_000 },
    ];
    for (const a of acts) {
      const zh = describeAction('zh', r.scenario, a);
      expect(zh, zh).not.toMatch(/[:,;$]/);
    }
    expect(describeAction('zh', r.scenario, acts[0]!)).toBe('目标市场：零售与电商、金融');
    expect(money(18_000, 'zh')).toBe('1.8 万美元');
    expect(money(3_812_500, 'zh')).toBe('381.25 万美元');
    expect(money(-5_000, 'zh')).toBe('-5,000 美元');
    expect(money(18_000)).toBe('$18,000');
  });
});

describe('English plurals (Intl.PluralRules)', () => {
  it('agrees the noun with the count', () => {
    expect(t('en', 'ui.quartersN', { n: 1 })).toBe('1 quarter');
    expect(t('en', 'ui.quartersN', { n: 2 })).toBe('2 quarters');
    expect(t('en', 'ui.quartersN', { n: 0 })).toBe('0 quarters');
    expect(t('en', 'note.arrivesIn', { n: 1 })).toBe('Hiring takes time: arrives in 1 quarter');
    expect(t('en', 'office.customers', { n: 1 })).toBe('1 customer');
    expect(t('en', 'placeholder.customers', { n: '1,200' })).toBe('1,200 customers');
    expect(t('zh', 'ui.quartersN', { n: 1 })).toBe('1 个季度');
    // No string says "(s)" any more.
    expect(allKeys().filter((k) => /\(s\)/.test(t('en', k)))).toEqual([]);
  });
});
