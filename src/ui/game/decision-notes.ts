// The expected effect of a decision, in words, before it is committed: what it costs now and per
// quarter, what happens to runway, and the decision's own consequences (dilution, arrival time,
// price per customer, expected customers and revenue, what investors make of a request and why,
// the event odds it moves). Every figure comes from the engine (the preview's forecast and views).
import type { Action, Scenario, State, Forecast, InvestorView } from '../../engine/index';
import { founderBp, spreadCost, priceIn } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { nameOf, punct, t } from '../../i18n/index';
import { eventTitle, marketName } from '../shared/describe';
import { int, money, pct } from '../shared/format';
import type { Preview } from './preview';

const runwayText = (lang: Lang, q: number) => (q >= 99 ? t(lang, 'ui.runwayNoBurn') : t(lang, 'ui.quartersN', { n: q }));

/** The chance (bp) a pending request's event would give, from the preview's after-state odds. */
function chanceOf(sc: Scenario, p: Preview, when: string): number | null {
  const def = sc.events.find((e) => e.when === when);
  if (!def) return null;
  const o = p.odds.find((x) => x.id === def.id);
  return o && o.after !== null ? o.after : null;
}

/** Expected customers and revenue next quarter, without and with the decision (engine forecast). */
function growthNote(lang: Lang, a: Forecast, b: Forecast, key: 'forecast.change' | 'forecast.staffed' = 'forecast.change'): string {
  if (a.totalCustomers === b.totalCustomers && a.revenue === b.revenue && key === 'forecast.change') {
    return t(lang, 'forecast.same', { customers: int(b.totalCustomers), revenue: money(b.revenue, lang) });
  }
  return t(lang, key, {
    before: int(a.totalCustomers),
    after: int(b.totalCustomers),
    revBefore: money(a.revenue, lang),
    revAfter: money(b.revenue, lang),
  });
}

/** The valuation investors would accept, shown even beside a refusal (e.g. a pre-money out of the
 *  round's range), or null for a grant or a loan. */
export function valuationLine(lang: Lang, v: InvestorView): string | null {
  if (v.kind === 'grant' || v.kind === 'loan') return null;
  return t(lang, 'investor.valuation', { valuation: money(v.valuation, lang), fundamentals: money(v.fundamentals, lang) });
}

/** What investors (the grant programme, the bank) make of a request, and why, in words. */
function investorLines(lang: Lang, v: InvestorView): string[] {
  if (v.refused) return [];
  const out: string[] = [];
  if (v.kind !== 'grant' && v.kind !== 'loan') {
    out.push(t(lang, `investor.taste.${v.kind}`));
    out.push(t(lang, 'investor.valuation', { valuation: money(v.valuation, lang), fundamentals: money(v.fundamentals, lang) }));
    out.push(t(lang, 'investor.odds', { pct: pct(v.oddsBp), atPct: pct(v.atValuationBp) }));
  } else if (v.kind === 'grant') out.push(t(lang, 'investor.grantOdds', { pct: pct(v.oddsBp) }));
  for (const r of v.reasons) {
    const d = r.details;
    switch (r.id) {
      case 'askAboveValuation':
        out.push(t(lang, 'investor.askAboveValuation', { valuation: money(Number(d.valuation), lang), keep: pct(Number(d.keepBp)) }));
        break;
      case 'askWithinValuation':
        out.push(t(lang, 'investor.askWithinValuation', { valuation: money(Number(d.valuation), lang) }));
        break;
      case 'notReadyForStage':
        out.push(t(lang, 'investor.notReadyForStage', { valuation: money(Number(d.valuation), lang), min: money(Number(d.min), lang) }));
        break;
      case 'oddsZero':
        out.push(
          t(lang, 'investor.oddsZero', {
            factor: d.factor === 'base' ? t(lang, 'investor.base') : nameOf(lang, 'factor', String(d.factor)),
          }),
        );
        break;
      case 'grantOnCooldown':
      case 'onCooldown':
        out.push(t(lang, `investor.${r.id}`, { quarters: Number(d.quarters) }));
        break;
      case 'alreadyPending':
      case 'notRolled':
      case 'noChannel':
      case 'loanImmediate':
        out.push(t(lang, `investor.${r.id}`));
        break;
      default:
        break;
    }
  }
  return out;
}

function specific(lang: Lang, sc: Scenario, s: State, a: Action, p: Preview): string[] {
  const e = sc.economics;
  switch (a.type) {
    case 'hire': {
      const r = sc.roles[a.role];
      return [
        t(lang, 'note.hireSalary', { salary: money(r.salary.v * a.count, lang), overhead: money(e.overheadPerHead.v * a.count, lang) }),
        r.leadQuarters.v === 0 ? t(lang, 'note.startsNow') : t(lang, 'note.arrivesIn', { n: r.leadQuarters.v }),
        p.staffedBefore && p.staffedAfter
          ? growthNote(lang, p.staffedBefore, p.staffedAfter, 'forecast.staffed')
          : growthNote(lang, p.before, p.forecast),
      ];
    }
    case 'fire':
      return [t(lang, 'note.fireMorale'), growthNote(lang, p.before, p.forecast)];
    case 'setMarketing':
      return [growthNote(lang, p.before, p.forecast)];
    case 'setIncentives':
      return a.equityGrants ? [t(lang, 'note.equityGrants', { pct: pct(e.equityGrantBp.v, 2) })] : [];
    case 'setMarkets': {
      const left = s.policy.markets.filter((m) => !a.markets.includes(m));
      const out: string[] = [];
      const entered = a.markets.filter((m) => s.markets[m] && s.markets[m]!.enteredAt < 0);
      if (entered.length)
        out.push(
          t(lang, 'note.entry', {
            markets: entered.map((m) => marketName(lang, sc, m)).join(punct(lang).list),
            cost: money(p.costNow, lang),
          }),
        );
      if (left.length) out.push(t(lang, 'note.leave', { markets: left.map((m) => marketName(lang, sc, m)).join(punct(lang).list) }));
      const cost = p.ok ? spreadCost(p.after, sc) : null;
      if (cost && cost.reachBp > 0) out.push(t(lang, 'note.spread', { pct: pct(cost.reachBp, 0), work: pct(cost.workBp, 0) }));
      out.push(growthNote(lang, p.before, p.forecast));
      return out;
    }
    case 'setPositioning':
    case 'setBusinessModel':
    case 'setPricing':
    case 'setModelScale': {
      const out: string[] = [];
      for (const m of s.policy.markets) {
        const def = sc.markets[m]!;
        const before = priceIn(s, sc, def, s.markets[m]!);
        const after = priceIn(p.after, sc, def, p.after.markets[m]!);
        if (before !== after)
          out.push(t(lang, 'note.price', { market: def.name[lang], before: money(before, lang), after: money(after, lang) }));
      }
      if (a.type === 'setModelScale') {
        const mdl = sc.models[a.scale];
        out.push(
          t(lang, 'note.scale', {
            cap: mdl.qualityCap.v,
            compute: mdl.computeNeed.v,
            have: s.computeOwned + s.policy.computeRent,
            data: int(mdl.dataNeed.v),
            dataHave: int(s.dataUnits),
          }),
        );
      }
      out.push(growthNote(lang, p.before, p.forecast));
      return out;
    }
    case 'setComputeRent':
    case 'buyCompute': {
      const need = sc.models[s.policy.modelScale].computeNeed.v;
      return [t(lang, 'note.compute', { have: p.after.computeOwned + p.after.policy.computeRent, need })];
    }
    case 'setDataBudget':
      return [t(lang, 'note.data', { units: int(Math.floor(a.amount / Math.max(1, e.dataCostPerUnit.v))) })];
    case 'proposePartnership': {
      const c = chanceOf(sc, p, 'partnerPending');
      return [
        t(lang, 'note.rollAtEnd'),
        ...(c !== null ? [t(lang, 'note.chance', { pct: pct(c) })] : []),
        t(lang, 'note.partnerFee', { fee: money(e.partnershipCost.v, lang) }),
      ];
    }
    case 'setProgramme': {
      // A programme that softens an event's damage rather than its odds (backups: §1.12.3).
      if (!a.on) return [];
      return sc.events
        .filter((e) => e.mitigation && (e.mitigation.factor as string) === a.programme)
        .map((e) => t(lang, 'note.mitigates', { event: eventTitle(lang, sc, e.id), pct: pct(e.mitigation!.reduceBp.v, 0) }));
    }
    case 'raiseRound': {
      const dil = Math.floor((a.amount * 10000) / (a.preMoney + a.amount));
      const founders = Math.floor((founderBp(s) * a.preMoney) / (a.preMoney + a.amount));
      return [
        t(lang, 'note.dilution', { pct: pct(dil), post: money(a.preMoney + a.amount, lang) }),
        t(lang, 'note.foundersAfter', { before: pct(founderBp(s)), after: pct(founders) }),
        t(lang, 'note.rollAtEnd'),
        ...(p.investors ? investorLines(lang, p.investors) : []),
      ];
    }
    case 'applyGrant': {
      return [
        t(lang, 'note.grant', { amount: money(sc.funding.grantAmount.v, lang) }),
        t(lang, 'note.rollAtEnd'),
        ...(p.investors ? investorLines(lang, p.investors) : []),
      ];
    }
    case 'takeLoan': {
      const l = sc.funding.loan;
      return [
        t(lang, 'note.loan', {
          interest: money(Math.floor((a.amount * l.rateBp.v) / 10000), lang),
          repay: money(Math.floor(a.amount / l.termQuarters.v), lang),
          n: l.termQuarters.v,
          covenant: money(l.covenantMinCash.v, lang),
          penalty: pct(l.penaltyBp.v),
        }),
        ...(p.investors ? investorLines(lang, p.investors) : []),
      ];
    }
    default:
      return [];
  }
}

/** The lines shown under a decision before it is committed (an accepted preview only). */
export function decisionNotes(lang: Lang, sc: Scenario, s: State, a: Action, p: Preview): string[] {
  const out: string[] = [];
  if (p.costNow > 0) out.push(t(lang, 'note.costNow', { cost: money(p.costNow, lang) }));
  if (p.perQuarterAfter !== p.perQuarterBefore)
    out.push(t(lang, 'note.perQuarter', { before: money(p.perQuarterBefore, lang), after: money(p.perQuarterAfter, lang) }));
  out.push(...specific(lang, sc, s, a, p));
  if (p.fitBefore !== null && p.fitAfter !== null && p.fitBefore !== p.fitAfter) {
    const position = nameOf(lang, 'positioning', p.after.policy.positioning);
    out.push(t(lang, p.fitAfter ? 'note.fitGained' : 'note.fitLost', { position }));
  }
  if (p.runwayAfter !== p.runwayBefore)
    out.push(t(lang, 'note.runway', { before: runwayText(lang, p.runwayBefore), after: runwayText(lang, p.runwayAfter) }));
  return out;
}

/** Up to `max` event-probability changes, as "Data breach: 3.5% → 1.0%", with the direction and
 *  whether the event is good for the player (so the view can mark it with a symbol, not colour).
 *  An event the quarter would not roll at all (null: out of the company's markets, or cooling down)
 *  has no chance: one the decision starts or stops reads "0% → 4.0%" / "4.0% → 0%". */
export function oddsLines(lang: Lang, sc: Scenario, p: Preview, max = 4): { text: string; up: boolean; good: boolean }[] {
  const out: { text: string; up: boolean; good: boolean }[] = [];
  for (const o of p.odds) {
    const def = sc.events.find((e) => e.id === o.id);
    // A pending request's own outcome (a round, grant or partnership closing) is the decision's
    // note ("Chance of success…"), not a moved risk.
    if (def && def.when !== 'always' && o.before === null) continue;
    const before = o.before ?? 0;
    const after = o.after ?? 0;
    if (before === after) continue;
    const good = def?.good ?? false;
    out.push({
      text: t(lang, 'note.odds', { event: eventTitle(lang, sc, o.id), before: pct(before), after: pct(after) }),
      up: after > before,
      good,
    });
    if (out.length >= max) break;
  }
  return out;
}
