// Why a replay or share code was refused, or where it diverged (src/replay/problems.ts makes the
// problem; the browser shows it in the player's language, the CLI prints the English text).
import { family } from './dict';

export const REPLAY_PROBLEM_STRINGS = family('replay.problem', {
  empty: {
    zh: '没有可读取的内容：请粘贴回放文件、分享码或回放链接',
    en: 'nothing to read: paste a replay file, a share code or a replay link',
  },
  tooLarge: {
    zh: '回放有 {size} 个字符，上限是 {max}：这不是一局游戏的回放',
    en: 'the replay is {size} characters; the limit is {max}: this is not a replay of one game',
  },
  json: {
    zh: '回放文本不是有效的 JSON（第 {line} 行第 {column} 列，{field}）：{detail}',
    en: 'the replay text is not valid JSON at line {line}, column {column} ({field}): {detail}',
  },
  notReplay: {
    zh: '这不是《AI 创业模拟》的回放（字段 {field} 应为 "{expected}"）：请打开游戏导出的文件',
    en: 'this is not an AI Startup Sim replay (field {field} should be "{expected}"): open a file written by the game',
  },
  formatVersion: {
    zh: '回放格式版本为 {found}，本版本只能读取版本 {supported}：请更新游戏后再打开',
    en: 'replay format version {found}; this build reads version {supported}: update the game to open it',
  },
  formatVersionOld: {
    zh: '回放格式版本为 {found}，由较早版本的游戏生成；本版本只能读取版本 {supported}（状态哈希的计算方式不同）：请用生成它的游戏版本打开',
    en: 'replay format version {found} was written by an earlier version of the game; this build reads version {supported} (its state hashes are computed differently): open it with the version of the game that made it',
  },
  field: { zh: '字段 {field} 无效：{detail}', en: 'field {field} is invalid: {detail}' },
  formatVersionExpected: {
    zh: '应为 {supported}，即本版本能读取的回放格式版本',
    en: 'expected {supported}, the replay format version this build reads',
  },
  codePrefix: {
    zh: '这不是分享码：分享码以 "{prefix}" 开头；请重新复制完整的分享码或链接',
    en: 'not a share code: a code starts with "{prefix}"; copy the whole code or link again',
  },
  codeVersion: {
    zh: '分享码版本为 {found}，本版本只能读取版本 {supported}：请更新游戏后再打开',
    en: 'share code version {found}; this build reads version {supported}: update the game to open it',
  },
  codeVersionOld: {
    zh: '分享码版本为 {found}，由较早版本的游戏生成；本版本只能读取版本 {supported}（状态哈希的计算方式不同）：请用生成它的游戏版本打开',
    en: 'share code version {found} was made by an earlier version of the game; this build reads version {supported} (its state hashes are computed differently): open it with the version of the game that made it',
  },
  codeCharacters: {
    zh: '分享码中有不应出现的字符（第 {position} 位的 "{char}"）：请重新复制分享码',
    en: 'the share code has a character that cannot be in a code ("{char}" at position {position}): copy the code again',
  },
  codeChecksum: {
    zh: '分享码已损坏或不完整（校验和不符）：请重新复制完整的分享码',
    en: 'the share code is damaged or incomplete (its checksum does not match): copy the whole code again',
  },
  codeTooLarge: { zh: '分享码解压后超过 {max} 字节：已拒绝', en: 'the share code unpacks to more than {max} bytes: refused' },
  codeCorrupt: {
    zh: '无法读取分享码（{detail}）：请重新复制完整的分享码',
    en: 'the share code cannot be read ({detail}): copy the whole code again',
  },
  engineVersion: {
    zh: '回放由引擎版本 {found} 生成，本版本运行的是引擎版本 {current}：请用对应版本的游戏打开',
    en: 'replay made with engine version {found}, this build runs version {current}: open it with the matching version of the game',
  },
  scenarioUnknown: {
    zh: '回放对应的场景 "{id}" 在本版本中不存在（已有：{known}）',
    en: 'the replay is for scenario "{id}", which this build does not have (known: {known})',
  },
  scenarioId: {
    zh: '回放对应场景 "{found}"，但提供的是场景 "{current}"',
    en: 'the replay is for scenario "{found}", but scenario "{current}" was given',
  },
  scenarioVersion: {
    zh: '回放基于场景 {id} 的版本 {found}，本版本中是版本 {current}',
    en: 'replay made for scenario {id} version {found}, this build has version {current}',
  },
  scenarioHash: {
    zh: '本地的场景 {id}（版本 {version}）与生成回放时的不同（场景哈希 {found}… 与 {current}…）：规则不一致',
    en: 'scenario {id} version {version} here differs from the one the replay was made with (scenario hash {found}… vs {current}…): the rules would not be the same',
  },
  scenarioInvalid: { zh: '场景文件无法使用：{detail}', en: 'the scenario file cannot be used: {detail}' },
  decisionRefused: {
    zh: '第 {quarter} 季度出现分歧：第 {index} 个决策（{type}）被规则拒绝（{reason}）',
    en: 'quarter {quarter} diverges: decision {index} ({type}) is refused by the rules ({reason})',
  },
  afterGameOver: {
    zh: '第 {quarter} 季度出现分歧：游戏已经结束（{status}），回放却还在继续',
    en: 'quarter {quarter} diverges: the game was already over ({status}) but the replay goes on',
  },
  linkDiffers: {
    zh: '第 {quarter} 季度出现分歧：哈希链不符（记录为 {claimed}…，重放得到 {actual}…）：该季度的决策或由此产生的状态与记录不同',
    en: "quarter {quarter} diverges: its hash-chain link does not match (recorded {claimed}…, replayed {actual}…): the quarter's decisions or the state the rules produce from them differ from what was recorded",
  },
  headerDiffers: {
    zh: '回放的头部信息（种子、场景或名称）与记录不同',
    en: "the replay's header (seed, scenario or names) differs from what was recorded",
  },
  resultDiffers: {
    zh: '每个季度都一致，但声明的结果不同：{detail}',
    en: 'every quarter matches, but the claimed result differs: {detail}',
  },
});
