// The decision dimensions the seed names, each as a paired experiment: the same base strategy with
// one field set the seed's recommended way ("good") or its warned-against way ("bad"), and the
// direction the seed says the difference should take on one measured outcome.
import type { Strategy } from '../engine/bots/strategy';

export interface Bilingual { zh: string; en: string }

/** What a claim measures per game. `events` counts the named events; `survival8` is alive after
 *  quarter 8 (the first two years); `founderBp` is the founders' final ownership. */
export type Metric =
  | { kind: 'survival' }
  | { kind: 'survival8' }
  | { kind: 'valuation' }
  | { kind: 'founderBp' }
  | { kind: 'events'; ids: string[] };

export interface FactorDef {
  id: string;
  /** The seed sections that name this dimension. */
  section: string;
  label: Bilingual;
  good: Partial<Strategy>;
  bad: Partial<Strategy>;
  metric: Metric;
  /** The seed's direction: the good setting gives a higher or a lower value of the metric. */
  expect: 'higher' | 'lower';
  claim: Bilingual;
}

export const FACTOR_DEFS: readonly FactorDef[] = [
  {
    id: 'marketFocus', section: '§1.9.1, §1.14.1', good: { markets: 1 }, bad: { markets: 3 },
    metric: { kind: 'survival8' }, expect: 'higher',
    label: { zh: '市场聚焦（一个 vs 三个）', en: 'Market focus (one vs three)' },
    claim: { zh: '聚焦一个市场提高头两年的存活率', en: 'Focusing on one market raises survival in the first two years' },
  },
  {
    id: 'positioning', section: '§1.9.2, §1.6.1, §1.14.2', good: { positioning: 'differentiation' }, bad: { positioning: 'cost' },
    metric: { kind: 'events', ids: ['lookalikeCompetitor'] }, expect: 'lower',
    label: { zh: '差异化定位 vs 同质化', en: 'Differentiated vs look-alike positioning' },
    claim: { zh: '差异化定位减少模仿者进入', en: 'Differentiation means fewer look-alike competitors' },
  },
  {
    id: 'compliance', section: '§1.12.2, §1.12.3, §1.14.2', good: { compliance: 'all', complianceHire: true }, bad: { compliance: 'none', complianceHire: false },
    metric: { kind: 'events', ids: ['privacyFine', 'biasLawsuit', 'dataBreach'] }, expect: 'lower',
    label: { zh: '合规投入（全部 vs 无）', en: 'Compliance funded (all vs none)' },
    claim: { zh: '投入合规降低罚款、诉讼和数据泄露的次数', en: 'Funding compliance lowers the rate of fines, suits and breaches' },
  },
  {
    id: 'techRisk', section: '§1.12.1, §1.14.1', good: { productWork: 'testing' }, bad: { productWork: 'features' },
    metric: { kind: 'events', ids: ['algorithmDefect'] }, expect: 'lower',
    label: { zh: '测试优先 vs 功能优先', en: 'Testing vs features first' },
    claim: { zh: '定期测试减少算法缺陷', en: 'Regular testing means fewer algorithm defects' },
  },
  {
    id: 'dataStrategy', section: '§1.12.1, §1.13.2, §1.18.1', good: { dataPartner: true, augmentation: true }, bad: { dataPartner: false, augmentation: false },
    metric: { kind: 'events', ids: ['pilotFails'] }, expect: 'lower',
    label: { zh: '数据合作与数据增强', en: 'Data partnership and augmentation' },
    claim: { zh: '数据合作与增强减少试点失败', en: 'Data partners and augmentation mean fewer failed pilots' },
  },
  {
    id: 'structure', section: '§1.16.1, §1.14.2', good: { structure: 'matrix' }, bad: { structure: 'functional' },
    metric: { kind: 'events', ids: ['commsBreakdown'] }, expect: 'lower',
    label: { zh: '矩阵式 vs 职能式组织', en: 'Matrix vs functional structure' },
    claim: { zh: '矩阵式组织减少技术与业务的沟通失败', en: 'A matrix structure means fewer tech-business breakdowns' },
  },
  {
    id: 'productManagers', section: '§1.15.1, §1.14.2', good: { productManagers: true }, bad: { productManagers: false },
    metric: { kind: 'events', ids: ['commsBreakdown'] }, expect: 'lower',
    label: { zh: '配备产品经理', en: 'Product managers on the team' },
    claim: { zh: '产品经理减少沟通失败', en: 'Product managers mean fewer communication breakdowns' },
  },
  {
    id: 'incentives', section: '§1.16.3', good: { incentives: 'strong' }, bad: { incentives: 'none' },
    metric: { kind: 'events', ids: ['keyPeopleLeave'] }, expect: 'lower',
    label: { zh: '激励（奖金、股权、职业发展）', en: 'Incentives (bonus, equity, career)' },
    claim: { zh: '激励减少核心人员流失', en: 'Incentives mean fewer key people leaving' },
  },
  {
    id: 'hiringPace', section: '§1.14.2, §1.16', good: { hiring: 'steady' }, bad: { hiring: 'fast' },
    metric: { kind: 'survival' }, expect: 'higher',
    label: { zh: '稳健招聘 vs 快速扩张', en: 'Steady vs fast hiring' },
    claim: { zh: '稳健招聘提高存活率', en: 'Steady hiring raises survival' },
  },
  {
    id: 'reserve', section: '§1.14.1, §1.17.2, §1.20.4', good: { reserve: 6 }, bad: { reserve: 2 },
    metric: { kind: 'survival' }, expect: 'higher',
    label: { zh: '融资计划：6 个季度储备 vs 2 个', en: 'Financing plan: 6 vs 2 quarters of reserve' },
    claim: { zh: '有储备的融资计划提高存活率', en: 'A financing plan with reserve raises survival' },
  },
  {
    id: 'grants', section: '§1.17.1, §1.5.2', good: { grants: true }, bad: { grants: false },
    metric: { kind: 'survival' }, expect: 'higher',
    label: { zh: '申请政府资助', en: 'Applying for government grants' },
    claim: { zh: '政府资助降低创业成本、提高存活率', en: 'Government grants lower costs and raise survival' },
  },
  {
    id: 'equityControl', section: '§1.17.2, §1.15.2', good: { raise: 'plan' }, bad: { raise: 'every' },
    metric: { kind: 'founderBp' }, expect: 'higher',
    label: { zh: '按计划融资 vs 每季度融资', en: 'Raising to plan vs every quarter' },
    claim: { zh: '按需融资保住创始人的控制权', en: 'Raising only as needed keeps the founders in control' },
  },
  {
    id: 'modelScale', section: '§1.1.3, §1.13.1, §1.20.1', good: { model: 'grow' }, bad: { model: 'stay' },
    metric: { kind: 'valuation' }, expect: 'higher',
    label: { zh: '适时升级模型规模', en: 'Growing the model when ready' },
    claim: { zh: '技术领先提高估值', en: 'Technology leadership raises valuation' },
  },
  {
    id: 'pricing', section: '§1.10.3', good: { pricing: 'value' }, bad: { pricing: 'costPlus' },
    metric: { kind: 'valuation' }, expect: 'higher',
    label: { zh: '价值定价 vs 成本加成', en: 'Value-based vs cost-plus pricing' },
    claim: { zh: '按产品价值定价（案例 V）比成本加成获得更高估值', en: 'Pricing by the value delivered (case V) earns more than cost-plus' },
  },
  {
    id: 'businessModel', section: '§1.8.1, §1.13.1, §1.20.5', good: { businessModel: 'subscription' }, bad: { businessModel: 'bundling' },
    metric: { kind: 'valuation' }, expect: 'higher',
    label: { zh: '订阅制 vs 捆绑销售', en: 'Subscription vs bundling' },
    claim: { zh: '订阅制带来稳定收入和客户忠诚', en: 'Subscription brings steady revenue and loyal customers' },
  },
  {
    id: 'content', section: '§1.9.3, §1.13.2', good: { content: true }, bad: { content: false },
    metric: { kind: 'events', ids: ['mediaCoverage'] }, expect: 'higher',
    label: { zh: '内容营销', en: 'Content marketing' },
    claim: { zh: '内容营销带来更多媒体报道', en: 'Content marketing brings more media coverage' },
  },
];
