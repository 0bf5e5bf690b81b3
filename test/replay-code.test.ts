// Reading what people paste: replay files mangled by chat clients and editors, share codes split
// over lines or inside links, and hostile codes (bombs, garbage with a valid checksum). Each is
// read, or refused with a message naming the field, in both languages; nothing throws.
import { sha256 } from '@noble/hashes/sha2.js';
import { deflateSync, inflateSync } from 'fflate';
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../src/replay/binary';
import {
  decodeShareCode,
  describeProblem,
  encodeShareCode,
  exportReplay,
  importReplay,
  parseReplayLink,
  readReplayInput,
  replayLink,
  SHARE_MAX_BYTES,
  SHARE_PREFIX,
  verifyReplay,
} from '../src/replay/index';
import type { ProblemCode } from '../src/replay/index';
import { problem } from '../src/replay/problems';
import { loadShipped, runReplay } from './golden/runs';

const classic = loadShipped('classic');
const input = { scenario: classic.scenario, hash: classic.hash };
const game = runReplay(classic, '42', 'focused', { workshop: 'MBA 2026', team: '第7组 “Nova”' });
const text = exportReplay(game);
const code = encodeShareCode(game);

const same = (t: string) => {
  const r = importReplay(t);
  if (!r.ok) throw new Error(r.error.message);
  return exportReplay(r.replay);
};

describe('tolerant import of pasted replay files', () => {
  it('line breaks a chat client inserts anywhere (inside hashes, numbers, names), with indentation, are undone', () => {
    const wrapped = text.replace(/\n/g, '').replace(/(.{57})/g, '$1\n   ');
    expect(wrapped.split('\n').length).toBeGreaterThan(50);
    expect(same(wrapped)).toBe(text);
    expect(same(text.replace(/(.{64})/g, '$1\r\n'))).toBe(text);
  });

  it('code fences, a byte order mark, invisible characters, no-break spaces and curly quotes are undone', () => {
    expect(same('```json\n' + text + '```\n')).toBe(text);
    expect(same('\ufeff' + text)).toBe(text);
    expect(same('Here is our run:\n' + text + 'Thanks!')).toBe(text);
    const rnd = seedrandom.alea('zw');
    const zw = text.replace(/(.{40})/g, (m) => m + ['\u200b', '\u00a0\n', '\u2060', '\u00ad'][Math.floor(rnd() * 4)]);
    expect(same(zw)).toBe(text);
    const plain = exportReplay(runReplay(classic, '42', 'balanced'));
    expect(same(plain.replace(/"/g, (_m, i: number) => (i % 2 ? '\u201c' : '\u201d')))).toBe(plain);
  });

  it('refusals name the field and the fix', () => {
    const j = JSON.parse(text);
    const bad = (f: (x: any) => void) => {
      const c = structuredClone(j);
      f(c);
      const r = importReplay(JSON.stringify(c));
      if (r.ok) throw new Error('accepted');
      return r.error;
    };
    expect(bad((x) => delete x.seed)).toMatchObject({ code: 'field', field: '$.seed' });
    expect(
      bad((x) => {
        x.quarters[2].d.push({ type: 'hire', role: 'ceo', count: 1 });
      }).field,
    ).toBe(`$.quarters[2].d[${j.quarters[2].d.length}].role`);
    expect(
      bad((x) => {
        x.quarters[0].link = 'abc';
      }).field,
    ).toBe('$.quarters[0].link');
    const colour = bad((x) => {
      x.meta.colour = 'red';
    });
    expect(colour.message).toMatch(/\$\.meta.*unknown key "colour"/);
    expect(describeProblem(colour, 'zh')).toBe('字段 $.meta 无效：1 个未知的键："colour"');
    expect(
      bad((x) => {
        x.formatVersion = 3;
      }),
    ).toMatchObject({ code: 'formatVersion', message: expect.stringMatching(/version 3; this build reads version 2: update the game/) });
    // Format 1 hashed states as canonical JSON: its links cannot be checked here; refused, naming both versions.
    expect(
      bad((x) => {
        x.formatVersion = 1;
      }),
    ).toMatchObject({
      code: 'formatVersionOld',
      field: '$.formatVersion',
      message: expect.stringMatching(
        /replay format version 1 was written by an earlier version of the game; this build reads version 2 .*open it with the version of the game that made it/,
      ),
    });
    expect(
      bad((x) => {
        x.formatVersion = 0;
      }),
    ).toMatchObject({ code: 'field', field: '$.formatVersion' });
    expect(
      bad((x) => {
        x.format = 'other-game';
      }).code,
    ).toBe('notReplay');
    expect(
      bad((x) => {
        x.meta.team = 'two\u2028lines';
      }).field,
    ).toBe('$.meta.team');
    const cut = importReplay(text.slice(0, 700));
    expect(cut.ok || cut.error).toMatchObject({ code: 'json', field: expect.stringMatching(/^\$\.quarters/) });
    expect(importReplay('').ok || importReplay('   ').ok).toBe(false);
    expect(importReplay('x'.repeat(4_000_001))).toMatchObject({ ok: false, error: { code: 'tooLarge' } });
  });
});

describe('share codes', () => {
  it('a 20-quarter game fits in a chat message and survives being split over lines, spaced or put in a link', () => {
    expect(code.startsWith(SHARE_PREFIX)).toBe(true);
    expect(code.length).toBeLessThan(800);
    expect(code).toMatch(/^AIS2\.[A-Za-z0-9_-]+$/);
    const claims = [
      code.replace(/(.{30})/g, '$1\n'),
      ' ' + code.replace(/(.{7})/g, '$1 ') + '\n',
      code.replace(/(.{9})/g, '$1\u200b'),
      replayLink('https://example.org/game/?lang=zh#old', code),
      `这是我们组的回放 ${code.replace(/(.{70})/g, '$1\n')}. Good luck!`,
      `Our run: ${replayLink('https://example.org/', code)} (team 7)`,
    ];
    for (const c of claims) {
      const r = readReplayInput(c);
      if (!r.ok) throw new Error(r.error.message);
      const v = verifyReplay(r.claim, input);
      expect(v.status === 'verified' && exportReplay(v.replay)).toBe(text);
    }
  });

  it('links carry the code in the fragment and give it back', () => {
    const link = replayLink('https://example.org/game/?lang=zh#old', code);
    expect(link).toBe('https://example.org/game/?lang=zh#replay=' + code);
    expect(parseReplayLink(link)).toBe(code);
    expect(parseReplayLink('https://example.org/game/')).toBe(null);
  });

  it('a damaged code is refused as damaged: changed, cut, wrong version, foreign text', () => {
    const flip = code.slice(0, 40) + (code[40] === 'A' ? 'B' : 'A') + code.slice(41);
    expect(decodeShareCode(flip)).toMatchObject({ ok: false, error: { code: 'codeChecksum' } });
    expect(decodeShareCode(code.slice(0, -3))).toMatchObject({ ok: false, error: { code: 'codeChecksum' } });
    expect(decodeShareCode('AIS3.' + code.slice(5))).toMatchObject({
      ok: false,
      error: { code: 'codeVersion', message: expect.stringMatching(/version 3; this build reads version 2: update the game/) },
    });
    expect(decodeShareCode('AIS1.' + code.slice(5))).toMatchObject({
      ok: false,
      error: {
        code: 'codeVersionOld',
        message: expect.stringMatching(
          /share code version 1 was made by an earlier version of the game; this build reads version 2 .*open it with the version of the game that made it/,
        ),
      },
    });
    expect(decodeShareCode(code.slice(0, 20) + '%' + code.slice(21))).toMatchObject({
      ok: false,
      error: { code: 'codeCharacters', params: { char: '%', position: 21 } },
    });
    expect(decodeShareCode('hello')).toMatchObject({ ok: false, error: { code: 'codePrefix' } });
  });

  const seal = (body: Uint8Array) => {
    const packed = deflateSync(body, { level: 9 });
    const out = new Uint8Array(6 + packed.length);
    out.set(sha256(packed).subarray(0, 6));
    out.set(packed, 6);
    return SHARE_PREFIX + toBase64Url(out);
  };

  it('a decompression bomb with a valid checksum is refused while unpacking', () => {
    const bomb = seal(new Uint8Array(SHARE_MAX_BYTES * 3));
    expect(bomb.length).toBeLessThan(80_000);
    expect(decodeShareCode(bomb)).toMatchObject({ ok: false, error: { code: 'codeTooLarge' } });
  });

  it('hostile codes with valid checksums (random or edited bodies) are refused or read, never thrown on', () => {
    const body = inflateSync(
      Uint8Array.from(atob(code.slice(5).replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - ((code.length - 5) % 4)) % 4)), (c) =>
        c.charCodeAt(0),
      ).subarray(6),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = decodeShareCode(seal(bytes));
        expect(r.ok).toBe(false);
      }),
      { numRuns: 300, seed: 7 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: body.length - 1 }), fc.integer({ min: 0, max: 255 }), fc.boolean(), (at, byte, cut) => {
        const b = cut ? body.slice(0, at) : body.slice();
        if (!cut) b[at] = byte;
        const r = decodeShareCode(seal(b));
        if (r.ok) expect(['verified', 'diverged', 'refused']).toContain(verifyReplay(r.claim, input).status);
      }),
      { numRuns: 400, seed: 11 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        expect(readReplayInput(SHARE_PREFIX + s).ok).toBe(false);
        readReplayInput(s);
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('a code of a game with no closed quarter still covers its header (seed, names)', () => {
    const emptyHonest = runReplay(classic, 'e', 'balanced', { team: 'équipe 🚀' }, 0);
    const d = decodeShareCode(encodeShareCode(emptyHonest));
    if (!d.ok) throw new Error(d.error.message);
    expect(d.claim.quarters).toEqual([]);
    expect(verifyReplay(d.claim, input).status).toBe('verified');
    expect(verifyReplay({ ...d.claim, meta: { ...d.claim.meta, team: 'someone else' } }, input)).toMatchObject({
      status: 'diverged',
      divergence: { what: 'header' },
    });
    expect(verifyReplay({ ...d.claim, seed: 'f' }, input)).toMatchObject({ status: 'diverged', divergence: { what: 'header' } });
  });
});

describe('one text rule across replay files and share codes (issue 14, issue 13 item 10)', () => {
  it('a team name of 27 to 80 Chinese characters round-trips through the file and the share code', () => {
    for (const n of [27, 40, 80]) {
      const team = '红'.repeat(n);
      const game = runReplay(classic, 'zh', 'balanced', { workshop: '工作坊'.repeat(21), team }, 2);
      const file = importReplay(exportReplay(game));
      expect(file.ok, `${n} characters: file`).toBe(true);
      const d = decodeShareCode(encodeShareCode(game));
      if (!d.ok) throw new Error(`${n} characters: ${d.error.message}`);
      expect(d.claim.meta.team).toBe(team);
      expect(verifyReplay(d.claim, input).status).toBe('verified');
    }
  });

  it('a lone surrogate or a bidi control in a name is refused by the file with the field and the fix, as by the code', () => {
    for (const [team, why] of [
      ['A\ud800B', /broken character \(a lone surrogate, U\+D800 at character 2\).*retype/],
      ['Red\u202eneerG', /bidirectional control characters \(U\+202E at character 4\)/],
    ] as const) {
      const game = { ...runReplay(classic, 'x', 'balanced', {}, 1), meta: { team } };
      const r = importReplay(JSON.stringify(game));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.field).toBe('$.meta.team');
        expect(r.error.message).toMatch(why);
      }
    }
  });
});

describe('problem texts', () => {
  it('every refusal and divergence reads in Chinese and English, with every placeholder filled', () => {
    const params = {
      field: '$.x',
      size: 1,
      max: 2,
      line: 3,
      column: 4,
      detail: 'd',
      expected: 'e',
      found: 5,
      supported: 1,
      prefix: 'AIS2.',
      char: '%',
      position: 6,
      current: 1,
      id: 'classic',
      known: 'classic',
      version: 1,
      quarter: 3,
      index: 2,
      type: 'hire',
      reason: 'notEnoughCash',
      status: 'bankrupt',
      claimed: 'abc',
      actual: 'def',
      fields: 'cash',
    };
    const codes: ProblemCode[] = [
      'empty',
      'tooLarge',
      'json',
      'notReplay',
      'formatVersion',
      'formatVersionOld',
      'field',
      'codePrefix',
      'codeVersion',
      'codeVersionOld',
      'codeCharacters',
      'codeChecksum',
      'codeTooLarge',
      'codeCorrupt',
      'engineVersion',
      'scenarioUnknown',
      'scenarioId',
      'scenarioVersion',
      'scenarioHash',
      'scenarioInvalid',
      'decisionRefused',
      'afterGameOver',
      'linkDiffers',
      'headerDiffers',
      'resultDiffers',
    ];
    for (const c of codes) {
      const p = problem(c, '$.x', params);
      const zh = describeProblem(p, 'zh');
      const en = describeProblem(p, 'en');
      expect(en).toBe(p.message);
      expect(zh).not.toBe(en);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(zh + en).not.toMatch(/\{\w+\}/);
    }
  });
});
