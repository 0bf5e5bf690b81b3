// A live class: hand-ins verified on arrival by the debrief's own pure code (checkRun), one row
// per team in the database, the board and the leaderboard assembled by assembleDebrief. The HTTP
// side is in server.ts; this part is plain calls, so tests and the server share it.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Action } from '../engine/index';
import { assembleDebrief, checkRun, prepareDebrief } from '../workshop/debrief';
import type { Debrief, DebriefContext, RunOutcome, ScenarioSource } from '../workshop/debrief';
import type { Key, Params } from '../i18n/index';
import { t } from '../i18n/index';
import { extendsLog, teamKey } from '../workshop/handin';
import { VerifyMemo } from '../workshop/replay-adapter';
import { describeWorkshopProblem } from '../workshop/texts';
import type { WorkshopProblem } from '../workshop/texts';
import { ClassStore } from './store';

/** A hand-in larger than this is not one game (a 60-quarter run is well under 200 kB). */
export const MAX_HANDIN_BYTES = 2_000_000;

export type HandInReply = { status: number; body: Record<string, unknown> };

/** A PIN the team types on another device: 6 digits. Stored as salt:sha256(salt:pin). */
function newPin(): { pin: string; hash: string } {
  const pin = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const salt = randomBytes(8).toString('hex');
  return { pin, hash: `${salt}:${createHash('sha256').update(`${salt}:${pin}`).digest('hex')}` };
}
function pinMatches(stored: string, pin: unknown): boolean {
  if (typeof pin !== 'string' || !/^\d{6}$/.test(pin)) return false;
  const [salt, hex] = stored.split(':');
  if (!salt || !hex) return false;
  const got = createHash('sha256').update(`${salt}:${pin}`).digest();
  const want = Buffer.from(hex, 'hex');
  return want.length === got.length && timingSafeEqual(got, want);
}

/** A refusal's reason in English and Chinese, as the API sends them (reason, reasonZh). */
export function reasons(key: Key, params?: Params): { reason: string; reasonZh: string } {
  return { reason: t('en', key, params), reasonZh: t('zh', key, params) };
}

const refusal = (status: number, p: WorkshopProblem, team: string | null): HandInReply => ({
  status,
  body: { ok: false, code: p.code, field: p.field, reason: p.message, reasonZh: describeWorkshopProblem(p, 'zh'), team },
});

/** One row of the live board: where a team is, from its verified run. */
export interface BoardTeam {
  team: string;
  quarter: number;
  cash: number;
  status: string;
  rank: number;
  standing: 'ranked' | 'unfinished';
  score: number;
  flags: string[];
}
export interface Board {
  code: string;
  quarters: number;
  seed: string;
  teams: BoardTeam[];
  refusals: { team: string | null; code: string; reason: string; reasonZh: string }[];
  /** The leaderboard in the CLI debrief's terms (rank, team, score). */
  leaderboard: { rank: number; team: string; score: number; standing: 'ranked' | 'unfinished'; quarters: number }[];
}

export class ClassRoom {
  readonly ctx: DebriefContext;
  readonly store: ClassStore;
  private readonly memo = new VerifyMemo();
  /** Each team's verified outcome, by team key (rebuilt from the database at start). */
  private readonly outcomes = new Map<string, RunOutcome & { kind: 'verified' }>();
  private cached: Debrief | null = null;
  private readonly listeners = new Set<() => void>();
  /** Input order for the debrief (first hand-in of each team first), as files are ordered for `sim debrief`. */
  private nextIndex = 1;

  constructor(code: string, scenario: ScenarioSource, dbPath: string) {
    const p = prepareDebrief(code, scenario);
    if (!p.ok) throw new Error(p.problem.message);
    this.ctx = p.ctx;
    this.store = new ClassStore(dbPath, p.ctx.code);
    // What was accepted before a crash or a restart counts again (verified again: the file is not trusted more than a hand-in).
    for (const row of this.store.teams()) {
      const o = checkRun(this.ctx, { label: row.team, text: row.run }, this.nextIndex++, this.memo);
      if (o.kind === 'verified') this.outcomes.set(row.key, o);
      else console.error(`stored run of team ${row.team} no longer verifies (${o.flagged.problem.message}): left out of the board`);
    }
  }

  onChange(l: () => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
  private changed(): void {
    this.cached = null;
    for (const l of this.listeners) l();
  }

  /** A team's run arrives: refused with the reason, or stored (on disk) before this returns. */
  handIn(text: string, pin?: unknown): HandInReply {
    const o = checkRun(this.ctx, { label: 'hand-in', text }, 0, this.memo);
    if (o.kind === 'flagged') {
      const f = o.flagged;
      this.store.refuse(f.team, f.problem.code, f.problem.message, describeWorkshopProblem(f.problem, 'zh'));
      this.changed();
      return refusal(422, f.problem, f.team);
    }
    const t = o.team;
    const prev = this.store.team(t.key);
    const quarters = t.quartersPlayed;
    if (prev) {
      const had = this.outcomes.get(t.key);
      const prevLog: Action[][] = had ? had.team.decisions : [];
      if (!extendsLog(t.decisions, prevLog)) {
        // An earlier hand-in of the team, arriving late (a retry after a later one): nothing to change.
        if (extendsLog(prevLog, t.decisions))
          return { status: 200, body: { ok: true, kept: 'later', team: prev.team, quarters: prev.quarters } };
        const { reason, reasonZh } = reasons('class.refuseTeamTaken', { team: prev.team });
        this.store.refuse(t.team, 'teamTaken', reason, reasonZh);
        this.changed();
        return { status: 409, body: { ok: false, code: 'teamTaken', field: 'team', reason, reasonZh, team: t.team } };
      }
    }
    // The team's game (it extends what was stored): a PIN it does not hold is issued anew.
    const keepPin = prev !== null && pinMatches(prev.pinHash, pin);
    const fresh = keepPin ? null : newPin();
    this.store.put({ key: t.key, team: t.team, run: text, quarters, pinHash: fresh ? fresh.hash : prev!.pinHash });
    this.outcomes.set(t.key, {
      kind: 'verified',
      team: { ...t, index: this.outcomes.get(t.key)?.team.index ?? this.nextIndex++, label: t.team },
    });
    this.changed();
    return { status: prev ? 200 : 201, body: { ok: true, team: t.team, quarters, ...(fresh ? { pin: fresh.pin } : {}) } };
  }

  /** Another device resumes a team's game: its latest run, given the team name and PIN. */
  resume(team: unknown, pin: unknown): HandInReply {
    if (typeof team !== 'string' || team.trim() === '')
      return { status: 400, body: { ok: false, code: 'noTeam', field: 'team', ...reasons('class.refuseNoTeam') } };
    const row = this.store.team(teamKey(team));
    if (!row || !pinMatches(row.pinHash, pin)) {
      return {
        status: 403,
        body: {
          ok: false,
          code: 'pinWrong',
          field: 'pin',
          ...reasons('class.refusePinWrong'),
        },
      };
    }
    return { status: 200, body: { ok: true, team: row.team, quarters: row.quarters, run: row.run } };
  }

  /** The debrief of every stored run (the same pure code as `sim debrief`). */
  debrief(): Debrief {
    if (!this.cached) this.cached = assembleDebrief(this.ctx, [...this.outcomes.values()]);
    return this.cached;
  }

  board(): Board {
    const d = this.debrief();
    const refusals = this.store.refusals(30).map(({ team, code, reason, reasonZh }) => ({ team, code, reason, reasonZh }));
    const flagsOf = (team: string) => refusals.filter((r) => r.team !== null && teamKey(r.team) === teamKey(team)).map((r) => r.code);
    const teams: BoardTeam[] = [...d.ranked, ...d.unfinished].map((t) => {
      const last = t.kpis[t.kpis.length - 1];
      const flags = [...new Set(flagsOf(t.team))];
      if (t.outcome === 'bankrupt') flags.unshift('bankrupt');
      if (!t.score.controlKept && t.outcome !== 'bankrupt') flags.push('controlLost');
      return {
        team: t.team,
        quarter: t.quartersPlayed,
        cash: last ? last.cash : 0,
        status: t.outcome,
        rank: t.rank,
        standing: t.standing,
        score: t.score.total,
        flags,
      };
    });
    return {
      code: d.code,
      quarters: d.settings.quarters,
      seed: d.settings.seed,
      teams,
      refusals,
      leaderboard: teams.map((t) => ({ rank: t.rank, team: t.team, score: t.score, standing: t.standing, quarters: t.quarter })),
    };
  }

  close(): void {
    this.store.close();
  }
}
