// The essay's factors as paired experiments: the balanced player with one decision set the essay's
// way and the way it warns against, on the same seeds and rolls. A factor is judged on OUTCOMES (the
// player's survival and the founders' stake); the count of the event a scenario ties to the factor
// is only a secondary check. Each side says, with its section, what the essay says.
// Conditions (§1.9.2 positioning, §1.10.3 pricing) are read from the market the player enters first,
// so a factor whose right answer depends on the market is judged against the answer for that market.
import { rankMarkets, BUSINESS_MODELS, POSITIONINGS } from '../engine/index';
import type { Strategy, BusinessModel, Group, Positioning, PricingStrategy, Programme, Scenario } from '../engine/index';

export interface Bilingual {
  zh: string;
  en: string;
}

/** A secondary per-game measure: events counted by id, alive after quarter 8, valuation or ownership. */
export type Metric =
  | { kind: 'survival' }
  | { kind: 'survival8' }
  | { kind: 'valuation' }
  | { kind: 'founderBp' }
  | { kind: 'events'; ids: string[] };

/** The outcomes a factor is judged on: survival to the last quarter, and the founders' stake
 *  (final valuation × founders' ownership, 0 when bankrupt). */
export type Outcome = 'survival' | 'stake';

/** One side of an experiment: changes to the balanced strategy, and programmes the player never
 *  switches on (for one programme out of a level, e.g. every programme but the fairness audit). */
export interface Side {
  strategy: Partial<Strategy>;
  without?: Programme[];
  text: Bilingual;
}

export interface FactorDef {
  id: string;
  /** The essay's sections for this factor (both sides). */
  section: string;
  label: Bilingual;
  /** The essay's way and the way it warns against, for a scenario (most do not depend on it). */
  sides: (sc: Scenario) => { good: Side; bad: Side; note?: Bilingual };
  /** The outcome(s) the essay's direction is claimed on. A factor holds when one of them is clearly
   *  (95% interval clear of 0) in the essay's direction and neither survival nor stake is clearly against. */
  judgedOn: Outcome[];
  claim: Bilingual;
  /** The old check on the count of the event the scenario ties to this factor (secondary). */
  check?: { metric: Metric; expect: 'higher' | 'lower' };
  /** An engine value the warned-against side needs; when the engine has no such value the factor
   *  is reported as not measured, with this reason, instead of measuring something else. */
  requires?: { field: 'positioning'; value: string; why: Bilingual } | { field: 'businessModel'; value: string; why: Bilingual };
  /** The decision group that holds the factor's lever: a scenario that locks it leaves the factor unmeasured. */
  group?: Group;
}

const fixed = (good: Side, bad: Side) => () => ({ good, bad });
const t = (zh: string, en: string): Bilingual => ({ zh, en });

const POSITION_NAMES: Record<Positioning, Bilingual> = {
  innovation: t('创新领先', 'innovation-leader'),
  cost: t('成本领先', 'cost-leader'),
  service: t('客户服务', 'customer-service'),
  differentiation: t('差异化', 'differentiation'),
};
const PRICING_NAMES: Record<PricingStrategy, Bilingual> = {
  costPlus: t('成本加成', 'cost-plus'),
  value: t('价值', 'value'),
  competitive: t('竞争', 'competitive'),
  segmented: t('细分市场', 'segmented'),
};

/** The market a strategy bot enters first (the one whose conditions a fit is read from). */
function firstMarket(sc: Scenario): string {
  return rankMarkets(sc)[0]!;
}

/** §1.9.2 read as conditions on the first market: cost leadership fits customers who buy on price
 *  (price sensitivity ≥ 90%, as the engine's positionFits reads it), customer service fits industries that value after-sales care (a
 *  sticky market), differentiation fits the rest (customers who pay for a distinct product).
 *  The warned-against side is a position whose condition the market does not meet. */
export function positioningFit(sc: Scenario): { good: Positioning; bad: Positioning; why: Bilingual } {
  const m = sc.markets[firstMarket(sc)]!;
  if (m.priceSensitivityBp.v >= 9000) return { good: 'cost', bad: 'service', why: t('客户对价格敏感', 'customers buy on price') };
  if ((m.traits as string[]).includes('sticky') || m.salesCycle.v >= 3)
    return { good: 'service', bad: 'cost', why: t('行业重视售后服务与长期关系', 'the industry values after-sales care') };
  return {
    good: 'differentiation',
    bad: 'cost',
    why: t('客户为独特的产品付费，而非为低价', 'customers pay for a distinct product, not a low price'),
  };
}

/** §1.10.3 read as conditions on the first market: value pricing where customers see the value
 *  (price sensitivity ≤ 50%, the high end), competitive pricing in a crowded market (≥ 4
 *  competitors), value pricing otherwise; the other of the two is the misfit. */
export function pricingFit(sc: Scenario): { good: PricingStrategy; bad: PricingStrategy; why: Bilingual } {
  const m = sc.markets[firstMarket(sc)]!;
  if (m.priceSensitivityBp.v <= 5000)
    return { good: 'value', bad: 'competitive', why: t('高端市场，客户看得到价值', 'a high-end market whose customers see the value') };
  if (m.competitors.v >= 4) return { good: 'competitive', bad: 'value', why: t('竞争激烈的市场', 'a crowded market') };
  return { good: 'value', bad: 'competitive', why: t('产品有明显的价值差异', 'a product with a clear difference in value') };
}

/** The two sides of a "fits its condition" experiment (positioning §1.9.2, pricing §1.10.3): the
 *  value whose condition the first market meets against one whose condition it does not. */
function fitSides<V extends string>(
  fit: (sc: Scenario) => { good: V; bad: V; why: Bilingual },
  field: 'positioning' | 'pricing',
  names: Record<V, Bilingual>,
  what: Bilingual,
  section: string,
) {
  return (sc: Scenario) => {
    const f = fit(sc);
    return {
      good: {
        strategy: { [field]: f.good } as Partial<Strategy>,
        text: t(
          `${names[f.good].zh}${what.zh}（符合 ${section} 的适用条件）`,
          `${names[f.good].en} ${what.en} (${section}'s condition met)`,
        ),
      },
      bad: {
        strategy: { [field]: f.bad } as Partial<Strategy>,
        text: t(`${names[f.bad].zh}${what.zh}（不符合适用条件）`, `${names[f.bad].en} ${what.en} (condition not met)`),
      },
      note: t(`首个市场 ${firstMarket(sc)}：${f.why.zh}`, `first market ${firstMarket(sc)}: ${f.why.en}`),
    };
  };
}

/** The engine value a factor needs is missing (see FactorDef.requires). */
export function missingValue(def: FactorDef): boolean {
  const r = def.requires;
  if (!r) return false;
  const values: readonly string[] = r.field === 'positioning' ? POSITIONINGS : BUSINESS_MODELS;
  return !values.includes(r.value);
}

/** Why a factor cannot be measured in this scenario (null when it can): the engine lacks the value
 *  it needs, or the scenario locks the decision group that holds its lever (workshop-intro locks
 *  product and compliance: a player there cannot play the factor either way). */
export function unmeasured(def: FactorDef, sc: Scenario): Bilingual | null {
  if (missingValue(def)) return def.requires!.why;
  if (def.group && !(sc.unlocked as readonly string[]).includes(def.group))
    return t(
      `本场景锁定了“${GROUP_NAMES[def.group].zh}”决策组，玩家无法选择这一因素`,
      `this scenario locks the ${GROUP_NAMES[def.group].en} decisions, so a player cannot choose this factor`,
    );
  return null;
}

const GROUP_NAMES: Record<Group, Bilingual> = {
  team: t('团队', 'team'),
  market: t('市场', 'market'),
  product: t('产品与技术', 'product'),
  compliance: t('风险与合规', 'compliance'),
  funding: t('融资', 'funding'),
};

export const FACTOR_DEFS: readonly FactorDef[] = [
  {
    id: 'marketFocus',
    section: '§1.9.1, §1.14.1, §1.15.3',
    judgedOn: ['survival', 'stake'],
    label: t('市场聚焦（一个细分市场 vs 三个）', 'Market focus (one segment vs three)'),
    sides: fixed(
      { strategy: { markets: 1 }, text: t('集中资源于一个细分市场（§1.14.1 警示）', 'concentrate on one segment (§1.14.1 lesson)') },
      { strategy: { markets: 3 }, text: t('同时进入多个细分市场（公司C，§1.14.1）', 'several segments at once (company C, §1.14.1)') },
    ),
    claim: t('聚焦一个细分市场提高存活率和创始人股权价值', "Focusing on one segment raises survival and the founders' stake"),
    check: { metric: { kind: 'survival8' }, expect: 'higher' },
  },
  {
    id: 'techRisk',
    group: 'product',
    section: '§1.12.1, §1.14.1, §1.20.6',
    judgedOn: ['survival', 'stake'],
    label: t('技术风险管理：定期测试 vs 只做功能', 'Technical risk: regular testing vs features only'),
    sides: fixed(
      {
        strategy: { productWork: 'testing' },
        text: t('定期评估和测试算法（§1.12.1，公司Z）', 'assess and test the algorithms regularly (§1.12.1, company Z)'),
      },
      {
        strategy: { productWork: 'features' },
        text: t('未在早期识别技术风险（公司C，§1.14.1）', 'technical risk not identified early (company C, §1.14.1)'),
      },
    ),
    claim: t('定期测试降低技术风险，提高存活率和股权价值', 'Regular testing lowers technical risk and raises survival and stake'),
    check: { metric: { kind: 'events', ids: ['algorithmDefect'] }, expect: 'lower' },
  },
  {
    id: 'compliance',
    group: 'compliance',
    section: '§1.12.2, §1.12.3, §1.14.2, §1.20.6',
    judgedOn: ['survival', 'stake'],
    label: t('合规与隐私保护（全部措施 vs 无）', 'Compliance and privacy (every programme vs none)'),
    sides: fixed(
      {
        strategy: { compliance: 'all', complianceHire: true },
        text: t('遵守隐私法规，加密与访问控制（§1.12.2、§1.12.3）', 'follow privacy law, encrypt, control access (§1.12.2, §1.12.3)'),
      },
      {
        strategy: { compliance: 'none', complianceHire: false },
        text: t('忽视法律与伦理风险（公司D，§1.14.2）', 'legal and ethical risk ignored (company D, §1.14.2)'),
      },
    ),
    claim: t(
      '合规与隐私保护让公司免于罚款和诉讼，提高存活率和股权价值',
      'Compliance and privacy keep fines and suits away and raise survival and stake',
    ),
    check: { metric: { kind: 'events', ids: ['privacyFine', 'biasLawsuit', 'dataBreach'] }, expect: 'lower' },
  },
  {
    id: 'fairnessAudit',
    group: 'compliance',
    section: '§1.12.2, §1.14.2',
    judgedOn: ['survival', 'stake'],
    label: t('算法公平性评估', 'Fairness audit of the algorithms'),
    sides: fixed(
      {
        strategy: { compliance: 'all', complianceHire: true },
        text: t('算法审计和公平性评估（§1.12.2，公司A）', 'algorithm audits and fairness assessment (§1.12.2, company A)'),
      },
      {
        strategy: { compliance: 'all', complianceHire: true },
        without: ['fairness'],
        text: t(
          '其余合规措施都做，唯独不做公平性评估（公司D 的算法公平性风险，§1.14.2）',
          "every other programme but no fairness assessment (company D's fairness risk, §1.14.2)",
        ),
      },
    ),
    claim: t(
      '公平性评估避免歧视性算法带来的诉讼与声誉损失',
      'A fairness audit avoids the suits and lost reputation of a discriminatory algorithm',
    ),
    check: { metric: { kind: 'events', ids: ['biasLawsuit'] }, expect: 'lower' },
  },
  {
    id: 'dataStrategy',
    group: 'product',
    section: '§1.13.2, §1.17.3, §1.18.1, §1.20.1',
    judgedOn: ['survival', 'stake'],
    label: t('数据合作与数据增强', 'Data partnership and augmentation'),
    sides: fixed(
      {
        strategy: { dataPartner: true, augmentation: true },
        text: t('与机构合作获取数据（公司B、G），数据增强（§1.18.1）', 'partner for data (companies B and G), augment it (§1.18.1)'),
      },
      { strategy: { dataPartner: false, augmentation: false }, text: t('只用自有数据', 'own data only') },
    ),
    claim: t('数据合作与增强提高模型质量，带来更高的股权价值', 'Data partners and augmentation improve the model and the stake'),
    check: { metric: { kind: 'events', ids: ['pilotFails'] }, expect: 'lower' },
  },
  {
    id: 'productManagers',
    section: '§1.20.3, §1.16.3, §1.14.2',
    judgedOn: ['survival', 'stake'],
    label: t('配备产品经理', 'Product managers on the team'),
    sides: fixed(
      {
        strategy: { productManagers: true },
        text: t('商业团队包括产品经理（§1.20.3；公司E，§1.16.3）', 'a business team with product managers (§1.20.3; company E, §1.16.3)'),
      },
      {
        strategy: { productManagers: false },
        text: t('技术与商业团队之间无人衔接（公司D，§1.14.2）', 'no one between the tech and business teams (company D, §1.14.2)'),
      },
    ),
    claim: t('产品经理让技术与商业协作，提高存活率和股权价值', 'Product managers join tech and business and raise survival and stake'),
    check: { metric: { kind: 'events', ids: ['commsBreakdown'] }, expect: 'lower' },
  },
  {
    id: 'structure',
    section: '§1.16.1, §1.16.3, §1.20.3',
    judgedOn: ['survival', 'stake'],
    label: t('矩阵式 vs 职能式组织', 'Matrix vs functional structure'),
    sides: fixed(
      {
        strategy: { structure: 'matrix' },
        text: t('矩阵式组织，利于跨部门协作（§1.16.1；公司E）', 'a matrix, for cross-team work (§1.16.1; company E)'),
      },
      { strategy: { structure: 'functional' }, text: t('按职能分部门（§1.16.1）', 'departments by function (§1.16.1)') },
    ),
    claim: t('跨职能协作（§1.20.3）提高存活率和股权价值', 'Cross-functional work (§1.20.3) raises survival and stake'),
    check: { metric: { kind: 'events', ids: ['commsBreakdown'] }, expect: 'lower' },
  },
  {
    id: 'incentives',
    section: '§1.16.3, §1.20.4',
    judgedOn: ['survival', 'stake'],
    label: t('激励（奖金、股权激励、职业发展）', 'Incentives (bonus, equity, career)'),
    sides: fixed(
      {
        strategy: { incentives: 'strong' },
        text: t('奖金、股权激励、职业发展机会（§1.16.3）', 'bonus, equity grants, career paths (§1.16.3)'),
      },
      { strategy: { incentives: 'none' }, text: t('没有激励机制', 'no incentives') },
    ),
    claim: t('激励留住核心人员，提高存活率和股权价值', 'Incentives keep key people and raise survival and stake'),
    check: { metric: { kind: 'events', ids: ['keyPeopleLeave'] }, expect: 'lower' },
  },
  {
    id: 'equityControl',
    section: '§1.15.2, §1.17.2, §1.20.4',
    judgedOn: ['stake'],
    label: t('按计划融资 vs 每季度融资（股权与控制权）', 'Raising to plan vs every quarter (equity and control)'),
    sides: fixed(
      {
        strategy: { raise: 'plan' },
        text: t(
          '按融资计划融资，合理分配股权、确保控制权稳定（§1.17.2）',
          'raise to a plan, allot equity so control stays stable (§1.17.2)',
        ),
      },
      { strategy: { raise: 'every' }, text: t('每个季度都出让股权', 'sell equity every quarter') },
    ),
    claim: t(
      '按需融资保住创始人的股权与控制权，股权价值更高',
      "Raising only as needed keeps the founders' equity and control: a higher stake",
    ),
    check: { metric: { kind: 'founderBp' }, expect: 'higher' },
  },
  {
    id: 'financingPlan',
    section: '§1.14.1, §1.15.2, §1.17.2, §1.20.4',
    judgedOn: ['survival', 'stake'],
    label: t('融资计划 vs 从不融资', 'A financing plan vs never raising'),
    sides: fixed(
      {
        strategy: { raise: 'plan', reserve: 6 },
        text: t('制定融资计划，保持充足储备（§1.15.2、§1.14.1）', 'a financing plan with an ample reserve (§1.15.2, §1.14.1)'),
      },
      {
        strategy: { raise: 'never' },
        text: t('没有融资计划，资金链断裂（公司C，§1.14.1）', 'no financing plan: the money runs out (company C, §1.14.1)'),
      },
    ),
    claim: t('融资计划提高存活率和股权价值', 'A financing plan raises survival and stake'),
    check: { metric: { kind: 'survival8' }, expect: 'higher' },
  },
  {
    id: 'reserve',
    section: '§1.14.1, §1.17.2',
    judgedOn: ['survival'],
    label: t('资金储备：6 个季度 vs 2 个', 'Cash reserve: 6 vs 2 quarters'),
    sides: fixed(
      {
        strategy: { reserve: 6 },
        text: t('确保充足的资金储备以应对不确定性（§1.14.1）', 'an ample reserve against uncertainty (§1.14.1)'),
      },
      { strategy: { reserve: 2 }, text: t('储备只够两个季度', 'a reserve of two quarters') },
    ),
    claim: t('充足的储备提高存活率', 'An ample reserve raises survival'),
  },
  {
    id: 'grants',
    section: '§1.15.2, §1.17.1',
    judgedOn: ['survival', 'stake'],
    label: t('申请政府资助', 'Applying for government grants'),
    sides: fixed(
      { strategy: { grants: true }, text: t('申请政府资助，降低创业成本（§1.15.2）', 'apply for grants to lower costs (§1.15.2)') },
      { strategy: { grants: false }, text: t('不申请', 'no applications') },
    ),
    claim: t('政府资助降低成本，提高存活率和股权价值', 'Grants lower costs and raise survival and stake'),
  },
  {
    id: 'positioningFit',
    section: '§1.9.2, §1.15.3',
    judgedOn: ['survival', 'stake'],
    label: t('市场定位与条件相符', 'Positioning that fits its condition'),
    sides: fitSides(positioningFit, 'positioning', POSITION_NAMES, t('定位', 'positioning'), '§1.9.2'),
    claim: t(
      '四种定位都有效，各有适用条件；相符的定位胜过不符的',
      'All four positions work, each under its condition; the one that fits beats one that does not',
    ),
  },
  {
    id: 'pricingFit',
    section: '§1.10.3',
    judgedOn: ['survival', 'stake'],
    label: t('定价方法与条件相符', 'Pricing that fits its condition'),
    sides: fitSides(pricingFit, 'pricing', PRICING_NAMES, t('定价', 'pricing'), '§1.10.3'),
    claim: t(
      '没有一种定价方法总是最好；相符的方法胜过不符的',
      'No pricing method is always best; the one that fits beats one that does not',
    ),
  },
  {
    id: 'businessModel',
    section: '§1.8.1, §1.13.1, §1.14.2, §1.20.5',
    judgedOn: ['survival', 'stake'],
    label: t('商业模式创新 vs 同质化', 'An innovative business model vs a look-alike'),
    sides: fixed(
      {
        strategy: { businessModel: 'subscription' },
        text: t(
          '订阅制，持续收入和客户忠诚（公司A，§1.13.1；§1.20.5）',
          'subscription: steady revenue, loyal clients (company A, §1.13.1; §1.20.5)',
        ),
      },
      {
        strategy: { businessModel: 'copycat' as BusinessModel },
        text: t(
          '与竞争对手类似、缺乏独特价值主张的模式（公司D，§1.14.2）',
          "a model like the competitors', no unique value (company D, §1.14.2)",
        ),
      },
    ),
    requires: {
      field: 'businessModel',
      value: 'copycat',
      why: t(
        '引擎还没有“同质化”商业模式选项（§1.8.1 的四种方法都是创新，不能当作反例）',
        'the engine has no look-alike business model yet (all four §1.8.1 methods are innovations, none can stand for the warned-against way)',
      ),
    },
    claim: t('创新的商业模式胜过同质化的模式', 'An innovative model beats a look-alike one'),
    check: { metric: { kind: 'events', ids: ['lookalikeCompetitor'] }, expect: 'lower' },
  },
  {
    id: 'modelScale',
    group: 'product',
    section: '§1.13.1, §1.20.1',
    judgedOn: ['stake'],
    label: t('持续技术创新：适时升级模型', 'Technology: growing the model when ready'),
    sides: fixed(
      {
        strategy: { model: 'grow' },
        text: t(
          '持续优化算法和模型，保持技术领先（公司A，§1.13.1；§1.20.1）',
          'keep improving the model to lead (company A, §1.13.1; §1.20.1)',
        ),
      },
      { strategy: { model: 'stay' }, text: t('停留在小模型', 'stay on the small model') },
    ),
    claim: t('技术领先提高股权价值', 'Technology leadership raises the stake'),
    check: { metric: { kind: 'valuation' }, expect: 'higher' },
  },
  {
    id: 'content',
    section: '§1.9.3, §1.13.2',
    judgedOn: ['stake'],
    label: t('内容营销（白皮书、报告、论文）', 'Content marketing (white papers, reports, papers)'),
    sides: fixed(
      {
        strategy: { content: true },
        text: t(
          '用高质量内容建立品牌权威（§1.9.3；公司B 的论文，§1.13.2）',
          "build authority with quality content (§1.9.3; company B's papers, §1.13.2)",
        ),
      },
      { strategy: { content: false }, text: t('不做内容营销', 'no content marketing') },
    ),
    claim: t('内容营销建立品牌，提高股权价值', 'Content marketing builds the brand and raises the stake'),
    check: { metric: { kind: 'events', ids: ['mediaCoverage'] }, expect: 'higher' },
  },
];
