// Strings of the engine's views as the player reads them: the forecast (expected customers and
// revenue, the one runway figure), what investors make of an ask and why, and the market facts.
import { family } from './dict';

export const VIEW_STRINGS = {
  ...family('forecast', {
    change: {
      zh: '预计下季度（不计随机事件）：客户 {before} → {after}，营收 {revBefore} → {revAfter}',
      en: 'Expected next quarter (if no event fires): customers {before} → {after}, revenue {revBefore} → {revAfter}',
    },
    same: {
      zh: '预计下季度（不计随机事件）：客户 {customers}，营收 {revenue}；这项决定不改变它',
      en: 'Expected next quarter (if no event fires): {customers} customers, revenue {revenue}; this choice does not change it',
    },
    staffed: {
      zh: '新人全部到岗后每季度：客户 {before} → {after}，营收 {revBefore} → {revAfter}',
      en: 'Once the new hires have started, per quarter: customers {before} → {after}, revenue {revBefore} → {revAfter}',
    },
    runwayNow: {
      zh: '现金跑道：{runway}（引擎预测：下季度营收 {revenue}，支出 {costs}，其中贷款利息与还款 {debt}）',
      en: "Runway: {runway} (the engine's forecast: next quarter revenue {revenue}, costs {costs}, of which loan interest and repayment {debt})",
    },
    runwayHint: {
      zh: '按引擎预测：之后营收持平，待到岗的新人计入工资，贷款按期还本付息',
      en: "From the engine's forecast: revenue held level after next quarter, hires still to arrive paid, loans repaid on schedule",
    },
  }),
  ...family('investor', {
    valuation: {
      zh: '投资人能接受的投前估值：最高约 {valuation}（仅按经营数据：{fundamentals}）',
      en: 'Investors would accept a pre-money valuation of up to {valuation} (by the numbers alone: {fundamentals})',
    },
    odds: {
      zh: '按此报价成功的概率：{pct}；若按投资人估值报价：{atPct}',
      en: 'Chance at this ask: {pct}; priced at their valuation: {atPct}',
    },
    grantOdds: { zh: '获批概率：{pct}', en: 'Chance of approval: {pct}' },
    askAboveValuation: {
      zh: '你的投前估值高于投资人能接受的 {valuation}：成功概率只剩原来的 {keep}（要价越高，概率越低）',
      en: 'Your pre-money is above the {valuation} investors accept: the odds keep {keep} of their value (the higher the ask, the lower)',
    },
    askWithinValuation: {
      zh: '报价没有超过投资人能接受的 {valuation}：再压低估值只会多出让股份',
      en: 'Priced within the {valuation} investors accept: asking less only gives away more of the company',
    },
    notReadyForStage: {
      zh: '投资人对公司的估值约为 {valuation}，低于这一轮的估值区间（{min} 起）：公司还没到这个阶段',
      en: "Investors value the company at about {valuation}, below this round's range (from {min}): the company is not at this stage yet",
    },
    oddsZero: { zh: '概率为 0：{factor}让它无法成功', en: 'The chance is 0: {factor} rules it out' },
    base: { zh: '基础概率', en: 'the base rate' },
    grantOnCooldown: {
      zh: '冷却期：政府资助每年最多批准一次，距离可以再次获批还有 {quarters} 个季度；现在申请不会成功',
      en: 'On cooldown: a programme funds at most one grant a year; quarters before another can be awarded: {quarters}. Applying now cannot succeed',
    },
    onCooldown: { zh: '冷却期：还需 {quarters} 个季度', en: 'On cooldown: quarters left: {quarters}' },
    alreadyPending: { zh: '已经提交：本季度结束时揭晓', en: 'Already submitted: decided at the end of this quarter' },
    notRolled: { zh: '这个请求本季度不会被考虑', en: 'This request would not be considered this quarter' },
    noChannel: { zh: '本场景没有这种融资渠道', en: 'This scenario offers no such funding' },
    loanImmediate: {
      zh: '银行立即放款；利息和还款已计入现金跑道',
      en: 'The bank pays at once; its interest and repayment are counted in the runway',
    },
    'taste.angel': {
      zh: '天使投资人更看重创始团队，而不是业绩（§1.17.1）：团队实力的影响 ×1.5，业绩 ×0.5',
      en: 'Angels back the founders and their team more than traction (§1.17.1): team strength counts ×1.5, traction ×0.5',
    },
    'taste.crowdfunding': {
      zh: '众筹投资人支持他们听说过的公司（§1.17.1）：品牌的影响 ×2，业绩与团队 ×0.5',
      en: 'The crowd backs a name it knows (§1.17.1): brand counts ×2, traction and team ×0.5',
    },
    'taste.seed': { zh: '种子轮投资人按场景设定的各项因素评估公司', en: 'Seed investors weigh the company as the scenario sets out' },
    'taste.seriesA': {
      zh: 'A 轮投资人要看到产品经过验证、市场认可（§1.17.3）：业绩的影响 ×1.5，品牌 ×0.5',
      en: 'Series A investors want a validated product and market acceptance (§1.17.3): traction counts ×1.5, brand ×0.5',
    },
    'taste.seriesB': {
      zh: 'B 轮投资人要看到业绩增长和稳固的市场地位（§1.17.3）：业绩 ×2，专注 ×1.5，团队与品牌 ×0.5',
      en: 'Series B investors want growing results and a firm position (§1.17.3): traction counts ×2, focus ×1.5, team and brand ×0.5',
    },
  }),
  ...family('marketFacts', {
    line: {
      zh: '潜在客户 {potential}（每季度增长 {growth}）· 每位客户每季度 {price} · 竞争对手 {competitors} 家 · 监管强度 {regulation}',
      en: '{potential} potential customers (growing {growth} a quarter) · {price} per customer per quarter · {competitors} competitors · regulation {regulation}',
    },
    entry: { zh: '进入费用 {cost}', en: 'entry cost {cost}' },
    yours: { zh: '你的客户 {n}', en: 'your customers: {n}' },
  }),
};
