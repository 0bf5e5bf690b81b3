// The save file: a versioned decision log (closed quarters plus the open quarter's decisions),
// scenario id/version/hash, seed and meta; never a state dump. A save restores by replaying
// through Session.restore, so a save is exactly as trustworthy as a replay.
import { z } from 'zod';
import { actionSchema, ENGINE_VERSION } from '../engine/index';
import { parseJsonSafe } from '../formats/safe-json';
import type { Detail } from '../i18n/details';
import { jsonErrorLineDetail, zodIssueDetail } from '../i18n/details';
import type { KeyTail, Lang } from '../i18n/index';
import { t } from '../i18n/index';
import type { MigrationChain } from './migrate';
import { defineChain, migrate } from './migrate';
import type { Session } from './session';

const SAVE_FORMAT = 'ai-startup-sim/save';
export const SAVE_FORMAT_VERSION = 1;
/** Large enough for a custom scenario carried inside the save. */
const SAVE_MAX_CHARS = 1_500_000;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const saveSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  formatVersion: z.number().int().min(1).max(1_000_000),
  engineVersion: z.number().int().min(1).max(1_000_000),
  slot: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  revision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  savedAt: z.string().max(40),
  scenario: z.strictObject({ id: z.string().min(1).max(64), version: z.number().int().min(1).max(1_000_000), hash: hex64 }),
  /** Only for scenarios that do not ship with the game: the file's text, so the save stands alone. */
  scenarioText: z.string().max(1_000_000).optional(),
  seed: z.string().min(1).max(64),
  meta: z.strictObject({ workshop: z.string().max(64).optional(), team: z.string().max(80).optional() }),
  log: z.array(z.array(actionSchema).max(200)).max(200),
  current: z.array(actionSchema).max(200),
  summary: z.strictObject({
    quarter: z.number().int().min(0).max(1000),
    status: z.enum(['playing', 'bankrupt', 'finished']),
    cash: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
  }),
});
export type Save = z.infer<typeof saveSchema>;

/** Every save format ever released migrates up to the current one (none yet beyond version 1);
 *  a new format version adds a step here and a test that its old saves still load. */
const SAVE_CHAIN: MigrationChain<Save> = defineChain<Save>('save', 1, SAVE_FORMAT_VERSION, []);

/** Why a save cannot be read, translatable: its code and parameters (texts: saveProblem.* in
 *  src/i18n/ui.ts); `problem` beside it is the English text. A JSON or schema refusal's technical
 *  detail is `detail` in both languages (`params.detail` is its English). */
export interface SaveProblem {
  code: KeyTail<'saveProblem'>;
  params: Record<string, string | number>;
  detail?: Detail;
}

export type DecodeResult = { ok: true; save: Save } | { ok: false; problem: string; why: SaveProblem };

const refuse = (code: SaveProblem['code'], params: SaveProblem['params'] = {}, detail?: Detail): DecodeResult => {
  const all = detail ? { ...params, detail: detail.en } : params;
  return { ok: false, problem: t('en', `saveProblem.${code}`, all), why: { code, params: all, ...(detail ? { detail } : {}) } };
};

/** The problem in the reader's language. */
export function describeSaveProblem(p: SaveProblem, lang: Lang): string {
  return t(lang, `saveProblem.${p.code}`, p.detail ? { ...p.params, detail: p.detail[lang] } : p.params);
}

/** Pure. Never throws: a save, or one plain-words problem naming the field. */
export function decodeSave(text: string): DecodeResult {
  const parsed = parseJsonSafe(text, { maxBytes: SAVE_MAX_CHARS, maxDepth: 16 });
  if (!parsed.ok) return refuse('json', {}, jsonErrorLineDetail(parsed.error));
  let v: unknown = parsed.value;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return refuse('notObject');
  const o = v as Record<string, unknown>;
  if (o.format !== SAVE_FORMAT) return refuse('notSave', { expected: SAVE_FORMAT });
  const m = migrate(v, o.formatVersion, SAVE_CHAIN);
  if (!m.ok) {
    const versions = { found: Number(o.formatVersion), oldest: SAVE_CHAIN.oldest, current: SAVE_CHAIN.current };
    return m.code === 'newer' || m.code === 'older' ? refuse(m.code, versions) : refuse('version', { detail: m.message });
  }
  v = m.doc;
  const ev = (v as Record<string, unknown>).engineVersion;
  if (typeof ev === 'number' && ev !== ENGINE_VERSION) return refuse('engineVersion', { found: ev, current: ENGINE_VERSION });
  const r = saveSchema.safeParse(v);
  if (!r.success) {
    const i = r.error.issues[0]!;
    const field = `$${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;
    return refuse('field', { field }, zodIssueDetail(i, v));
  }
  return { ok: true, save: r.data };
}

/** Pure. The save of a session (the caller supplies slot, revision and the wall-clock time). */
export function buildSave(session: Session, o: { slot: string; revision: number; savedAt: string; scenarioText?: string }): Save {
  const meta: Save['meta'] = {};
  if (session.meta.workshop) meta.workshop = session.meta.workshop;
  if (session.meta.team) meta.team = session.meta.team;
  const save: Save = {
    format: SAVE_FORMAT,
    formatVersion: SAVE_FORMAT_VERSION,
    engineVersion: ENGINE_VERSION,
    slot: o.slot,
    revision: o.revision,
    savedAt: o.savedAt,
    scenario: { id: session.scenario.id, version: session.scenario.version, hash: session.scenarioHash },
    seed: session.seed,
    meta,
    log: session.log.map((q) => [...q]),
    current: [...session.current, ...session.planned],
    summary: { quarter: session.state.quarter, status: session.state.status, cash: session.state.cash },
  };
  if (o.scenarioText !== undefined) save.scenarioText = o.scenarioText;
  return save;
}

/** Pure. The save as one line of JSON (field order as built, so equal saves give equal text). */
export function encodeSave(save: Save): string {
  return JSON.stringify(save) + '\n';
}
