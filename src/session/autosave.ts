// Autosave of the running game into a save slot, as a cache (the exported run is the durable
// copy). Two tabs on one slot: a write finding another tab's revision, or a `storage` event from
// another tab, moves this tab to a new slot and tells the player; nothing is silently overwritten.
import { buildSave, decodeSave } from './save';
import type { SaveStore } from './save-store';
import { SAVE_PREFIX } from './save-store';
import type { Session } from './session';

export type SaveNotice =
  | { kind: 'saved'; slot: string }
  | { kind: 'unavailable' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; oldSlot: string; newSlot: string }
  | { kind: 'foreign'; slot: string };

/** A new slot id: time first so slots sort by creation, then random digits from the browser. */
export function newSlotId(): string {
  const r = new Uint32Array(1);
  crypto.getRandomValues(r);
  return `${Date.now().toString(36)}-${(r[0]! % 1_679_616).toString(36).padStart(4, '0')}`;
}

export class Autosave {
  /** Set when another tab wrote this slot: the next save goes to a new slot. */
  private foreign = false;

  constructor(
    private readonly store: SaveStore,
    private readonly session: Session,
    private readonly scenarioText: string | undefined,
    public slot: string,
    public revision: number,
    private readonly notify: (n: SaveNotice) => void,
  ) {}

  /** Writes the session now. Returns true when the save is stored. */
  save(): boolean {
    if (!this.store.available) {
      this.notify({ kind: 'unavailable' });
      return false;
    }
    if (this.foreign) this.moveToNewSlot();
    for (let attempt = 0; attempt < 2; attempt++) {
      const save = buildSave(this.session, {
        slot: this.slot,
        revision: this.revision + 1,
        savedAt: new Date().toISOString(),
        ...(this.scenarioText !== undefined ? { scenarioText: this.scenarioText } : {}),
      });
      const r = this.store.write(save, this.revision);
      if (r.ok) {
        this.revision = r.revision;
        return true;
      }
      if (r.reason === 'unavailable') {
        this.notify({ kind: 'failed', message: r.message });
        return false;
      }
      this.moveToNewSlot();
    }
    return false;
  }

  private moveToNewSlot(): void {
    const old = this.slot;
    this.slot = newSlotId();
    this.revision = 0;
    this.foreign = false;
    this.notify({ kind: 'conflict', oldSlot: old, newSlot: this.slot });
  }

  /** Listens for another tab writing this slot (the browser's `storage` event). */
  onStorage(e: StorageEvent): void {
    if (e.key !== SAVE_PREFIX + this.slot || e.newValue === null) return;
    const r = decodeSave(e.newValue);
    if (!r.ok || r.save.revision !== this.revision) {
      this.foreign = true;
      this.notify({ kind: 'foreign', slot: this.slot });
    }
  }

  get conflicted(): boolean {
    return this.foreign;
  }
}
