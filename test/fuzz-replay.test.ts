// Fuzzing replay files and share codes, as pasted into the browser or given to `sim verify`:
// mutated files (structure and JSON text), mutated codes (characters, cuts, links), codes re-packed
// from tampered replays, and codes whose binary body is mutated under a valid checksum. Each is
// refused with a problem naming what is wrong, or verified and then continued to the end of the game
// by a bot with every invariant checked (capped: FULL_GAMES). Nothing throws, hangs or pollutes.
import { sha256 } from '@noble/hashes/sha2.js';
import { deflateSync, inflateSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BOT_NAMES, BOTS, loadScenario } from '../src/engine/index';
import { parseJsonSafe } from '../src/formats/safe-json';
import type { Scenario } from '../src/engine/index';
import { fromBase64Url, toBase64Url } from '../src/replay/binary';
import type { Replay } from '../src/replay/format';
import { exportReplay, replaySchema } from '../src/replay/format';
import { readReplayInput } from '../src/replay/index';
import type { ReplayProblem } from '../src/replay/problems';
import { encodeShareCode, SHARE_MAX_BYTES, SHARE_PREFIX } from '../src/replay/share-code';
import { verifyReplay } from '../src/replay/verify';
import { Session } from '../src/session/session';
import { worldFor } from '../src/workshop/apply';
import type { FuzzStats, Json, Rng } from './fuzz-support';
import { guarded, int, invariants, mutateDoc, mutateText, newStats, pick, prototypeSnapshot, rng, summary } from './fuzz-support';
import { sized } from './sizing';
import { scenarioBases } from '../src/cli/scenarios';

// Everyday sizes under npm test, full sizes with SIM_TEST_FULL=1 (test/sizing.ts).
const FILE_INPUTS = sized(350, 1400);
const CODE_TEXT_INPUTS = sized(300, 900);
const CODE_REPACKED_INPUTS = sized(120, 400);
const CODE_BINARY_INPUTS = sized(200, 700);
const FULL_GAMES = sized(60, 200);

const DIR = join(__dirname, '..', 'scenarios');
const scenarios = new Map<string, { scenario: Scenario; hash: string }>();
for (const f of readdirSync(DIR)
  .filter((x) => x.endsWith('.json'))
  .sort()) {
  const l = loadScenario(readFileSync(join(DIR, f), 'utf8'), scenarioBases()); // the teaching scenarios extend classic
  if (l.ok) scenarios.set(l.scenario.id, { scenario: l.scenario, hash: l.hash });
}
const catalog = [...scenarios.values()];

/** Valid replays to mutate: bots over seeds, stopped at various quarters, with hostile team names. */
function sourceReplays(): Replay[] {
  const out: Replay[] = [];
  for (let i = 0; i < 12; i++) {
    const { scenario: sc, hash } = catalog[i % catalog.length]!;
    const s = new Session(sc, hash, `src-${i}`, i % 3 === 0 ? { team: '<img src=x onerror=alert(1)> "团队"' } : {});
    const stopAt = i % 4 === 0 ? 3 : 99;
    const bot = BOTS[BOT_NAMES[i % BOT_NAMES.length]!]!;
    while (s.state.status === 'playing' && s.log.length < stopAt) {
      for (const a of bot(s.state, sc)) s.dispatch(a);
      s.dispatch({ type: 'endQuarter' });
    }
    out.push(s.toReplay());
  }
  return out;
}
const sources = sourceReplays();
const stats = newStats();
const before = prototypeSnapshot();

const named = (p: ReplayProblem): boolean =>
  typeof p.message === 'string' && p.message.length > 10 && typeof p.code === 'string' && (p.field === '' || p.field.startsWith('$'));

/** What the browser does with pasted text: read, find the scenario, verify; then the player continues. */
function judge(text: string, s: FuzzStats, r: Rng): string {
  const read = readReplayInput(text);
  if (!read.ok) return named(read.error) ? 'refused' : `refused without a named problem: ${JSON.stringify(read.error)}`;
  const claim = read.claim;
  const base = scenarios.get(claim.scenario.id);
  if (!base) return 'refused'; // the viewer names the unknown scenario (problem 'scenarioUnknown')
  const world = worldFor(claim.meta.workshop, base.scenario, base.hash);
  const v = verifyReplay(claim, world);
  if (v.status !== 'verified') return named(v.problem) ? 'refused' : `${v.status} without a named problem: ${JSON.stringify(v.problem)}`;
  if (s.played < FULL_GAMES) {
    s.played++;
    const sess = Session.restore(
      world.scenario,
      world.hash,
      v.replay.seed,
      v.replay.quarters.map((q) => q.d),
      [],
      v.replay.meta,
    );
    if (!(sess instanceof Session)) return `verified but does not restore: ${sess.error}`;
    const bot = BOTS[pick(r, BOT_NAMES)]!;
    while (sess.state.status === 'playing') {
      for (const a of bot(sess.state, world.scenario)) sess.dispatch(a);
      if (!sess.dispatch({ type: 'endQuarter' }).ok) return 'endQuarter refused after restore';
      const inv = invariants(sess.state, world.scenario);
      if (inv.length) return `verified, then broke an invariant after quarter ${sess.state.quarter}: ${inv[0]}`;
    }
  }
  return 'accepted';
}

/** A share code around any binary body, with a valid checksum (so the body reader is what is tested). */
function codeForBody(body: Uint8Array): string {
  const packed = deflateSync(body, { level: 6 });
  const out = new Uint8Array(6 + packed.length);
  out.set(sha256(packed).subarray(0, 6));
  out.set(packed, 6);
  return SHARE_PREFIX + toBase64Url(out);
}

function bodyOf(code: string): Uint8Array {
  const b = fromBase64Url(code.slice(SHARE_PREFIX.length));
  if (!(b instanceof Uint8Array)) throw new Error('source code does not decode');
  return inflateSync(b.subarray(6));
}

function mutateCode(code: string, r: Rng): { text: string; what: string } {
  const at = int(r, 0, code.length - 1);
  switch (int(r, 0, 9)) {
    case 0:
      return {
        text: code.slice(0, at) + pick(r, ['A', 'z', '0', '-', '_', '+', '/', '=', '.', '!']) + code.slice(at + 1),
        what: `replace char ${at}`,
      };
    case 1:
      return { text: code.slice(0, at) + code.slice(at + 1), what: `delete char ${at}` };
    case 2:
      return { text: code.slice(0, at), what: `cut at ${at}` };
    case 3:
      return { text: code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2), what: `swap ${at}` };
    case 4:
      return { text: code.toLowerCase(), what: 'lower case' };
    case 5:
      return { text: code.replace(/(.{60})/g, '$1\n'), what: 'line breaks' };
    case 6:
      return { text: `https://example.org/play?x=1#replay=${code}`, what: 'as a link' };
    case 7:
      return { text: code.replace(/^AIS2\./, pick(r, ['AIS1.', 'AIS3.', 'AIS999999.', 'AIS.', 'ais2.', 'AIS02.'])), what: 'prefix' };
    case 8:
      return { text: code + pick(r, ['', '=', 'AAAA', ' '.repeat(3), code]), what: 'appended' };
    default:
      return { text: pick(r, ['', ' ', 'AIS2.', '#replay=', `AIS2.${'A'.repeat(int(r, 1, 5000))}`, '{', '```\n```']), what: 'degenerate' };
  }
}

function mutateBody(body: Uint8Array, r: Rng): { body: Uint8Array; what: string } {
  const b = Uint8Array.from(body);
  const at = int(r, 0, Math.max(0, b.length - 1));
  switch (int(r, 0, 5)) {
    case 0:
      b[at] = int(r, 0, 255);
      return { body: b, what: `byte ${at}` };
    case 1:
      b[at] = b[at]! ^ (1 << int(r, 0, 7));
      return { body: b, what: `bit in byte ${at}` };
    case 2:
      return { body: b.subarray(0, at), what: `cut body at ${at}` };
    case 3: {
      const x = new Uint8Array(b.length + 4);
      x.set(b);
      x.set([255, 255, 255, 127], b.length);
      return { body: x, what: 'trailing bytes' };
    }
    case 4: {
      const x = Uint8Array.from(b);
      x.fill(255, at, Math.min(b.length, at + 9));
      return { body: x, what: `varint overflow at ${at}` };
    }
    default:
      return { body: Uint8Array.from({ length: int(r, 0, 300) }, () => int(r, 0, 255)), what: 'random body' };
  }
}

describe('fuzzing replay files and share codes', () => {
  afterAll(() => console.log(summary('replays+codes', stats)));
  const docs = sources.map((x) => {
    const p = parseJsonSafe(exportReplay(x), { maxBytes: 4_000_000, maxDepth: 16 });
    if (!p.ok) throw new Error('source replay does not parse');
    return p.value as Json;
  });
  const codes = sources.map(encodeShareCode);

  it('the unmutated sources verify (or the fuzzer would only test refusals)', () => {
    for (const [i, x] of sources.entries()) {
      expect(judge(exportReplay(x), newStats(), rng('src'))).toBe('accepted');
      expect(judge(codes[i]!, newStats(), rng('src'))).toBe('accepted');
    }
  });

  it(`${FILE_INPUTS} mutated replay files`, () => {
    const r = rng('fuzz-replay-file');
    for (let i = 0; i < FILE_INPUTS; i++) {
      let doc: Json = docs[i % docs.length]!;
      const ops: string[] = [];
      for (let k = int(r, 1, 3); k > 0; k--) {
        const m = mutateDoc(doc, r);
        doc = m.doc;
        ops.push(m.what);
      }
      let text = r() < 0.5 ? JSON.stringify(doc) : JSON.stringify(doc, null, 1);
      if (r() < 0.3) {
        const t = mutateText(text, r);
        text = t.text;
        ops.push(t.what);
      }
      guarded(stats, `file#${i} [${ops.join('; ').slice(0, 200)}]`, ops.length, () => judge(text, stats, r));
    }
    expect(stats.failures.slice(0, 5)).toEqual([]);
  });

  it(`${CODE_TEXT_INPUTS} mutated share codes and links`, () => {
    const r = rng('fuzz-replay-code');
    for (let i = 0; i < CODE_TEXT_INPUTS; i++) {
      let text = codes[i % codes.length]!;
      const ops: string[] = [];
      for (let k = int(r, 1, 2); k > 0; k--) {
        const m = mutateCode(text, r);
        text = m.text;
        ops.push(m.what);
      }
      guarded(stats, `code#${i} [${ops.join('; ')}]`, ops.length, () => judge(text, stats, r));
    }
    expect(stats.failures.slice(0, 5)).toEqual([]);
  });

  it(`${CODE_REPACKED_INPUTS} share codes packed from tampered replays (valid checksum, wrong content)`, () => {
    const r = rng('fuzz-replay-repacked');
    let packed = 0;
    for (let i = 0; i < CODE_REPACKED_INPUTS; i++) {
      let doc: Json = docs[i % docs.length]!;
      const ops: string[] = [];
      // Small, schema-keeping edits: a number, a swap, a deleted item.
      for (let k = int(r, 1, 2); k > 0; k--) {
        const m = mutateDoc(doc, r, pick(r, ['numberInRange', 'swap', 'duplicateItem', 'emptyArray'] as const));
        doc = m.doc;
        ops.push(m.what);
      }
      const v = replaySchema.safeParse(doc);
      if (!v.success) continue;
      let code: string;
      try {
        code = encodeShareCode(v.data);
      } catch {
        continue;
      } // the encoder may refuse what it cannot pack
      packed++;
      guarded(stats, `repacked#${i} [${ops.join('; ')}]`, ops.length, () => judge(code, stats, r));
    }
    expect(packed).toBeGreaterThan(CODE_REPACKED_INPUTS / 4);
    expect(stats.failures.slice(0, 5)).toEqual([]);
  });

  it(`${CODE_BINARY_INPUTS} share codes whose binary body is mutated under a valid checksum`, () => {
    const r = rng('fuzz-replay-binary');
    const bodies = codes.map(bodyOf);
    for (let i = 0; i < CODE_BINARY_INPUTS; i++) {
      const m = mutateBody(bodies[i % bodies.length]!, r);
      const code = codeForBody(m.body);
      guarded(stats, `binary#${i} [${m.what}]`, 1, () => judge(code, stats, r));
    }
    expect(stats.failures.slice(0, 5)).toEqual([]);
    expect(stats.accepted).toBeGreaterThan(20);
    expect(stats.played).toBe(Math.min(FULL_GAMES, stats.accepted));
  });

  it('refuses a decompression bomb by its unpacked size, and prototype-polluting keys by name', () => {
    const bomb = codeForBody(new Uint8Array(50 * SHARE_MAX_BYTES));
    expect(bomb.length).toBeLessThan(200_000);
    const b = readReplayInput(bomb);
    expect(b.ok ? '' : b.error.code).toBe('codeTooLarge');
    const text = exportReplay(sources[0]!);
    for (const payload of [
      '"__proto__":{"polluted":true},',
      '"constructor":{"prototype":{"polluted":true}},',
      '"\\u005f_proto__":{"x":1},',
    ]) {
      const r = readReplayInput(text.replace('{', '{' + payload));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/__proto__|constructor/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeSnapshot()).toBe(before);
  });
});
