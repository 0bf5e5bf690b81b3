// Why a replay or share code was refused, or where it diverged: a code the UI translates (zh/en)
// plus the JSON field and parameters. The texts live in src/i18n/replay-problems.ts: the browser
// shows them in the player's language; the CLI prints the English `message`.
import type { Detail } from '../i18n/details';
import type { KeyTail, Lang } from '../i18n/index';
import { t } from '../i18n/index';

export type ProblemCode = KeyTail<'replay.problem'>;

/** A refusal or divergence: `field` is a JSON path ($.quarters[3].d[0]) or '' when none applies. */
export interface ReplayProblem {
  code: ProblemCode;
  field: string;
  params: Record<string, string | number>;
  /** The English text, for the CLI and logs; the UI calls describeProblem(p, lang). */
  message: string;
  /** The technical detail (a JSON or schema refusal) in both languages; `params.detail` is its English. */
  detail?: Detail;
}

export function problem(code: ProblemCode, field: string, params: Record<string, string | number> = {}, detail?: Detail): ReplayProblem {
  const all = detail ? { field, ...params, detail: detail.en } : { field, ...params };
  return { code, field, params: all, message: t('en', `replay.problem.${code}`, all), ...(detail ? { detail } : {}) };
}

/** A file or code of another format version: older ones (made by an earlier game) and newer ones
 *  (update the game) get different advice; both name the two versions. */
export function versionProblem(kind: 'replay' | 'code', field: string, found: number, supported: number): ReplayProblem {
  const older = found < supported;
  return problem(kind === 'replay' ? (older ? 'formatVersionOld' : 'formatVersion') : older ? 'codeVersionOld' : 'codeVersion', field, {
    found,
    supported,
  });
}

/** The problem in the player's language. */
export function describeProblem(p: ReplayProblem, lang: Lang): string {
  return t(lang, `replay.problem.${p.code}`, p.detail ? { ...p.params, detail: p.detail[lang] } : p.params);
}
