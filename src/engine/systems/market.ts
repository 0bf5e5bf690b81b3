// Market and sales: each focused market grows; marketing and brand bring leads; quality, price,
// positioning, business model and competitors set conversion; churn and revenue follow
// (§1.2, §1.6, §1.8, §1.9, §1.10, §1.11).
import { byString } from '../ids';
import { CEILINGS } from '../bounds';
import { book } from '../ledger';
import { clamp, divFloor, mulBp } from '../math';
import type { MarketDef, Scenario } from '../scenario/schema';
import { complianceBp, pmCover, spreadCost } from '../selectors';
import type { MarketState, State } from '../state';

/** Pure. The policy's price relative to the market's reference price, in bp: level, strategy,
 *  positioning and business model (the model scale's value is not a premium, so it is left out). */
function policyPriceBp(s: State, def: MarketDef): number {
  const p = s.policy;
  let bp = p.priceLevelBp;
  if (p.pricing === 'value') bp = mulBp(bp, 8000 + s.quality * 4);
  else if (p.pricing === 'competitive') bp = mulBp(bp, 9000);
  else if (p.pricing === 'segmented') bp = mulBp(bp, s.staff.productManager > 0 ? 10800 : 9500);
  if (p.positioning === 'innovation' && s.quality >= def.qualityBar.v + 100) bp = mulBp(bp, 11000);
  else if (p.positioning === 'cost') bp = mulBp(bp, 9000);
  if (p.businessModel === 'bundling') bp = mulBp(bp, 11500);
  else if (p.businessModel === 'platform') bp = mulBp(bp, 8500);
  else if (p.businessModel === 'dataMarketplace') bp = mulBp(bp, 12000);
  return bp;
}

/** Pure. The average quality bar of the markets in focus (the first market's when none). */
function focusBar(s: State, sc: Scenario): number {
  const ids = s.policy.markets.length > 0 ? s.policy.markets : Object.keys(sc.markets).slice(0, 1);
  let bar = 0;
  for (const id of ids) bar += sc.markets[id]!.qualityBar.v;
  return divFloor(bar, Math.max(1, ids.length));
}

/** Pure. Whether the chosen positioning meets the condition §1.9.2 gives it (read on the markets
 *  in focus): innovation leadership needs a clear technical lead (heavy R&D shows as quality 100
 *  above the bar); cost leadership needs price-sensitive customers (sensitivity 90%+) and cost
 *  control (a price at or below the reference, not the large model); customer service needs an
 *  industry that values after-sales care (a sticky market or a sales cycle of 3+ quarters) and the
 *  engineers to serve its customers; differentiation a product that clears the market's bar.
 *  A position that fits is not a look-alike (§1.14.2 case D). */
export function positionFits(s: State, sc: Scenario): boolean {
  const p = s.policy;
  const bar = focusBar(s, sc);
  const ids = p.markets;
  let customers = 0;
  for (const id of Object.keys(s.markets)) customers += s.markets[id]!.customers;
  switch (p.positioning) {
    case 'innovation':
      return s.quality >= bar + 100;
    case 'differentiation':
      return s.quality >= bar;
    case 'cost': {
      let sens = 0;
      for (const id of ids) sens += sc.markets[id]!.priceSensitivityBp.v;
      return ids.length > 0 && sens >= 9000 * ids.length && p.priceLevelBp <= 10000 && p.modelScale !== 'large';
    }
    case 'service': {
      const caring = ids.some((id) => (sc.markets[id]!.traits as string[]).includes('sticky') || sc.markets[id]!.salesCycle.v >= 3);
      return caring && (s.staff.softwareEngineer + s.staff.mlEngineer + 1) * sc.economics.customersPerEngineer.v * 13 >= customers * 10;
    }
  }
}

/** Pure. The price one customer pays per quarter in a market under the current policy. */
export function priceIn(s: State, sc: Scenario, def: MarketDef, ms: MarketState): number {
  const bp = mulBp(policyPriceBp(s, def), sc.models[s.policy.modelScale].valueBp.v);
  return mulBp(mulBp(def.refPrice.v, ms.priceBp), bp);
}

/** Mutates the copied state. Returns revenue and new customers. */
export function runMarket(s: State, sc: Scenario): { revenue: number; newCustomers: number } {
  const p = s.policy;
  const e = sc.economics;
  const n = p.markets.length;
  // Spreading thin counts the markets not yet won (§1.14.1); adding a segment once the first is
  // established is expansion (§1.9.1), not spreading.
  const spread = 10000 - spreadCost(s, sc).reachBp;
  const leadBudget = p.marketing.ads + p.marketing.events + p.marketing.partnerships + divFloor(p.marketing.content, 2);
  const sellers = s.staff.marketing + divFloor(s.staff.productManager, 2) + 1;
  const capacityPer = divFloor(sellers * e.customersPerSeller.v, Math.max(1, n));
  const support = (s.staff.softwareEngineer + s.staff.mlEngineer + 1) * e.customersPerEngineer.v * (p.positioning === 'service' ? 13 : 10);
  let customersAll = 0;
  for (const id of Object.keys(s.markets)) customersAll += s.markets[id]!.customers;
  const overloadBp = customersAll * 10 > support ? clamp(divFloor((customersAll * 10 - support) * 10000, support), 0, 10000) : 0;
  const posture = complianceBp(s);
  let revenue = 0;
  let newTotal = 0;
  for (const id of Object.keys(s.markets).sort(byString)) {
    const ms = s.markets[id]!;
    const def = sc.markets[id]!;
    ms.potential = Math.min(CEILINGS.potential, ms.potential + mulBp(ms.potential, def.growthBp.v));
    if (ms.customers > ms.potential) ms.customers = ms.potential; // a shrinking market loses customers
    const inFocus = p.markets.includes(id);
    if (!inFocus) {
      ms.customers -= divFloor(ms.customers, 2);
      revenue += ms.customers * priceIn(s, sc, def, ms);
      continue;
    }
    const traits = def.traits as string[];
    let leads = divFloor(mulBp(divFloor(leadBudget, n), spread), def.costPerLead.v);
    if (e.leadReachBp) {
      // Paid channels saturate (§1.19.3): leads approach the reachable pool of customers not yet
      // won, so doubling a budget never doubles the leads and the best spend depends on the market.
      const pool = mulBp(Math.max(0, ms.potential - ms.customers), e.leadReachBp.v);
      leads = leads + pool === 0 ? 0 : divFloor(leads * pool, leads + pool);
    }
    leads += mulBp(Math.max(0, ms.potential - ms.customers), divFloor(s.brand * e.organicBp.v, 1000));
    if (traits.includes('community')) leads += divFloor(p.marketing.social * 3, def.costPerLead.v * 2);
    else leads += divFloor(p.marketing.social, def.costPerLead.v * 2);
    if (s.partnerships.some((x) => x.kind === 'distribution' && x.market === id)) leads = mulBp(leads, 14000);
    const fit = clamp(6000 + (s.quality - def.qualityBar.v) * 25, 500, 16000);
    // Every premium or discount meets the market's price sensitivity (§1.10.3): a premium (tiers,
    // innovation, a data marketplace...) pays where buyers are insensitive (finance, healthcare) and
    // costs customers where they are not (retail, education), so no pricing trick wins everywhere.
    const level = policyPriceBp(s, def);
    const priceEffect = clamp(10000 - mulBp(def.priceSensitivityBp.v, level - 10000), 1000, 18000);
    const comp = divFloor(
      30000 * (p.positioning === 'differentiation' || p.positioning === 'innovation' ? 2 : 1),
      3 * (p.positioning === 'differentiation' || p.positioning === 'innovation' ? 2 : 1) + ms.competitors,
    );
    let conv = mulBp(mulBp(mulBp(def.baseConversionBp.v, fit), priceEffect), comp);
    // §1.10.3 gives each pricing method its condition: competitive pricing wins customers in a
    // crowded market (4+ competitors); value pricing earns its premium where buyers are insensitive
    // to price and see the quality (the premium above meets the market's price sensitivity).
    if (p.pricing === 'competitive' && ms.competitors >= 4) conv = mulBp(conv, 11500);
    // §1.15.1: product managers turn what customers need into the product they buy.
    conv = mulBp(conv, 9000 + divFloor(1000 * pmCover(s), 10000));
    if (p.positioning === 'cost') conv = mulBp(conv, 11500);
    // An innovation leader that is not clearly ahead (§1.9.2: it takes heavy R&D) disappoints buyers.
    else if (p.positioning === 'innovation' && s.quality < def.qualityBar.v + 100) conv = mulBp(conv, 8500);
    if (p.businessModel === 'bundling') conv = mulBp(conv, 9000);
    if (traits.includes('clinical')) {
      if (s.staff.domainExpert === 0) conv = mulBp(conv, 3000);
      if (!s.partnerships.some((x) => x.kind === 'data')) conv = mulBp(conv, 6000);
    }
    if (ms.regulationBp >= 5000 && posture < 3000) conv = mulBp(conv, 7000);
    conv = divFloor(conv, def.salesCycle.v);
    let won = Math.min(Math.max(0, ms.potential - ms.customers), mulBp(leads, conv), capacityPer);
    if (p.businessModel === 'platform') won += divFloor(won * s.brand, 2000);
    won = Math.min(won, Math.max(0, ms.potential - ms.customers));
    let churn = def.baseChurnBp.v + Math.max(0, def.qualityBar.v - s.quality) * 10;
    if (p.productWork === 'ux') churn = mulBp(churn, 8000);
    if (p.positioning === 'service') churn = mulBp(churn, 7000);
    // §1.16.3: a demotivated team serves customers worse (morale under 65 adds churn). Magnitude: design.
    churn += Math.max(0, 65 - s.morale) * 20;
    if (p.businessModel === 'subscription') churn = mulBp(churn, 7500);
    if (traits.includes('sticky')) churn = mulBp(churn, 6000);
    churn = clamp(churn + mulBp(1500, overloadBp), 50, 10000);
    ms.customers = ms.customers - mulBp(ms.customers, churn) + won;
    newTotal += won;
    revenue += ms.customers * priceIn(s, sc, def, ms);
  }
  revenue = Math.min(CEILINGS.revenue, revenue);
  book(s, 'revenue', revenue);
  // Brand: content, events and community build it; happy customers spread it; it fades without care.
  const m = p.marketing;
  const lift =
    divFloor(m.content + m.events + divFloor(m.social, 2), 4000) + divFloor(newTotal, 4) + divFloor(Math.max(0, s.quality - 300), 40);
  s.brand = clamp(s.brand + lift - divFloor(s.brand * BRAND_FADE_PCT, 100), 0, 1000);
  return { revenue, newCustomers: newTotal };
}

/** Brand fades this share (percent) a quarter without care (magnitude: design). */
export const BRAND_FADE_PCT = 3;
