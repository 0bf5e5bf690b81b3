// Labels of the workshop's printed pages and browser pages (handout, debrief report, instructor,
// join and debrief screens), in Chinese and English. Keys: workshop.ui.*.
import type { Lang } from '../i18n/index';
import { register, t } from '../i18n/index';

const UI = {
  handoutTitle: { en: 'Workshop: {title}', zh: '研讨会：{title}' },
  howToJoin: { en: 'How to join', zh: '如何加入' },
  join1: { en: 'Open the link or scan the QR code (any recent browser; nothing to install, no account).', zh: '打开链接或扫描二维码（任何较新的浏览器即可；无需安装，无需账号）。' },
  join2: { en: 'Or open the game and type the workshop code.', zh: '或打开游戏，输入研讨会代码。' },
  join3: { en: 'Enter your team name, then play quarter by quarter. Every team plays the same world with the same luck.', zh: '输入团队名称，然后逐季度进行。所有团队面对同一个世界、同样的运气。' },
  join4: { en: 'At a pause point the game waits: your instructor announces the go-ahead code.', zh: '到达暂停点时游戏会等待：讲师会公布继续代码。' },
  join5: { en: 'At the end, export your run (file or code) and hand it to your instructor.', zh: '结束后导出你的记录（文件或代码）并交给讲师。' },
  code: { en: 'Workshop code', zh: '研讨会代码' },
  link: { en: 'Link', zh: '链接' },
  settings: { en: 'Settings', zh: '设置' },
  scenario: { en: 'Scenario', zh: '场景' },
  seed: { en: 'Seed', zh: '种子' },
  quarters: { en: 'Quarters', zh: '季度数' },
  groups: { en: 'Decisions unlocked', zh: '开放的决策' },
  language: { en: 'Language', zh: '语言' },
  pauses: { en: 'Pause after quarters', zh: '在以下季度后暂停' },
  none: { en: 'none', zh: '无' },
  brief: { en: 'The brief', zh: '任务简介' },
  goals: { en: 'Learning goals', zh: '学习目标' },
  questions: { en: 'Discussion questions', zh: '讨论问题' },
  sections: { en: 'Seed sections taught', zh: '对应原文章节' },
  'group.team': { en: 'team', zh: '团队' },
  'group.market': { en: 'market', zh: '市场' },
  'group.product': { en: 'product & technology', zh: '产品与技术' },
  'group.compliance': { en: 'risk & compliance', zh: '风险与合规' },
  'group.funding': { en: 'funding', zh: '融资' },
  reportTitle: { en: 'Debrief: {title}', zh: '复盘：{title}' },
  reportMeta: { en: 'Workshop {code} · seed {seed} · {quarters} quarters · {teams} teams verified, {flagged} flagged', zh: '研讨会 {code} · 种子 {seed} · {quarters} 个季度 · {teams} 个团队已验证，{flagged} 份被标记' },
  leaderboard: { en: 'Leaderboard', zh: '排行榜' },
  rank: { en: '#', zh: '名次' },
  team: { en: 'Team', zh: '团队' },
  total: { en: 'Score', zh: '总分' },
  'el.technologyInnovation': { en: 'Tech', zh: '技术创新' },
  'el.marketPositioning': { en: 'Position', zh: '市场定位' },
  'el.team': { en: 'Team', zh: '团队建设' },
  'el.financing': { en: 'Finance', zh: '融资策略' },
  'el.businessModelInnovation': { en: 'Model', zh: '商业模式' },
  'el.riskManagement': { en: 'Risk', zh: '风险管理' },
  elementsNote: { en: 'The six key elements of the seed\'s summary (§1.20), 0-100 each: technology innovation, market positioning, team, financing, business-model innovation, risk management.', zh: '原文总结（§1.20）的六个关键要素，各 0-100 分：技术创新、市场定位、团队建设、融资策略、商业模式创新、风险管理。' },
  outcome: { en: 'Outcome', zh: '结果' },
  'outcome.finished': { en: 'finished', zh: '完成' },
  'outcome.bankrupt': { en: 'bankrupt', zh: '破产' },
  'outcome.playing': { en: 'unfinished (Q{q})', zh: '未完成（第 {q} 季度）' },
  cash: { en: 'Cash', zh: '现金' },
  revenue: { en: 'Revenue per quarter', zh: '季度收入' },
  valuation: { en: 'Valuation', zh: '估值' },
  founders: { en: 'Founders\' ownership', zh: '创始人持股' },
  trajectories: { en: 'Trajectories (all teams overlaid)', zh: '轨迹（所有团队叠加）' },
  decisions: { en: 'Decision matrix (team × quarter)', zh: '决策矩阵（团队 × 季度）' },
  events: { en: 'Same luck: the event table', zh: '同样的运气：事件表' },
  eventsNote: { en: 'Each event has ONE roll per quarter (0-9999), the same for every team. A team\'s probability comes from its own decisions; the event fires when roll < probability. Rows where it fired for at least one team are shown ({shown} of {all}).', zh: '每个事件每季度只有一次掷骰（0-9999），对所有团队相同。团队的概率由自己的决策决定；掷骰小于概率时事件发生。仅显示至少一个团队触发的行（{all} 行中的 {shown} 行）。' },
  quarter: { en: 'Q', zh: '季度' },
  event: { en: 'Event', zh: '事件' },
  roll: { en: 'Roll', zh: '掷骰' },
  notApplicable: { en: '—', zh: '—' },
  flagged: { en: 'Flagged runs (not ranked)', zh: '被标记的记录（不参与排名）' },
  file: { en: 'File', zh: '文件' },
  reason: { en: 'Reason', zh: '原因' },
  noRuns: { en: 'No verified runs yet.', zh: '还没有已验证的记录。' },
  goAhead: { en: 'Go-ahead codes (for the instructor: announce at each pause)', zh: '继续代码（讲师用：在每次暂停时公布）' },
  goAheadNote: { en: 'A classroom convenience that keeps teams in step, not security: anyone with the workshop code could compute them.', zh: '这是让各队保持同步的课堂工具，而非安全措施：持有研讨会代码的人都能算出它们。' },
} as const;

const dict: Record<string, { zh: string; en: string }> = {};
for (const k of Object.keys(UI) as (keyof typeof UI)[]) dict['workshop.ui.' + k] = UI[k];
register(dict);

export type UiKey = keyof typeof UI;

/** A workshop label in a language, placeholders filled. */
export function ui(lang: Lang, key: UiKey | `group.${string}` | `el.${string}` | `outcome.${string}`, params: Record<string, string | number> = {}): string {
  return t(lang, 'workshop.ui.' + key, params);
}
