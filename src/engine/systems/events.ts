// Events: each scenario event is rolled every quarter on its own named stream; it fires when the
// roll is below the probability that the player's factors set. Both numbers go to the card.
// `eventChecks` decides which events roll and at what odds (the views ask it too); `runEvents` rolls.
import type { AppliedEffect, Check, EngineEvent, FactorPull } from '../events-types';
import type { Factors } from '../factors';
import { CEILINGS, issueShares } from '../bounds';
import { book, pay } from '../ledger';
import { clamp, divFloor, mulBp } from '../math';
import { quarterRolls } from '../rng';
import type { Effect, EventDef, Scenario } from '../scenario/schema';
import { totalShares } from '../selectors';
import type { State } from '../state';
import { roundOdds } from './funding';

/** Pure. The name of an event's random stream in each quarter (see rng.ts). */
export function eventStream(id: string): string {
  return `event:${id}`;
}

/** Pure. The probability of an event for these factors, and each factor's pull on it. */
export function probability(def: EventDef, f: Factors): { bp: number; pulls: FactorPull[] } {
  let bp = def.base.v;
  const pulls: FactorPull[] = [];
  for (const x of def.factors) {
    const level = f[x.factor];
    const delta = Math.trunc((x.effect.v * level) / 10000);
    bp += delta;
    pulls.push({ factor: x.factor, level, effect: x.effect.v, deltaBp: delta });
  }
  return { bp: clamp(bp, def.min ? def.min.v : 0, def.max ? def.max.v : 10000), pulls };
}

/** Pure. Whether an event is rolled this quarter: its `when`, its markets, and (for an event the
 *  scenario drives by a compute shortfall) a shortfall at all: "compute fell short" cannot happen
 *  with compute to spare, whatever the event's base rate or other factors say. */
function rollsNow(def: EventDef, s: State, f: Factors): boolean {
  if (!applies(def, s)) return false;
  if (f.computeShortfall <= 0 && def.factors.some((x) => x.factor === 'computeShortfall' && x.effect.v > 0)) return false;
  return true;
}

function applies(def: EventDef, s: State): boolean {
  // A market-specific event (e.g. a clinical trial) rolls only while its market is in focus.
  if (def.markets && !def.markets.some((m) => s.policy.markets.includes(m))) return false;
  if (def.fromQuarter && s.quarter < def.fromQuarter.v) return false;
  switch (def.when) {
    case 'always':
      return true;
    case 'roundPending':
      return s.pending.round !== null;
    case 'grantPending':
      return s.pending.grant;
    case 'partnerPending':
      return s.pending.partner !== null;
  }
}

/** Pure. A harmful amount after mitigation (keepBp of it remains); gains are never scaled. */
const soften = (amount: number, keepBp: number): number => (amount < 0 ? -mulBp(-amount, keepBp) : amount);

function apply(s: State, sc: Scenario, e: Effect, revenue: number, keepBp: number): AppliedEffect {
  const focus = s.policy.markets;
  switch (e.kind) {
    case 'cash': {
      const amount = soften(e.amount.v, keepBp);
      if (amount >= 0) book(s, 'grants', amount);
      else pay(s, 'incidents', -amount);
      return { kind: 'cash', amount };
    }
    case 'fine': {
      const amount = mulBp(Math.max(e.min.v, mulBp(revenue * 4, e.revenueBp.v)), keepBp);
      pay(s, 'fines', amount);
      return { kind: 'fine', amount: -amount };
    }
    case 'customers': {
      let moved = 0;
      for (const m of focus) {
        const ms = s.markets[m]!;
        // Saturates at the market's potential: a viral quarter cannot win more customers than exist;
        // a loss rounds toward zero (a 4% loss of 5 customers loses none, and no customers lose none).
        const bp = soften(e.bp.v, keepBp);
        const d = Math.max(
          -ms.customers,
          bp < 0 ? -mulBp(ms.customers, -bp) : Math.min(mulBp(ms.customers, bp), Math.max(0, ms.potential - ms.customers)),
        );
        ms.customers += d;
        moved += d;
      }
      return { kind: 'customers', amount: moved };
    }
    case 'brand': {
      const before = s.brand;
      s.brand = clamp(s.brand + soften(e.delta.v, keepBp), 0, 1000);
      return { kind: 'brand', amount: s.brand - before };
    }
    case 'quality': {
      const before = s.quality;
      s.quality = clamp(s.quality + soften(e.delta.v, keepBp), 0, sc.models[s.policy.modelScale].qualityCap.v);
      return { kind: 'quality', amount: s.quality - before };
    }
    case 'morale': {
      const before = s.morale;
      s.morale = clamp(s.morale + e.delta.v, 0, 100);
      return { kind: 'morale', amount: s.morale - before };
    }
    case 'staff': {
      const d = Math.max(-s.staff[e.role], e.delta.v);
      s.staff[e.role] += d;
      s.leftThisQuarter = Math.min(CEILINGS.leftPerQuarter, s.leftThisQuarter - d);
      return { kind: 'staff', amount: d, target: e.role };
    }
    case 'computePrice': {
      const before = s.computePriceBp;
      s.computePriceBp = clamp(s.computePriceBp + mulBp(s.computePriceBp, e.bp.v), 1000, 100000);
      return { kind: 'computePrice', amount: s.computePriceBp - before };
    }
    case 'marketPrice': {
      for (const m of focus) s.markets[m]!.priceBp = clamp(s.markets[m]!.priceBp + mulBp(s.markets[m]!.priceBp, e.bp.v), 2000, 20000);
      return { kind: 'marketPrice', amount: e.bp.v };
    }
    case 'competitor': {
      for (const m of focus) s.markets[m]!.competitors = clamp(s.markets[m]!.competitors + e.delta.v, 0, 50);
      return { kind: 'competitor', amount: e.delta.v };
    }
    case 'regulation': {
      for (const m of focus)
        if (s.markets[m]!.regulationBp > 0) s.markets[m]!.regulationBp = clamp(s.markets[m]!.regulationBp + e.delta.v, 0, 10000);
      return { kind: 'regulation', amount: e.delta.v };
    }
    case 'data': {
      const d = Math.max(-s.dataUnits, Math.min(e.delta.v, CEILINGS.data - s.dataUnits));
      s.dataUnits += d;
      return { kind: 'data', amount: d };
    }
    case 'closeRound': {
      const r = s.pending.round;
      if (!r) return { kind: 'closeRound', amount: 0 };
      // A round's shares are bounded: past the ceiling the company consolidates first (bounds.ts).
      const shares = issueShares(s, r.kind, divFloor(totalShares(s) * r.amount, r.preMoney));
      book(s, 'equity', r.amount);
      s.rounds = [...s.rounds, { quarter: s.quarter, kind: r.kind, amount: r.amount, preMoney: r.preMoney, shares }];
      return { kind: 'closeRound', amount: r.amount, target: r.kind };
    }
    case 'awardGrant': {
      book(s, 'grants', sc.funding.grantAmount.v);
      return { kind: 'awardGrant', amount: sc.funding.grantAmount.v };
    }
    case 'formPartnership': {
      const want = e.partner === 'requested' ? s.pending.partner : focus.length > 0 ? { kind: e.partner, market: focus[0]! } : null;
      if (!want || s.partnerships.some((x) => x.kind === want.kind && x.market === want.market))
        return { kind: 'formPartnership', amount: 0 };
      s.partnerships = [...s.partnerships, { kind: want.kind, market: want.market, since: s.quarter }];
      return { kind: 'formPartnership', amount: 1, target: `${want.kind}:${want.market}` };
    }
  }
}

/** The odds one event is rolled against next, before the roll. */
export interface EventOdds {
  id: string;
  /** Probability in bp (0 while cooling down). */
  bp: number;
  baseBp: number;
  pulls: FactorPull[];
  cooldown: boolean;
  /** Share (bp) of the harm that remains if it fires: 10000 unless a mitigation softens it. */
  keepBp: number;
}

/** Pure. Every event the quarter will roll, in scenario order, with its odds: only events that
 *  apply (market in focus, something pending), cooldowns at 0, a pending round priced by
 *  `roundOdds`. Events' effects never change what applies or the odds of a later event, so the
 *  whole list is known before the first roll. */
export function eventChecks(s: State, sc: Scenario, f: Factors, valuation: number): EventOdds[] {
  const out: EventOdds[] = [];
  for (const def of sc.events) {
    if (!rollsNow(def, s, f)) continue;
    const last = s.lastFired[def.id];
    const cooldown = def.cooldown !== undefined && last !== undefined && s.quarter - last < def.cooldown.v;
    const r = s.pending.round;
    const { bp, pulls } = r && def.effects.some((e) => e.kind === 'closeRound') ? roundOdds(def, f, valuation, r) : probability(def, f);
    const keepBp = def.mitigation ? 10000 - mulBp(f[def.mitigation.factor], def.mitigation.reduceBp.v) : 10000;
    out.push({ id: def.id, bp: cooldown ? 0 : bp, baseBp: def.base.v, pulls, cooldown, keepBp });
  }
  return out;
}

/** Mutates the copied state: rolls each event of `checks` (from `eventChecks` on this state) and
 *  applies what fires. */
export function runEvents(s: State, sc: Scenario, checks: readonly EventOdds[], revenue: number, out: EngineEvent[]): string[] {
  const fired: string[] = [];
  const rollOf = quarterRolls(s.seed, s.quarter);
  let j = 0;
  for (const o of checks) {
    // `checks` is in scenario order: walk the events alongside instead of looking each one up.
    while (sc.events[j]!.id !== o.id) j++;
    const def = sc.events[j]!;
    const roll = rollOf(eventStream(def.id));
    const check: Check = {
      id: def.id,
      quarter: s.quarter,
      roll,
      probabilityBp: o.bp,
      baseBp: o.baseBp,
      pulls: o.pulls,
      fired: false,
      cooldown: o.cooldown,
      effects: [],
    };
    if (!o.cooldown && roll < o.bp) {
      check.fired = true;
      s.lastFired[def.id] = s.quarter;
      for (const e of def.effects) check.effects.push(apply(s, sc, e, revenue, o.keepBp));
      fired.push(def.id);
    }
    out.push({ type: 'check', check });
  }
  s.pending = { round: null, grant: false, partner: null };
  return fired;
}
