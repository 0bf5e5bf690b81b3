// Every string a player reads exists in Chinese and English: every dictionary of src/i18n is loaded
// (the rooms that register theirs on demand too), each key has both texts with the same
// placeholders and Chinese that is Chinese, every engine vocabulary item has a name, plurals go
// through Intl.PluralRules, no file of the browser UI writes player-facing text past the
// dictionary, and no code outside src/i18n writes Chinese outside its comments.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_GROUP, REJECTION_CODES, FACTOR_IDS, scenarioSchema, scoreRun, initialState, loadScenario } from '../src/engine/index';
import {
  BUSINESS_MODELS,
  CHANNELS,
  GROUPS,
  LEDGER_KEYS,
  MARKET_TRAITS,
  PARTNER_KINDS,
  POSITIONINGS,
  PRICING,
  PRODUCT_WORK,
  PROGRAMMES,
  ROLES,
  ROUND_KINDS,
  SCALES,
  STRUCTURES,
} from '../src/engine/index';
import { allKeys, hasKey, pluralOf, t } from '../src/i18n/index';
import { decisionSpecs } from '../src/ui/game/decision-specs';
import { ELEMENTS } from '../src/ui/game/score-view';
import { registerEveryDictionary } from './i18n-dictionaries';
import { hanOutsideComments, scanSource, uiFiles } from './ui-literals';

const ROOT = join(import.meta.dirname, '..');
const loaded = await registerEveryDictionary();

/** The placeholder names of a text, plain {n} and plural {n|one|other} alike. */
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]!))].sort();
const CJK = /[\u3400-\u9fff]/;

/** Literal text in src/ui that is allowed, file by file, and why. */
const UI_LITERALS: { file: string; text: string; why: string }[] = [
  { file: 'src/ui/game/game-screen.ts', text: 'Ctrl+Z', why: 'a key combination, printed on the keyboard the same in both languages' },
  { file: 'src/ui/game/game-screen.ts', text: 'Ctrl+Shift+Z', why: 'a key combination, as above' },
  { file: 'src/ui/game/event-cards.ts', text: 'p ', why: 'the probability symbol on the roll chart, beside its 0 and 1 axis labels' },
  {
    file: 'src/ui/workshop/bar.ts',
    text: ' · Q',
    why: 'quarters are Q1, Q2… on every workshop sheet in both languages (the projected go-ahead codes)',
  },
  { file: 'src/ui/workshop/instructor-page.ts', text: 'Q', why: 'the go-ahead sheet labels quarters Q1, Q2… in both languages, as above' },
];

function effectKinds(): string[] {
  // The effect union inside the scenario schema: events[].effects[] options, each with a literal kind.
  const events = (
    scenarioSchema as unknown as {
      shape: { events: { element: { shape: { effects: { element: { options: { shape: { kind: { value: string } } }[] } } } } } };
    }
  ).shape.events;
  return events.element.shape.effects.element.options.map((o) => o.shape.kind.value);
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(ROOT, dir, f));
}

describe('i18n dictionaries', () => {
  it('loads every dictionary module, and each is registered: by src/i18n/index.ts or by the room that opens it', () => {
    const index = readFileSync(join(ROOT, 'src/i18n/index.ts'), 'utf8');
    const code = ['src/ui', 'src/workshop', 'src/replay', 'src/cli']
      .flatMap(sources)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const dictModules = loaded.modules.filter((m) => m !== 'index.ts' && m !== 'dict.ts');
    expect(dictModules.length).toBeGreaterThanOrEqual(9);
    for (const m of dictModules)
      expect(
        loaded.dictionaries.some((d) => d.startsWith(`${m}:`)),
        `${m} exports a dictionary`,
      ).toBe(true);
    for (const d of loaded.dictionaries) {
      const name = d.split(':')[1]!;
      const core = new RegExp(`for \\(const d of \\[[^\\]]*\\b${name}\\b`).test(index);
      expect(core || code.includes(`registerDictionary(${name})`), `${d} is registered somewhere`).toBe(true);
    }
  });

  it('gives every key a non-empty Chinese and English text with the same placeholders', () => {
    const keys = allKeys();
    expect(keys.length).toBeGreaterThan(1100);
    for (const k of keys) {
      const zh = t('zh', k);
      const en = t('en', k);
      expect(zh.trim(), `${k} zh`).not.toBe('');
      expect(en.trim(), `${k} en`).not.toBe('');
      expect(zh, `${k}: zh is a copy of the key`).not.toBe(k);
      expect(placeholders(zh), `${k} placeholders`).toEqual(placeholders(en));
    }
  });

  it('writes Chinese texts in Chinese: a text with letters has Chinese characters too', () => {
    const latin = allKeys().filter((k) => {
      const zh = t('zh', k).replace(/\{[^{}]*\}/g, '');
      return /[A-Za-z]/.test(zh) && !CJK.test(zh);
    });
    expect(latin.map((k) => `${k}: ${t('zh', k)}`)).toEqual([]);
    // The check sees an English text filed as Chinese.
    expect(/[A-Za-z]/.test('Cash') && !CJK.test('Cash')).toBe(true);
  });

  it('names every engine vocabulary item in both languages', () => {
    const families: [string, readonly string[]][] = [
      ['role', ROLES],
      ['positioning', POSITIONINGS],
      ['model', BUSINESS_MODELS],
      ['pricing', PRICING],
      ['channel', CHANNELS],
      ['structure', STRUCTURES],
      ['scale', SCALES],
      ['work', PRODUCT_WORK],
      ['programme', PROGRAMMES],
      ['partner', PARTNER_KINDS],
      ['round', ROUND_KINDS],
      ['trait', MARKET_TRAITS],
      ['group', GROUPS],
      ['ledger', LEDGER_KEYS],
      ['factor', FACTOR_IDS],
      ['reject', REJECTION_CODES],
      ['action', Object.keys(ACTION_GROUP)],
      ['effect', effectKinds()],
      ['element', ELEMENTS],
      ['holder', ['founders', 'employees', ...ROUND_KINDS]],
      ['outcome', ['playing', 'bankrupt', 'finished']],
      ['difficulty', ['easy', 'normal', 'hard']],
    ];
    const classic = loadScenario(readFileSync(join(ROOT, 'scenarios/classic.json'), 'utf8'));
    if (!classic.ok) throw new Error('classic');
    const parts = scoreRun(initialState(classic.scenario, '1'), classic.scenario).parts;
    families.push(['part', ELEMENTS.flatMap((e) => Object.keys(parts[e]))]);
    const missing = families.flatMap(([prefix, ids]) => ids.map((id) => `${prefix}.${id}`)).filter((k) => !hasKey(k));
    expect(missing).toEqual([]);
    expect(effectKinds().length).toBeGreaterThan(10);
  });

  it('offers every engine action in the decision panel', () => {
    const offered = new Set(decisionSpecs().map((s) => s.type));
    const actions = Object.keys(ACTION_GROUP).filter((a) => a !== 'endQuarter');
    expect(actions.filter((a) => !offered.has(a as never))).toEqual([]);
    for (const s of decisionSpecs()) expect(ACTION_GROUP[s.type], s.id).toBe(s.group);
  });
});

describe('plurals', () => {
  it('come from Intl.PluralRules: English has one and other, Chinese only other', () => {
    expect([pluralOf('en', 1), pluralOf('en', 2), pluralOf('en', 0)]).toEqual(['one', 'other', 'other']);
    expect(pluralOf('zh', 1)).toBe('other');
    expect(t('en', 'office.customers', { n: 1 })).toBe('1 customer');
    expect(t('en', 'office.customers', { n: 3 })).toBe('3 customers');
  });

  it('are never chosen in code: no count compared with 1 to pick a word, no PluralRules outside src/i18n', () => {
    const files = ['src/ui', 'src/workshop', 'src/replay', 'src/session'].flatMap(sources);
    const own = files.filter((f) => /\b(n|count|\w+Count|\w+\.length)\s*[=!]==\s*1\s*\?\s*['`]|PluralRules/.test(readFileSync(f, 'utf8')));
    expect(own.map((f) => relative(ROOT, f))).toEqual([]);
  });
});

describe('the browser UI (every file under src/ui)', () => {
  const files = uiFiles(join(ROOT, 'src/ui'));

  it('writes no player-facing text past the dictionary (allowed literals are listed with a reason)', () => {
    expect(files.length).toBeGreaterThan(60);
    expect(files.some((f) => f.includes(join('ui', 'game', 'tutorial')))).toBe(true); // recursive
    const found = files.flatMap((f) => scanSource(relative(ROOT, f), readFileSync(f, 'utf8')));
    const allowed = (l: { file: string; text: string }) => UI_LITERALS.some((a) => a.file === l.file && a.text === l.text);
    expect(found.filter((l) => !allowed(l)).map((l) => `${l.file}:${l.line} ${l.sink}: ${JSON.stringify(l.text)}`)).toEqual([]);
    // Every allowance is still needed (a stale one would hide nothing but mislead).
    expect(
      UI_LITERALS.filter((a) => !found.some((l) => l.file === a.file && l.text === a.text)).map((a) => `${a.file}: ${a.text}`),
    ).toEqual([]);
  });

  it('catches literal text in every kind of sink, and lets keys, ids and numbers through', () => {
    const src = `
      h('p', {}, 'Loading…');
      h('button', { title: lang === 'zh' ? '关闭' : 'Close', class: 'small' }, t(L, 'ui.close'));
      fill(root, h('span', {}, \`\${n} items\`));
      el.textContent = 'Saved';
      el.setAttribute('aria-label', 'Menu');
      this.add.text(0, 0, 'Office', style);
      label.setText('Cash ' + cash);
      h('input', { placeholder: 'Team name' });
      h('p', { class: 'big', id: 'x' }, t(L, 'ui.ok'), ' ', String(n), \`\${a} / \${b}\`, '—');`;
    const texts = scanSource('planted.ts', src).map((l) => l.text);
    expect(texts).toEqual(['Loading…', '关闭', 'Close', ' items', 'Saved', 'Menu', 'Office', 'Cash ', 'Team name']);
  });
});

/** Code outside src/i18n allowed to hold Chinese outside comments, file by file, and why. */
const HAN_IN_CODE: { file: string; why: string }[] = [
  {
    file: 'src/ui/main.ts',
    why: "the font probe: '中文' asks the browser to fetch the CJK font's subset before the first screen; nobody reads it",
  },
  {
    file: 'src/ui/office/scenes/boot-scene.ts',
    why: 'the glyph preload: the money units (万亿美元) join the characters Phaser rasterises in the CJK font before the office draws',
  },
  {
    file: 'src/workshop/handout.ts',
    why: "a pattern, not a text: it finds a handout's quarter count (个季度) in a scenario's own Chinese text to put the workshop's",
  },
];

describe('Chinese in code (every .ts file under src outside src/i18n and tests)', () => {
  const files = uiFiles(join(ROOT, 'src')).filter((f) => !relative(ROOT, f).startsWith(join('src', 'i18n')));

  it('has none outside comments: player-facing text lives in the dictionary (allowed files are listed with a reason)', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(files.some((f) => f.includes(join('src', 'balance')))).toBe(true);
    const found = files.flatMap((f) => hanOutsideComments(relative(ROOT, f).split('\\').join('/'), readFileSync(f, 'utf8')));
    const allowed = (l: { file: string }) => HAN_IN_CODE.some((a) => a.file === l.file);
    expect(found.filter((l) => !allowed(l)).map((l) => `${l.file}:${l.line} ${l.text}`)).toEqual([]);
    // Every allowance is still needed.
    expect(HAN_IN_CODE.filter((a) => !found.some((l) => l.file === a.file)).map((a) => a.file)).toEqual([]);
  });

  it('sees Chinese in strings, templates and regular expressions, not in comments', () => {
    const src = [
      '// 注释 a comment',
      "const a = '现金'; // 行尾注释",
      '/* 块注释',
      '   第二行 */ const b = `共 ${n} 个季度`;',
      'const c = /个季度/;',
      '/** 文档 */ const d = 1;',
      "const e = `x ${'元'}`;",
    ].join('\n');
    expect(hanOutsideComments('planted.ts', src).map((l) => l.line)).toEqual([2, 4, 5, 7]);
  });
});
