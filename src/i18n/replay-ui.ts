// Strings of the replay viewer, the "what if" branches and the comparison, in Chinese and English.
// Read through rv(lang, key, params); keys live under "rv." in the shared registry.
import type { Dict, Lang } from './index';
import { register, t } from './index';

type Pair = [zh: string, en: string];

const S: Record<string, Pair> = {
  // opening and the verdict
  watch: ['观看回放', 'Watch the replay'],
  continuePlaying: ['接着玩这一局', 'Continue playing it'],
  verified: ['✓ 已校验：{n} 个季度全部与记录的哈希一致', '✓ Verified: all {n} {n|quarter|quarters} replay to the recorded hashes'],
  verifiedNone: ['✓ 已校验：还没有结束的季度，开局信息一致', '✓ Verified: no quarter closed yet; the opening matches'],
  divergedTitle: ['✗ 在第 {q} 季度出现分歧', '✗ Diverged at quarter {q}'],
  divergedHeader: ['✗ 回放的头部信息被改动过', '✗ The replay\'s header was changed'],
  divergedResult: ['✗ 声明的结果与重放不符', '✗ The claimed result differs from the replay'],
  refusedTitle: ['✗ 无法打开这个回放', '✗ This replay cannot be opened'],
  difference: ['{field}：记录为 {claimed}，重放得到 {actual}', '{field}: recorded {claimed}, replayed {actual}'],
  watchMatching: ['观看一致的 {n} 个季度（按规则重放的真实结果）', 'Watch the {n} {n|quarter|quarters} that match (the real result under the rules)'],
  matchingNote: ['这里只显示一致的 {n} 个季度', 'showing the {n} {n|quarter|quarters} that match'],
  divergedHelp: ['此前的季度都与记录一致；从这一季度起，文件中的决策或结果被改动过，或者来自别的规则。', 'Every earlier quarter matches the record; from this quarter on, the file\'s decisions or results were changed, or come from other rules.'],
  // header
  viewerLabel: ['回放查看器', 'Replay viewer'],
  seed: ['种子 {seed}', 'seed {seed}'],
  bot: ['机器人 {bot}', 'bot {bot}'],
  branchOf: ['分支：从原局第 {q} 季度之后改变', 'branch: differs from the original after quarter {q}'],
  stateHash: ['状态哈希', 'state hash'],
  status: ['状态', 'Status'],
  back: ['返回', 'Back'],
  exportFile: ['导出回放文件', 'Export replay file'],
  shareCode: ['分享码', 'Share code'],
  // position and transport
  positionStart: ['开局（第 1 季度之前）', 'Opening (before quarter 1)'],
  positionStartShort: ['开局', 'Opening'],
  position: ['第 {q} / {n} 季度 · {when}', 'Quarter {q} of {n} · {when}'],
  positionShort: ['第 {q} 季度', 'Q{q}'],
  first: ['回到开局', 'Go to the opening'],
  prev: ['上一季度', 'Previous quarter'],
  next: ['下一季度', 'Next quarter'],
  last: ['跳到最后', 'Go to the end'],
  play: ['▶ 播放', '▶ Play'],
  pause: ['❚❚ 暂停', '❚❚ Pause'],
  playLabel: ['自动播放，每 1.5 秒前进一个季度', 'Play: one quarter every 1.5 s'],
  pauseLabel: ['暂停自动播放', 'Pause'],
  slider: ['回放位置（季度）', 'Replay position (quarter)'],
  keys: ['键盘：← → 逐季，Home / End 到头尾，空格 播放/暂停', 'Keys: ← → step, Home / End, Space play/pause'],
  markers: ['有事件发生的季度：✓ 机会，⚠ 风险', 'Quarters with events: ✓ opportunity, ⚠ risk'],
  // stage
  viewOffice: ['办公室', 'Office'],
  viewCharts: ['图表', 'Charts'],
  stageView: ['显示：', 'Show:'],
  // side panel
  tabs: ['面板', 'Panel'],
  tabQuarter: ['本季度', 'This quarter'],
  tabEvents: ['全局事件（{n}）', 'All events ({n})'],
  tabWhatIf: ['如果……？', 'What if?'],
  openingTitle: ['开局', 'The opening'],
  openingText: ['还没有结束任何季度。按 ▶ 或 → 看第 1 季度发生了什么。', 'No quarter has closed yet. Press ▶ or → to see what happened in quarter 1.'],
  decisionsTitle: ['第 {q} 季度的决策', 'Decisions of quarter {q}'],
  noDecisions: ['没有新决策：沿用上季度的设置。', 'No new decisions: last quarter\'s settings carried over.'],
  cardsTitle: ['本季度的事件卡（{n}）', 'This quarter\'s event cards ({n})'],
  noCards: ['本季度没有发生事件，也没有待答复的申请。', 'Nothing happened this quarter and no request was answered.'],
  cardSummary: ['{title} — {result}（掷骰 {roll}，概率 {prob}）', '{title} — {result} (roll {roll}, probability {prob})'],
  eventsTitle: ['这一局发生的事件', 'Events that happened in this run'],
  noEvents: ['这一局没有发生任何事件。', 'No event happened in this run.'],
  jumpTo: ['跳到 {when}：{title}', 'Go to {when}: {title}'],
  // what if
  whatIfTitle: ['如果当时换一种做法？', 'What if it had gone differently?'],
  whatIfIntro: ['从这一刻分出一条新的时间线：同一个种子、同样的运气，只改变之后的决策。原回放不会被改动。', 'Start a new timeline from this point: the same seed and the same luck, only the decisions after it change. The original replay stays as it is.'],
  playOn: ['从这里接着玩（你来决定第 {q} 季度）', 'Play on from here (you decide quarter {q})'],
  change: ['修改第 {q} 季度的决策', 'Change quarter {q}\'s decisions'],
  changeHelp: ['回到第 {q} 季度开始时，原来的决策已填好，可以逐条撤销或增加。', 'Back to the start of quarter {q} with its original decisions already made; undo or add any of them.'],
  botOn: ['让机器人从第 {q} 季度接着玩', 'Let a bot play on from quarter {q}'],
  botChoose: ['机器人', 'Bot'],
  botRun: ['运行并对比', 'Run and compare'],
  gameOverHere: ['这一局在这里已经结束，无法接着玩。往回拖动到更早的季度。', 'The game is over at this point: nothing to play on. Scrub back to an earlier quarter.'],
  changeNone: ['开局还没有决策可改：选“从这里接着玩”。', 'At the opening there are no decisions to change yet: choose “Play on from here”.'],
  'botName.random': ['random（随机）', 'random (seeded random choices)'],
  'botName.balanced': ['balanced（均衡）', 'balanced (a sensible all-rounder)'],
  'botName.focused': ['focused（聚焦，案例 A、B 的成功模式）', 'focused (the success pattern of cases A and B)'],
  'botName.scattered': ['scattered（分散，案例 C、D 的失败模式）', 'scattered (the failure pattern of cases C and D)'],
  branchFailed: ['无法生成分支：{why}', 'The branch could not be made: {why}'],
  // compare
  compareTitle: ['原局与分支对比', 'Original and branch side by side'],
  compareWho: ['分支从第 {q} 季度起由 {who} 决策；此前与原局完全相同。', 'The branch is decided by {who} from quarter {q}; before that it is identical to the original.'],
  whoPlayer: ['玩家', 'the player'],
  whoBot: ['机器人 {bot}', 'bot {bot}'],
  original: ['原局', 'original'],
  branch: ['分支', 'branch'],
  outcomeLine: ['{name}：{outcome}，估值 {valuation}，现金 {cash}，创始人持股 {founders}', '{name}: {outcome}, valuation {valuation}, cash {cash}, founders {founders}'],
  outcomeBankrupt: ['第 {q} 季度破产', 'bankrupt in quarter {q}'],
  outcomeFinished: ['撑过全部 {q} 个季度', 'survived all {q} quarters'],
  outcomePlaying: ['停在第 {q} 季度之后（未完）', 'stopped after quarter {q} (unfinished)'],
  chartsTitle: ['关键指标（实线：原局，虚线：分支）', 'Key figures (solid: original, dashed: branch)'],
  kpi_cash: ['现金', 'Cash'],
  kpi_valuation: ['估值', 'Valuation'],
  kpi_revenue: ['季度收入', 'Revenue per quarter'],
  kpi_customers: ['客户数', 'Customers'],
  kpi_headcount: ['员工数', 'Headcount'],
  kpi_founderBp: ['创始人持股（%）', 'Founders\' ownership (%)'],
  diffTitle: ['结果不同的事件（{n}）', 'Events that differ ({n})'],
  diffIntro: ['同一季度、同一事件用的是同一个掷骰：不同的只是决策带来的概率（以及因此是否发生）。', 'The same event in the same quarter uses the same roll in both runs: only the probability the decisions set differs (and so whether it happened).'],
  diffOnlyOutcome: ['只显示在一条时间线中发生、在另一条中没有发生的事件', 'Only events that happened in one run and not in the other'],
  afterEnd: ['第 {q} 季度之后只有{name}还在继续：另有 {n} 次事件检定，其中 {fired} 个事件发生。', 'After quarter {q} only the {name} went on: {n} more event checks, {fired} of which happened.'],
  diffNone: ['两条时间线都在进行时，事件完全相同。', 'While both runs were playing, their events were exactly the same.'],
  colQuarter: ['季度', 'Quarter'],
  colEvent: ['事件', 'Event'],
  colChange: ['差别', 'Difference'],
  colPulls: ['概率变化来自', 'Probability moved by'],
  'change.outcome': ['⇄ 发生与否不同', '⇄ outcome differs'],
  'change.probability': ['≈ 概率不同，结果相同', '≈ other odds, same outcome'],
  'change.roll': ['≠ 掷骰不同', '≠ other roll'],
  'change.effects': ['± 影响大小不同', '± other amounts'],
  'change.onlyA': ['只在原局中掷骰', 'rolled in the original only'],
  'change.onlyB': ['只在分支中掷骰', 'rolled in the branch only'],
  sideFired: ['✓ 发生（掷骰 {roll} < {prob}）', '✓ happened (roll {roll} < {prob})'],
  sideMissed: ['– 未发生（掷骰 {roll} ≥ {prob}）', '– did not happen (roll {roll} ≥ {prob})'],
  sideCooldown: ['– 冷却中', '– cooling down'],
  sideNone: ['—', '—'],
  pull: ['{factor}：{a} → {b} 点', '{factor}: {a} → {b} pts'],
  watchBranch: ['观看分支回放', 'Watch the branch'],
  exportBranch: ['导出分支回放文件', 'Export the branch file'],
  shareBranch: ['分支分享码', 'Branch share code'],
  backToReplay: ['返回回放', 'Back to the replay'],
  compareWithOriginal: ['与原局对比', 'Compare with the original'],
  // entry points elsewhere
  whatIfTeam: ['如果……？', 'What if?'],
  whatIfTeamLabel: ['观看 {team} 的回放并尝试不同决策', 'Watch {team}\'s run and try other decisions'],
  opening: ['正在校验……', 'Verifying…'],
};

const dict: Dict = {};
for (const k of Object.keys(S)) dict['rv.' + k] = { zh: S[k]![0], en: S[k]![1] };
register(dict);

/** A replay-viewer string in the player's language. */
export function rv(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return t(lang, 'rv.' + key, params);
}

/** Every key of this dictionary (for the language check in the viewer's tests). */
export const REPLAY_UI_KEYS = Object.keys(dict);
