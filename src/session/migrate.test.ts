// The migration chain: numeric order over a long synthetic chain (v2 before v10), refusal of newer
// versions naming both versions, gaps and failing steps refused without touching the input.
import { describe, expect, it } from 'vitest';
import type { MigrationStep } from './migrate';
import { chainProblems, defineChain, migrate, orderedSteps, step } from './migrate';

interface Doc {
  formatVersion: number;
  trail: number[];
  note?: string;
}

/** Versions 1..13; each step records that it ran, so the order steps ran in is visible. */
function synthetic(current = 13) {
  const steps: MigrationStep[] = [];
  for (let v = 1; v < current; v++)
    steps.push(step<Doc, Doc>(v, v + 1, `v${v} to v${v + 1}`, (d) => ({ ...d, formatVersion: v + 1, trail: [...d.trail, v + 1] })));
  // Listed in text order ("1", "10", "11", "12", "2", ...), the order a careless sort would use.
  steps.sort((a, b) => (String(a.from) < String(b.from) ? -1 : String(a.from) > String(b.from) ? 1 : 0));
  return defineChain<Doc>('save', 1, current, steps);
}

describe('migrate', () => {
  const chain = synthetic();

  it('runs a 13-version chain in numeric order, whatever order the steps are listed in', () => {
    expect(chain.steps.map((s) => s.from).slice(0, 5)).toEqual([1, 10, 11, 12, 2]);
    const r = migrate<Doc>({ formatVersion: 1, trail: [] }, 1, chain);
    expect(r.ok && r.doc.trail).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(r.ok && r.applied[1]).toBe('2→3');
    expect(orderedSteps(chain.steps).map((s) => s.from)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(chainProblems(chain)).toEqual([]);
  });

  it("starts at the document's own version", () => {
    const r = migrate<Doc>({ formatVersion: 10, trail: [] }, 10, chain);
    expect(r).toMatchObject({ ok: true, from: 10, to: 13, doc: { formatVersion: 13, trail: [11, 12, 13] } });
    const same = { formatVersion: 13, trail: [] };
    const cur = migrate<Doc>(same, 13, chain);
    expect(cur.ok && cur.doc).toBe(same);
    expect(cur.ok && cur.applied).toEqual([]);
  });

  it('refuses a document from a newer version, naming both versions', () => {
    const r = migrate({ formatVersion: 14 }, 14, chain);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('newer');
      expect(r.message).toContain('format version 14');
      expect(r.message).toContain('1 to 13');
      expect(r.message).toContain('update the game');
    }
  });

  it('refuses versions that are not whole numbers ≥ 1, and versions older than the oldest release', () => {
    for (const v of ['1', 1.5, Number.NaN, 0, -3, null, undefined, 2 ** 60]) {
      const r = migrate({}, v, chain);
      expect(r.ok ? 'accepted' : r.code, String(v)).toBe('badVersion');
    }
    const old = migrate({}, 2, defineChain('replay', 3, 4, [step(3, 4, 'x', (d) => d)]));
    expect(old.ok ? '' : old.message).toContain('older than any released version (3)');
  });

  it('refuses a gap in the chain instead of skipping versions', () => {
    const gappy = defineChain(
      'save',
      1,
      13,
      synthetic().steps.filter((s) => s.from !== 7),
    );
    expect(chainProblems(gappy)).toEqual(['save: no step from version 7 (the chain must reach 13)']);
    const r = migrate({ formatVersion: 2, trail: [] }, 2, gappy);
    expect(r.ok ? '' : r.code).toBe('gap');
    expect(r.ok ? '' : r.message).toContain('version 7');
  });

  it('reports a chain that goes backwards or starts twice at one version', () => {
    const bad = defineChain('save', 1, 3, [step(1, 2, 'a', (d) => d), step(1, 3, 'b', (d) => d), step(2, 2, 'c', (d) => d)]);
    expect(chainProblems(bad)).toEqual(['save: two steps start at version 1', 'save: step "c" must go up (from 2 to 2)']);
  });

  it('turns a throwing step into a refusal naming the step, leaving the input untouched', () => {
    const boom = defineChain('replay', 1, 3, [
      step<Doc, Doc>(1, 2, 'rename fields', (d) => {
        d.note = 'mutated';
        d.trail.push(99);
        return d;
      }),
      step<Doc, Doc>(2, 3, 'split quarters', () => {
        throw new Error('quarters missing');
      }),
    ]);
    const input: Doc = { formatVersion: 1, trail: [] };
    const r = migrate(input, 1, boom);
    expect(r).toEqual({ ok: false, code: 'stepFailed', message: 'replay format version 2 → 3 (split quarters) failed: quarters missing' });
    expect(input).toEqual({ formatVersion: 1, trail: [] });
  });

  it('keeps a "__proto__" key as plain data while copying (no prototype reached)', () => {
    const doc = Object.defineProperty({ formatVersion: 1, trail: [] as number[] }, '__proto__', {
      value: { polluted: true },
      enumerable: true,
    });
    const r = migrate<Doc>(doc, 1, defineChain<Doc>('save', 1, 2, [step<Doc, Doc>(1, 2, 'identity', (d) => d)]));
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.ok && Object.getPrototypeOf(r.doc)).toBe(Object.prototype);
    expect(r.ok && Object.keys(r.doc)).toEqual(['formatVersion', 'trail', '__proto__']);
  });
});
