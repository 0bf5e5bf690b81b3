// Strings of the guided first quarter (the coach panel, its highlight labels and the title's
// checkbox) in Chinese and English, keys under "tutorial.".
import { family } from './dict';

export const TUTORIAL_STRINGS = family('tutorial', {
  name: { zh: '新手引导：第一个季度', en: 'Guided first quarter' },
  stepOf: { zh: '第 {i} / {n} 步', en: 'Step {i} of {n}' },
  announce: { zh: '{step}：{title}。{text}', en: '{step}: {title}. {text}' },
  next: { zh: '下一步 ▸', en: 'Next ▸' },
  back: { zh: '◂ 上一步', en: '◂ Back' },
  finish: { zh: '完成引导', en: 'Finish the guide' },
  skip: { zh: '跳过引导', en: 'Skip tutorial' },
  keys: {
    zh: 'Esc：跳过引导。引导不会挡住你：随时可以直接操作。',
    en: 'Esc skips the guide. It never blocks you: act anywhere, any time.',
  },
  done: { zh: '新手引导已完成。祝你的公司好运！', en: 'Guided first quarter finished. Good luck with your company!' },
  skipped: {
    zh: '已跳过新手引导。想再看一遍，可在标题页勾选“显示新手引导”。',
    en: 'Tutorial skipped. To see it again, tick “Show the guided first quarter” on the title screen.',
  },
  scrollDown: { zh: '▼ {label}：向下滚动', en: '▼ {label}: scroll down' },
  scrollUp: { zh: '▲ {label}：向上滚动', en: '▲ {label}: scroll up' },
  titleCheckbox: {
    zh: '开始游戏时显示新手引导（第一个季度手把手教你玩）',
    en: 'Show the guided first quarter (learn by doing, one step at a time)',
  },

  'cash.title': { zh: '现金与现金跑道', en: 'Cash and runway' },
  'cash.text': {
    zh: '“现金”是公司账上的钱；“现金跑道”是按本季度的花钱速度，这些现金还能撑几个季度。让跑道保持在约 4 个季度以上：融资需要时间，现金花光游戏就结束了——案例 C 就是在没有留足储备的情况下耗尽了资金（§1.14.1、§1.17.2）。',
    en: 'Cash is what the company has; runway is how many quarters that cash lasts at this quarter’s burn. Keep it above about 4: raising money takes time, and when cash runs out the game is over, as it did for case C, which had no reserve (§1.14.1, §1.17.2).',
  },
  'cash.ring': { zh: '现金与跑道', en: 'Cash & runway' },

  'groups.title': { zh: '决策按原文分成五组', en: 'Decisions, in the essay’s five groups' },
  'groups.text': {
    zh: '右侧是本季度可以做的决策，按原文的分组排列：团队（§1.15、§1.16）、市场（§1.8–§1.11）、产品与技术（§1.18）、风险与合规（§1.12）、融资（§1.17）。点组名展开（往下滚动能看到全部五组）；本场景未开放的组保持默认设置。每项改动都会列入右下方的本季度计划，并显示花费和预期效果；计划在点“结束本季度”时才执行，之前都可以撤销（Ctrl+Z）。',
    en: 'On the right are this quarter’s decisions, grouped as the essay groups them: team (§1.15, §1.16), market (§1.8–§1.11), product and technology (§1.18), risk and compliance (§1.12), funding (§1.17). Click a group’s name to open it (scroll down for all five); groups this scenario locks keep their defaults. Every change joins this quarter’s plan (bottom right) with its cost and expected effect; the plan is carried out when you end the quarter, and can be undone until then (Ctrl+Z).',
  },
  'groups.ring': { zh: '决策分组', en: 'Decision groups' },

  'hire.title': { zh: '招一个人', en: 'Hire someone' },
  'hire.text': {
    zh: '在“团队”组的“招聘”卡片里选一个岗位和人数。加入计划之前，卡片会显示现在要付的钱、之后每季度的工资，以及招人后现金跑道剩几个季度。技术岗提升模型，业务岗带来客户（§1.15.1）。选好后点“加入计划”。',
    en: 'In the Team group’s Hire card, pick a role and how many. Before you add it, the card shows what you pay now, the salary every quarter after, and your runway once they join. Technical roles improve the model, business roles win customers (§1.15.1). Then press Add to plan.',
  },
  'hire.ring': { zh: '在这里招聘', en: 'Hire here' },

  'market.title': { zh: '选择你的市场聚焦', en: 'Choose your market focus' },
  'market.text': {
    zh: '在“市场”组里，“聚焦的市场”是你卖给谁。只选一个市场就是聚焦；同时铺开多个市场是案例 C 的第一个错误（§1.9.1、§1.14.1）。可以换一个更适合你的市场，或在同一组里设定产品定位，改动会自动列入计划；想保持现在的聚焦，就点“下一步”。',
    en: 'In the Market group, “Markets to focus on” is who you sell to. One market is focus; spreading over many was case C’s first mistake (§1.9.1, §1.14.1). Switch to a market that suits you, or set your positioning in the same group: the change joins the plan by itself; to keep your current focus, press Next.',
  },
  'market.ring': { zh: '市场聚焦', en: 'Market focus' },

  'programme.title': { zh: '投入一项合规计划', en: 'Fund one compliance programme' },
  'programme.text': {
    zh: '在“风险与合规”组里勾选一项计划的“投入资金”。卡片会列出它压低了哪些事件的概率（例如数据泄露、罚款、诉讼），以及每季度的花费（§1.12）。勾选即列入本季度计划。',
    en: 'In the Risk & compliance group, tick Funded on one programme. The card lists which event odds it lowers (a data breach, a fine, a lawsuit) and what it costs each quarter (§1.12). Ticking it puts it in this quarter’s plan.',
  },
  'programme.ring': { zh: '合规计划', en: 'A programme' },

  'end.title': { zh: '结束本季度', en: 'End the quarter' },
  'end.text': {
    zh: '计划做好了？点“结束本季度”。计划里的决策开始生效，然后掷骰决定本季度的事件；没改动的设置会沿用到下个季度。',
    en: 'Plan ready? Press “End the quarter”. The plan’s decisions take effect, then the quarter’s events are rolled; whatever you did not change carries over to the next quarter.',
  },
  'end.ring': { zh: '点这里结束本季度', en: 'End the quarter here' },

  'card.title': { zh: '读懂事件卡片', en: 'Read the event card' },
  'card.text': {
    zh: '每个事件都掷一次骰子（0 到 1 之间的随机数），和概率比较：掷骰低于概率，事件就发生。“为什么是这个概率”列出了你的决策和公司状况推高或压低概率的因素，以及原文章节。点“完成引导”结束引导，继续看下一张卡片。',
    en: 'Each event rolls a number between 0 and 1 and compares it with the probability: below it, the event happens. “Why this probability” lists the factors your decisions and your company moved, with the essay’s sections. Press “Finish the guide” to end the guide and go on to the next card.',
  },
  'card.ringRoll': { zh: '掷骰 vs 概率', en: 'Roll vs probability' },
  'card.ringWhy': { zh: '影响概率的因素', en: 'The factors' },
});
