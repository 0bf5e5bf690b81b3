// Why a replay or share code was refused, or where it diverged: a code the UI translates (zh/en)
// plus the JSON field and parameters. Every text here is registered with the i18n registry so
// the browser shows it in the player's language; the CLI prints the English `message`.
import type { Lang } from '../i18n/index';
import { register, t } from '../i18n/index';

const TEXTS = {
  empty: { en: 'nothing to read: paste a replay file, a share code or a replay link', zh: '没有可读取的内容：请粘贴回放文件、分享码或回放链接' },
  tooLarge: { en: 'the replay is {size} characters; the limit is {max}: this is not a replay of one game', zh: '回放有 {size} 个字符，上限是 {max}：这不是一局游戏的回放' },
  json: { en: 'the replay text is not valid JSON at line {line}, column {column} ({field}): {detail}', zh: '回放文本不是有效的 JSON（第 {line} 行第 {column} 列，{field}）：{detail}' },
  notReplay: { en: 'this is not an AI Startup Sim replay (field {field} should be "{expected}"): open a file written by the game', zh: '这不是《AI 创业模拟》的回放（字段 {field} 应为 "{expected}"）：请打开游戏导出的文件' },
  formatVersion: { en: 'replay format version {found}; this build reads version {supported}: update the game to open it', zh: '回放格式版本为 {found}，本版本只能读取版本 {supported}：请更新游戏后再打开' },
  formatVersionOld: { en: 'replay format version {found} was written by an earlier version of the game; this build reads version {supported} (its state hashes are computed differently): open it with the version of the game that made it', zh: '回放格式版本为 {found}，由较早版本的游戏生成；本版本只能读取版本 {supported}（状态哈希的计算方式不同）：请用生成它的游戏版本打开' },
  field: { en: 'field {field} is invalid: {detail}', zh: '字段 {field} 无效：{detail}' },
  codePrefix: { en: 'not a share code: a code starts with "{prefix}"; copy the whole code or link again', zh: '这不是分享码：分享码以 "{prefix}" 开头；请重新复制完整的分享码或链接' },
  codeVersion: { en: 'share code version {found}; this build reads version {supported}: update the game to open it', zh: '分享码版本为 {found}，本版本只能读取版本 {supported}：请更新游戏后再打开' },
  codeVersionOld: { en: 'share code version {found} was made by an earlier version of the game; this build reads version {supported} (its state hashes are computed differently): open it with the version of the game that made it', zh: '分享码版本为 {found}，由较早版本的游戏生成；本版本只能读取版本 {supported}（状态哈希的计算方式不同）：请用生成它的游戏版本打开' },
  codeCharacters: { en: 'the share code has a character that cannot be in a code ("{char}" at position {position}): copy the code again', zh: '分享码中有不应出现的字符（第 {position} 位的 "{char}"）：请重新复制分享码' },
  codeChecksum: { en: 'the share code is damaged or incomplete (its checksum does not match): copy the whole code again', zh: '分享码已损坏或不完整（校验和不符）：请重新复制完整的分享码' },
  codeTooLarge: { en: 'the share code unpacks to more than {max} bytes: refused', zh: '分享码解压后超过 {max} 字节：已拒绝' },
  codeCorrupt: { en: 'the share code cannot be read ({detail}): copy the whole code again', zh: '无法读取分享码（{detail}）：请重新复制完整的分享码' },
  engineVersion: { en: 'replay made with engine version {found}, this build runs version {current}: open it with the matching version of the game', zh: '回放由引擎版本 {found} 生成，本版本运行的是引擎版本 {current}：请用对应版本的游戏打开' },
  scenarioUnknown: { en: 'the replay is for scenario "{id}", which this build does not have (known: {known})', zh: '回放对应的场景 "{id}" 在本版本中不存在（已有：{known}）' },
  scenarioId: { en: 'the replay is for scenario "{found}", but scenario "{current}" was given', zh: '回放对应场景 "{found}"，但提供的是场景 "{current}"' },
  scenarioVersion: { en: 'replay made for scenario {id} version {found}, this build has version {current}', zh: '回放基于场景 {id} 的版本 {found}，本版本中是版本 {current}' },
  scenarioHash: { en: 'scenario {id} version {version} here differs from the one the replay was made with (scenario hash {found}… vs {current}…): the rules would not be the same', zh: '本地的场景 {id}（版本 {version}）与生成回放时的不同（场景哈希 {found}… 与 {current}…）：规则不一致' },
  scenarioInvalid: { en: 'the scenario file cannot be used: {detail}', zh: '场景文件无法使用：{detail}' },
  decisionRefused: { en: 'quarter {quarter} diverges: decision {index} ({type}) is refused by the rules ({reason})', zh: '第 {quarter} 季度出现分歧：第 {index} 个决策（{type}）被规则拒绝（{reason}）' },
  afterGameOver: { en: 'quarter {quarter} diverges: the game was already over ({status}) but the replay goes on', zh: '第 {quarter} 季度出现分歧：游戏已经结束（{status}），回放却还在继续' },
  linkDiffers: { en: 'quarter {quarter} diverges: its hash-chain link does not match (recorded {claimed}…, replayed {actual}…): the quarter\'s decisions or the state the rules produce from them differ from what was recorded', zh: '第 {quarter} 季度出现分歧：哈希链不符（记录为 {claimed}…，重放得到 {actual}…）：该季度的决策或由此产生的状态与记录不同' },
  headerDiffers: { en: 'the replay\'s header (seed, scenario or names) differs from what was recorded', zh: '回放的头部信息（种子、场景或名称）与记录不同' },
  resultDiffers: { en: 'every quarter matches, but the claimed result differs: {fields}', zh: '每个季度都一致，但声明的结果不同：{fields}' },
} as const;

export type ProblemCode = keyof typeof TEXTS;

const dict: Record<string, { zh: string; en: string }> = {};
for (const k of Object.keys(TEXTS) as ProblemCode[]) dict['replay.problem.' + k] = TEXTS[k];
register(dict);

/** A refusal or divergence: `field` is a JSON path ($.quarters[3].d[0]) or '' when none applies. */
export interface ReplayProblem {
  code: ProblemCode;
  field: string;
  params: Record<string, string | number>;
  /** The English text, for the CLI and logs; the UI calls describeProblem(p, lang). */
  message: string;
}

export function problem(code: ProblemCode, field: string, params: Record<string, string | number> = {}): ReplayProblem {
  const all = { field, ...params };
  return { code, field, params: all, message: t('en', 'replay.problem.' + code, all) };
}

/** A file or code of another format version: older ones (made by an earlier game) and newer ones
 *  (update the game) get different advice; both name the two versions. */
export function versionProblem(kind: 'replay' | 'code', field: string, found: number, supported: number): ReplayProblem {
  const older = found < supported;
  return problem(kind === 'replay' ? (older ? 'formatVersionOld' : 'formatVersion') : older ? 'codeVersionOld' : 'codeVersion', field, { found, supported });
}

/** The problem in the player's language. */
export function describeProblem(p: ReplayProblem, lang: Lang): string {
  return t(lang, 'replay.problem.' + p.code, p.params);
}
