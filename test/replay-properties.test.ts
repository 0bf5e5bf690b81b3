// The replay acceptance properties over 1,000 generated runs (250 under npm test; bots over seeds on the shipped
// scenario, every decision type): file and share-code round trips are exact, and 20 seeded
// mutations of each run are all refused or reported as diverging, without one exception thrown.
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../src/engine/index';
import { exportReplay } from '../src/replay/format';
import type { Replay } from '../src/replay/format';
import { importReplay } from '../src/replay/import';
import { readReplayInput } from '../src/replay/index';
import { decodeShareCode, encodeShareCode } from '../src/replay/share-code';
import { verifyReplay, VerifyMemo } from '../src/replay/verify';
import { loadShipped, runReplay } from './golden/runs';
import { sized, sizeLabel } from './sizing';

const RUNS = sized(250, 1000);
const MUTATIONS = 20;
const classic = loadShipped('classic');
const input = { scenario: classic.scenario, hash: classic.hash };

function generate(i: number): Replay {
  const bot = i % 10 === 0 ? 'random' : 'chaos';
  const meta: Replay['meta'] = i % 7 === 0 ? { workshop: 'MBA 2026 春季', team: `第${i}组 “Rocket” 🚀` } : {};
  return runReplay(classic, `seed-${i}`, bot, meta, i % 11 === 5 ? 1 + (i % 4) : undefined);
}

const runs: Replay[] = [];
const texts: string[] = [];
const codes: string[] = [];
const claims: string[] = [];
const memos: VerifyMemo[] = [];

describe(`replay round trip over ${sizeLabel(RUNS, 1000)} generated runs`, () => {
  it('export → import → verify succeeds and re-export is byte-identical', () => {
    let quarters = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = generate(i);
      const text = exportReplay(r);
      const im = importReplay(text);
      if (!im.ok) throw new Error(`run ${i}: import refused: ${im.error.message}`);
      const memo = new VerifyMemo();
      const v = verifyReplay(im.replay, input, memo);
      if (v.status !== 'verified') throw new Error(`run ${i}: honest run not verified: ${v.problem.message}`);
      expect(exportReplay(v.replay)).toBe(text);
      expect(exportReplay(im.replay)).toBe(text);
      runs.push(r);
      texts.push(text);
      memos.push(memo);
      quarters += r.quarters.length;
    }
    expect(quarters / RUNS).toBeGreaterThan(5);
  });

  it('share code → decode → verify rebuilds the same file, and re-encodes to the same code', () => {
    for (let i = 0; i < runs.length; i++) {
      const code = encodeShareCode(runs[i]!);
      const d = decodeShareCode(code);
      if (!d.ok) throw new Error(`run ${i}: code refused: ${d.error.message}`);
      // Every tenth run without the memo: the code path must stand on its own too.
      const v = verifyReplay(d.claim, input, i % 10 === 0 ? undefined : memos[i]);
      if (v.status !== 'verified') throw new Error(`run ${i}: honest code not verified: ${v.problem.message}`);
      expect(exportReplay(v.replay)).toBe(texts[i]);
      expect(encodeShareCode(v.replay)).toBe(code);
      codes.push(code);
      claims.push(canonicalJson(d.claim));
    }
  });
});

type Mutant = { kind: string; text: string };
type Rng = () => number;
const int = (rnd: Rng, n: number) => Math.floor(rnd() * n);
const CHARS = '0123456789abcdefxyzAZ{}[]":, -_.\\\n';

function edit(r: Replay, rnd: Rng, f: (j: Record<string, any>) => boolean): string | null {
  const j = JSON.parse(JSON.stringify(r)) as Record<string, any>;
  return f(j) ? JSON.stringify(j) : null;
}

function bump(v: unknown, rnd: Rng): unknown {
  if (typeof v === 'number') return v + (rnd() < 0.5 ? -1 : 1) * (1 + int(rnd, 1000));
  if (typeof v === 'boolean') return !v;
  if (typeof v === 'string') return v.length > 1 ? v.slice(0, -1) : v + 'x';
  if (Array.isArray(v)) return v.length > 1 ? v.slice(1) : [...v, 'retail'];
  return v;
}

/** One seeded mutation of a run: its file text or its share code, damaged one way. */
function mutate(r: Replay, text: string, code: string, rnd: Rng): Mutant | null {
  const qs = r.quarters;
  const withD = qs.map((q, i) => (q.d.length ? i : -1)).filter((i) => i >= 0);
  const kind = [
    'char',
    'char',
    'decisionEdit',
    'decisionSwap',
    'decisionRemove',
    'decisionMove',
    'quarterSwap',
    'resultEdit',
    'seedEdit',
    'scenarioEdit',
    'linkEdit',
    'metaEdit',
    'truncateText',
    'truncateQuarters',
    'codeChar',
    'codeTruncate',
  ][int(rnd, 16)]!;
  const q = withD.length ? withD[int(rnd, withD.length)]! : -1;
  let out: string | null = null;
  switch (kind) {
    case 'char': {
      const at = int(rnd, text.length);
      out = text.slice(0, at) + CHARS[int(rnd, CHARS.length)] + text.slice(at + 1);
      break;
    }
    case 'decisionEdit':
      out =
        q < 0
          ? null
          : edit(r, rnd, (j) => {
              const a = j.quarters[q].d[int(rnd, j.quarters[q].d.length)];
              const keys = Object.keys(a).filter((k) => k !== 'type');
              if (!keys.length) j.quarters[q].d.splice(0, 0, { type: 'applyGrant' });
              else {
                const k = keys[int(rnd, keys.length)]!;
                a[k] = bump(a[k], rnd);
              }
              return true;
            });
      break;
    case 'decisionSwap':
      out =
        q < 0 || qs[q]!.d.length < 2
          ? null
          : edit(r, rnd, (j) => {
              const d = j.quarters[q].d;
              const x = int(rnd, d.length - 1);
              [d[x], d[x + 1]] = [d[x + 1], d[x]];
              return true;
            });
      break;
    case 'decisionRemove':
      out =
        q < 0
          ? null
          : edit(r, rnd, (j) => {
              j.quarters[q].d.splice(int(rnd, j.quarters[q].d.length), 1);
              return true;
            });
      break;
    case 'decisionMove':
      out =
        q < 0 || qs.length < 2
          ? null
          : edit(r, rnd, (j) => {
              const to = (q + 1 + int(rnd, qs.length - 1)) % qs.length;
              j.quarters[to].d.push(j.quarters[q].d.pop());
              return true;
            });
      break;
    case 'quarterSwap':
      out =
        qs.length < 2
          ? null
          : edit(r, rnd, (j) => {
              const x = int(rnd, qs.length - 1);
              [j.quarters[x].d, j.quarters[x + 1].d] = [j.quarters[x + 1].d, j.quarters[x].d];
              return true;
            });
      break;
    case 'resultEdit':
      out = edit(r, rnd, (j) => {
        const k = ['outcome', 'quarters', 'cash', 'valuation', 'founderBp', 'finalHash'][int(rnd, 6)]!;
        j.result[k] =
          k === 'outcome'
            ? j.result.outcome === 'finished'
              ? 'bankrupt'
              : 'finished'
            : k === 'finalHash'
              ? j.result.finalHash.replace(/^./, (c: string) => (c === '0' ? '1' : '0'))
              : bump(j.result[k], rnd);
        return true;
      });
      break;
    case 'seedEdit':
      out = edit(r, rnd, (j) => {
        j.seed = bump(j.seed, rnd);
        return true;
      });
      break;
    case 'scenarioEdit':
      out = edit(r, rnd, (j) => {
        const k = ['hash', 'version', 'id'][int(rnd, 3)]!;
        j.scenario[k] = k === 'hash' ? j.scenario.hash.replace(/.$/, (c: string) => (c === '0' ? '1' : '0')) : bump(j.scenario[k], rnd);
        return true;
      });
      break;
    case 'linkEdit':
      out = edit(r, rnd, (j) => {
        const x = int(rnd, qs.length);
        const at = int(rnd, 64);
        const l: string = j.quarters[x].link;
        j.quarters[x].link = l.slice(0, at) + (l[at] === 'a' ? 'b' : 'a') + l.slice(at + 1);
        return true;
      });
      break;
    case 'metaEdit':
      out = edit(r, rnd, (j) => {
        if (j.meta.team) j.meta.team += '!';
        else j.meta.bot = 'balanced' === j.meta.bot ? 'focused' : 'balanced';
        return true;
      });
      break;
    case 'truncateText':
      out = text.slice(0, int(rnd, text.length - 1));
      break;
    case 'truncateQuarters':
      out = edit(r, rnd, (j) => {
        j.quarters.splice(int(rnd, qs.length));
        return true;
      });
      break;
    case 'codeChar': {
      const at = 5 + int(rnd, code.length - 5);
      const c = 'ABCabc019-_'[int(rnd, 11)]!;
      out = code.slice(0, at) + (code[at] === c ? 'Q' : c) + code.slice(at + 1);
      break;
    }
    case 'codeTruncate':
      out = code.slice(0, 5 + int(rnd, code.length - 5));
      break;
  }
  return out === null ? null : { kind, text: out };
}

describe(`tampering: ${sizeLabel(RUNS, 1000)} runs × 20 mutations`, () => {
  it('every mutated replay is refused or diverges; none throws; unchanged content still verifies', () => {
    expect(runs.length).toBe(RUNS);
    const rnd = seedrandom.alea('tamper-2026');
    const tally: Record<string, { refused: number; diverged: number; same: number }> = {};
    for (let i = 0; i < runs.length; i++) {
      const r = runs[i]!;
      for (let m = 0; m < MUTATIONS; m++) {
        let mu: Mutant | null = null;
        while (!mu) mu = mutate(r, texts[i]!, codes[i]!, rnd);
        const t = (tally[mu.kind] ??= { refused: 0, diverged: 0, same: 0 });
        const where = `run ${i} mutation ${m} (${mu.kind})`;
        let outcome: 'refused' | 'diverged' | 'same';
        try {
          const read = readReplayInput(mu.text);
          if (!read.ok) outcome = 'refused';
          else {
            const v = verifyReplay(read.claim, input, memos[i]);
            // Only a text that still says exactly the same thing may verify (e.g. a line break swapped for a space).
            const same = read.kind === 'file' ? exportReplay(read.claim as Replay) === texts[i] : canonicalJson(read.claim) === claims[i];
            if (v.status === 'verified') {
              if (!same) throw new Error(`${where}: a changed replay verified`);
              outcome = 'same';
            } else {
              if (same) throw new Error(`${where}: an unchanged replay was not verified: ${v.problem.message}`);
              outcome = v.status;
            }
          }
        } catch (e) {
          throw new Error(`${where}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
        }
        t[outcome]++;
      }
    }
    const kinds = Object.keys(tally);
    expect(kinds.length).toBe(15);
    if (process.env.REPLAY_TALLY) console.log(JSON.stringify(tally));
    let same = 0;
    let diverged = 0;
    for (const k of kinds) {
      same += tally[k]!.same;
      diverged += tally[k]!.diverged;
    }
    // Mutations that change meaning dominate; mere re-spellings are rare.
    expect(same).toBeLessThan(RUNS * MUTATIONS * 0.02);
    expect(diverged).toBeGreaterThan(RUNS * MUTATIONS * 0.2);
    for (const k of ['decisionEdit', 'resultEdit', 'quarterSwap', 'linkEdit', 'truncateQuarters'])
      expect(tally[k]!.diverged).toBeGreaterThan(0);
    for (const k of ['scenarioEdit', 'codeChar', 'codeTruncate', 'truncateText']) expect(tally[k]!.refused).toBeGreaterThan(0);
  });
});
