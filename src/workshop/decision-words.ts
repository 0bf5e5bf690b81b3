// Decisions in a few words each, in Chinese and English: the debrief's decision matrix and CSV,
// where a cell must fit a quarter's choices of one team ("hire 2 ML eng · seed $1.0M@$4.0M").
import type { Action } from '../engine/index';
import type { Lang } from '../i18n/index';
import { register, t } from '../i18n/index';

type Pair = [zh: string, en: string];
const WORDS: Record<string, Pair> = {
  // roles
  dataScientist: ['数据科学家', 'data sci'], mlEngineer: ['ML 工程师', 'ML eng'], softwareEngineer: ['软件工程师', 'SW eng'],
  productManager: ['产品经理', 'PM'], marketing: ['营销', 'marketing'], compliance: ['合规', 'compliance'], domainExpert: ['领域专家', 'domain expert'],
  // structures, positionings, models, pricing
  functional: ['职能型', 'functional'], matrix: ['矩阵型', 'matrix'], project: ['项目型', 'project'],
  innovation: ['创新', 'innovation'], cost: ['成本', 'cost'], service: ['服务', 'service'], differentiation: ['差异化', 'differentiation'],
  bundling: ['捆绑', 'bundling'], subscription: ['订阅', 'subscription'], platform: ['平台', 'platform'], dataMarketplace: ['数据市场', 'data market'],
  costPlus: ['成本加成', 'cost-plus'], value: ['价值', 'value'], competitive: ['竞争', 'competitive'], segmented: ['分层', 'segmented'],
  // channels, scales, product work, programmes, partners, rounds
  ads: ['广告', 'ads'], content: ['内容', 'content'], social: ['社交', 'social'], events: ['活动', 'events'], partnerships: ['合作推广', 'co-marketing'],
  small: ['小', 'small'], medium: ['中', 'medium'], large: ['大', 'large'],
  features: ['新功能', 'features'], testing: ['测试', 'testing'], ux: ['体验', 'UX'], feedback: ['反馈', 'feedback'],
  audit: ['审计', 'audit'], privacy: ['隐私', 'privacy'], fairness: ['公平', 'fairness'], encryption: ['加密', 'encryption'], accessControl: ['访问控制', 'access control'], backups: ['备份', 'backups'],
  data: ['数据', 'data'], distribution: ['渠道', 'distribution'], rnd: ['研发', 'R&D'],
  angel: ['天使轮', 'angel'], seed: ['种子轮', 'seed'], seriesA: ['A 轮', 'series A'], seriesB: ['B 轮', 'series B'], crowdfunding: ['众筹', 'crowdfunding'],
};

const FORMS: Record<string, Pair> = {
  hire: ['招 {n} {x}', 'hire {n} {x}'],
  fire: ['裁 {n} {x}', 'fire {n} {x}'],
  setStructure: ['结构 {x}', 'structure {x}'],
  setIncentives: ['奖金 {pct}{extra}', 'bonus {pct}{extra}'],
  setMarkets: ['市场 {x}', 'markets {x}'],
  setPositioning: ['定位 {x}', 'position {x}'],
  setBusinessModel: ['模式 {x}', 'model {x}'],
  setPricing: ['定价 {x} {pct}', 'price {x} {pct}'],
  setMarketing: ['{x} {usd}/季', '{x} {usd}/q'],
  setModelScale: ['{x}模型', '{x} model'],
  setProductWork: ['产品 {x}', 'product {x}'],
  setRndBudget: ['研发 {usd}/季', 'R&D {usd}/q'],
  setDataBudget: ['数据 {usd}/季{extra}', 'data {usd}/q{extra}'],
  setComputeRent: ['租算力 {n}', 'rent {n} compute'],
  buyCompute: ['买算力 {n}', 'buy {n} compute'],
  proposePartnership: ['{x}合作 {m}', '{x} partner {m}'],
  setProgramme: ['{on}{x}', '{on}{x}'],
  raiseRound: ['{x} {usd}@{pre}', '{x} {usd}@{pre}'],
  applyGrant: ['申请补助', 'grant'],
  takeLoan: ['贷款 {usd}', 'loan {usd}'],
  endQuarter: ['结束季度', 'end quarter'],
};

const dict: Record<string, { zh: string; en: string }> = {};
for (const k of Object.keys(WORDS)) dict['workshop.word.' + k] = { zh: WORDS[k]![0], en: WORDS[k]![1] };
for (const k of Object.keys(FORMS)) dict['workshop.do.' + k] = { zh: FORMS[k]![0], en: FORMS[k]![1] };
dict['workshop.word.on'] = { zh: '开 ', en: '+' };
dict['workshop.word.off'] = { zh: '关 ', en: '-' };
dict['workshop.word.equity'] = { zh: '+期权', en: ' +equity' };
dict['workshop.word.career'] = { zh: '+晋升', en: ' +career' };
dict['workshop.word.augment'] = { zh: '+增强', en: ' +augment' };
register(dict);

const w = (lang: Lang, k: string) => t(lang, 'workshop.word.' + k);

/** Whole dollars compactly: $950, $12k, $1.5M, $2B (one decimal, truncated: no float formatting). */
export function shortUsd(n: number): string {
  const a = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  const one = (v: number, unit: number, suffix: string) => {
    const tenths = Math.floor((v * 10) / unit);
    return `${sign}$${Math.floor(tenths / 10)}${tenths % 10 ? '.' + (tenths % 10) : ''}${suffix}`;
  };
  if (a >= 1_000_000_000) return one(a, 1_000_000_000, 'B');
  if (a >= 1_000_000) return one(a, 1_000_000, 'M');
  if (a >= 1_000) return one(a, 1_000, 'k');
  return `${sign}$${a}`;
}

const pct = (bp: number) => `${Math.floor(bp / 100)}${bp % 100 ? '.' + String(bp % 100).padStart(2, '0') : ''}%`;

/** A market's name in the reader's language (the scenario names its markets); ids when not given. */
export type MarketName = (id: string) => string;

/** Pure. One decision in a few words; `market` names markets (their ids by default). */
function decisionWords(a: Action, lang: Lang, market: MarketName = (id) => id): string {
  const f = (params: Record<string, string | number>) => t(lang, 'workshop.do.' + a.type, params);
  switch (a.type) {
    case 'hire': case 'fire': return f({ n: a.count, x: w(lang, a.role) });
    case 'setStructure': return f({ x: w(lang, a.structure) });
    case 'setIncentives': return f({ pct: pct(a.bonusBp), extra: (a.equityGrants ? w(lang, 'equity') : '') + (a.career ? w(lang, 'career') : '') });
    case 'setMarkets': return f({ x: a.markets.map(market).join('+') });
    case 'setPositioning': return f({ x: w(lang, a.positioning) });
    case 'setBusinessModel': return f({ x: w(lang, a.model) });
    case 'setPricing': return f({ x: w(lang, a.strategy), pct: pct(a.levelBp) });
    case 'setMarketing': return f({ x: w(lang, a.channel), usd: shortUsd(a.budget) });
    case 'setModelScale': return f({ x: w(lang, a.scale) });
    case 'setProductWork': return f({ x: w(lang, a.work) });
    case 'setRndBudget': return f({ usd: shortUsd(a.amount) });
    case 'setDataBudget': return f({ usd: shortUsd(a.amount), extra: a.augmentation ? w(lang, 'augment') : '' });
    case 'setComputeRent': return f({ n: a.units });
    case 'buyCompute': return f({ n: a.units });
    case 'proposePartnership': return f({ x: w(lang, a.kind), m: market(a.market) });
    case 'setProgramme': return f({ on: w(lang, a.on ? 'on' : 'off'), x: w(lang, a.programme) });
    case 'raiseRound': return f({ x: w(lang, a.kind), usd: shortUsd(a.amount), pre: shortUsd(a.preMoney) });
    case 'applyGrant': case 'endQuarter': return f({});
    case 'takeLoan': return f({ usd: shortUsd(a.amount) });
  }
}

/** Pure. A quarter's decisions in one cell ("—" when the team changed nothing). */
export function quarterWords(d: readonly Action[], lang: Lang, market?: MarketName): string {
  return d.length ? d.map((a) => decisionWords(a, lang, market)).join(' · ') : '—';
}
