// Why a workshop code, a team name or a run was refused: a code the UI translates (its texts are
// workshop.problem.* in src/i18n/workshop.ts) plus the field it concerns; the CLI prints the
// English `message`.
import type { KeyTail, Lang } from '../i18n/index';
import { t } from '../i18n/index';
import type { ReplayProblem } from '../replay/problems';
import { describeProblem } from '../replay/problems';

export type WorkshopProblemCode = KeyTail<'workshop.problem'>;

export interface WorkshopProblem {
  code: WorkshopProblemCode;
  /** What the problem concerns: code, team, scenario, seed, quarters, groups, lang, pauses, run. */
  field: string;
  params: Record<string, string | number>;
  /** English, for the CLI and logs. */
  message: string;
  /** The replay area's reason behind a refused run: its {detail} in the reader's language. */
  inner?: ReplayProblem;
}

export function workshopProblem(
  code: WorkshopProblemCode,
  field: string,
  params: Record<string, string | number>,
  inner?: ReplayProblem,
): WorkshopProblem {
  const all = inner ? { ...params, detail: inner.message } : params;
  return { code, field, params: all, message: t('en', `workshop.problem.${code}`, all), ...(inner ? { inner } : {}) };
}

/** The problem in the reader's language. */
export function describeWorkshopProblem(p: WorkshopProblem, lang: Lang): string {
  return t(lang, `workshop.problem.${p.code}`, p.inner ? { ...p.params, detail: describeProblem(p.inner, lang) } : p.params);
}
