// The technical detail inside a refusal, in the reader's language: the safe JSON reader's refusals
// (src/formats/safe-json-messages.ts gives their codes, parameters and English), a zod issue of a
// save's, replay's or share code's schema, and a share code's damaged binary data. Each is made
// once where the problem is found, as { zh, en } (a `Detail`), and travels with the problem, so a
// Chinese sentence never holds an English detail. The English is the same as the CLI prints.
// Lookups here read this module's own dictionary (registered by ./index like the others), so the
// module needs nothing from ./index and can be imported first.
import type { z } from 'zod';
import type { JsonError } from '../formats/safe-json';
import { JSON_CHAR_KINDS_EN, JSON_CHAR_NAMES_EN, JSON_ERROR_EN, JSON_EXPECTED_EN } from '../formats/safe-json-messages';
import type { JsonCharKind, JsonCharName, JsonErrorCode, JsonExpected } from '../formats/safe-json-messages';
import { BOUND_KIND_EN, BOUND_UNIT_EN, BOUND_WHAT_EN, SCENARIO_PROBLEM_EN } from '../formats/scenario-messages';
import type { BoundKind, BoundUnit, BoundWhat, ProblemSays, ScenarioProblemCode } from '../formats/scenario-messages';
import type { Entry, Lang } from './dict';
import { ENGINE_TERMS } from './engine-terms';
import { family, fillText, punct } from './dict';

type Texts<K extends string> = Record<K, { zh: string }>;
/** Entries whose English is the formats layer's own text (one source for the CLI and the page). */
function withEnglish<K extends string>(en: Record<K, string>, zh: Texts<K>): Record<K, Entry> {
  const out = {} as Record<K, Entry>;
  for (const k of Object.keys(en) as K[]) out[k] = { zh: zh[k].zh, en: en[k] };
  return out;
}

const JSON_ERROR_ZH: Texts<JsonErrorCode> = {
  notText: { zh: '输入的不是文本：应为 JSON 文档' },
  badLimits: { zh: '读取限制无效：maxBytes 和 maxDepth 必须是非负数' },
  badMaxKeys: { zh: '读取限制无效：maxKeys 必须是非负数' },
  tooLarge: { zh: '文件有 {size} 个字符，上限是 {max}：请使用更小的文件' },
  bom: { zh: '文件以字节顺序标记（BOM）开头，这是不允许的：请将文件另存为不带 BOM 的 UTF-8' },
  exhausted: { zh: '无法读取文件（{detail}）：请让文件更小或更简单' },
  empty: { zh: '文件是空的：应为一个 JSON 值' },
  tooManyEntries: { zh: '条目太多：文件中对象的键和数组的项合计超过 {max} 个，这是上限；请缩小文件' },
  tooDeep: { zh: '嵌套太深：数组或对象超过 {max} 层，这是上限；请减少嵌套' },
  keyUnquoted: { zh: '对象的键必须放在双引号中：请把 {word} 写成 "{word}"' },
  keyForbidden: { zh: '不允许使用键 "{key}"（它可能篡改对象原型）：请改名或删除' },
  keyDuplicate: { zh: '键 {key} 重复：它在同一个对象中出现了不止一次；只保留其中一个' },
  extraText: { zh: 'JSON 值结束后出现了意外的{char}：一个文件只能包含一个值；请删除多余的文本（或把这些值放进一个数组）' },
  trailingCommaArray: { zh: '“]”前有多余的逗号：请删除最后一个逗号（JSON 不允许）' },
  trailingCommaObject: { zh: '“}”前有多余的逗号：请删除最后一个逗号（JSON 不允许）' },
  endsEarly: { zh: '文件提前结束：应为{expected}' },
  comment: { zh: 'JSON 中不允许注释：请删除注释' },
  foreignSpace: { zh: '此处不允许出现{char}：JSON 的值之间只能有空格、制表符和换行；请换成普通空格' },
  singleQuote: { zh: 'JSON 中不允许使用单引号：请用双引号（"），此处应为{expected}' },
  unexpectedChar: { zh: '意外的{char}：应为{expected}' },
  unclosedString: { zh: '文件提前结束：从第 {line} 行第 {column} 列开始的字符串缺少结尾的 "' },
  endsInEscape: { zh: '文件提前结束：字符串中的 \\ 后面应有转义字符' },
  endsInUnicode: { zh: '文件提前结束：字符串中的 \\u 后面应有 4 位十六进制数字' },
  badUnicode: { zh: '字符串中的 \\u 转义无效：\\u 后面应为 4 位十六进制数字（0-9、A-F），实际为{char}' },
  badEscape: {
    zh: '字符串中的转义 \\{escape} 无效：有效的转义是 \\" \\\\ \\/ \\b \\f \\n \\r \\t 和 \\uXXXX；反斜杠本身要写成 \\\\',
  },
  rawControl: { zh: '字符串中不能直接出现{char}：请写成 {escape}' },
  rawLineBreak: { zh: '字符串中不能直接出现{char}：请写成 {escape}（如果字符串本应在此结束，请补上 "）' },
  leadingZero: { zh: '数字 {number} 以 0 开头，JSON 不允许：请写成 {fixed}（如果它是编号而不是数字，请加上引号）' },
  hexNumber: { zh: 'JSON 中不允许十六进制数字：请用十进制书写' },
  negInfinity: { zh: '-Infinity 不是有效的 JSON：请使用有限的数字或 null' },
  numberRange: { zh: '数字 {number} 超出范围：这里的 JSON 数字必须是有限值（绝对值小于约 1.8e308）；请使用更小的数字' },
  numberUnsafe: {
    zh: '数字 {number} 超过 2^53，无法精确表示：请使用 -9007199254740991 到 9007199254740991 之间的数字，或写成字符串',
  },
  numberInexact: { zh: '数字 {number} 不精确：它会被读成 {reads}；请最多使用 17 位有效数字（或写成字符串）' },
  numberUnderflow: { zh: '数字 {number} 不精确：它会被读成 {reads}（太接近零，无法精确保存）；请最多使用 17 位有效数字（或写成字符串）' },
  nan: { zh: 'NaN 不是有效的 JSON：请使用数字或 null' },
  infinity: { zh: 'Infinity 不是有效的 JSON：请使用有限的数字或 null' },
  undefined: { zh: 'undefined 不是有效的 JSON：请使用 null 或省略这一项' },
  wrongCase: { zh: '{word} 不是有效的 JSON：请写成小写的 {lower}' },
  noneNil: { zh: '{word} 不是有效的 JSON：请使用 null' },
  unexpectedWord: {
    zh: "意外的文本 '{word}'：应为一个 JSON 值（对象、数组、字符串、数字、true、false 或 null）；文本必须放在双引号中",
  },
  plusSign: { zh: 'JSON 中的数字不能以“+”开头：请删除“+”' },
  leadingDot: { zh: 'JSON 中的数字必须以数字开头：请在“.”前补 0（例如写 0.5，而不是 .5）' },
};

const JSON_EXPECTED_ZH: Texts<JsonExpected> = {
  keyOrClose: { zh: '带双引号的键或“}”' },
  key: { zh: '带双引号的键' },
  colonAfterKey: { zh: '键 {key} 后面的“:”' },
  valueOrClose: { zh: '一个值或“]”' },
  jsonValue: { zh: '一个 JSON 值' },
  value: { zh: '一个值' },
  valueAfterKey: { zh: '键后面的值' },
  end: { zh: '文件结尾' },
  afterItem: { zh: '数组项后面的“,”或“]”' },
  afterMember: { zh: '对象成员后面的“,”或“}”' },
  digitAfterMinus: { zh: '“-”后面的数字' },
  digitAfterDot: { zh: '小数点“.”后面的数字' },
  digitInExponent: { zh: '数字指数部分的数字' },
  anyValue: { zh: '一个 JSON 值（对象、数组、字符串、数字、true、false 或 null）' },
  true: { zh: '字面量 true' },
  false: { zh: '字面量 false' },
  null: { zh: '字面量 null' },
};

const JSON_CHAR_NAMES_ZH: Texts<JsonCharName> = {
  nul: { zh: '空字符（NUL）' },
  backspace: { zh: '退格符' },
  tab: { zh: '制表符' },
  lineFeed: { zh: '换行符' },
  verticalTab: { zh: '垂直制表符' },
  formFeed: { zh: '换页符' },
  carriageReturn: { zh: '回车符' },
  escape: { zh: '转义符（ESC）' },
  space: { zh: '空格' },
  delete: { zh: '删除符（DEL）' },
  nextLine: { zh: '下一行符' },
  noBreakSpace: { zh: '不换行空格' },
  oghamSpace: { zh: '欧甘空格' },
  lineSeparator: { zh: '行分隔符' },
  paragraphSeparator: { zh: '段落分隔符' },
  narrowNoBreakSpace: { zh: '窄不换行空格' },
  mediumMathSpace: { zh: '中等数学空格' },
  ideographicSpace: { zh: '全角空格' },
  bom: { zh: '字节顺序标记（零宽不换行空格）' },
};

const JSON_CHAR_KINDS_ZH: Texts<JsonCharKind> = {
  plain: { zh: '字符“{charText}”' },
  named: { zh: '{charName}（{charLabel}）' },
  control: { zh: '控制字符 {charLabel}' },
  surrogate: { zh: '孤立的代理项 {charLabel}' },
  other: { zh: '字符“{charText}”（{charLabel}）' },
};

const SCENARIO_PROBLEM_ZH: Texts<ScenarioProblemCode> = {
  unknownKey: { zh: '未知的键 "{key}"' },
  unknownKeyNear: { zh: '未知的键 "{key}"；是不是想写 "{near}"？' },
  unknownKeyMissing: { zh: '未知的键 "{key}"；是不是想写 "{near}"？（{near} 是必填项，目前缺少）' },
  missing: { zh: '缺少这个必填字段；请添加：{expected}' },
  notWhole: { zh: '{found} 不是整数：金额以整美元计，比率以基点计（1% = 100）' },
  type: { zh: '应为{expected}，实际是{foundKind}' },
  listTooShort: { zh: '列表有 {count} 项；至少需要 {limit} 项' },
  listTooLong: { zh: '列表有 {count} 项；最多 {limit} 项' },
  textTooShort: { zh: '文本长 {count} 个字符；至少需要 {limit} 个' },
  textTooLong: { zh: '文本长 {count} 个字符；最多 {limit} 个' },
  numberTooSmall: { zh: '{found} 小于这里允许的最小值（{limit}）' },
  numberTooLarge: { zh: '{found} 大于这里允许的最大值（{limit}）' },
  notAllowed: { zh: '这里不允许 {found}' },
  notAllowedNear: { zh: '这里不允许 {found}；是不是想写 "{near}"？' },
  unknownKind: { zh: '{found} 不是已知的“{disc}”取值' },
  unknownKindNear: { zh: '{found} 不是已知的“{disc}”取值；是不是想写 "{near}"？' },
  noForm: { zh: '{foundKind}不符合任何一种允许的形式' },
  badForm: { zh: '{found} 的格式不对：{rule}' },
  badName: { zh: '名称 "{key}" 不允许：{rule}' },
  other: { zh: '这里的值不符合场景规则{rule}' },
  tooMany: { zh: '另有 {n} 个问题：只列出前 {max} 个；请先修正这些再检查' },
  unknownMarket: { zh: '未知的市场 "{market}"' },
  unknownMarketNear: { zh: '未知的市场 "{market}"；是不是想写 "{near}"？' },
  marketTwice: { zh: '市场 "{name}" 列出了两次' },
  programmeTwice: { zh: '项目 "{name}" 列出了两次' },
  groupTwice: { zh: '决策组 "{name}" 列出了两次' },
  rangeInverted: { zh: '{lo}（{a}）大于 {hi}（{b}）' },
  eventIdTwice: { zh: '事件标识 "{id}" 重复' },
  factorTwice: { zh: '因素 "{name}" 在这个事件中出现了两次' },
  effectNeedsWhen: { zh: '效果 "{kind}"（effects[{index}]）只在事件针对待处理的请求触发时才起作用，但 "when" 是 "{when}"' },
  modelOrder: { zh: '{scale}的 {key}（{b}）低于{smaller}的（{a}）' },
  answersCount: { zh: '{q} 个问题却有 {a} 个答案' },
  sourceUncited: { zh: '出处没有说明这个数字从何而来' },
  sourceUnknownSection: { zh: '出处引用了 {section}，原文中没有这一节' },
  sourceUnknownSectionNear: { zh: '出处引用了 {section}，原文中没有这一节；是不是想写 "{near}"？' },
  sectionUnknown: { zh: '原文中没有章节 {section}' },
  sectionUnknownNear: { zh: '原文中没有章节 {section}；是不是想写 "{near}"？' },
  noMarket: { zh: '一个场景至少需要一个市场' },
  flavourTwice: { zh: '章节 {section} 被两次声明为背景章节' },
  extendsRemoveKey: { zh: '"$remove" 会删掉这个键：请写成 {"$remove": true}，旁边不要有别的内容' },
  extendsRemoveEntry: { zh: '"$remove" 会删掉带这个标识的条目：请写成 {"id": "...", "$remove": true}，旁边不要有别的内容' },
  extendsReplace: { zh: '"$replace" 整体替换一个值：请写成 {"$replace": 值}，旁边不要有别的内容' },
  extendsSource: { zh: '改动的数字也需要出处：基础场景的出处 "{source}" 是为 {value} 写的；请在 "v" 旁边给出 "source"' },
  extendsDirective: {
    zh: '"{key}" 不是这个格式认识的改动（只有两种：{"$remove": true}，放在值的位置或列表条目的标识旁边；以及 {"$replace": 值}）',
  },
  extendsDirectiveNear: {
    zh: '"{key}" 不是这个格式认识的改动（只有两种：{"$remove": true}，放在值的位置或列表条目的标识旁边；以及 {"$replace": 值}）；是不是想写 "{near}"？',
  },
  extendsNoKey: { zh: '无法删除 "{key}"：基础场景 "{base}" 在这里没有这个键' },
  extendsNoKeyNear: { zh: '无法删除 "{key}"：基础场景 "{base}" 在这里没有这个键；是不是想写 "{near}"？' },
  extendsMissingKey: { zh: '改动了不存在的键 "{key}"：基础场景 "{base}" 在这里没有 "{key}"，场景格式也不提供它' },
  extendsMissingKeyNear: {
    zh: '改动了不存在的键 "{key}"：基础场景 "{base}" 在这里没有 "{key}"，场景格式也不提供它；是不是想写 "{near}"？',
  },
  extendsListById: {
    zh: '这个列表按条目改动，每个条目用它的 "id" 指明：请给出要修改、添加或删除的条目的标识（要整体替换列表，请写 {"$replace": [...]}）',
  },
  extendsIdTwice: { zh: '标识 "{id}" 在这个列表中被改动了两次：请把两处改动合并成一个条目' },
  extendsNoEntry: { zh: '无法删除 "{id}"：基础场景 "{base}" 在这里没有带这个标识的条目' },
  extendsNoEntryNear: { zh: '无法删除 "{id}"：基础场景 "{base}" 在这里没有带这个标识的条目；是不是想写 "{near}"？' },
  extendsNotText: { zh: '"extends" 应以文本写出这个文件所改动的场景（例如 "extends": "classic"），而不是{foundKind}' },
  extendsUnknownBase: { zh: '未知的基础场景 "{id}"：随游戏提供的场景有 {known}' },
  extendsUnknownBaseNear: { zh: '未知的基础场景 "{id}"：随游戏提供的场景有 {known}；是不是想写 "{near}"？' },
  extendsNoBases: { zh: '未知的基础场景 "{id}"：这里没有可以继承的场景' },
  bound: {
    zh: '最坏情况下，{kind}在场景的 {quarters} 个季度内可能达到 {worst} {unit}，超过引擎的上限 {ceiling}；其中最大的一项是{what}（{value}）',
  },
};

const BOUND_KIND_ZH: Texts<BoundKind> = {
  potential: { zh: '市场 "{market}" 的潜在客户数' },
  revenue: { zh: '一个季度的收入' },
  cash: { zh: '现金或某个账目类别' },
  valuation: { zh: '估值' },
  data: { zh: '数据量' },
};

const BOUND_UNIT_ZH: Texts<BoundUnit> = { USD: { zh: '美元' }, customers: { zh: '位客户' }, units: { zh: '单位' } };

const BOUND_WHAT_ZH: Texts<BoundWhat> = {
  growth: { zh: '它每季度的增长（基点）' },
  topPrice: { zh: '市场 "{market}" 按最高价格计' },
  startCash: { zh: '初始现金' },
  revenue: { zh: '每个季度的收入' },
  loans: { zh: '每季度重新借入的银行贷款' },
  eventPays: { zh: '事件 "{event}" 每个季度都付款' },
  eventCosts: { zh: '事件 "{event}" 的支出' },
  round: { zh: '每个季度都完成一次{round}（事件 "{event}"）' },
  grant: { zh: '每个季度都获得一笔资助（事件 "{event}"）' },
  fine: { zh: '事件 "{event}" 的罚款' },
  salaries: { zh: '每个岗位 {staff} 名员工的工资（含最高奖金）' },
  overhead: { zh: '满编团队的管理费用' },
  rentedCompute: { zh: '以最高算力价格租用最多的算力' },
  ownedCompute: { zh: '维护最多的自有算力' },
  augmentation: { zh: '数据增强' },
  programmes: { zh: '所有合规项目' },
  partnerships: { zh: '每个市场的每种合作' },
  loanRepaid: { zh: '一笔在一个季度内连本带息和罚金还清的贷款' },
  budgets: { zh: '最大的市场营销、研发和数据预算' },
  multiple: { zh: '最高收入乘以倍数' },
  quality: { zh: '最高的模型质量' },
  customers: { zh: '所有潜在客户' },
  startData: { zh: '初始数据' },
  dataGained: { zh: '每个季度获得的数据' },
  eventData: { zh: '事件 "{event}" 每个季度带来的数据' },
};

export const DETAIL_STRINGS = {
  ...family('scenario.problem', withEnglish(SCENARIO_PROBLEM_EN, SCENARIO_PROBLEM_ZH)),
  ...family('scenario.boundKind', withEnglish(BOUND_KIND_EN, BOUND_KIND_ZH)),
  ...family('scenario.boundUnit', withEnglish(BOUND_UNIT_EN, BOUND_UNIT_ZH)),
  ...family('scenario.boundWhat', withEnglish(BOUND_WHAT_EN, BOUND_WHAT_ZH)),
  // A verified replay whose claimed result differs from the replayed one: each field, both values.
  ...family('replay.resultField', {
    outcome: { zh: '结局', en: 'outcome' },
    quarters: { zh: '季度数', en: 'quarters' },
    cash: { zh: '现金', en: 'cash' },
    valuation: { zh: '估值', en: 'valuation' },
    founderBp: { zh: '创始团队持股（基点）', en: 'founderBp' },
    finalHash: { zh: '最终哈希', en: 'finalHash' },
  }),
  'replay.resultDiffers': { zh: '{field}：记录为 {claimed}，重放得到 {actual}', en: '{field} claimed {claimed}, replayed {actual}' },
  ...family('scenario.problemAt', {
    inEvent: { zh: '（合并后场景中的事件 "{id}"）', en: ' (event "{id}" of the resolved scenario)' },
    about: { zh: '约 {n}', en: 'about {n}' },
    moreValues: { zh: '……（共 {n} 个）', en: ', ... ({n} in all)' },
  }),
  ...family('scenario.node', {
    intRange: { zh: '{lo} 到 {hi} 的整数', en: 'a whole number from {lo} to {hi}' },
    intLo: { zh: '不小于 {lo} 的整数', en: 'a whole number of at least {lo}' },
    intHi: { zh: '不大于 {hi} 的整数', en: 'a whole number of at most {hi}' },
    int: { zh: '整数', en: 'a whole number' },
    numberRange: { zh: '{lo} 到 {hi} 的数字', en: 'a number from {lo} to {hi}' },
    numberLo: { zh: '不小于 {lo} 的数字', en: 'a number of at least {lo}' },
    numberHi: { zh: '不大于 {hi} 的数字', en: 'a number of at most {hi}' },
    number: { zh: '数字', en: 'a number' },
    textRange: { zh: '{lo} 到 {hi} 个字符的文本', en: 'a text of {lo} to {hi} characters' },
    text: { zh: '文本', en: 'a text' },
    boolean: { zh: '真假值（true 或 false）', en: 'true or false' },
    enum: { zh: '以下之一：{values}', en: 'one of: {values}' },
    literal: { zh: '恰好为 {values}', en: 'exactly {values}' },
    list: { zh: '列表', en: 'a list' },
    listOf: { zh: '由{element}组成的列表', en: 'a list of {element}' },
    record: { zh: '由命名条目组成的对象', en: 'an object of named entries' },
    kindUnion: { zh: '“{disc}”为以下之一的对象：{values}', en: 'an object whose "{disc}" is one of: {values}' },
    union: { zh: '几种形式之一', en: 'one of several forms' },
    sourced: {
      zh: '{"v": {value}, "source": 出处（原文章节，如 "§1.4.1"，或 "design" 表示设计选择）}',
      en: '{"v": {value}, "source": where it comes from (a seed section such as "§1.4.1", or "design")}',
    },
    bilingual: { zh: '中英文两种文本：{"zh": "...", "en": "..."}', en: 'a text in both languages: {"zh": "...", "en": "..."}' },
    object: { zh: '含有以下键的对象：{keys}', en: 'an object with the keys {keys}' },
    other: { zh: '有效的值', en: 'a valid value' },
    ruleId: {
      zh: '标识是由字母和数字组成的小驼峰式单词，最多 32 个字符',
      en: 'an id is a lower-camel-case word of letters and digits, at most 32 characters',
    },
    ruleScenarioId: {
      zh: '场景标识是用“-”连接的小写单词，与它的文件名相同（例如 "case-a-fintech-2015"），最多 64 个字符',
      en: 'a scenario id is lower-case words joined by "-", like its file name (e.g. "case-a-fintech-2015"), at most 64 characters',
    },
    ruleSection: {
      zh: '原文的章节，例如 "§1.12.2"、"appendix B" 或 "design"',
      en: 'a seed section such as "§1.12.2", "appendix B" or "design"',
    },
    ruleOther: { zh: '格式不符合要求', en: 'not in the required form' },
  }),
  ...family('scenario.found', {
    missing: { zh: '无（缺少此字段）', en: 'nothing (the field is missing)' },
    null: { zh: '空值 null', en: 'null' },
    list: { zh: '列表（{found}）', en: 'a list ({found})' },
    object: { zh: '对象（{found}）', en: 'an object ({found})' },
    text: { zh: '文本 {found}', en: 'the text {found}' },
    number: { zh: '数字 {found}', en: 'number {found}' },
    boolean: { zh: '真假值 {found}', en: 'boolean {found}' },
    other: { zh: '值 {found}', en: 'value {found}' },
  }),
  ...family('json.error', withEnglish(JSON_ERROR_EN, JSON_ERROR_ZH)),
  ...family('json.expected', withEnglish(JSON_EXPECTED_EN, JSON_EXPECTED_ZH)),
  ...family('json.charName', withEnglish(JSON_CHAR_NAMES_EN, JSON_CHAR_NAMES_ZH)),
  ...family('json.charKind', withEnglish(JSON_CHAR_KINDS_EN, JSON_CHAR_KINDS_ZH)),
  ...family('json.at', {
    position: { zh: '第 {line} 行第 {column} 列（{path} 处）：{message}', en: 'line {line}, column {column} (at {path}): {message}' },
    afterRepair: { zh: '{message}（已去掉粘贴时混入的换行）', en: '{message} (after removing pasted line breaks)' },
    unknown: { zh: '文件无法读取', en: 'the file cannot be read' },
  }),
  ...family('zod', {
    missing: { zh: '缺少这一项：应为{expected}', en: 'missing: expected {expected}' },
    type: { zh: '应为{expected}，实际是{found}', en: 'expected {expected}, found {found}' },
    notWhole: { zh: '应为整数，实际是 {value}', en: 'expected a whole number, found {value}' },
    atLeast: { zh: '不能小于 {min}', en: 'must be at least {min}' },
    above: { zh: '必须大于 {min}', en: 'must be greater than {min}' },
    atMost: { zh: '不能大于 {max}', en: 'must be at most {max}' },
    below: { zh: '必须小于 {max}', en: 'must be less than {max}' },
    notEmpty: { zh: '不能为空', en: 'must not be empty' },
    textAtLeast: { zh: '至少要有 {min} 个字符', en: 'must be at least {min} characters long' },
    textAtMost: { zh: '最多 {max} 个字符', en: 'must be at most {max} characters long' },
    listAtLeast: { zh: '至少要有 {min} 项', en: 'must have at least {min} items' },
    listAtMost: { zh: '最多 {max} 项', en: 'must have at most {max} items' },
    oneValue: { zh: '应为 {value}', en: 'expected {value}' },
    oneOf: { zh: '应为以下之一：{values}', en: 'expected one of {values}' },
    hex64: { zh: '应为 64 位小写十六进制哈希值', en: 'expected a 64-digit lower-case hex hash' },
    slot: { zh: '应为 1 到 40 个字母、数字、_ 或 -', en: 'expected 1 to 40 letters, digits, _ or -' },
    identifier: {
      zh: '应为标识：以小写字母开头，后接最多 31 个字母或数字',
      en: 'expected an id: a lower-case letter, then up to 31 letters or digits',
    },
    pattern: { zh: '格式不符合要求（{pattern}）', en: 'not in the expected form ({pattern})' },
    unknownKeys: { zh: '{n} 个未知的键：{keys}', en: 'unknown {n|key|keys} {keys}' },
    noForm: { zh: '不符合任何一种允许的形式', en: 'matches none of the allowed forms' },
    multipleOf: { zh: '必须是 {divisor} 的倍数', en: 'must be a multiple of {divisor}' },
    badKey: { zh: '含有不允许的键', en: 'has a key that is not allowed' },
    badElement: { zh: '含有不允许的值', en: 'has a value that is not allowed' },
    invalid: { zh: '内容无效', en: 'is not valid' },
    more: { zh: '（另有 {n} 个问题）', en: ' (and {n} more {n|problem|problems})' },
    textControl: {
      zh: '不能包含换行或控制字符（第 {position} 个字符 {codePoint}）：请在一行内输入',
      en: 'no line breaks or control characters ({codePoint} at character {position}): type the text on one line',
    },
    textLoneSurrogate: {
      zh: '损坏的字符（孤立的代理项，第 {position} 个字符 {codePoint}）不是文本：请重新输入',
      en: 'a broken character (a lone surrogate, {codePoint} at character {position}) is not text: retype the text',
    },
    textBidi: {
      zh: '不能包含双向控制字符（第 {position} 个字符 {codePoint}）：它们会让文字以误导的顺序显示；请删除',
      en: 'no bidirectional control characters ({codePoint} at character {position}): they can make text display in a misleading order; remove it',
    },
  }),
  ...family('zod.kind', {
    number: { zh: '数字', en: 'a number' },
    int: { zh: '整数', en: 'a whole number' },
    string: { zh: '文本', en: 'text' },
    boolean: { zh: '真假值', en: 'true or false' },
    object: { zh: '对象', en: 'an object' },
    array: { zh: '列表', en: 'a list' },
    null: { zh: '空值', en: 'null' },
    other: { zh: '有效的值', en: 'a valid value' },
  }),
  ...family('codeData', {
    damaged: { zh: '压缩的数据已损坏', en: 'the packed data is damaged' },
    endsEarly: { zh: '数据提前结束', en: 'ends too early' },
    numberTooLarge: { zh: '有一个数字大于 {max}', en: 'a number is larger than {max}' },
    numberTooLong: { zh: '有一个数字过长', en: 'a number is too long' },
    notShortest: { zh: '有一个数字不是最短的写法', en: 'a number is not in its shortest form' },
    badUtf8: { zh: '有一段文本不是有效的 UTF-8', en: 'a text is not valid UTF-8' },
    badYesNo: { zh: '有一个是/否值两者都不是', en: 'a yes/no value is neither' },
    headerFlags: { zh: '头部标志未知', en: 'unknown header flags' },
    extraBytes: { zh: '结尾之后还有多余的字节', en: 'extra bytes after the end' },
  }),
};

type DetailKey = keyof typeof DETAIL_STRINGS;
type Vars = Readonly<Record<string, string | number>>;

/** A text in one language and its counterpart: what a problem carries as its detail. */
export type Detail = Entry;

/** The text of a key of this module, its {name} and {n|one|other} placeholders filled (plurals by pluralOf). */
function say(lang: Lang, key: DetailKey, vars: Vars = {}): string {
  return fillText(lang, DETAIL_STRINGS[key][lang], vars);
}

/** The fields of a claimed result that differ from the replayed one, e.g. "cash claimed 99999999,
 *  replayed 2085011" / "现金：记录为 99999999，重放得到 2085011" (values as recorded: numbers, ids, hashes). */
export function resultDifferencesDetail(
  differences: readonly { field: string; claimed: string | number; actual: string | number }[],
): Detail {
  const name = (lang: Lang, f: string): string => {
    const key = `replay.resultField.${f}`;
    return Object.hasOwn(DETAIL_STRINGS, key) ? say(lang, key as DetailKey) : f;
  };
  return both((lang) =>
    differences
      .map((x) => say(lang, 'replay.resultDiffers', { field: name(lang, x.field), claimed: x.claimed, actual: x.actual }))
      .join(punct(lang).semi),
  );
}

/** Both languages of a text made the same way in each. */
export function both(make: (lang: Lang) => string): Detail {
  return { zh: make('zh'), en: make('en') };
}

/** The same text in both languages: a value that is no sentence (a number, an id, a JSON path). */
export function plain(text: string): Detail {
  return { zh: text, en: text };
}

// --- The safe JSON reader ---

/** The refusal's text alone (no position) in a language. A code this build does not know (an old
 *  stored problem) shows its English message in English and a plain sentence in Chinese. */
export function jsonErrorText(e: Pick<JsonError, 'code' | 'params' | 'message'>, lang: Lang): string {
  if (!e.code || !Object.hasOwn(JSON_ERROR_EN, e.code)) return lang === 'en' ? e.message : say(lang, 'json.at.unknown');
  const p: Record<string, string | number> = { ...e.params };
  const kind = String(p.charKind ?? '');
  if (Object.hasOwn(JSON_CHAR_KINDS_EN, kind)) {
    const name = String(p.charId ?? '');
    const charName = Object.hasOwn(JSON_CHAR_NAMES_EN, name) ? say(lang, `json.charName.${name as JsonCharName}`) : '';
    p.char = say(lang, `json.charKind.${kind as JsonCharKind}`, { ...p, charName });
  }
  const expected = String(p.expectedId ?? '');
  if (Object.hasOwn(JSON_EXPECTED_EN, expected))
    p.expected = say(lang, `json.expected.${expected as JsonExpected}`, { key: String(p.expectedKey ?? '') });
  return say(lang, `json.error.${e.code}`, p);
}

/** The refusal with its place: "line 3, column 5 (at $.x): …" / "第 3 行第 5 列（$.x 处）：…". */
export function jsonErrorLine(e: JsonError, lang: Lang): string {
  return say(lang, 'json.at.position', { line: e.line, column: e.column, path: e.path, message: jsonErrorText(e, lang) });
}

/** The refusal alone, in both languages. */
export function jsonErrorDetail(e: Pick<JsonError, 'code' | 'params' | 'message'>): Detail {
  return both((lang) => jsonErrorText(e, lang));
}

/** The refusal with its place, in both languages. */
export function jsonErrorLineDetail(e: JsonError): Detail {
  return both((lang) => jsonErrorLine(e, lang));
}

/** A detail followed by the note that pasted line breaks were removed first. */
export function afterRepair(d: Detail): Detail {
  return both((lang) => say(lang, 'json.at.afterRepair', { message: d[lang] }));
}

// --- Scenario files ---

/** Patterns of the scenario schema's texts, each with the rule it states. */
const SCENARIO_RULES: Record<string, DetailKey> = {
  [String(/^[a-z][a-zA-Z0-9]{0,31}$/)]: 'scenario.node.ruleId',
  [String(/^[a-z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$/)]: 'scenario.node.ruleScenarioId',
  [String(/^(§\d+(\.\d+)*|appendix [A-Z]|design)$/)]: 'scenario.node.ruleSection',
};

const rule = (lang: Lang, pattern: unknown): string => say(lang, SCENARIO_RULES[String(pattern ?? '')] ?? 'scenario.node.ruleOther');

/** A list of values as the schema gives them ("a, b, c"), cut after 16 as the English is. */
function values(lang: Lang, list: unknown): string {
  const all = String(list ?? '').split(', ');
  const shown = all.slice(0, 16).join(punct(lang).list);
  return all.length > 16 ? shown + say(lang, 'scenario.problemAt.moreValues', { n: all.length }) : shown;
}

/** What the schema expects (the `node*` parameters of nodeParams) in a language. */
function nodeText(lang: Lang, p: Readonly<Record<string, string | number>>, kind = String(p.nodeKind ?? 'other')): string {
  const lo = p.nodeLo;
  const hi = p.nodeHi;
  const bounded = (k: 'int' | 'number' | 'text'): string => {
    if (k === 'text')
      return lo !== undefined && hi !== undefined ? say(lang, 'scenario.node.textRange', { lo, hi }) : say(lang, 'scenario.node.text');
    if (lo !== undefined && hi !== undefined) return say(lang, `scenario.node.${k}Range`, { lo, hi });
    if (lo !== undefined) return say(lang, `scenario.node.${k}Lo`, { lo });
    if (hi !== undefined) return say(lang, `scenario.node.${k}Hi`, { hi });
    return say(lang, `scenario.node.${k}`);
  };
  switch (kind) {
    case 'int':
    case 'number':
    case 'text':
      return bounded(kind);
    case 'textFormat':
      return rule(lang, p.nodePattern);
    case 'boolean':
    case 'record':
    case 'union':
    case 'bilingual':
      return say(lang, `scenario.node.${kind}`);
    case 'enum':
    case 'literal':
      return say(lang, `scenario.node.${kind}`, { values: values(lang, p.nodeValues) });
    case 'list':
      return p.nodeElem
        ? say(lang, 'scenario.node.listOf', { element: nodeText(lang, {}, String(p.nodeElem)) })
        : say(lang, 'scenario.node.list');
    case 'kindUnion':
      return say(lang, 'scenario.node.kindUnion', { disc: String(p.nodeDisc ?? ''), values: values(lang, p.nodeValues) });
    case 'sourced':
      return say(lang, 'scenario.node.sourced', { value: nodeText(lang, p, String(p.nodeValue ?? 'number')) });
    case 'object':
      return say(lang, 'scenario.node.object', { keys: String(p.nodeKeys ?? '') });
    default:
      return say(lang, 'scenario.node.other');
  }
}

const FOUND = ['missing', 'null', 'list', 'object', 'text', 'number', 'boolean'] as const;

/** A schema problem of a scenario file in a language: `says` as the loader made it. */
function scenarioSaysText(s: ProblemSays, lang: Lang): string {
  if (!Object.hasOwn(SCENARIO_PROBLEM_EN, s.code)) return say(lang, 'scenario.node.other');
  const p: Record<string, string | number> = { ...s.params };
  if (lang !== 'en') {
    // The English parameters (the schema's words, a found value's kind, a rule) in this language.
    if (p.nodeKind !== undefined || s.code === 'missing') p.expected = nodeText(lang, p);
    const ft = String(p.foundType ?? 'other');
    p.foundKind = say(lang, `scenario.found.${(FOUND as readonly string[]).includes(ft) ? (ft as (typeof FOUND)[number]) : 'other'}`, p);
    if (s.code === 'badForm' || s.code === 'badName') p.rule = rule(lang, p.pattern);
    if (s.code === 'other') p.rule = '';
    for (const k of ['scale', 'smaller'] as const) {
      const name = ENGINE_TERMS[`scale.${String(p[k])}` as keyof typeof ENGINE_TERMS];
      if (name) p[k] = name[lang];
    }
    if (s.code === 'bound') {
      // Numbers too large to write exactly are "about 1.00e+18".
      for (const k of ['worst', 'value', 'ceiling'] as const) {
        const m = /^about (.*)$/.exec(String(p[k] ?? ''));
        if (m) p[k] = say(lang, 'scenario.problemAt.about', { n: m[1]! });
      }
      const round = ENGINE_TERMS[`round.${String(p.round)}` as keyof typeof ENGINE_TERMS];
      if (round) p.round = round[lang];
      if (Object.hasOwn(BOUND_KIND_EN, String(p.kindId))) p.kind = say(lang, `scenario.boundKind.${p.kindId as BoundKind}`, p);
      if (Object.hasOwn(BOUND_UNIT_EN, String(p.unitId))) p.unit = say(lang, `scenario.boundUnit.${p.unitId as BoundUnit}`);
      if (Object.hasOwn(BOUND_WHAT_EN, String(p.whatId))) p.what = say(lang, `scenario.boundWhat.${p.whatId as BoundWhat}`, p);
    }
  }
  const text = say(lang, `scenario.problem.${s.code}`, p);
  return p.inEvent !== undefined ? text + say(lang, 'scenario.problemAt.inEvent', { id: p.inEvent }) : text;
}

/** A scenario file's problem as one line, `PATH: TEXT`, in the reader's language when the problem
 *  says its code: a refusal of the JSON reader (`json`), of the schema or of the cross-reference
 *  checks, the worst case or its changes to a base (`says`). A custom base's own problems (the
 *  CLI's) are English only. */
export function scenarioProblemLine(
  p: { path: string; message: string; json?: Pick<JsonError, 'code' | 'params'> | undefined; says?: ProblemSays | undefined },
  lang: Lang,
): string {
  const { colon } = punct(lang);
  if (p.json) return `${p.path}${colon}${jsonErrorText({ ...p.json, message: p.message }, lang)}`;
  if (p.says) return `${p.path}${colon}${scenarioSaysText(p.says, lang)}`;
  return `${p.path}: ${p.message}`;
}

// --- zod issues ---

type Issue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur = root;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, String(p))) return undefined;
    cur = (cur as Record<string, unknown>)[String(p)];
  }
  return cur;
}

/** A found value as JSON, cut short: values are the player's data, the same in both languages. */
function shown(v: unknown): string {
  const s = JSON.stringify(v);
  if (s === undefined) return String(v);
  return s.length > 40 ? s.slice(0, 37) + '...' : s;
}

const KINDS = ['number', 'int', 'string', 'boolean', 'object', 'array', 'null'] as const;
type Kind = (typeof KINDS)[number] | 'other';

function kindName(lang: Lang, k: string): string {
  const kind: Kind = (KINDS as readonly string[]).includes(k) ? (k as Kind) : 'other';
  return say(lang, `zod.kind.${kind}`);
}

function kindOf(v: unknown): Kind {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  const k = typeof v;
  return k === 'number' || k === 'string' || k === 'boolean' || k === 'object' ? k : 'other';
}

/** Regular expressions of the formats' schemas, each with its description. */
const PATTERNS: Record<string, DetailKey> = {
  '/^[0-9a-f]{64}$/': 'zod.hex64',
  '/^[A-Za-z0-9_-]{1,40}$/': 'zod.slot',
  '/^[a-z][a-zA-Z0-9]{0,31}$/': 'zod.identifier',
};

function limits(lang: Lang, issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const small = issue.code === 'too_small';
  const n = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'string') {
    if (small && n === 1) return say(lang, 'zod.notEmpty');
    return small ? say(lang, 'zod.textAtLeast', { min: n }) : say(lang, 'zod.textAtMost', { max: n });
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return small ? say(lang, 'zod.listAtLeast', { min: n }) : say(lang, 'zod.listAtMost', { max: n });
  }
  const inclusive = issue.inclusive !== false;
  if (small) return say(lang, inclusive ? 'zod.atLeast' : 'zod.above', { min: n });
  return say(lang, inclusive ? 'zod.atMost' : 'zod.below', { max: n });
}

const TEXT_FAULTS: Record<string, DetailKey> = {
  control: 'zod.textControl',
  loneSurrogate: 'zod.textLoneSurrogate',
  bidi: 'zod.textBidi',
};

/** A zod issue in a language. `root` is the value that was checked (the issue's value is read from
 *  it, as zod leaves it out of its issues). A text fault carries `params.fault` (src/replay/format.ts). */
function zodIssueText(issue: Issue, lang: Lang, root?: unknown): string {
  const found = valueAt(root, issue.path);
  const list = (vs: readonly unknown[]) => vs.map((v) => shown(v)).join(punct(lang).list);
  switch (issue.code) {
    case 'invalid_type': {
      if (found === undefined) return say(lang, 'zod.missing', { expected: kindName(lang, issue.expected) });
      if (issue.expected === 'int' && typeof found === 'number') return say(lang, 'zod.notWhole', { value: shown(found) });
      const k = kindOf(found);
      const what = k === 'object' || k === 'array' ? kindName(lang, k) : `${kindName(lang, k)} ${shown(found)}`;
      return say(lang, 'zod.type', { expected: kindName(lang, issue.expected), found: what });
    }
    case 'too_small':
    case 'too_big':
      return limits(lang, issue);
    case 'invalid_value':
      return issue.values.length === 1
        ? say(lang, 'zod.oneValue', { value: shown(issue.values[0]) })
        : say(lang, 'zod.oneOf', { values: list(issue.values) });
    case 'invalid_format': {
      const pattern = issue.format === 'regex' ? String((issue as { pattern?: unknown }).pattern ?? '') : issue.format;
      const key = PATTERNS[pattern];
      return key ? say(lang, key) : say(lang, 'zod.pattern', { pattern });
    }
    case 'unrecognized_keys':
      return say(lang, 'zod.unknownKeys', { n: issue.keys.length, keys: list(issue.keys) });
    case 'invalid_union':
      return say(lang, 'zod.noForm');
    case 'not_multiple_of':
      return say(lang, 'zod.multipleOf', { divisor: String(issue.divisor) });
    case 'invalid_key':
      return say(lang, 'zod.badKey');
    case 'invalid_element':
      return say(lang, 'zod.badElement');
    case 'custom': {
      const f = (issue.params as { fault?: { kind?: unknown; index?: unknown; codePoint?: unknown } } | undefined)?.fault;
      const key = f ? TEXT_FAULTS[String(f.kind)] : undefined;
      if (f && key) return say(lang, key, { position: Number(f.index) + 1, codePoint: String(f.codePoint) });
      return lang === 'en' && issue.message ? issue.message : say(lang, 'zod.invalid');
    }
    default:
      return say(lang, 'zod.invalid');
  }
}

/** A zod issue in both languages. */
export function zodIssueDetail(issue: Issue, root?: unknown): Detail {
  return both((lang) => zodIssueText(issue, lang, root));
}

/** The first of a zod error's issues in both languages, saying how many more there are. */
export function zodErrorDetail(issues: readonly Issue[], root?: unknown): Detail {
  const first = issues[0];
  const more = issues.length - 1;
  return both((lang) => {
    const text = first ? zodIssueText(first, lang, root) : say(lang, 'zod.invalid');
    return more > 0 ? text + say(lang, 'zod.more', { n: more }) : text;
  });
}

// --- Share codes' binary data ---

export type CodeDataFault = keyof typeof DETAIL_STRINGS extends infer K ? (K extends `codeData.${infer R}` ? R : never) : never;

/** Why a share code's unpacked data cannot be read, in both languages. */
export function codeDataDetail(fault: CodeDataFault, vars: Vars = {}): Detail {
  return both((lang) => say(lang, `codeData.${fault}`, vars));
}
