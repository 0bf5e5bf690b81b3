// The debrief's loaded runs kept across a reload (IndexedDB: a class's 60 files are megabytes,
// more than localStorage should hold beside the saves). Keyed by workshop code; cleared only when
// the instructor removes the runs. Failures are silent: the page then works as before, unsaved.
import type { RunInput } from '../../workshop/debrief';

const DB = 'aiss-workshop';
const STORE = 'debrief-runs';

function open(): Promise<IDBDatabase | null> {
  return new Promise((ok) => {
    try {
      if (typeof indexedDB === 'undefined') {
        ok(null);
        return;
      }
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
      };
      req.onsuccess = () => ok(req.result);
      req.onerror = () => ok(null);
      req.onblocked = () => ok(null);
    } catch {
      ok(null);
    }
  });
}

async function tx<T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest<T>): Promise<T | null> {
  const db = await open();
  if (!db) return null;
  return new Promise((ok) => {
    try {
      const t = db.transaction(STORE, mode);
      const req = f(t.objectStore(STORE));
      t.oncomplete = () => {
        db.close();
        ok(req.result ?? null);
      };
      t.onerror = () => {
        db.close();
        ok(null);
      };
      t.onabort = () => {
        db.close();
        ok(null);
      };
    } catch {
      db.close();
      ok(null);
    }
  });
}

/** The runs kept for a workshop code (empty when none, or when storage is unavailable). */
export async function loadRuns(code: string): Promise<RunInput[]> {
  const v = await tx('readonly', (s) => s.get(code) as IDBRequest<unknown>);
  if (!Array.isArray(v)) return [];
  return v.filter(
    (r): r is RunInput =>
      typeof r === 'object' && r !== null && typeof (r as RunInput).label === 'string' && typeof (r as RunInput).text === 'string',
  );
}

/** Keeps the runs of a workshop code (an empty list forgets them). */
export async function saveRuns(code: string, runs: readonly RunInput[]): Promise<void> {
  if (runs.length === 0) await tx('readwrite', (s) => s.delete(code) as IDBRequest<undefined>);
  else
    await tx('readwrite', (s) =>
      s.put(
        runs.map((r) => ({ label: r.label, text: r.text })),
        code,
      ),
    );
}
