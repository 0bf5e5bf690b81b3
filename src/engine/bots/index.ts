// The bots: rule-based players for tests, balance statistics and workshop rehearsal.
// `random` is seeded; the others follow the success and failure patterns of the seed's cases.
import type { Action } from '../actions';
import { CHANNELS, PROGRAMMES, ROLES, SCALES } from '../ids';
import { intIn, stream } from '../rng';

import { debt, lastRevenue } from '../selectors';

import type { Bot } from './common';
import { customers, nextRound, rankMarkets, runway } from './common';

const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;

/** Seeded random player: a few random decisions each quarter from every group. */
export const randomBot: Bot = (s, sc) => {
  const next = stream(s.seed, s.quarter, 'bot:random');
  const out: Action[] = [];
  const n = intIn(next, 0, 4);
  const markets = Object.keys(sc.markets);
  for (let i = 0; i < n; i++) {
    switch (intIn(next, 0, 11)) {
      case 0: out.push({ type: 'hire', role: pick(next, ROLES), count: intIn(next, 1, 3) }); break;
      case 1: out.push({ type: 'fire', role: pick(next, ROLES), count: 1 }); break;
      case 2: out.push({ type: 'setMarkets', markets: [pick(next, markets), ...(next() < 0.3 ? [pick(next, markets)] : [])] }); break;
      case 3: out.push({ type: 'setMarketing', channel: pick(next, CHANNELS), budget: intIn(next, 0, 8) * 10000 }); break;
      case 4: out.push({ type: 'setProgramme', programme: pick(next, PROGRAMMES), on: next() < 0.6 }); break;
      case 5: out.push({ type: 'setModelScale', scale: pick(next, SCALES) }); break;
      case 6: out.push({ type: 'setComputeRent', units: intIn(next, 0, 60) }); break;
      case 7: { const r = nextRound(s, sc, 4); if (r) out.push(r); break; }
      case 8: out.push({ type: 'setPricing', strategy: pick(next, ['costPlus', 'value', 'competitive', 'segmented'] as const), levelBp: intIn(next, 7, 14) * 1000 }); break;
      case 9: out.push({ type: 'applyGrant' }); break;
      case 10: out.push({ type: 'setIncentives', bonusBp: intIn(next, 0, 20) * 100, equityGrants: next() < 0.5, career: next() < 0.5 }); break;
      default: out.push({ type: 'setRndBudget', amount: intIn(next, 0, 10) * 10000 });
    }
  }
  return out;
};

interface Style { markets: number; programmes: readonly (typeof PROGRAMMES)[number][]; reserve: number; hireFast: boolean; careful: boolean }

function planner(style: Style): Bot {
  return (s, sc) => {
    const out: Action[] = [];
    const rw = runway(s, sc);
    const rev = lastRevenue(s);
    if (s.quarter === 0) {
      const ranked = rankMarkets(sc);
      out.push({ type: 'setMarkets', markets: ranked.slice(0, style.markets) });
      if (style.careful) {
        out.push({ type: 'setPositioning', positioning: 'differentiation' });
        out.push({ type: 'setPricing', strategy: 'value', levelBp: 10000 });
        out.push({ type: 'setStructure', structure: 'matrix' });
        out.push({ type: 'setIncentives', bonusBp: 1000, equityGrants: true, career: true });
        out.push({ type: 'hire', role: 'productManager', count: 1 });
        out.push({ type: 'setMarketing', channel: 'content', budget: 20000 });
      } else {
        out.push({ type: 'setPositioning', positioning: 'cost' });
        out.push({ type: 'setPricing', strategy: 'competitive', levelBp: 9000 });
        out.push({ type: 'setBusinessModel', model: 'dataMarketplace' });
      }
      for (const p of style.programmes) out.push({ type: 'setProgramme', programme: p, on: true });
      out.push({ type: 'hire', role: 'marketing', count: 1 });
      out.push({ type: 'hire', role: 'mlEngineer', count: 1 });
      if (s.policy.markets.length > 0 && sc.markets[rankMarkets(sc)[0]!]!.traits.includes('clinical')) out.push({ type: 'hire', role: 'domainExpert', count: 1 });
      if (style.careful) out.push({ type: 'proposePartnership', kind: 'data', market: rankMarkets(sc)[0]! });
      out.push(nextRound(s, sc, style.reserve)!);
      return out;
    }
    const need = sc.models[s.policy.modelScale].computeNeed.v;
    if (s.computeOwned + s.policy.computeRent < need) out.push({ type: 'setComputeRent', units: need - s.computeOwned });
    if (rw < style.reserve && !s.pending.round) {
      const r = nextRound(s, sc, style.reserve);
      if (r) out.push(r);
      if (rev >= sc.funding.loan.minRevenue.v && debt(s) === 0 && rw < 3) out.push({ type: 'takeLoan', amount: sc.funding.loan.maxAmount.v });
    }
    if (style.careful && !s.pending.grant && s.quarter % 2 === 1) out.push({ type: 'applyGrant' });
    const grow = style.hireFast ? rw > 2 : rw > 8;
    if (grow) {
      out.push({ type: 'hire', role: s.quarter % 3 === 0 ? 'dataScientist' : s.quarter % 3 === 1 ? 'mlEngineer' : 'softwareEngineer', count: style.hireFast ? 2 : 1 });
      const c = customers(s);
      if (c > (s.staff.marketing + 1) * 15) out.push({ type: 'hire', role: 'marketing', count: 1 });
      if (style.careful && s.staff.productManager * 6 < s.staff.dataScientist + s.staff.mlEngineer + s.staff.softwareEngineer) out.push({ type: 'hire', role: 'productManager', count: 1 });
      if (style.careful && s.staff.compliance === 0 && s.quarter >= 2) out.push({ type: 'hire', role: 'compliance', count: 1 });
      out.push({ type: 'setMarketing', channel: 'ads', budget: Math.min(150000, 30000 + s.quarter * 8000) });
    } else if (rw < 2) {
      out.push({ type: 'setMarketing', channel: 'ads', budget: 10000 });
      out.push({ type: 'setRndBudget', amount: 10000 });
      if (s.staff.softwareEngineer > 1) out.push({ type: 'fire', role: 'softwareEngineer', count: 1 });
    }
    if (style.careful && s.quality >= sc.models[s.policy.modelScale].qualityCap.v - 40 && rw > 6) {
      const nextScale = s.policy.modelScale === 'small' ? 'medium' : s.policy.modelScale === 'medium' ? 'large' : null;
      if (nextScale) {
        out.push({ type: 'setModelScale', scale: nextScale });
        out.push({ type: 'setComputeRent', units: sc.models[nextScale].computeNeed.v });
        out.push({ type: 'setDataBudget', amount: 40000, augmentation: true });
      }
    }
    return out;
  };
}

/** Case A and B's pattern: one market, clear positioning, compliance funded, a financing plan with reserve. */
export const focusedBot: Bot = planner({ markets: 1, programmes: PROGRAMMES, reserve: 6, hireFast: false, careful: true });
/** A sensible all-round player: focused, some compliance, moderate reserve. */
export const balancedBot: Bot = planner({ markets: 1, programmes: ['privacy', 'encryption', 'accessControl', 'backups'], reserve: 5, hireFast: false, careful: true });
/** Case C and D's pattern: several markets, look-alike model, compliance ignored, no reserve. */
export const scatteredBot: Bot = planner({ markets: 4, programmes: [], reserve: 2, hireFast: true, careful: false });

export const BOTS: Record<string, Bot> = { random: randomBot, balanced: balancedBot, focused: focusedBot, scattered: scatteredBot };
export const BOT_NAMES = Object.keys(BOTS);

