// The class server's storage: one SQLite file (node-sqlite3-wasm: SQLite compiled to WebAssembly
// that writes its file itself, so nothing to build and every statement is on disk when it returns).
// One row per team (its latest accepted run and the hash of its PIN) and a list of refused hand-ins.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import sqlite from 'node-sqlite3-wasm';
import type { Database } from 'node-sqlite3-wasm';

// A CommonJS package: its classes come from the default export under Node's ESM.
const { Database: SqliteDatabase } = sqlite;

export interface TeamRow {
  key: string;
  team: string;
  run: string;
  quarters: number;
  pinHash: string;
  seq: number;
}
/** A `teams` row as SQLite gives it (columns key, team, run, quarters, pin_hash, seq). */
function teamRow(r: Record<string, unknown>): TeamRow {
  return {
    key: String(r.key),
    team: String(r.team),
    run: String(r.run),
    quarters: Number(r.quarters),
    pinHash: String(r.pin_hash),
    seq: Number(r.seq),
  };
}

export interface RefusalRow {
  seq: number;
  team: string | null;
  code: string;
  reason: string;
  reasonZh: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS teams (
  key TEXT PRIMARY KEY, team TEXT NOT NULL, run TEXT NOT NULL, quarters INTEGER NOT NULL,
  pin_hash TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS refusals (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, team TEXT, code TEXT NOT NULL, reason TEXT NOT NULL, reason_zh TEXT NOT NULL);
`;

export class ClassStore {
  private readonly db: Database;
  private seq = 0;
  private readonly path: string;

  /** Opens (or creates) the class's database; refuses a file made for another workshop. */
  constructor(path: string, workshop: string) {
    takeOver(path);
    this.path = path;
    this.db = new SqliteDatabase(path);
    this.db.exec(SCHEMA);
    const row = this.db.get('SELECT v FROM meta WHERE k = ?', ['workshop']);
    if (row === null) this.db.run('INSERT INTO meta (k, v) VALUES (?, ?)', ['workshop', workshop]);
    else if (row.v !== workshop) {
      this.db.close();
      throw new Error(`${path} holds the hand-ins of workshop ${String(row.v)}, not ${workshop}: give another --db FILE`);
    }
    const m = this.db.get('SELECT MAX(seq) AS m FROM teams');
    this.seq = Number(m?.m ?? 0);
  }

  teams(): TeamRow[] {
    return this.db.all('SELECT key, team, run, quarters, pin_hash, seq FROM teams ORDER BY seq').map(teamRow);
  }

  team(key: string): TeamRow | null {
    const r = this.db.get('SELECT key, team, run, quarters, pin_hash, seq FROM teams WHERE key = ?', [key]);
    return r ? teamRow(r) : null;
  }

  /** Stores a team's run (insert or replace); on disk when it returns. */
  put(row: Omit<TeamRow, 'seq'>): void {
    this.seq += 1;
    this.db.run(
      'INSERT INTO teams (key, team, run, quarters, pin_hash, seq) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET ' +
        'team = excluded.team, run = excluded.run, quarters = excluded.quarters, pin_hash = excluded.pin_hash, seq = excluded.seq',
      [row.key, row.team, row.run, row.quarters, row.pinHash, this.seq],
    );
  }

  setPin(key: string, pinHash: string): void {
    this.db.run('UPDATE teams SET pin_hash = ? WHERE key = ?', [pinHash, key]);
  }

  refuse(team: string | null, code: string, reason: string, reasonZh: string): void {
    this.db.run('INSERT INTO refusals (team, code, reason, reason_zh) VALUES (?, ?, ?, ?)', [team, code, reason, reasonZh]);
    // The board shows the latest ones; a misbehaving client cannot fill the disk.
    this.db.run('DELETE FROM refusals WHERE seq <= (SELECT MAX(seq) FROM refusals) - 200');
  }

  refusals(limit = 50): RefusalRow[] {
    return this.db.all('SELECT seq, team, code, reason, reason_zh FROM refusals ORDER BY seq DESC LIMIT ?', [limit]).map((r) => ({
      seq: Number(r.seq),
      team: r.team === null ? null : String(r.team),
      code: String(r.code),
      reason: String(r.reason),
      reasonZh: String(r.reason_zh),
    }));
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
    try {
      if (readFileSync(path_owner(this.path), 'utf8') === String(process.pid)) rmSync(path_owner(this.path));
    } catch {
      /* gone already */
    }
  }
}

const path_owner = (db: string) => `${db}.owner`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The WebAssembly SQLite locks its file with a "FILE.lock" folder, which a killed server leaves
 *  behind. The server that holds the file writes its process id to "FILE.owner": a lock whose owner
 *  is gone is stale and removed (SQLite then rolls back any half-written change from its journal);
 *  a lock whose owner still runs means another class server uses the file, and it is refused. */
function takeOver(db: string): void {
  const owner = path_owner(db);
  let pid = NaN;
  try {
    pid = Number(readFileSync(owner, 'utf8').trim());
  } catch {
    /* none */
  }
  if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
    throw new Error(`${db} is in use by another class server (process ${pid}): stop it first, or give another --db FILE`);
  }
  if (existsSync(`${db}.lock`)) rmSync(`${db}.lock`, { recursive: true, force: true });
  writeFileSync(owner, String(process.pid));
}
