// Why a workshop code, a team name or a run was refused, in Chinese and English: a code the UI
// translates plus the field it concerns; the CLI prints the English `message`.
import type { Lang } from '../i18n/index';
import { register, t } from '../i18n/index';
import type { ReplayProblem } from '../replay/problems';
import { describeProblem } from '../replay/problems';

const TEXTS = {
  empty: { en: 'no workshop code: type the code your instructor shows (groups of four letters and digits)', zh: '没有工作坊代码：请输入讲师展示的代码（四个字母或数字一组）' },
  tooShort: { en: 'the workshop code is too short: check that you typed every group', zh: '工作坊代码太短：请检查是否输入了所有分组' },
  tooLong: { en: 'the workshop code is too long: type only the code (or paste the whole link)', zh: '工作坊代码太长：请只输入代码（或粘贴完整链接）' },
  badChar: { en: 'the workshop code cannot contain "{char}" (position {position}): codes use digits and the letters A-Z except I, L, O and U', zh: '工作坊代码不能包含 "{char}"（第 {position} 位）：代码只含数字和除 I、L、O、U 以外的字母' },
  checksum: { en: 'the workshop code has a typo (its check digits do not match): compare it with the projected code group by group', zh: '工作坊代码有输入错误（校验位不符）：请逐组与投影上的代码核对' },
  version: { en: 'this workshop code was made by a newer version of the game (code version {found}, this build reads {supported}): open the link your instructor gave', zh: '该工作坊代码由更新版本的游戏生成（代码版本 {found}，本版本只能读取 {supported}）：请打开讲师提供的链接' },
  truncated: { en: 'the workshop code is incomplete: check that you typed every group', zh: '工作坊代码不完整：请检查是否输入了所有分组' },
  unreadable: { en: 'this is not a workshop code this game wrote: check it against the projected code', zh: '这不是本游戏生成的工作坊代码：请与投影上的代码核对' },
  badScenarioId: { en: 'the scenario id must be 1 to {max} letters, digits, "-" or "_"', zh: '场景编号必须是 1 到 {max} 个字母、数字、"-" 或 "_"' },
  badHash: { en: 'the scenario hash prefix must be 5 lower-case hex digits', zh: '场景哈希前缀必须是 5 位小写十六进制数字' },
  badSeed: { en: 'the seed must be 1 to {max} letters, digits, "-" or "_"', zh: '种子必须是 1 到 {max} 个字母、数字、"-" 或 "_"' },
  badQuarters: { en: 'the number of quarters must be a whole number from 1 to {max}', zh: '季度数必须是 1 到 {max} 之间的整数' },
  badGroups: { en: 'unlock at least one decision group, each once, from: {groups}', zh: '请至少开放一个决策组（每组一次），可选：{groups}' },
  badLang: { en: 'the language must be zh or en', zh: '语言必须是 zh 或 en' },
  tooManyPauses: { en: 'at most {max} pause points', zh: '暂停点最多 {max} 个' },
  badPauses: { en: 'pause points are increasing quarters from 1 to {last} (a pause after the last quarter would never end)', zh: '暂停点必须是从 1 到 {last} 递增的季度（最后一个季度之后不能暂停）' },
  scenarioMissing: { en: 'this workshop uses scenario "{id}", which this build does not have (known: {known}): open the link your instructor gave', zh: '该工作坊使用场景 "{id}"，本版本中没有（已有：{known}）：请打开讲师提供的链接' },
  scenarioOther: { en: 'this workshop is for scenario "{id}", not "{given}"', zh: '该工作坊对应场景 "{id}"，而不是 "{given}"' },
  scenarioVersion: { en: 'scenario "{id}" here differs from the one the workshop was made with (hash {found}… vs {expected}…): use the same version of the game as your instructor', zh: '本地场景 "{id}" 与创建工作坊时的不同（哈希 {found}… 与 {expected}…）：请使用与讲师相同版本的游戏' },
  scenarioInvalid: { en: 'the scenario file cannot be used: {detail}', zh: '场景文件无法使用：{detail}' },
  quartersOver: { en: 'the workshop asks for {quarters} quarters but scenario "{id}" has {max}', zh: '工作坊要求 {quarters} 个季度，但场景 "{id}" 只有 {max} 个' },
  teamEmpty: { en: 'enter a team name', zh: '请输入团队名称' },
  teamTooLong: { en: 'a team name has at most {max} characters', zh: '团队名称最多 {max} 个字符' },
  teamBadChars: { en: 'a team name cannot contain line breaks or control characters', zh: '团队名称不能包含换行或控制字符' },
  goAheadWrong: { en: 'that is not the go-ahead code for this pause: wait for your instructor to announce it', zh: '这不是本次暂停的继续代码：请等待讲师公布' },
  runUnreadable: { en: 'the run cannot be read: {detail}', zh: '无法读取该记录：{detail}' },
  notWorkshopRun: { en: 'not a workshop run (it carries no workshop code): it was played outside the workshop', zh: '不是工作坊记录（没有工作坊代码）：它是在工作坊之外玩的' },
  noTeam: { en: 'the run carries no team name', zh: '该记录没有团队名称' },
  otherWorkshop: { en: 'run of another workshop ({found}); this debrief is for {expected}', zh: '另一个工作坊的记录（{found}）；本次复盘针对 {expected}' },
  otherScenario: { en: 'run of another scenario or version ({found}); the workshop plays {expected}', zh: '另一个场景或版本的记录（{found}）；本工作坊使用 {expected}' },
  otherSeed: { en: 'run of another seed ("{found}"); the workshop plays seed "{expected}"', zh: '另一个种子的记录（"{found}"）；本工作坊使用种子 "{expected}"' },
  otherRules: { en: 'run made with rules version {found}; this build runs version {expected}', zh: '该记录使用规则版本 {found}；本版本为 {expected}' },
  duplicateRun: { en: 'the same run was imported twice (same team, same decisions); counted once', zh: '同一记录被导入了两次（同一团队、同样的决策）；只计一次' },
  duplicateTeam: { en: 'two different runs claim team "{team}": remove the one that is not theirs, or have one team re-play under another name', zh: '两份不同的记录都自称团队 "{team}"：请删除不属于该团队的一份，或让其中一队换名重玩' },
  tampered: { en: 'does not verify by replay: {detail}', zh: '重放验证未通过：{detail}' },
  overLimit: { en: 'a debrief takes at most {max} runs', zh: '一次复盘最多 {max} 份记录' },
} as const;

export type WorkshopProblemCode = keyof typeof TEXTS;

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

const dict: Record<string, { zh: string; en: string }> = {};
for (const k of Object.keys(TEXTS) as WorkshopProblemCode[]) dict['workshop.problem.' + k] = TEXTS[k];
register(dict);

export function workshopProblem(code: WorkshopProblemCode, field: string, params: Record<string, string | number>, inner?: ReplayProblem): WorkshopProblem {
  const all = inner ? { ...params, detail: inner.message } : params;
  return { code, field, params: all, message: t('en', 'workshop.problem.' + code, all), ...(inner ? { inner } : {}) };
}

/** The problem in the reader's language. */
export function describeWorkshopProblem(p: WorkshopProblem, lang: Lang): string {
  return t(lang, 'workshop.problem.' + p.code, p.inner ? { ...p.params, detail: describeProblem(p.inner, lang) } : p.params);
}
