// Strings the Phaser office view draws, in Chinese and English. Keys live under `office.` so they
// never collide with the shell's or the engine terms' dictionaries.
import type { Dict } from './index';
import { register } from './index';

type Pair = [zh: string, en: string];
function family(prefix: string, entries: Record<string, Pair>): Dict {
  const d: Dict = {};
  for (const k of Object.keys(entries)) d[`${prefix}.${k}`] = { zh: entries[k]![0], en: entries[k]![1] };
  return d;
}

export const OFFICE_STRINGS: Dict = {
  ...family('office.role', {
    dataScientist: ['数据\n科学家', 'Data scientists'], mlEngineer: ['机器学习\n工程师', 'ML engineers'],
    softwareEngineer: ['软件\n工程师', 'Software eng.'], productManager: ['产品经理', 'Product mgrs'],
    marketing: ['市场营销', 'Marketing'], compliance: ['合规专员', 'Compliance'], domainExpert: ['领域专家', 'Domain experts'],
  }),
  ...family('office.prog', {
    audit: ['审计', 'Audit'], privacy: ['隐私保护', 'Privacy'], fairness: ['公平性', 'Fairness'],
    encryption: ['加密', 'Encryption'], accessControl: ['访问控制', 'Access ctrl'], backups: ['备份', 'Backups'],
  }),
  ...family('office.holder', {
    founders: ['创始人', 'Founders'], employees: ['员工期权', 'Employees'], angel: ['天使轮', 'Angel'], seed: ['种子轮', 'Seed'],
    seriesA: ['A 轮', 'Series A'], seriesB: ['B 轮', 'Series B'], crowdfunding: ['众筹', 'Crowdfunding'], other: ['其他', 'Other'],
  }),
  ...family('office.mood', {
    great: ['士气高涨', 'thriving'], good: ['心情不错', 'happy'], meh: ['一般', 'so-so'], bad: ['不满', 'unhappy'], awful: ['低落', 'miserable'],
  }),
  'office.loading': { zh: '正在布置办公室…', en: 'Setting up the office…' },
  'office.date': { zh: '{year} 年 第 {q} 季度', en: '{year} Q{q}' },
  'office.morale': { zh: '士气 {n} · {mood}', en: 'Morale {n} · {mood}' },
  'office.quality': { zh: '模型质量 {quality}', en: 'Model quality {quality}' },
  'office.cash': { zh: '现金 {cash}', en: 'Cash {cash}' },
  'office.revenue': { zh: '营收 {revenue}/季度', en: 'Revenue {revenue}/quarter' },
  'office.customersLine': { zh: '客户 {n} 家', en: '{n} {n|customer|customers}' },
  'office.ms.firstEnterprise': { zh: '第一位企业客户！', en: 'Our first enterprise customer!' },
  'office.ms.move1': { zh: '搬进自己的办公楼了！', en: 'We moved into our own building!' },
  'office.ms.move2': { zh: '总部大楼落成！', en: 'Welcome to our headquarters!' },
  'office.building0': { zh: '合租办公室', en: 'Shared office' },
  'office.building1': { zh: '自有办公楼', en: 'Our own building' },
  'office.building2': { zh: '公司总部', en: 'Headquarters' },
  'office.ms.round': { zh: '{round}完成：{amount}', en: '{round} closed: {amount}' },
  'office.ms.firstCustomer': { zh: '第一位客户！', en: 'Our first customer!' },
  'office.ms.fine': { zh: '被罚款 {amount}', en: 'Fined {amount}' },
  'office.toLet': { zh: '招租中 · 扩张时启用', en: 'To let · lights up when you grow' },
  'office.company': { zh: '你的 AI 公司', en: 'Your AI startup' },
  'office.brand': { zh: '品牌 {n}/1000', en: 'Brand {n}/1000' },
  'office.headcount': { zh: '{n} 人', en: '{n} staff' },
  'office.overflow': { zh: '另有 {n} 人', en: '+{n} more' },
  'office.arriving': { zh: '{n} 人即将到岗', en: '{n} on the way' },
  'office.compliance': { zh: '合规', en: 'Compliance' },
  'office.progOn': { zh: '已投入', en: 'funded' },
  'office.progOff': { zh: '未投入', en: 'not funded' },
  'office.boardroom': { zh: '董事会 · 股权结构', en: 'Boardroom · cap table' },
  'office.slice': { zh: '{i} {name} {pct}', en: '{i} {name} {pct}' },
  'office.loan': { zh: '贷款 {amount}', en: 'Loan {amount}' },
  'office.pendingRound': { zh: '{round}洽谈中', en: '{round} in talks' },
  'office.roundClosed': { zh: '{round}完成：{amount}', en: '{round} closed: {amount}' },
  'office.serverRoom': { zh: '自有算力', en: 'Owned compute' },
  'office.owned': { zh: '{n} 单位 · 每机柜 {per}', en: '{n} {n|unit|units} · {per} per rack' },
  'office.noOwned': { zh: '暂无自有服务器', en: 'No servers owned' },
  'office.rented': { zh: '租用云算力 {n} 单位', en: 'Rented cloud: {n} {n|unit|units}' },
  'office.rentedScale': { zh: '每朵云 {per} 单位', en: '{per} units per cloud' },
  'office.noRented': { zh: '未租用云算力', en: 'No cloud rented' },
  'office.markets': { zh: '聚焦市场', en: 'Markets in focus' },
  'office.customers': { zh: '{n} 客户', en: '{n} {n|customer|customers}' },
  'office.noMarkets': { zh: '尚未选择市场', en: 'No market chosen' },
  'office.bankrupt': { zh: '公司已倒闭', en: 'Bankrupt' },
  'office.finished': { zh: '游戏结束', en: 'Game over' },
  'office.arrived': { zh: '{role} +{n} 到岗', en: '{role} +{n} arrived' },
  'office.left': { zh: '{role} -{n} 离开', en: '{role} -{n} left' },
  'office.canvasLabel': { zh: '办公室场景：{n} 名员工；市场：{markets}；创始人持股 {founders}', en: 'Office scene: {n} staff; markets: {markets}; founders own {founders}' },
};

register(OFFICE_STRINGS);
