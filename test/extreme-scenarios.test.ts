// The corpus of 30 schema-valid extreme scenarios (test/extreme-scenarios/, written by its
// generate.ts): every bot plays each to the end without a throw, every number in the state stays a
// safe integer with the ledger equal to the cash; where check-scenario accepts a file no ceiling is
// ever reached, and where it refuses one it names the path and the ceiling.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CEILINGS, BOT_NAMES, ROUND_KINDS, loadScenario, totalShares } from '../src/engine/index';
import { ceilingsReached, playExtreme, schemaValid } from './extreme-support';

const DIR = new URL('./extreme-scenarios/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const read = (f: string) => readFileSync(new URL(f, DIR), 'utf8');

describe('extreme scenario corpus', () => {
  it('has 30 schema-valid files, 60 quarters each, some accepted by check-scenario and some refused', () => {
    expect(FILES.length).toBe(30);
    let accepted = 0;
    for (const f of FILES) {
      const sc = schemaValid(JSON.parse(read(f)));
      expect(sc.quarters.v, f).toBe(60);
      if (loadScenario(read(f)).ok) accepted++;
    }
    expect(accepted).toBeGreaterThanOrEqual(10);
    expect(accepted).toBeLessThanOrEqual(20);
  });

  it.each(FILES)('%s: every bot plays it to the end; safe integers, ledger = cash; accepted means no ceiling reached', (f) => {
    const text = read(f);
    const sc = schemaValid(JSON.parse(text));
    const load = loadScenario(text);
    if (!load.ok) {
      // Refused for its worst case: each problem names a path and the engine's ceiling.
      expect(load.problems.length).toBeGreaterThan(0);
      for (const p of load.problems) expect(p.path.startsWith('$'), p.path).toBe(true);
      expect(load.problems.some((p) => /above the engine's ceiling of [\d,]+/.test(p.message))).toBe(true);
    }
    for (const bot of BOT_NAMES) {
      const r = playExtreme(sc, `corpus-${f}`, bot);
      expect(r.broken, `${f} ${bot}`).toBeNull();
      expect(r.state.status, `${f} ${bot}`).not.toBe('playing');
      if (load.ok) expect(ceilingsReached(r.state), `${f} ${bot}`).toEqual([]);
    }
  });

  it('customers +10000 bp every quarter for 60 quarters (issue 14): accepted, and customers stay within the market', () => {
    const text = read('repro-customers-double.json');
    expect(loadScenario(text).ok).toBe(true);
    const r = playExtreme(schemaValid(JSON.parse(text)), 'double', 'balanced');
    expect(r.broken).toBeNull();
    expect(r.state.quarter).toBe(60);
    for (const m of Object.values(r.state.markets)) expect(m.customers).toBeLessThanOrEqual(m.potential);
  });

  it('a raiseRound of 1,000,000,000 at pre-money 1 every quarter (issue 14): shares consolidate, ownership stays meaningful', () => {
    const text = read('repro-round-premoney-1.json');
    const sc = schemaValid(JSON.parse(text));
    const r = playExtreme(sc, 'rounds', 'scattered', (s, q) => [
      { type: 'raiseRound', kind: ROUND_KINDS[q % ROUND_KINDS.length]!, amount: 1_000_000_000, preMoney: 1 },
    ]);
    expect(r.broken).toBeNull();
    expect(r.state.rounds.length).toBeGreaterThan(1);
    expect(totalShares(r.state)).toBeLessThanOrEqual(CEILINGS.shares);
    // The investors own almost all of it, as they paid 10^9 for a company priced at 1.
    const investors = r.state.capTable
      .filter((h) => ROUND_KINDS.includes(h.holder as (typeof ROUND_KINDS)[number]))
      .reduce((n, h) => n + h.shares, 0);
    expect(investors / totalShares(r.state)).toBeGreaterThan(0.99);
  });

  it('money figures at the schema maxima (issue 14): refused with the path and the bound, and still safe to play', () => {
    const text = read('repro-money-maxima.json');
    const load = loadScenario(text);
    expect(load.ok).toBe(false);
    if (load.ok) return;
    const cash = load.problems.find((p) => p.message.includes('cash or a ledger category'));
    expect(cash?.message).toMatch(/above the engine's ceiling of 100,000,000,000,000/);
    expect(cash?.path).toMatch(/^\$\./);
  });
});
