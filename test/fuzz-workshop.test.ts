// Fuzzing workshop codes and go-ahead codes, as students type or paste them: codes of random valid
// settings, the same codes mistyped (characters, cuts, swaps, case, look-alikes, links), garbage and
// non-text. Each is refused with a problem naming the field, or accepted; an accepted code's world
// is derived from the shipped scenario and a bot plays it to the end with every invariant checked
// (capped: FULL_GAMES). A go-ahead check never throws. Nothing pollutes a prototype.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BOT_NAMES, GROUPS, loadScenario } from '../src/engine/index';
import type { Group, Scenario } from '../src/engine/index';
import { workshopWorld } from '../src/workshop/apply';
import type { WorkshopSettings } from '../src/workshop/code';
import { decodeWorkshop, encodeWorkshop, MAX_PAUSES } from '../src/workshop/code';
import { checkGoAhead, goAheadCode } from '../src/workshop/pause';
import type { WorkshopProblem } from '../src/workshop/texts';
import type { FuzzStats, Rng } from './fuzz-support';
import { guarded, int, newStats, pick, playChecked, prototypeSnapshot, rng, summary } from './fuzz-support';
import { scenarioBases } from '../src/cli/scenarios';

const VALID_INPUTS = 500;
const TYPO_INPUTS = 1600;
const GARBAGE_INPUTS = 300;
const GO_AHEAD_INPUTS = 400;
const FULL_GAMES = 150;

const DIR = join(__dirname, '..', 'scenarios');
const byId = new Map<string, { scenario: Scenario; hash: string }>();
for (const f of readdirSync(DIR)
  .filter((x) => x.endsWith('.json'))
  .sort()) {
  const l = loadScenario(readFileSync(join(DIR, f), 'utf8'), scenarioBases()); // the teaching scenarios extend classic
  if (l.ok) byId.set(l.scenario.id, { scenario: l.scenario, hash: l.hash });
}
const ids = [...byId.keys()].filter((id) => /^[0-9A-Za-z_-]{1,32}$/.test(id));
const NAME = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

function randomSettings(r: Rng): WorkshopSettings {
  const id = pick(r, ids);
  const sc = byId.get(id)!;
  const quarters = int(r, 1, sc.scenario.quarters.v);
  const groups = GROUPS.filter(() => r() < 0.6);
  const pauses: number[] = [];
  for (let q = 1; q < quarters && pauses.length < MAX_PAUSES; q++) if (r() < 0.2) pauses.push(q);
  return {
    scenarioId: id,
    scenarioHash: sc.hash.slice(0, 5),
    seed: Array.from({ length: int(r, 1, 32) }, () => pick(r, [...NAME])).join(''),
    quarters,
    groups: groups.length ? groups : [pick(r, GROUPS) as Group],
    lang: r() < 0.5 ? 'zh' : 'en',
    pauses,
  };
}

const stats = newStats();
const before = prototypeSnapshot();
const named = (p: WorkshopProblem): boolean =>
  typeof p.message === 'string' && p.message.length > 10 && typeof p.field === 'string' && p.field.length > 0;

/** What the join page does: decode, derive the world from the shipped scenario, then the team plays. */
function judge(input: unknown, s: FuzzStats, r: Rng): string {
  const d = decodeWorkshop(input);
  if (!d.ok) return named(d.problem) ? 'refused' : `refused without a named problem: ${JSON.stringify(d.problem)}`;
  const sc = byId.get(d.settings.scenarioId);
  if (!sc) return 'refused'; // the join page names the unknown scenario
  const w = workshopWorld(d.settings, sc.scenario, sc.hash);
  if (!w.ok) return named(w.problem) ? 'refused' : `world refused without a named problem: ${JSON.stringify(w.problem)}`;
  if (decodeWorkshop(d.code).ok !== true) return 'the canonical spelling of an accepted code does not decode';
  if (w.scenario.quarters.v !== d.settings.quarters) return `world has ${w.scenario.quarters.v} quarters, code says ${d.settings.quarters}`;
  if (s.played < FULL_GAMES) {
    s.played++;
    const g = playChecked(w.scenario, d.settings.seed, pick(r, BOT_NAMES));
    if (g.broken) return `accepted, then broke an invariant ${g.broken}`;
    if (g.quarters > d.settings.quarters) return `played ${g.quarters} quarters of a ${d.settings.quarters}-quarter workshop`;
  }
  return 'accepted';
}

const LOOKALIKE: Record<string, string> = {
  '0': 'O',
  '1': 'I',
  O: '0',
  I: '1',
  L: '1',
  S: '5',
  '5': 'S',
  B: '8',
  '8': 'B',
  U: 'V',
  V: 'U',
};

function typo(code: string, r: Rng): { text: string; what: string } {
  const at = int(r, 0, code.length - 1);
  const ch = code[at]!;
  switch (int(r, 0, 9)) {
    case 0:
      return { text: code.slice(0, at) + pick(r, [...'0123456789ABCDEFGHJKMNPQRSTVWXYZ']) + code.slice(at + 1), what: `replace ${at}` };
    case 1:
      return { text: code.slice(0, at) + code.slice(at + 1), what: `drop ${at}` };
    case 2:
      return { text: code.slice(0, at) + code[at + 1] + ch + code.slice(at + 2), what: `swap ${at}` };
    case 3:
      return { text: code.slice(0, at) + (LOOKALIKE[ch] ?? ch) + code.slice(at + 1), what: `look-alike ${at}` };
    case 4:
      return { text: r() < 0.5 ? code.toLowerCase() : ` ${code.replace(/-/g, ' ')}\n`, what: 'case/spacing' };
    case 5:
      return { text: code.slice(0, at), what: `cut ${at}` };
    case 6:
      return { text: code + pick(r, ['X', 'XXXX', '-', code]), what: 'extended' };
    case 7:
      return {
        text: `https://example.org/join?lang=en#workshop=${pick(r, [code, encodeURIComponent(code), '%E0%A4%A', code + '&x=1'])}`,
        what: 'as a link',
      };
    case 8:
      return { text: code.slice(0, at) + pick(r, ['U', 'ü', '\u0000', '💥', '\u200b', 'Ｏ']) + code.slice(at + 1), what: `bad char ${at}` };
    default:
      return { text: code.split('').reverse().join(''), what: 'reversed' };
  }
}

describe('fuzzing workshop codes', () => {
  afterAll(() => console.log(summary('workshop codes', stats)));

  it(`${VALID_INPUTS} codes of random valid settings decode to the same settings and play`, () => {
    const r = rng('fuzz-workshop-valid');
    for (let i = 0; i < VALID_INPUTS; i++) {
      const s = randomSettings(r);
      const code = encodeWorkshop(s);
      guarded(stats, `valid#${i} ${code}`, 0, () => {
        const d = decodeWorkshop(code);
        if (!d.ok || JSON.stringify(d.settings) !== JSON.stringify(s)) return `does not round-trip: ${JSON.stringify(d)}`;
        return judge(code, stats, r);
      });
    }
    expect(stats.failures.slice(0, 5)).toEqual([]);
    expect(stats.accepted).toBe(VALID_INPUTS);
  });

  it(`${TYPO_INPUTS} mistyped codes are refused with a reason or read as the code meant`, () => {
    const r = rng('fuzz-workshop-typo');
    for (let i = 0; i < TYPO_INPUTS; i++) {
      const code = encodeWorkshop(randomSettings(r));
      let text = code;
      const ops: string[] = [];
      for (let k = int(r, 1, 2); k > 0; k--) {
        const m = typo(text, r);
        text = m.text;
        ops.push(m.what);
      }
      guarded(stats, `typo#${i} ${code} [${ops.join('; ')}]`, ops.length, () => judge(text, stats, r));
    }
    expect(stats.failures.slice(0, 5)).toEqual([]);
  });

  it(`${GARBAGE_INPUTS} garbage inputs and non-text values are refused`, () => {
    const r = rng('fuzz-workshop-garbage');
    const odd: unknown[] = [
      null,
      undefined,
      42,
      {},
      [],
      { toString: () => 'ABCD' },
      Symbol('x'),
      'x'.repeat(100_000),
      '',
      '----',
      '#workshop=',
      'AIS1.abc',
    ];
    for (let i = 0; i < GARBAGE_INPUTS; i++) {
      const input =
        i < odd.length
          ? odd[i]
          : Array.from({ length: int(r, 0, 150) }, () => String.fromCharCode(int(r, 0, r() < 0.7 ? 127 : 0xffff))).join('');
      guarded(stats, `garbage#${i}`, 1, () => judge(input, stats, r));
    }
    expect(stats.failures.slice(0, 5)).toEqual([]);
  });

  it(`${GO_AHEAD_INPUTS} typed go-ahead codes: only the right one opens the pause, nothing throws`, () => {
    const r = rng('fuzz-workshop-goahead');
    let opened = 0;
    for (let i = 0; i < GO_AHEAD_INPUTS; i++) {
      const s = randomSettings(r);
      const q = int(r, 1, Math.max(1, s.quarters - 1));
      const right = goAheadCode(s, q);
      const typed =
        i % 4 === 0
          ? right.toLowerCase().replace('0', 'o')
          : i % 4 === 1
            ? right.slice(1)
            : Array.from({ length: int(r, 0, 12) }, () => String.fromCharCode(int(r, 0, 0xffff))).join('');
      guarded(stats, `goAhead#${i}`, 1, () => {
        const ok = checkGoAhead(s, q, typed);
        if (ok) opened++;
        if (i % 4 === 0 && !ok) return 'the right code, typed in lower case with O for 0, was refused';
        return ok ? 'accepted' : 'refused';
      });
    }
    expect(stats.failures.slice(0, 5)).toEqual([]);
    expect(opened).toBeGreaterThanOrEqual(GO_AHEAD_INPUTS / 4);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeSnapshot()).toBe(before);
  });
});
