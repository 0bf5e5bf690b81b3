// The balance lab's report texts in Chinese and English, keys under "labReport.": each factor's
// label, claim, sides and notes (src/balance/factor-defs.ts), the dominant-strategy verdicts
// (src/balance/search.ts) and the headings of the HTML report (src/balance/html.ts). The lab's
// report carries these as { zh, en } pairs, so the lab reads this dictionary directly with bi():
// its Node and Web Workers need no registration. The balance lab page registers it for t().
import type { Entry, Params } from './dict';
import { family, fillText } from './dict';

export const BALANCE_REPORT_STRINGS = family('labReport', {
  'factor.marketFocus.label': { zh: '市场聚焦（一个细分市场 vs 三个）', en: 'Market focus (one segment vs three)' },
  'factor.marketFocus.claim': {
    zh: '聚焦一个细分市场提高存活率和创始人股权价值',
    en: "Focusing on one segment raises survival and the founders' stake",
  },
  'factor.marketFocus.good': { zh: '集中资源于一个细分市场（§1.14.1 警示）', en: 'concentrate on one segment (§1.14.1 lesson)' },
  'factor.marketFocus.bad': { zh: '同时进入多个细分市场（公司C，§1.14.1）', en: 'several segments at once (company C, §1.14.1)' },
  'factor.techRisk.label': { zh: '技术风险管理：定期测试 vs 只做功能', en: 'Technical risk: regular testing vs features only' },
  'factor.techRisk.claim': {
    zh: '定期测试降低技术风险，提高存活率和股权价值',
    en: 'Regular testing lowers technical risk and raises survival and stake',
  },
  'factor.techRisk.good': {
    zh: '定期评估和测试算法（§1.12.1，公司Z）',
    en: 'assess and test the algorithms regularly (§1.12.1, company Z)',
  },
  'factor.techRisk.bad': { zh: '未在早期识别技术风险（公司C，§1.14.1）', en: 'technical risk not identified early (company C, §1.14.1)' },
  'factor.compliance.label': { zh: '合规与隐私保护（全部措施 vs 无）', en: 'Compliance and privacy (every programme vs none)' },
  'factor.compliance.claim': {
    zh: '合规与隐私保护让公司免于罚款和诉讼，提高存活率和股权价值',
    en: 'Compliance and privacy keep fines and suits away and raise survival and stake',
  },
  'factor.compliance.good': {
    zh: '遵守隐私法规，加密与访问控制（§1.12.2、§1.12.3）',
    en: 'follow privacy law, encrypt, control access (§1.12.2, §1.12.3)',
  },
  'factor.compliance.bad': { zh: '忽视法律与伦理风险（公司D，§1.14.2）', en: 'legal and ethical risk ignored (company D, §1.14.2)' },
  'factor.fairnessAudit.label': { zh: '算法公平性评估', en: 'Fairness audit of the algorithms' },
  'factor.fairnessAudit.claim': {
    zh: '公平性评估避免歧视性算法带来的诉讼与声誉损失',
    en: 'A fairness audit avoids the suits and lost reputation of a discriminatory algorithm',
  },
  'factor.fairnessAudit.good': {
    zh: '算法审计和公平性评估（§1.12.2，公司A）',
    en: 'algorithm audits and fairness assessment (§1.12.2, company A)',
  },
  'factor.fairnessAudit.bad': {
    zh: '其余合规措施都做，唯独不做公平性评估（公司D 的算法公平性风险，§1.14.2）',
    en: "every other programme but no fairness assessment (company D's fairness risk, §1.14.2)",
  },
  'factor.dataStrategy.label': { zh: '数据合作与数据增强', en: 'Data partnership and augmentation' },
  'factor.dataStrategy.claim': {
    zh: '数据合作与增强提高模型质量，带来更高的股权价值',
    en: 'Data partners and augmentation improve the model and the stake',
  },
  'factor.dataStrategy.good': {
    zh: '与机构合作获取数据（公司B、G），数据增强（§1.18.1）',
    en: 'partner for data (companies B and G), augment it (§1.18.1)',
  },
  'factor.dataStrategy.bad': { zh: '只用自有数据', en: 'own data only' },
  'factor.productManagers.label': { zh: '配备产品经理', en: 'Product managers on the team' },
  'factor.productManagers.claim': {
    zh: '产品经理让技术与商业协作，提高存活率和股权价值',
    en: 'Product managers join tech and business and raise survival and stake',
  },
  'factor.productManagers.good': {
    zh: '商业团队包括产品经理（§1.20.3；公司E，§1.16.3）',
    en: 'a business team with product managers (§1.20.3; company E, §1.16.3)',
  },
  'factor.productManagers.bad': {
    zh: '技术与商业团队之间无人衔接（公司D，§1.14.2）',
    en: 'no one between the tech and business teams (company D, §1.14.2)',
  },
  'factor.structure.label': { zh: '矩阵式 vs 职能式组织', en: 'Matrix vs functional structure' },
  'factor.structure.claim': {
    zh: '跨职能协作（§1.20.3）提高存活率和股权价值',
    en: 'Cross-functional work (§1.20.3) raises survival and stake',
  },
  'factor.structure.good': { zh: '矩阵式组织，利于跨部门协作（§1.16.1；公司E）', en: 'a matrix, for cross-team work (§1.16.1; company E)' },
  'factor.structure.bad': { zh: '按职能分部门（§1.16.1）', en: 'departments by function (§1.16.1)' },
  'factor.incentives.label': { zh: '激励（奖金、股权激励、职业发展）', en: 'Incentives (bonus, equity, career)' },
  'factor.incentives.claim': {
    zh: '激励留住核心人员，提高存活率和股权价值',
    en: 'Incentives keep key people and raise survival and stake',
  },
  'factor.incentives.good': { zh: '奖金、股权激励、职业发展机会（§1.16.3）', en: 'bonus, equity grants, career paths (§1.16.3)' },
  'factor.incentives.bad': { zh: '没有激励机制', en: 'no incentives' },
  'factor.equityControl.label': {
    zh: '按计划融资 vs 每季度融资（股权与控制权）',
    en: 'Raising to plan vs every quarter (equity and control)',
  },
  'factor.equityControl.claim': {
    zh: '按需融资保住创始人的股权与控制权，股权价值更高',
    en: "Raising only as needed keeps the founders' equity and control: a higher stake",
  },
  'factor.equityControl.good': {
    zh: '按融资计划融资，合理分配股权、确保控制权稳定（§1.17.2）',
    en: 'raise to a plan, allot equity so control stays stable (§1.17.2)',
  },
  'factor.equityControl.bad': { zh: '每个季度都出让股权', en: 'sell equity every quarter' },
  'factor.financingPlan.label': { zh: '融资计划 vs 从不融资', en: 'A financing plan vs never raising' },
  'factor.financingPlan.claim': { zh: '融资计划提高存活率和股权价值', en: 'A financing plan raises survival and stake' },
  'factor.financingPlan.good': {
    zh: '制定融资计划，保持充足储备（§1.15.2、§1.14.1）',
    en: 'a financing plan with an ample reserve (§1.15.2, §1.14.1)',
  },
  'factor.financingPlan.bad': {
    zh: '没有融资计划，资金链断裂（公司C，§1.14.1）',
    en: 'no financing plan: the money runs out (company C, §1.14.1)',
  },
  'factor.reserve.label': { zh: '资金储备：6 个季度 vs 2 个', en: 'Cash reserve: 6 vs 2 quarters' },
  'factor.reserve.claim': { zh: '充足的储备提高存活率', en: 'An ample reserve raises survival' },
  'factor.reserve.good': { zh: '确保充足的资金储备以应对不确定性（§1.14.1）', en: 'an ample reserve against uncertainty (§1.14.1)' },
  'factor.reserve.bad': { zh: '储备只够两个季度', en: 'a reserve of two quarters' },
  'factor.grants.label': { zh: '申请政府资助', en: 'Applying for government grants' },
  'factor.grants.claim': { zh: '政府资助降低成本，提高存活率和股权价值', en: 'Grants lower costs and raise survival and stake' },
  'factor.grants.good': { zh: '申请政府资助，降低创业成本（§1.15.2）', en: 'apply for grants to lower costs (§1.15.2)' },
  'factor.grants.bad': { zh: '不申请', en: 'no applications' },
  'factor.positioningFit.label': { zh: '市场定位与条件相符', en: 'Positioning that fits its condition' },
  'factor.positioningFit.claim': {
    zh: '四种定位都有效，各有适用条件；相符的定位胜过不符的',
    en: 'All four positions work, each under its condition; the one that fits beats one that does not',
  },
  'factor.pricingFit.label': { zh: '定价方法与条件相符', en: 'Pricing that fits its condition' },
  'factor.pricingFit.claim': {
    zh: '没有一种定价方法总是最好；相符的方法胜过不符的',
    en: 'No pricing method is always best; the one that fits beats one that does not',
  },
  'factor.businessModel.label': { zh: '商业模式创新 vs 同质化', en: 'An innovative business model vs a look-alike' },
  'factor.businessModel.claim': { zh: '创新的商业模式胜过同质化的模式', en: 'An innovative model beats a look-alike one' },
  'factor.businessModel.good': {
    zh: '订阅制，持续收入和客户忠诚（公司A，§1.13.1；§1.20.5）',
    en: 'subscription: steady revenue, loyal clients (company A, §1.13.1; §1.20.5)',
  },
  'factor.businessModel.bad': {
    zh: '与竞争对手类似、缺乏独特价值主张的模式（公司D，§1.14.2）',
    en: "a model like the competitors', no unique value (company D, §1.14.2)",
  },
  'factor.businessModel.requires': {
    zh: '引擎还没有“同质化”商业模式选项（§1.8.1 的四种方法都是创新，不能当作反例）',
    en: 'the engine has no look-alike business model yet (all four §1.8.1 methods are innovations, none can stand for the warned-against way)',
  },
  'factor.modelScale.label': { zh: '持续技术创新：适时升级模型', en: 'Technology: growing the model when ready' },
  'factor.modelScale.claim': { zh: '技术领先提高股权价值', en: 'Technology leadership raises the stake' },
  'factor.modelScale.good': {
    zh: '持续优化算法和模型，保持技术领先（公司A，§1.13.1；§1.20.1）',
    en: 'keep improving the model to lead (company A, §1.13.1; §1.20.1)',
  },
  'factor.modelScale.bad': { zh: '停留在小模型', en: 'stay on the small model' },
  'factor.content.label': { zh: '内容营销（白皮书、报告、论文）', en: 'Content marketing (white papers, reports, papers)' },
  'factor.content.claim': { zh: '内容营销建立品牌，提高股权价值', en: 'Content marketing builds the brand and raises the stake' },
  'factor.content.good': {
    zh: '用高质量内容建立品牌权威（§1.9.3；公司B 的论文，§1.13.2）',
    en: "build authority with quality content (§1.9.3; company B's papers, §1.13.2)",
  },
  'factor.content.bad': { zh: '不做内容营销', en: 'no content marketing' },

  // Positioning (§1.9.2) and pricing (§1.10.3) fitted to the first market's conditions.
  'position.innovation': { zh: '创新领先', en: 'innovation-leader' },
  'position.cost': { zh: '成本领先', en: 'cost-leader' },
  'position.service': { zh: '客户服务', en: 'customer-service' },
  'position.differentiation': { zh: '差异化', en: 'differentiation' },
  'pricing.costPlus': { zh: '成本加成', en: 'cost-plus' },
  'pricing.value': { zh: '价值', en: 'value' },
  'pricing.competitive': { zh: '竞争', en: 'competitive' },
  'pricing.segmented': { zh: '细分市场', en: 'segmented' },
  'fit.positioning': { zh: '定位', en: 'positioning' },
  'fit.pricing': { zh: '定价', en: 'pricing' },
  'fit.good': { zh: '{name}{what}（符合 {section} 的适用条件）', en: "{name} {what} ({section}'s condition met)" },
  'fit.bad': { zh: '{name}{what}（不符合适用条件）', en: '{name} {what} (condition not met)' },
  'fit.note': { zh: '首个市场 {market}：{why}', en: 'first market {market}: {why}' },
  'fit.priceBuyers': { zh: '客户对价格敏感', en: 'customers buy on price' },
  'fit.afterSales': { zh: '行业重视售后服务与长期关系', en: 'the industry values after-sales care' },
  'fit.distinct': { zh: '客户为独特的产品付费，而非为低价', en: 'customers pay for a distinct product, not a low price' },
  'fit.highEnd': { zh: '高端市场，客户看得到价值', en: 'a high-end market whose customers see the value' },
  'fit.crowded': { zh: '竞争激烈的市场', en: 'a crowded market' },
  'fit.clearValue': { zh: '产品有明显的价值差异', en: 'a product with a clear difference in value' },
  // A factor whose decision group the scenario locks.
  'group.team': { zh: '团队', en: 'team' },
  'group.market': { zh: '市场', en: 'market' },
  'group.product': { zh: '产品与技术', en: 'product' },
  'group.compliance': { zh: '风险与合规', en: 'compliance' },
  'group.funding': { zh: '融资', en: 'funding' },
  locked: {
    zh: '本场景锁定了“{group}”决策组，玩家无法选择这一因素',
    en: 'this scenario locks the {group} decisions, so a player cannot choose this factor',
  },
  // Why a dominant decision or fixed strategy goes against the essay.
  'against.noTesting': {
    zh: '不做测试：原文要求定期评估和测试算法（§1.12.1、§1.14.1）',
    en: 'testing off: the essay asks for regular assessment and testing of the algorithms (§1.12.1, §1.14.1)',
  },
  'against.spread': {
    zh: '同时进入多个市场：公司C 的错误（§1.9.1、§1.14.1）',
    en: "several markets at once: company C's mistake (§1.9.1, §1.14.1)",
  },
  'against.noPlan': {
    zh: '没有融资计划：公司C 资金链断裂（§1.14.1、§1.15.2、§1.17.2、§1.20.4）',
    en: 'no financing plan: company C ran out of money (§1.14.1, §1.15.2, §1.17.2, §1.20.4)',
  },
  'against.fixedRule': {
    zh: '一条固定规则在 {n} 个场景中以创始人股权价值胜过平衡型玩家',
    en: "one fixed rule beats the balanced player on the founders' stake in {n} scenarios",
  },
  // The HTML report writes each heading in English, then in Chinese.
  'html.title': { zh: '平衡实验室', en: 'Balance lab' },
  'html.games': { zh: '每个机器人 {games} 局', en: '{games} games per bot' },
  'html.wilson': { zh: '95% Wilson 区间', en: '95% Wilson interval' },
  'html.spread': { zh: 'p10–p90，箱体 p25–p75，中位数', en: 'p10–p90, box p25–p75, median' },
  'html.colStrategy': { zh: '策略', en: 'strategy' },
  'html.balanced': { zh: '平衡型', en: 'balanced' },
  'html.seeds': { zh: '种子 {from}..{to}', en: 'seeds {from}..{to}' },
  'html.survival': { zh: '存活率', en: 'Survival' },
  'html.valuation': { zh: '最终估值', en: 'Final valuation' },
  'html.events': { zh: '每局事件次数', en: 'Events per game' },
  'html.event': { zh: '事件', en: 'event' },
  'html.factorsTitle': { zh: '因素对结果的影响', en: 'Factor effects on outcomes' },
  'html.factorsIntro': {
    zh: '每个因素：原文推荐的做法减去它警告的做法，相同种子与相同随机数；横线为配对差值的 95% 区间（绿：明确支持原文，红：明确相反）。所评结果之一明确支持原文、且存活率与创始人股权价值都不明确相反时，判断成立。',
    en: "Each factor: the essay's way minus the warned-against way, same seeds and the same rolls (common random numbers); bars are 95% intervals of the paired difference (green: clearly for the essay, red: clearly against). A factor holds when an outcome it is judged on is clearly for the essay and neither survival nor the founders' stake is clearly against.",
  },
  'html.stake': { zh: '创始人股权价值', en: "Founders' stake" },
  'html.stakeNote': { zh: '估值 × 持股，破产为 0', en: 'valuation × ownership, 0 if bankrupt' },
  'html.claims': { zh: '原文的判断', en: "The essay's claims" },
  'html.colVerdict': { zh: '结论', en: 'verdict' },
  'html.colFactor': { zh: '因素', en: 'factor' },
  'html.colJudgedOn': { zh: '评判依据', en: 'judged on' },
  'html.colSurvival': { zh: '存活率之差（百分点；95% 区间；z 值）', en: 'survival (pp; 95% interval; z)' },
  'html.outcomeSurvival': { zh: '存活率', en: 'survival' },
  'html.colStake': { zh: '创始人股权价值之差（美元；95% 区间；z 值）', en: 'stake (USD; 95% interval; z)' },
  'html.outcomeStake': { zh: '股权价值', en: 'stake' },
  'html.colEventCheck': { zh: '事件次数（次要）', en: 'event check' },
  'html.notMeasured': { zh: '未测', en: 'n/a' },
  'html.holds': { zh: '成立', en: 'holds' },
  'html.notShown': { zh: '未证实', en: 'not shown' },
  'html.against': { zh: '相反', en: 'against' },
  'html.strategies': { zh: '策略', en: 'Strategies' },
  'html.strategiesIntro': {
    zh: '平均创始人股权价值（估值 × 创始人持股比例，破产记为 0）· 存活率。每个场景的最佳者为粗体；浅绿：在相同种子上，最佳者未能以 95% 置信度胜过它。',
    en: "Mean founders' stake (valuation × founders' ownership, 0 when bankrupt) · survival rate. Best per scenario in bold; light green: not beaten by the best with 95% confidence over the same seeds.",
  },
  'html.oneScenario': { zh: '仅一个场景，无法判断。', en: 'Only one scenario: a dominant strategy needs two or more scenarios to judge.' },
  'html.dominantAgainst': { zh: '存在违背原文的优势策略', en: 'Dominant strategy against the essay' },
  'html.noDominantAgainst': { zh: '没有违背原文的优势策略。', en: 'No dominant strategy against the essay.' },
  'html.dominantIntro': {
    zh: '优势项：在至少 {at}中被搜索选中，或在创始人股权价值上以 95% 置信度胜过平衡型玩家。',
    en: 'Dominant: chosen by the search, or beating the balanced player on stake with 95% confidence, on ≥ {at} scenarios.',
  },
  'html.atOf': { zh: '{at} 个场景（共 {n} 个）', en: '{at} of {n}' },
  'html.colKind': { zh: '类型', en: 'kind' },
  'html.colValue': { zh: '取值', en: 'value' },
  'html.colScenarios': { zh: '场景', en: 'scenarios' },
  'html.colAgainst': { zh: '违背原文？', en: 'against the essay?' },
  'html.yes': { zh: '是', en: 'yes' },
  'html.no': { zh: '否', en: 'no' },
  'html.none': { zh: '无', en: 'none' },
  'html.greedy': { zh: '各场景贪心搜索结果', en: 'Greedy search result per scenario (changes from the balanced player)' },
});

export type ReportKey = keyof typeof BALANCE_REPORT_STRINGS;

/** A value of a placeholder: the same in both languages, or a { zh, en } pair (a name, a reason). */
export type BiParams = Readonly<Record<string, string | number | Entry>>;

/** The entry of a key as the { zh, en } pair the lab's report carries, placeholders filled in each
 *  language (a pair's value in its own language). Reads the dictionary itself: no registration. */
export function bi(key: ReportKey, params: BiParams = {}): { zh: string; en: string } {
  const e = BALANCE_REPORT_STRINGS[key];
  const of = (lang: 'zh' | 'en'): Params =>
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v]));
  return { zh: fillText('zh', e.zh, of('zh')), en: fillText('en', e.en, of('en')) };
}
