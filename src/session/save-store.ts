// Save slots in a Storage (localStorage in the browser, a fake in tests). Writes are checked
// against a per-slot revision so two tabs never silently overwrite each other; an unreadable
// save is listed, never deleted or overwritten; a full or disabled storage is reported, not thrown.
import type { Save } from './save';
import { decodeSave, encodeSave } from './save';
import type { SaveProblem } from './save';

/** The part of the Web Storage API the store uses. */
export interface StorageLike {
  readonly length: number;
  key(i: number): string | null;
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
}

export const SAVE_PREFIX = 'aiss.save.';

export type SlotEntry =
  | { slot: string; key: string; ok: true; save: Save }
  | { slot: string; key: string; ok: false; raw: string; problem: string; why: SaveProblem };

export type WriteResult =
  | { ok: true; revision: number }
  | { ok: false; reason: 'conflict'; theirs: number | 'unreadable' }
  | { ok: false; reason: 'unavailable'; message: string };

export class SaveStore {
  constructor(private readonly storage: StorageLike | null) {}

  get available(): boolean {
    return this.storage !== null;
  }

  /** Every slot, newest first; unreadable ones included with their raw text and the problem. */
  list(): SlotEntry[] {
    const s = this.storage;
    if (!s) return [];
    const keys: string[] = [];
    try {
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i);
        if (k && k.startsWith(SAVE_PREFIX)) keys.push(k);
      }
    } catch {
      return [];
    }
    const out: SlotEntry[] = [];
    for (const key of keys) {
      const raw = this.read(key);
      if (raw === null) continue;
      const slot = key.slice(SAVE_PREFIX.length);
      const r = decodeSave(raw);
      out.push(r.ok ? { slot, key, ok: true, save: r.save } : { slot, key, ok: false, raw, problem: r.problem, why: r.why });
    }
    const when = (e: SlotEntry) => (e.ok ? e.save.savedAt : '');
    return out.sort((a, b) => (when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : a.slot < b.slot ? -1 : 1));
  }

  get(slot: string): SlotEntry | null {
    return this.list().find((e) => e.slot === slot) ?? null;
  }

  /** The revision stored in a slot now: a number, null when empty, 'unreadable' when damaged. */
  revisionOf(slot: string): number | null | 'unreadable' {
    const raw = this.read(SAVE_PREFIX + slot);
    if (raw === null) return null;
    const r = decodeSave(raw);
    return r.ok ? r.save.revision : 'unreadable';
  }

  /** Writes `save` (whose revision must be `expected + 1`) only if the slot still holds
   *  revision `expected` (or is empty and `expected` is 0). Otherwise reports the conflict. */
  write(save: Save, expected: number): WriteResult {
    const s = this.storage;
    if (!s) return { ok: false, reason: 'unavailable', message: 'storage disabled' };
    const now = this.revisionOf(save.slot);
    if (now === 'unreadable') return { ok: false, reason: 'conflict', theirs: 'unreadable' };
    if ((now ?? 0) !== expected) return { ok: false, reason: 'conflict', theirs: now ?? 0 };
    try {
      s.setItem(SAVE_PREFIX + save.slot, encodeSave(save));
    } catch (e) {
      return { ok: false, reason: 'unavailable', message: e instanceof Error ? e.name : 'error' };
    }
    return { ok: true, revision: save.revision };
  }

  private read(key: string): string | null {
    try {
      return this.storage ? this.storage.getItem(key) : null;
    } catch {
      return null;
    }
  }
}

/** The browser's localStorage, or null when the browser refuses it (privacy modes, sandboxes).
 *  A full storage is still returned: its saves stay readable and `write` reports the failure. */
export function browserStorage(): StorageLike | null {
  try {
    const s = globalThis.localStorage;
    if (!s) return null;
    s.getItem(SAVE_PREFIX + '__probe');
    return s;
  } catch {
    return null;
  }
}
