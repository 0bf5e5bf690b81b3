// Workshop codes as a class uses them: short, typed by hand, pasted as links, read aloud; typos are
// refused with a reason; a workshop shortens the world and locks groups; pauses wait for a code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { step, initialState, playBot, BOTS, GROUPS, loadScenario } from '../src/engine/index';
import { readFileSync } from 'node:fs';
import { ALPHABET, checkSettings, decodeWorkshop, encodeWorkshop } from '../src/workshop/code';
import type { WorkshopSettings } from '../src/workshop/code';
import { applyWorkshop, checkTeamName, workshopWorld } from '../src/workshop/apply';
import { checkGoAhead, goAheadCode, pauseAt } from '../src/workshop/pause';
import { describeWorkshopProblem } from '../src/workshop/texts';

const loaded = loadScenario(readFileSync(new URL('../scenarios/classic.json', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error('classic.json does not load');
const classic = loaded.scenario;

const base: WorkshopSettings = {
  scenarioId: 'classic',
  scenarioHash: loaded.hash.slice(0, 5),
  seed: '42',
  quarters: 20,
  groups: [...GROUPS],
  lang: 'en',
  pauses: [4, 8],
};

const nameArb = fc.stringMatching(/^[0-9A-Za-z_-]{1,32}$/);
const settingsArb: fc.Arbitrary<WorkshopSettings> = fc
  .record({
    scenarioId: nameArb,
    seed: nameArb,
    scenarioHash: fc.integer({ min: 0, max: 0xfffff }).map((n) => n.toString(16).padStart(5, '0')),
    quarters: fc.integer({ min: 1, max: 60 }),
    groups: fc.subarray([...GROUPS], { minLength: 1 }),
    lang: fc.constantFrom('zh' as const, 'en' as const),
  })
  .chain((s) =>
    fc
      .uniqueArray(fc.integer({ min: 1, max: Math.max(1, s.quarters - 1) }), { maxLength: s.quarters > 1 ? 15 : 0 })
      .map((p) => ({ ...s, pauses: s.quarters > 1 ? [...p].sort((a, b) => a - b) : [] })),
  );

describe('workshop code', () => {
  it('is short, URL-safe and read-aloud friendly, and decodes to exactly the settings', () => {
    const code = encodeWorkshop(base);
    expect(code.length).toBeLessThanOrEqual(40);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
    expect(encodeURIComponent(code)).toBe(code);
    const d = decodeWorkshop(code);
    expect(d.ok && d.settings).toEqual(base);
    // What hands and chat clients do to a code: lower case, spaces, look-alikes, the whole link.
    const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(decodeWorkshop(sloppy)).toMatchObject({ ok: true, code });
    expect(decodeWorkshop(`  https://example.org/sim/#workshop=${code}\n`)).toMatchObject({ ok: true, code });
  });

  it('round-trips every valid setting exactly', () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        expect(checkSettings(s)).toBeNull();
        const d = decodeWorkshop(encodeWorkshop(s));
        expect(d.ok && d.settings).toEqual(s);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('refuses every single mistyped symbol and every swapped neighbour pair (CRC-15)', () => {
    const code = encodeWorkshop(base).replace(/-/g, '');
    let tried = 0;
    for (let i = 0; i < code.length; i++) {
      for (const c of ALPHABET) {
        if (c === code[i]) continue;
        const r = decodeWorkshop(code.slice(0, i) + c + code.slice(i + 1));
        expect(r.ok).toBe(false);
        tried++;
      }
      if (i + 1 < code.length && code[i] !== code[i + 1]) {
        expect(decodeWorkshop(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2)).ok).toBe(false);
      }
    }
    expect(tried).toBe(code.length * 31);
    const typo = decodeWorkshop(code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6));
    expect(!typo.ok && typo.problem.code).toBe('checksum');
    const u = decodeWorkshop(code.slice(0, 3) + 'U' + code.slice(4));
    expect(!u.ok && u.problem.message).toContain('"U" (position 4)');
    expect(!u.ok && describeWorkshopProblem(u.problem, 'zh')).toContain('第 4 位');
  });

  it('never throws: 10,000 random strings and mutations of valid codes are refused with a message or decode to the same settings', () => {
    const valid = fc.sample(settingsArb, { numRuns: 50, seed: 3 }).map((s) => ({ s, code: encodeWorkshop(s) }));
    const mutation = fc.record({
      k: fc.integer({ min: 0, max: valid.length - 1 }),
      pos: fc.nat(),
      kind: fc.constantFrom('replace', 'delete', 'insert', 'swap', 'case', 'truncate', 'dup'),
      ch: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
    });
    let refused = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 80, unit: 'binary' }).map((t) => ({ t })),
          mutation,
        ),
        (m) => {
          let text: string,
            expected: WorkshopSettings | null = null;
          if ('t' in m) text = m.t;
          else {
            const { s, code } = valid[m.k]!;
            const p = m.pos % code.length;
            expected = s;
            text =
              m.kind === 'replace'
                ? code.slice(0, p) + m.ch + code.slice(p + 1)
                : m.kind === 'delete'
                  ? code.slice(0, p) + code.slice(p + 1)
                  : m.kind === 'insert'
                    ? code.slice(0, p) + m.ch + code.slice(p)
                    : m.kind === 'swap'
                      ? code.slice(0, p) + code.slice(p + 1, p + 2) + code.slice(p, p + 1) + code.slice(p + 2)
                      : m.kind === 'case'
                        ? code.toLowerCase()
                        : m.kind === 'truncate'
                          ? code.slice(0, p)
                          : code + code.slice(p);
          }
          const r = decodeWorkshop(text);
          if (!r.ok) {
            refused++;
            expect(r.problem.message.length).toBeGreaterThan(20);
            expect(describeWorkshopProblem(r.problem, 'zh')).not.toMatch(/^workshop\./);
          } else if (expected) expect(r.settings).toEqual(expected);
          else expect(decodeWorkshop(r.code)).toEqual(r);
        },
      ),
      { numRuns: 10_000, seed: 11 },
    );
    expect(refused).toBeGreaterThan(8000);
    for (const junk of [undefined, null, 42, {}, '', '-----', 'x'.repeat(5000)]) expect(decodeWorkshop(junk as unknown).ok).toBe(false);
  });
});

describe('the workshop world', () => {
  it('a workshop of the scenario as shipped is the same world (same hash); a shorter one ends earlier and locks groups', () => {
    const same = workshopWorld(base, classic, loaded.hash);
    expect(same.ok && same.hash).toBe(loaded.hash);
    const short = workshopWorld({ ...base, quarters: 6, groups: ['team', 'market', 'funding'], pauses: [3] }, classic, loaded.hash);
    if (!short.ok) throw new Error(short.problem.message);
    expect(short.hash).not.toBe(loaded.hash);
    const run = playBot(short.scenario, '42', BOTS.balanced!);
    expect(run.state.history.length).toBeLessThanOrEqual(6);
    if (run.state.status === 'finished') expect(run.state.history.length).toBe(6);
    const r = step(initialState(short.scenario, '42'), { type: 'setProgramme', programme: 'privacy', on: true }, short.scenario);
    expect(!r.ok && r.rejection).toEqual({ code: 'groupLocked', details: { group: 'compliance' } });
    expect(applyWorkshop(classic, base)).toBe(classic);
  });

  it('refuses a code for another scenario version, more quarters than the scenario has, or another scenario', () => {
    const other = workshopWorld({ ...base, scenarioHash: loaded.hash.startsWith('0') ? '11111' : '00000' }, classic, loaded.hash);
    expect(!other.ok && other.problem.code).toBe('scenarioVersion');
    expect(workshopWorld({ ...base, quarters: 21, pauses: [] }, classic, loaded.hash)).toMatchObject({
      ok: false,
      problem: { code: 'quartersOver' },
    });
    expect(workshopWorld({ ...base, scenarioId: 'caseA' }, classic, loaded.hash)).toMatchObject({
      ok: false,
      problem: { code: 'scenarioOther' },
    });
  });

  it('pauses after the chosen quarters only; each pause has its own go-ahead code', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].filter((q) => pauseAt(base, q))).toEqual([4, 8]);
    const g4 = goAheadCode(base, 4),
      g8 = goAheadCode(base, 8);
    expect(g4).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(g4).not.toBe(g8);
    expect(goAheadCode({ ...base, seed: '43' }, 4)).not.toBe(g4);
    expect(checkGoAhead(base, 4, ` ${g4.toLowerCase()} `)).toBe(true);
    expect(checkGoAhead(base, 4, g8)).toBe(false);
    expect(checkGoAhead(base, 8, g4)).toBe(false);
  });

  it('team names are tidied and refused when empty, too long or holding control characters', () => {
    expect(checkTeamName('  Red   Team ')).toEqual({ ok: true, team: 'Red Team' });
    expect(checkTeamName('红队')).toEqual({ ok: true, team: '红队' });
    expect(checkTeamName('   ')).toMatchObject({ ok: false, problem: { code: 'teamEmpty' } });
    expect(checkTeamName('x'.repeat(81))).toMatchObject({ ok: false, problem: { code: 'teamTooLong' } });
    expect(checkTeamName('a\nb')).toMatchObject({ ok: false, problem: { code: 'teamBadChars' } });
  });

  it('team names with a lone surrogate or a bidi control are refused with the character and its position (issue 14)', () => {
    const lone = checkTeamName('A\ud800B');
    expect(lone).toMatchObject({ ok: false, problem: { code: 'teamBrokenChar', field: 'team', params: { char: 'U+D800', position: 2 } } });
    if (!lone.ok) expect(lone.problem.message).toMatch(/broken character \(U\+D800 at character 2.*retype/);
    const rlo = checkTeamName('Red\u202eneerG');
    expect(rlo).toMatchObject({ ok: false, problem: { code: 'teamBidi', params: { char: 'U+202E', position: 4 } } });
    for (const c of ['\u200e', '\u200f', '\u061c', '\u202a', '\u2066', '\u2069'])
      expect(checkTeamName(`a${c}b`)).toMatchObject({ ok: false, problem: { code: 'teamBidi' } });
    // Arabic, Hebrew, emoji and 80 Chinese characters are names like any other.
    for (const ok of ['فريق الأحمر', 'צוות', '🚀 Rocket', '红'.repeat(80)])
      expect(checkTeamName(ok), ok).toMatchObject({ ok: true, team: ok });
  });
});
