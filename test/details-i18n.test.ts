// A refused save, replay, share code or scenario file tells a Chinese player why in Chinese all the
// way down: the technical detail inside the sentence (the JSON reader's refusal with its line and
// column, a schema field's wrong type or range, a share code's damaged data) is Chinese too, and
// the English reader sees no Chinese. Every refusal of the safe JSON reader has a Chinese text, and
// its English text on the page is the CLI's, word for word.
import { sha256 } from '@noble/hashes/sha2.js';
import { deflateSync, inflateSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Action } from '../src/engine/index';
import { loadScenario, PARTNER_KINDS } from '../src/engine/index';
import { parseJsonSafe } from '../src/formats/safe-json';
import type { JsonError } from '../src/formats/safe-json';
import { JSON_ERROR_EN } from '../src/formats/safe-json-messages';
import type { JsonErrorCode } from '../src/formats/safe-json-messages';
import { jsonErrorLine, jsonErrorText, scenarioProblemLine } from '../src/i18n/details';
import type { Lang } from '../src/i18n/index';
import { t } from '../src/i18n/index';
import { fromBase64Url, toBase64Url } from '../src/replay/binary';
import {
  decodeShareCode,
  describeProblem,
  encodeShareCode,
  exportReplay,
  importReplay,
  SHARE_PREFIX,
  verifyReplay,
} from '../src/replay/index';
import type { ReplayProblem } from '../src/replay/index';
import { buildSave, decodeSave, describeSaveProblem, encodeSave } from '../src/session/save';
import { Session } from '../src/session/session';
import { scenarioBases } from '../src/cli/scenarios';
import { describeRejection } from '../src/ui/shared/describe';
import { loadShipped, runReplay } from './golden/runs';

const HAN = /[\u3400-\u9fff]/;

/** The English words left in a Chinese text once what is not prose is taken out: JSON paths,
 *  quoted values (the player's own data), code points, escapes, and JSON's own words. */
function englishWords(zh: string, data: readonly string[] = []): string[] {
  let rest = zh.replace(/\$[^\s，。：；（）、]*/g, ' ');
  for (const d of data) if (d) rest = rest.split(d).join(' ');
  rest = rest
    .replace(/"(?:[^"\\]|\\.)*"|“[^”]*”|'[^']*'/g, ' ')
    .replace(/U\+[0-9A-F]{4,6}/g, ' ')
    .replace(/\b\w+\[\d+\]/g, ' ')
    .replace(/\\u?[A-Za-z]+/g, ' ')
    .replace(/\b(?:JSON|BOM|UTF-8|NaN|Infinity|null|true|false|undefined|maxBytes|maxDepth|maxKeys|NUL|ESC|DEL|e308)\b/g, ' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

/** A Chinese text a Chinese player can read: Chinese, with no English prose in it. */
function expectChinese(zh: string, data: readonly string[] = []): void {
  expect(zh).toMatch(HAN);
  expect(englishWords(zh, data), zh).toEqual([]);
}

function expectEnglish(en: string): void {
  expect(en, en).not.toMatch(HAN);
}

const LIMITS = { maxBytes: 10_000, maxDepth: 4, maxKeys: 50 };

/** One document per refusal of the reader (code → text and limits that make it). */
const REFUSED: [JsonErrorCode, unknown, object?][] = [
  ['notText', 42],
  ['badLimits', '1', { maxBytes: -1, maxDepth: 1 }],
  ['badMaxKeys', '1', { maxBytes: 10, maxDepth: 1, maxKeys: -1 }],
  ['tooLarge', '[' + '1,'.repeat(6000) + '1]'],
  ['bom', '\ufeff{}'],
  ['empty', '   '],
  ['tooManyEntries', '[' + '1,'.repeat(60) + '1]'],
  ['tooDeep', '[[[[[1]]]]]'],
  ['keyUnquoted', '{cash: 1}'],
  ['keyForbidden', '{"__proto__": 1}'],
  ['keyDuplicate', '{"a": 1, "a": 2}'],
  ['extraText', '{} x'],
  ['trailingCommaArray', '[1,]'],
  ['trailingCommaObject', '{"a":1,}'],
  ['endsEarly', '{"a": [1, 2'],
  ['comment', '{"a": 1 // note\n}'],
  ['foreignSpace', '{"a":\u00a01}'],
  ['singleQuote', "{'a': 1}"],
  ['unexpectedChar', '{"a" 1}'],
  ['unclosedString', '{"a": "abc'],
  ['endsInEscape', '"abc\\'],
  ['endsInUnicode', '"\\u12'],
  ['badUnicode', '"\\u12G4"'],
  ['badEscape', '"a\\qb"'],
  ['rawControl', '"a\tb"'],
  ['rawLineBreak', '{"a": "x\ny"}'],
  ['leadingZero', '[007]'],
  ['hexNumber', '[0x1F]'],
  ['negInfinity', '[-Infinity]'],
  ['numberRange', '[1e400]'],
  ['numberUnsafe', '[9007199254740993]'],
  ['numberInexact', '[0.1000000000000000000001]'],
  ['numberUnderflow', '[1e-400]'],
  ['nan', '[NaN]'],
  ['infinity', '[Infinity]'],
  ['undefined', '[undefined]'],
  ['wrongCase', '[True]'],
  ['noneNil', '[None]'],
  ['unexpectedWord', '[hello]'],
  ['plusSign', '[+1]'],
  ['leadingDot', '[.5]'],
];

function refusal(text: unknown, limits: object = LIMITS): JsonError {
  const r = parseJsonSafe(text as string, limits as typeof LIMITS);
  if (r.ok) throw new Error(`expected a refusal of ${String(text).slice(0, 40)}`);
  return r.error;
}

describe('the safe JSON reader in both languages', () => {
  it('has a document for every refusal but the out-of-memory one', () => {
    const listed = new Set(REFUSED.map(([c]) => c));
    expect(Object.keys(JSON_ERROR_EN).filter((c) => !listed.has(c as JsonErrorCode))).toEqual(['exhausted']);
  });

  it.each(REFUSED)('%s: Chinese with no English prose; the English is the CLI message word for word', (code, text, limits) => {
    const e = refusal(text, limits);
    expect(e.code).toBe(code);
    expect(jsonErrorText(e, 'en')).toBe(e.message);
    // The words quoted from the file (a key, a number, a bare word) are the file's, not prose.
    const data = ['word', 'lower', 'key', 'number', 'fixed', 'reads', 'escape', 'charText'].map((k) => String(e.params[k] ?? ''));
    expectChinese(jsonErrorText(e, 'zh'), data);
  });

  it('names the place in Chinese word order: 第 3 行第 5 列', () => {
    const e = refusal('{\n  "a": 1,\n    "b" 2\n}');
    expect(jsonErrorLine(e, 'zh')).toBe('第 3 行第 9 列（$.b 处）：意外的字符“2”：应为键 "b" 后面的“:”');
    expect(jsonErrorLine(e, 'en')).toBe(`line 3, column 9 (at $.b): ${e.message}`);
    expect(e.message).toBe("unexpected '2': expected ':' after the key \"b\"");
  });

  it('describes characters by their Chinese names', () => {
    expect(jsonErrorText(refusal('{"a":\u30001}'), 'zh')).toContain('全角空格（U+3000）');
    expect(jsonErrorText(refusal('"a\tb"'), 'zh')).toBe('字符串中不能直接出现制表符（U+0009）：请写成 \\t');
  });
});

describe('scenario files: every schema problem of the broken corpus in both languages', () => {
  const dir = join(import.meta.dirname, 'scenario-corpus');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected.json' && f !== 'base.json');
  const said = files.flatMap((f) => {
    const r = loadScenario(readFileSync(join(dir, f), 'utf8'), scenarioBases());
    return r.ok ? [] : r.problems.filter((p) => p.says || p.json).map((p) => [f, p] as const);
  });

  it('covers most kinds of schema problem', () => {
    const codes = new Set(said.map(([, p]) => p.says?.code ?? p.json?.code));
    expect(codes.size).toBeGreaterThanOrEqual(20);
  });

  it.each(said)('%s: the English is the CLI message; the Chinese has no English prose', (_f, p) => {
    expect(scenarioProblemLine(p, 'en')).toBe(`${p.path}: ${p.message}`);
    const zh = scenarioProblemLine(p, 'zh');
    const params = { ...p.says?.params, ...p.json?.params };
    // The file's own words (keys, ids, values found, the allowed values and keys, JSON keys such
    // as minAmount) are the file's; the models are named by their own names (BERT, GPT, GLM).
    const named = ['key', 'near', 'found', 'nodeValues', 'nodeKeys', 'nodeDisc', 'disc', 'inEvent', 'word', 'lower'];
    const more = ['number', 'fixed', 'charText', 'market', 'name', 'lo', 'hi', 'kind', 'when', 'section', 'id', 'known', 'base', 'source'];
    const data = [...named, ...more]
      .map((k) => String(params[k] ?? ''))
      .flatMap((v) => [v, ...v.split(', ')])
      .concat(['BERT', 'GPT', 'GLM']);
    expectChinese(zh, data);
  });
});

// --- What a player meets ---

const classic = loadShipped('classic');
const game = runReplay(classic, '42', 'focused', { team: '第7组' });

function bothWays(describe: (lang: Lang) => string): { zh: string; en: string } {
  const zh = describe('zh');
  const en = describe('en');
  expectChinese(zh);
  expectEnglish(en);
  return { zh, en };
}

function saveText(): string {
  const s = new Session(classic.scenario, classic.hash, '42', {});
  const a: Action = { type: 'hire', role: 'mlEngineer', count: 1 };
  expect(s.dispatch(a).ok).toBe(true);
  return encodeSave(buildSave(s, { slot: 'a', revision: 1, savedAt: '2026-01-01T00:00:00Z' }));
}

describe('refusals a Chinese player reads in Chinese, detail included', () => {
  it('a save file cut off in the middle', () => {
    const text = saveText();
    const r = decodeSave(text.slice(0, 60));
    if (r.ok) throw new Error('a cut save was read');
    const m = bothWays((lang) => describeSaveProblem(r.why, lang));
    expect(m.zh).toBe('存档文本不是有效的 JSON（第 1 行第 61 列（$ 处）：文件提前结束：从第 1 行第 51 列开始的字符串缺少结尾的 "）');
    expect(m.en).toBe(r.problem);
    expect(m.en).toBe('line 1, column 61 (at $): file ends early: expected the closing " of the string that starts at line 1, column 51');
  });

  it('a save whose field has the wrong type', () => {
    const text = saveText().replace('"revision":1', '"revision":"three"');
    const r = decodeSave(text);
    if (r.ok) throw new Error('a damaged save was read');
    const m = bothWays((lang) => describeSaveProblem(r.why, lang));
    expect(m.zh).toBe('字段 $.revision 无效：应为数字，实际是文本 "three"');
    expect(m.en).toBe('$.revision: expected a number, found text "three"');
    // The page's wording around it, in the title screen's damaged-save line.
    expectChinese(t('zh', 'save.importProblem', { problem: m.zh }));
  });

  it('a replay file with a wrong field type, and one broken as JSON', () => {
    const bad = importReplay(exportReplay(game).replace(/"engineVersion":\d+/, '"engineVersion":"five"'));
    if (bad.ok) throw new Error('read');
    const m = bothWays((lang) => describeProblem(bad.error, lang));
    expect(m.zh).toBe('字段 $.engineVersion 无效：应为数字，实际是文本 "five"');
    expect(bad.error.message).toBe(m.en);

    const broken = importReplay('{"format": "ai-startup-sim/replay",\n "seed": 42,, }');
    if (broken.ok) throw new Error('read');
    const j = bothWays((lang) => describeProblem(broken.error, lang));
    // The pasted line break was taken out before the second reading: positions are of one line.
    expect(j.zh).toBe('回放文本不是有效的 JSON（第 1 行第 47 列，$）：意外的字符“,”：应为带双引号的键（已去掉粘贴时混入的换行）');
    expect(j.en).toBe(
      "the replay text is not valid JSON at line 1, column 47 ($): unexpected ',': expected a key in double quotes (after removing pasted line breaks)",
    );
  });

  it('a hand-in whose claimed result was edited: each differing field named in the reader’s language', () => {
    const text = exportReplay(game).replace(/"cash":(-?\d+)/, '"cash":99999999');
    const read = importReplay(text);
    if (!read.ok) throw new Error('not read');
    const v = verifyReplay(read.replay, { scenario: classic.scenario, hash: classic.hash });
    if (v.status !== 'diverged') throw new Error(v.status);
    const m = bothWays((lang) => describeProblem(v.problem, lang));
    expect(m.zh).toMatch(/^每个季度都一致，但声明的结果不同：现金：记录为 99999999，重放得到 -?\d+$/);
    expect(m.en).toMatch(/^every quarter matches, but the claimed result differs: cash claimed 99999999, replayed -?\d+$/);
    expect(v.problem.message).toBe(m.en);
  });

  it('a replay file with many problems counts them in the reader’s language', () => {
    const r = importReplay('{"format":"ai-startup-sim/replay","formatVersion":2,"extra":1,"more":2}');
    if (r.ok) throw new Error('read');
    const m = bothWays((lang) => describeProblem(r.error, lang));
    expect(m.zh).toMatch(/个问题）$/);
    expect(m.en).toMatch(/\(and \d+ more problems\)$/);
  });

  it('share codes with a bad field: an empty seed, a control character, a damaged body', () => {
    const refused = (g: typeof game): ReplayProblem => {
      const r = decodeShareCode(encodeShareCode(g));
      if (r.ok) throw new Error('read');
      return r.error;
    };
    const empty = bothWays((lang) => describeProblem(refused({ ...game, seed: '' }), lang));
    expect(empty.zh).toBe('字段 $.seed 无效：不能为空');
    const control = bothWays((lang) => describeProblem(refused({ ...game, seed: 'ab\u0007' }), lang));
    expect(control.zh).toBe('字段 $.seed 无效：不能包含换行或控制字符（第 3 个字符 U+0007）：请在一行内输入');
    expect(control.en).toBe(
      'field $.seed is invalid: no line breaks or control characters (U+0007 at character 3): type the text on one line',
    );
    const partner: Action = { type: 'proposePartnership', kind: PARTNER_KINDS[0], market: 'Not An Id' };
    const market = refused({ ...game, quarters: [{ ...game.quarters[0]!, d: [partner] }] });
    expect(bothWays((lang) => describeProblem(market, lang)).zh).toBe(
      '字段 $.quarters[0].d[0] 无效：应为标识：以小写字母开头，后接最多 31 个字母或数字',
    );
  });

  it('a scenario file the custom-scenario loader refuses as JSON, and a replay of that scenario', () => {
    const text = readFileSync(join(import.meta.dirname, '../scenarios/classic.json'), 'utf8').replace('"id"', '"id":1,"id"');
    const r = loadScenario(text);
    if (r.ok) throw new Error('loaded');
    const line = bothWays((lang) => scenarioProblemLine(r.problems[0]!, lang));
    expect(line.zh).toBe('$.id：键 "id" 重复：它在同一个对象中出现了不止一次；只保留其中一个');
    expect(line.en).toBe(`$.id: ${r.problems[0]!.message}`);
  });

  it('a decision the rules cannot read, dispatched to a session', () => {
    const s = new Session(classic.scenario, classic.hash, '42', {});
    const r = s.dispatch({ type: 'hire', role: 'mlEngineer', count: 1.5 });
    if (r.ok) throw new Error('accepted');
    const m = bothWays((lang) => describeRejection(lang, classic.scenario, r.rejection));
    expect(m.zh).toBe('无效的决策：应为整数，实际是 1.5');
  });

  it('a share code whose packed data is damaged (cut short under a valid checksum)', () => {
    const packed = fromBase64Url(encodeShareCode(game).slice(SHARE_PREFIX.length));
    if (!(packed instanceof Uint8Array)) throw new Error('not base64url');
    const body = inflateSync(packed.subarray(6));
    const cut = deflateSync(body.subarray(0, body.length >> 1), { level: 9 });
    const sealed = new Uint8Array(6 + cut.length);
    sealed.set(sha256(cut).subarray(0, 6));
    sealed.set(cut, 6);
    const r = decodeShareCode(SHARE_PREFIX + toBase64Url(sealed));
    if (r.ok) throw new Error('read');
    const m = bothWays((lang) => describeProblem(r.error, lang));
    expect(m.zh).toBe('无法读取分享码（数据提前结束）：请重新复制完整的分享码');
    expect(m.en).toBe('the share code cannot be read (ends too early): copy the whole code again');
  });
});
