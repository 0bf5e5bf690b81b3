// Chinese and English names of the engine's fixed vocabularies: roles, positionings, models, pricing,
// channels, structures, scales, product work, programmes, partners, rounds, market traits, groups,
// ledger keys, factors and effect kinds. test/i18n.test.ts checks every engine id has an entry.
import type { Dict } from './index';
import { register } from './index';

type Pair = [zh: string, en: string];
function family(prefix: string, entries: Record<string, Pair>): Dict {
  const d: Dict = {};
  for (const k of Object.keys(entries)) d[`${prefix}.${k}`] = { zh: entries[k]![0], en: entries[k]![1] };
  return d;
}

export const ENGINE_TERMS: Dict = {
  ...family('role', {
    dataScientist: ['数据科学家', 'Data scientist'], mlEngineer: ['机器学习工程师', 'ML engineer'],
    softwareEngineer: ['软件工程师', 'Software engineer'], productManager: ['产品经理', 'Product manager'],
    marketing: ['市场营销', 'Marketing'], compliance: ['合规专员', 'Compliance officer'], domainExpert: ['领域专家', 'Domain expert'],
  }),
  ...family('positioning', {
    innovation: ['创新领先', 'Innovation leader'], cost: ['成本领先', 'Cost leader'],
    service: ['客户服务', 'Customer service'], differentiation: ['定位清晰且契合', 'A clear, fitting position'],
  }),
  ...family('model', {
    bundling: ['产品捆绑', 'Bundling'], subscription: ['订阅', 'Subscription'],
    platform: ['平台', 'Platform'], dataMarketplace: ['数据市场', 'Data marketplace'],
  }),
  ...family('pricing', {
    costPlus: ['成本加成', 'Cost-plus'], value: ['价值定价', 'Value-based'],
    competitive: ['竞争定价', 'Competitive'], segmented: ['分层定价', 'Segmented tiers'],
  }),
  ...family('channel', {
    ads: ['在线广告', 'Online ads'], content: ['内容营销', 'Content marketing'], social: ['社交媒体与社区', 'Social media & community'],
    events: ['公关与活动', 'PR & events'], partnerships: ['合作推广', 'Co-marketing'],
  }),
  ...family('structure', { functional: ['职能型', 'Functional'], matrix: ['矩阵型', 'Matrix'], project: ['项目型', 'Project-based'] }),
  ...family('scale', {
    small: ['小模型（BERT 级）', 'Small model (BERT-class)'], medium: ['中模型（GPT-2/T5 级）', 'Medium model (GPT-2/T5-class)'],
    large: ['大模型（GPT-3/GLM-130B 级）', 'Large model (GPT-3/GLM-130B-class)'],
  }),
  ...family('work', {
    features: ['开发新功能', 'New features'], testing: ['原型与用户测试', 'Prototype & user testing'],
    ux: ['用户体验与性能', 'UX & performance'], feedback: ['用户反馈闭环', 'Feedback loop'],
  }),
  ...family('programme', {
    audit: ['算法审计与模型测试', 'Algorithm audits & model testing'], privacy: ['隐私保护计划（GDPR/CCPA）', 'Privacy programme (GDPR/CCPA)'],
    fairness: ['公平性审计', 'Fairness audits'], encryption: ['数据加密', 'Encryption'],
    accessControl: ['访问控制', 'Access control'], backups: ['数据备份', 'Backups'],
  }),
  ...family('partner', { data: ['数据合作', 'Data partnership'], distribution: ['渠道合作', 'Distribution partnership'], rnd: ['研发合作', 'R&D partnership'] }),
  ...family('round', {
    angel: ['天使轮', 'Angel round'], seed: ['种子轮', 'Seed round'], seriesA: ['A 轮', 'Series A'],
    seriesB: ['B 轮', 'Series B'], crowdfunding: ['股权众筹', 'Equity crowdfunding'],
  }),
  ...family('holder', {
    founders: ['创始团队', 'Founders'], employees: ['员工期权池', 'Employee pool'], angel: ['天使投资人', 'Angel investors'],
    seed: ['种子轮投资人', 'Seed investors'], seriesA: ['A 轮投资人', 'Series A investors'], seriesB: ['B 轮投资人', 'Series B investors'],
    crowdfunding: ['众筹股东', 'Crowdfunding backers'],
  }),
  ...family('trait', {
    regulated: ['强监管', 'Regulated'], clinical: ['临床验证', 'Clinical'], creditScoring: ['信用评分', 'Credit scoring'],
    policyFavoured: ['政策扶持', 'Policy-favoured'], community: ['社区驱动', 'Community-driven'],
    capitalHeavy: ['资本密集', 'Capital-heavy'], sticky: ['客户黏性高', 'Sticky customers'],
  }),
  ...family('group', {
    team: ['团队', 'Team'], market: ['市场', 'Market'], product: ['产品与技术', 'Product & technology'],
    compliance: ['风险与合规', 'Risk & compliance'], funding: ['融资', 'Funding'],
  }),
  ...family('ledger', {
    founding: ['创始资金', 'Founding capital'], equity: ['股权融资', 'Equity raised'], debt: ['贷款', 'Loans'],
    grants: ['补助及其他收入', 'Grants & other income'], revenue: ['营收', 'Revenue'], salaries: ['工资与奖金', 'Salaries & bonuses'],
    hiring: ['招聘与培训', 'Hiring & training'], severance: ['遣散费', 'Severance'], marketing: ['营销', 'Marketing'],
    rnd: ['算法研发', 'Algorithm R&D'], data: ['数据', 'Data'], compute: ['算力（租用与维护）', 'Compute (rent & upkeep)'],
    hardware: ['硬件采购', 'Hardware purchases'], compliance: ['合规计划', 'Compliance programmes'], overhead: ['办公与管理', 'Office & overhead'],
    marketEntry: ['市场进入', 'Market entry'], interest: ['利息与罚息', 'Interest & penalties'], repayment: ['还款', 'Loan repayment'],
    fines: ['罚款', 'Fines'], incidents: ['事故损失', 'Incident losses'], partnerships: ['合作费用', 'Partnership fees'],
  }),
  ...family('factor', {
    testing: ['用户测试', 'User testing'], audit: ['算法审计', 'Algorithm audits'], thinMl: ['ML 工程师不足', 'Too few ML engineers'],
    thinData: ['数据不足', 'Too little data'], dataPartner: ['有数据合作伙伴', 'A data partner'], augmentation: ['数据增强', 'Data augmentation'],
    clinical: ['临床类市场', 'Clinical market'], computeShortfall: ['算力缺口', 'Compute shortfall'], privacy: ['隐私保护计划', 'Privacy programme'],
    complianceStaff: ['合规人员', 'Compliance staff'], regulated: ['监管强度', 'Regulation'], dataMarketplace: ['数据市场模式', 'Data-marketplace model'],
    fairness: ['公平性审计', 'Fairness audits'], creditScoring: ['信用评分业务', 'Credit-scoring business'], encryption: ['数据加密', 'Encryption'],
    accessControl: ['访问控制', 'Access control'], backups: ['数据备份', 'Backups'], noProductManager: ['缺少产品经理', 'Too few product managers'],
    functional: ['职能型结构', 'Functional structure'], matrix: ['矩阵型结构', 'Matrix structure'], fastGrowth: ['团队扩张过快', 'Fast headcount growth'],
    weakIncentives: ['激励不足', 'Weak incentives'], lowMorale: ['士气低落', 'Low morale'], equityGrants: ['股权激励', 'Equity grants'],
    career: ['职业发展', 'Career development'], lookalike: ['同质化', 'Look-alike offering'], innovation: ['创新定位', 'Innovation positioning'],
    differentiation: ['定位清晰且契合', 'A clear, fitting position'], crowded: ['竞争拥挤', 'Crowded markets'], lateEntry: ['入场较晚', 'Late entry'],
    spread: ['多市场分散', 'Spread over markets'], focused: ['聚焦单一市场', 'Focus on one market'], policyMarket: ['政策扶持市场', 'Policy-favoured market'],
    brand: ['品牌', 'Brand'], traction: ['客户增长势头', 'Customer traction'], content: ['内容与活动营销', 'Content & events'],
    community: ['社区运营', 'Community'], teamQuality: ['团队实力', 'Team strength'], runway: ['现金跑道', 'Runway'],
    quality: ['模型质量', 'Model quality'], newModel: ['新商业模式', 'New business model'], dataVolume: ['数据规模', 'Data volume'],
    richAsk: ['估值要价过高', 'Rich valuation ask'], capitalHeavy: ['资本密集市场', 'Capital-heavy market'],
    rndPartner: ['研发合作伙伴', 'An R&D partner'], domainExperts: ['领域专家', 'Domain experts'],
    complianceSpend: ['合规投入', 'Compliance spending'], segmented: ['分层定价', 'Tiered pricing'],
    lostControl: ['创始人失去控股权', 'Founders lost control'], rndInvestment: ['研发投入', 'R&D investment'], recentRound: ['上季度刚融过资', 'A round closed last quarter'],
  }),
  ...family('effect', {
    cash: ['现金', 'Cash'], fine: ['罚款', 'Fine'], customers: ['客户', 'Customers'], brand: ['品牌', 'Brand'], quality: ['模型质量', 'Model quality'],
    morale: ['士气', 'Morale'], staff: ['人员', 'Staff'], computePrice: ['算力价格', 'Compute price'], marketPrice: ['市场价格', 'Market price'],
    competitor: ['竞争者', 'Competitors'], regulation: ['监管', 'Regulation'], data: ['数据', 'Data'], closeRound: ['融资到账', 'Round closed'],
    awardGrant: ['获得补助', 'Grant awarded'], formPartnership: ['建立合作', 'Partnership formed'],
  }),
  ...family('action', {
    hire: ['招聘', 'Hire'], fire: ['裁员', 'Let go'], setStructure: ['组织结构', 'Organization structure'], setIncentives: ['激励机制', 'Incentives'],
    setMarkets: ['目标市场', 'Target markets'], setPositioning: ['市场定位', 'Positioning'], setBusinessModel: ['商业模式', 'Business model'],
    setPricing: ['定价策略', 'Pricing'], setMarketing: ['营销投入', 'Marketing spend'], setModelScale: ['模型规模', 'Model scale'],
    setProductWork: ['产品工作重点', 'Product work'], setRndBudget: ['算法研发预算', 'Algorithm R&D budget'], setDataBudget: ['数据预算', 'Data budget'],
    setComputeRent: ['租用算力', 'Rented compute'], buyCompute: ['购买 GPU 服务器', 'Buy GPU servers'], proposePartnership: ['寻求合作伙伴', 'Seek a partner'],
    setProgramme: ['合规计划', 'Compliance programmes'], raiseRound: ['发起融资', 'Raise a round'], applyGrant: ['申请政府补助', 'Apply for a grant'],
    takeLoan: ['银行贷款', 'Bank loan'], endQuarter: ['结束本季度', 'End the quarter'],
  }),
  ...family('outcome', { playing: ['进行中', 'In progress'], bankrupt: ['破产', 'Bankrupt'], finished: ['完成全部季度', 'Finished'] }),
  ...family('difficulty', { easy: ['简单', 'Easy'], normal: ['普通', 'Normal'], hard: ['困难', 'Hard'] }),
  ...family('reject', {
    gameOver: ['游戏已经结束（{status}），不能再做决策。', 'The game is over ({status}); no more decisions.'],
    groupLocked: ['本场景未开放“{group}”类决策。', 'This scenario does not unlock “{group}” decisions.'],
    unknownMarket: ['本场景没有市场“{market}”。', 'This scenario has no market “{market}”.'],
    notEnoughStaff: ['{role}只有 {have} 人，无法裁掉 {asked} 人。', 'You have {have} × {role}; you cannot let {asked} go.'],
    notEnoughCash: ['现金不足：需要 {need}，账上只有 {have}。', 'Not enough cash: this needs {need}, you have {have}.'],
    roundPending: ['已有一轮融资（{kind}）在进行中，请等本季度结束出结果。', 'A round ({kind}) is already pending; wait for it to close or fail at quarter end.'],
    amountOutOfRange: ['金额 {asked} 超出允许范围：{min} 至 {max}。', 'Amount {asked} is outside the allowed range {min} to {max}.'],
    preMoneyOutOfRange: ['投前估值 {asked} 超出允许范围：{min} 至 {max}。', 'Pre-money valuation {asked} is outside the allowed range {min} to {max}.'],
    milestonesNotMet: ['这一轮的投资人要先看到里程碑：上季度营收至少 {needRevenue}（你有 {haveRevenue}），客户至少 {needCustomers} 家（你有 {haveCustomers} 家）。', 'Investors in this round want milestones first: last quarter\'s revenue at least {needRevenue} (you had {haveRevenue}) and at least {needCustomers} customers (you have {haveCustomers}).'],
    grantPending: ['补助申请已提交，请等本季度结束出结果。', 'A grant application is already pending; its result comes at quarter end.'],
    loanLimit: ['贷款超出额度：最多还能借 {max}，你申请了 {asked}。', 'Over the loan limit: you can borrow at most {max} more; you asked for {asked}.'],
    loanRevenue: ['银行只向有营收的公司放贷：上季度营收至少 {need}，你只有 {have}。', 'Banks lend against revenue: last quarter needs at least {need}; you had {have}.'],
    partnerPending: ['已有一项合作提议在等待答复。', 'A partnership proposal is already waiting for an answer.'],
    partnershipExists: ['在{market}已经有{kind}。', 'You already have a {kind} in {market}.'],
    marketNotInFocus: ['只能在目标市场寻求合作：先把{market}加入目标市场。', 'Partners come only in focused markets: add {market} to your target markets first.'],
    duplicateMarket: ['市场“{market}”重复选择。', 'Market “{market}” is chosen twice.'],
    noChange: ['没有任何变化。', 'Nothing changes.'],
    invalidAction: ['无效的决策：{reason}', 'Invalid decision: {reason}'],
    staffLimit: ['{role}已有 {have} 人（含待入职），上限是 {max} 人。', 'You already have {have} × {role} (arrivals included); the limit is {max}.'],
    computeLimit: ['已拥有 {have} 单位算力，上限是 {max} 单位。', 'You already own {have} compute units; the limit is {max}.'],
  }),
};

register(ENGINE_TERMS);
