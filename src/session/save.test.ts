// Saves as a player meets them: a save restores the same company with the open quarter's
// decisions still undoable; a damaged save is listed and never overwritten; two tabs never
// overwrite each other; a full storage is reported, not thrown; hostile text stays text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Action, Scenario } from '../engine/index';
import { hashState, loadScenario } from '../engine/index';
import { Autosave } from './autosave';
import type { SaveNotice } from './autosave';
import { buildSave, decodeSave, encodeSave, SAVE_FORMAT_VERSION } from './save';
import { SAVE_PREFIX, SaveStore } from './save-store';
import type { StorageLike } from './save-store';
import { Session } from './session';

const loaded = loadScenario(readFileSync(join(import.meta.dirname, '../../scenarios/classic.json'), 'utf8'));
if (!loaded.ok) throw new Error('classic.json does not load');
const sc: Scenario = loaded.scenario;
const HASH = loaded.hash;

class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  full = false;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.full) {
      const e = new Error('quota');
      e.name = 'QuotaExceededError';
      throw e;
    }
    this.map.set(k, v);
  }
}

const XSS = '<img src=x onerror="window.__xss=1">';

function played(): Session {
  const s = new Session(sc, HASH, '42', { team: XSS });
  const q1: Action[] = [
    { type: 'hire', role: 'mlEngineer', count: 1 },
    { type: 'setMarketing', channel: 'content', budget: 20000 },
  ];
  for (const a of q1) expect(s.dispatch(a).ok).toBe(true);
  expect(s.dispatch({ type: 'endQuarter' }).ok).toBe(true);
  expect(s.dispatch({ type: 'setProgramme', programme: 'encryption', on: true }).ok).toBe(true);
  expect(s.dispatch({ type: 'endQuarter' }).ok).toBe(true);
  expect(s.dispatch({ type: 'hire', role: 'productManager', count: 1 }).ok).toBe(true);
  return s;
}

describe('save files', () => {
  it('restore the same company, with the open quarter still undoable and team text untouched', () => {
    const s = played();
    const text = encodeSave(buildSave(s, { slot: 'a1', revision: 1, savedAt: '2026-01-01T00:00:00.000Z' }));
    const d = decodeSave(text);
    if (!d.ok) throw new Error(d.problem);
    expect(d.save.meta.team).toBe(XSS);
    const r = Session.restore(sc, HASH, d.save.seed, d.save.log, d.save.current, d.save.meta);
    if (!(r instanceof Session)) throw new Error(r.error);
    expect(hashState(r.state)).toBe(hashState(s.state));
    expect(r.current).toEqual([{ type: 'hire', role: 'productManager', count: 1 }]);
    expect(r.undo()).toBe(true);
    expect(r.state.cash).toBeGreaterThan(s.state.cash);
  });

  it('refuse a newer format, another engine version or a damaged decision, naming the field', () => {
    const s = played();
    const save = buildSave(s, { slot: 'a1', revision: 1, savedAt: 'x' });
    const newer = decodeSave(JSON.stringify({ ...save, formatVersion: SAVE_FORMAT_VERSION + 1 }));
    expect(newer.ok ? '' : newer.problem).toMatch(/formatVersion.*newer version/);
    const engine = decodeSave(JSON.stringify({ ...save, engineVersion: 99 }));
    expect(engine.ok ? '' : engine.problem).toMatch(/engineVersion/);
    const bad = decodeSave(JSON.stringify({ ...save, log: [[{ type: 'hire', role: 'wizard', count: 1 }]] }));
    expect(bad.ok ? '' : bad.problem).toMatch(/^\$\.log\[0\]\[0\]/);
    expect(decodeSave('{"format":"ai-startup-sim/save", "__proto__": {}}').ok).toBe(false);
  });
});

describe('save slots', () => {
  it('list a damaged save with its raw text and never overwrite it', () => {
    const mem = new MemoryStorage();
    mem.setItem(SAVE_PREFIX + 'old', '{"format":"ai-startup-sim/save", broken');
    const store = new SaveStore(mem);
    const list = store.list();
    expect(list).toHaveLength(1);
    expect(list[0]!.ok).toBe(false);
    if (!list[0]!.ok) expect(list[0]!.raw).toContain('broken');
    const w = store.write(buildSave(played(), { slot: 'old', revision: 1, savedAt: 'x' }), 0);
    expect(w).toEqual({ ok: false, reason: 'conflict', theirs: 'unreadable' });
    expect(mem.getItem(SAVE_PREFIX + 'old')).toContain('broken');
  });

  it('keep two tabs from overwriting each other: the second writer moves to a new slot', () => {
    const mem = new MemoryStorage();
    const store = new SaveStore(mem);
    const a = played();
    const notes: SaveNotice[] = [];
    const tabA = new Autosave(store, a, undefined, 'slot1', 0, (n) => notes.push(n));
    expect(tabA.save()).toBe(true);
    // Tab B opens the same save at revision 1; then tab A plays on and saves revision 2.
    const b = Session.restore(sc, HASH, '42', a.log, a.current);
    if (!(b instanceof Session)) throw new Error(b.error);
    const tabB = new Autosave(store, b, undefined, 'slot1', 1, (n) => notes.push(n));
    a.dispatch({ type: 'endQuarter' });
    expect(tabA.save()).toBe(true);
    const aText = mem.getItem(SAVE_PREFIX + 'slot1');
    b.dispatch({ type: 'fire', role: 'softwareEngineer', count: 1 });
    expect(tabB.save()).toBe(true);
    expect(mem.getItem(SAVE_PREFIX + 'slot1')).toBe(aText);
    expect(tabB.slot).not.toBe('slot1');
    expect(notes.filter((n) => n.kind === 'conflict')).toHaveLength(1);
    expect(
      store
        .list()
        .map((e) => e.slot)
        .sort(),
    ).toEqual(['slot1', tabB.slot].sort());
  });

  it('report a full storage without throwing, and keep what was stored', () => {
    const mem = new MemoryStorage();
    const store = new SaveStore(mem);
    const notes: SaveNotice[] = [];
    const s = played();
    const auto = new Autosave(store, s, undefined, 'slot1', 0, (n) => notes.push(n));
    expect(auto.save()).toBe(true);
    mem.full = true;
    s.dispatch({ type: 'endQuarter' });
    expect(auto.save()).toBe(false);
    expect(notes).toEqual([{ kind: 'failed', message: 'QuotaExceededError' }]);
    const kept = store.get('slot1');
    expect(kept && kept.ok && kept.save.revision).toBe(1);
  });

  it('work with no storage at all: saving reports it, nothing throws', () => {
    const store = new SaveStore(null);
    const notes: SaveNotice[] = [];
    expect(new Autosave(store, played(), undefined, 's', 0, (n) => notes.push(n)).save()).toBe(false);
    expect(notes).toEqual([{ kind: 'unavailable' }]);
    expect(store.list()).toEqual([]);
  });
});
