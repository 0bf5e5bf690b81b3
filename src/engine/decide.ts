// The rules of each decision other than endQuarter: checked here, they either change the copied
// state (and say what they cost) or come back as a typed rejection.
import type { Action, Rejection } from './actions';
import { CEILINGS } from './bounds';
import { byString } from './ids';
import { book, pay } from './ledger';
import { mulBp } from './math';
import type { Scenario } from './scenario/schema';
import { debt, lastRevenue, totalCustomers } from './selectors';
import type { State } from './state';

const reject = (code: Rejection['code'], details: Rejection['details'] = {}): Rejection => ({ code, details });

function spend(s: State, key: Parameters<typeof pay>[1], amount: number): Rejection | number {
  if (amount > s.cash) return reject('notEnoughCash', { need: amount, have: s.cash });
  pay(s, key, amount);
  return amount;
}

/** Mutates `s` (a copy) or returns a rejection; on rejection the caller discards the copy.
 *  Returns the immediate cost in USD. */
export function decide(s: State, sc: Scenario, a: Exclude<Action, { type: 'endQuarter' }>): Rejection | number {
  const p = s.policy;
  switch (a.type) {
    case 'hire': {
      const role = sc.roles[a.role];
      let have = s.staff[a.role];
      for (const x of s.arriving) if (x.role === a.role) have += x.count;
      if (have + a.count > CEILINGS.staffPerRole) return reject('staffLimit', { role: a.role, have, max: CEILINGS.staffPerRole });
      const r = spend(s, 'hiring', role.hireCost.v * a.count);
      if (typeof r !== 'number') return r;
      if (role.leadQuarters.v === 0) s.staff[a.role] += a.count;
      else s.arriving = [...s.arriving, { role: a.role, count: a.count, quarter: s.quarter + role.leadQuarters.v }];
      return r;
    }
    case 'fire': {
      if (s.staff[a.role] < a.count) return reject('notEnoughStaff', { role: a.role, have: s.staff[a.role], asked: a.count });
      const r = spend(s, 'severance', sc.roles[a.role].salary.v * sc.economics.severanceQuarters.v * a.count);
      if (typeof r !== 'number') return r;
      s.staff[a.role] -= a.count;
      s.leftThisQuarter = Math.min(CEILINGS.leftPerQuarter, s.leftThisQuarter + a.count);
      return r;
    }
    case 'setStructure':
      p.structure = a.structure;
      return 0;
    case 'setIncentives':
      p.bonusBp = a.bonusBp;
      p.equityGrants = a.equityGrants;
      p.career = a.career;
      return 0;
    case 'setMarkets': {
      const next = [...a.markets].sort(byString);
      for (let i = 0; i < next.length; i++) {
        if (!sc.markets[next[i]!]) return reject('unknownMarket', { market: next[i]! });
        if (i > 0 && next[i] === next[i - 1]) return reject('duplicateMarket', { market: next[i]! });
      }
      let cost = 0;
      for (const m of next) if (s.markets[m]!.enteredAt < 0) cost += sc.markets[m]!.entryCost.v;
      const r = spend(s, 'marketEntry', cost);
      if (typeof r !== 'number') return r;
      // Markets are shared with the previous state (see cloneForDecision): copy before writing.
      s.markets = { ...s.markets };
      for (const m of next) if (s.markets[m]!.enteredAt < 0) s.markets[m] = { ...s.markets[m]!, enteredAt: s.quarter };
      p.markets = next;
      return r;
    }
    case 'setPositioning':
      p.positioning = a.positioning;
      return 0;
    case 'setBusinessModel':
      p.businessModel = a.model;
      return 0;
    case 'setPricing':
      p.pricing = a.strategy;
      p.priceLevelBp = a.levelBp;
      return 0;
    case 'setMarketing':
      p.marketing[a.channel] = a.budget;
      return 0;
    case 'setModelScale': {
      if (a.scale === p.modelScale) return 0;
      const r = spend(s, 'rnd', sc.models[a.scale].switchCost.v);
      if (typeof r !== 'number') return r;
      p.modelScale = a.scale;
      s.quality = Math.min(s.quality, sc.models[a.scale].qualityCap.v);
      return r;
    }
    case 'setProductWork':
      p.productWork = a.work;
      return 0;
    case 'setRndBudget':
      p.rndBudget = a.amount;
      return 0;
    case 'setDataBudget':
      p.dataBudget = a.amount;
      p.augmentation = a.augmentation;
      return 0;
    case 'setComputeRent':
      p.computeRent = a.units;
      return 0;
    case 'buyCompute': {
      if (s.computeOwned + a.units > CEILINGS.compute) return reject('computeLimit', { have: s.computeOwned, max: CEILINGS.compute });
      const r = spend(s, 'hardware', mulBp(a.units * sc.economics.computeBuyPerUnit.v, s.computePriceBp));
      if (typeof r !== 'number') return r;
      s.computeOwned += a.units;
      return r;
    }
    case 'proposePartnership': {
      if (!p.markets.includes(a.market)) return reject(sc.markets[a.market] ? 'marketNotInFocus' : 'unknownMarket', { market: a.market });
      if (s.pending.partner) return reject('partnerPending');
      if (s.partnerships.some((x) => x.kind === a.kind && x.market === a.market))
        return reject('partnershipExists', { kind: a.kind, market: a.market });
      s.pending = { ...s.pending, partner: { kind: a.kind, market: a.market } };
      return 0;
    }
    case 'setProgramme': {
      const has = p.programmes.includes(a.programme);
      if (a.on && !has) p.programmes = [...p.programmes, a.programme].sort(byString);
      if (!a.on && has) p.programmes = p.programmes.filter((x) => x !== a.programme);
      return 0;
    }
    case 'raiseRound': {
      if (s.pending.round) return reject('roundPending', { kind: s.pending.round.kind });
      const r = sc.funding.rounds[a.kind];
      if (a.amount < r.minAmount.v || a.amount > r.maxAmount.v)
        return reject('amountOutOfRange', { min: r.minAmount.v, max: r.maxAmount.v, asked: a.amount });
      if (a.preMoney < r.minPreMoney.v || a.preMoney > r.maxPreMoney.v)
        return reject('preMoneyOutOfRange', { min: r.minPreMoney.v, max: r.maxPreMoney.v, asked: a.preMoney });
      if (r.milestones && (lastRevenue(s) < r.milestones.minRevenue.v || totalCustomers(s) < r.milestones.minCustomers.v))
        return reject('milestonesNotMet', {
          needRevenue: r.milestones.minRevenue.v,
          haveRevenue: lastRevenue(s),
          needCustomers: r.milestones.minCustomers.v,
          haveCustomers: totalCustomers(s),
        });
      s.pending = { ...s.pending, round: { kind: a.kind, amount: a.amount, preMoney: a.preMoney } };
      return 0;
    }
    case 'applyGrant': {
      if (s.pending.grant) return reject('grantPending');
      s.pending = { ...s.pending, grant: true };
      return 0;
    }
    case 'takeLoan': {
      const l = sc.funding.loan;
      if (debt(s) + a.amount > l.maxAmount.v) return reject('loanLimit', { max: l.maxAmount.v - debt(s), asked: a.amount });
      if (lastRevenue(s) < l.minRevenue.v) return reject('loanRevenue', { need: l.minRevenue.v, have: lastRevenue(s) });
      if (a.amount === 0) return reject('amountOutOfRange', { min: 1, max: l.maxAmount.v, asked: 0 });
      book(s, 'debt', a.amount);
      s.loans = [
        ...s.loans,
        { principal: a.amount, rateBp: l.rateBp.v, quartersLeft: l.termQuarters.v, covenantMinCash: l.covenantMinCash.v },
      ];
      return 0;
    }
  }
}
