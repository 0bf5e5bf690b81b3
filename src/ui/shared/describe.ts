// Engine data in the player's words: a decision as one line, a rejection with its details
// translated (roles, markets, money), an applied event effect, and scenario text in the language.
import type { Action, Rejection, AppliedEffect, Scenario } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { keyFor, nameOf, punct, t } from '../../i18n/index';
import { int, money, pct, signed } from './format';

export function marketName(lang: Lang, sc: Scenario, id: string): string {
  const m = sc.markets[id];
  return m ? m.name[lang] : id;
}

export function eventTitle(lang: Lang, sc: Scenario, id: string): string {
  const e = sc.events.find((x) => x.id === id);
  return e ? e.title[lang] : id;
}

/** One line naming a decision and its values, e.g. "Hire 2 × ML engineer". */
export function describeAction(lang: Lang, sc: Scenario, a: Action): string {
  const P = punct(lang);
  const name = t(lang, `action.${a.type}`);
  const onOff = (b: boolean) => t(lang, b ? 'ui.on' : 'ui.off');
  switch (a.type) {
    case 'hire':
    case 'fire':
      return `${name}${P.colon}${a.count} × ${t(lang, `role.${a.role}`)}`;
    case 'setStructure':
      return `${name}${P.colon}${t(lang, `structure.${a.structure}`)}`;
    case 'setIncentives':
      return `${name}${P.colon}${t(lang, 'ui.bonus')} ${pct(a.bonusBp, 0)}${P.comma}${t(lang, 'factor.equityGrants')} ${onOff(a.equityGrants)}${P.comma}${t(lang, 'factor.career')} ${onOff(a.career)}`;
    case 'setMarkets':
      return `${name}${P.colon}${a.markets.map((m) => marketName(lang, sc, m)).join(P.list)}`;
    case 'setPositioning':
      return `${name}${P.colon}${t(lang, `positioning.${a.positioning}`)}`;
    case 'setBusinessModel':
      return `${name}${P.colon}${t(lang, `model.${a.model}`)}`;
    case 'setPricing':
      return `${name}${P.colon}${t(lang, `pricing.${a.strategy}`)}${P.comma}${pct(a.levelBp, 0)}`;
    case 'setMarketing':
      return `${name}${P.colon}${t(lang, `channel.${a.channel}`)} ${money(a.budget, lang)}${t(lang, 'ui.perQuarterShort')}`;
    case 'setModelScale':
      return `${name}${P.colon}${t(lang, `scale.${a.scale}`)}`;
    case 'setProductWork':
      return `${name}${P.colon}${t(lang, `work.${a.work}`)}`;
    case 'setRndBudget':
      return `${name}${P.colon}${money(a.amount, lang)}${t(lang, 'ui.perQuarterShort')}`;
    case 'setDataBudget':
      return `${name}${P.colon}${money(a.amount, lang)}${t(lang, 'ui.perQuarterShort')}${P.comma}${t(lang, 'factor.augmentation')} ${onOff(a.augmentation)}`;
    case 'setComputeRent':
      return `${name}${P.colon}${t(lang, 'ui.units', { n: a.units })}`;
    case 'buyCompute':
      return `${name}${P.colon}${t(lang, 'ui.units', { n: a.units })}`;
    case 'proposePartnership':
      return `${name}${P.colon}${t(lang, `partner.${a.kind}`)} · ${marketName(lang, sc, a.market)}`;
    case 'setProgramme':
      return `${t(lang, `programme.${a.programme}`)}${P.colon}${onOff(a.on)}`;
    case 'raiseRound':
      return `${name}${P.colon}${t(lang, `round.${a.kind}`)} ${money(a.amount, lang)} @ ${money(a.preMoney, lang)}`;
    case 'applyGrant':
      return name;
    case 'takeLoan':
      return `${name}${P.colon}${money(a.amount, lang)}`;
    case 'endQuarter':
      return name;
  }
}

const MONEY_DETAILS: Partial<Record<Rejection['code'], string[]>> = {
  notEnoughCash: ['need', 'have'],
  amountOutOfRange: ['min', 'max', 'asked'],
  preMoneyOutOfRange: ['min', 'max', 'asked'],
  milestonesNotMet: ['needRevenue', 'haveRevenue'],
  loanLimit: ['max', 'asked'],
  loanRevenue: ['need', 'have'],
};

/** A refusal in the player's language, every detail translated or formatted. */
export function describeRejection(lang: Lang, sc: Scenario, r: Rejection): string {
  const p: Record<string, string | number> = {};
  const moneyKeys = MONEY_DETAILS[r.code] ?? [];
  for (const k of Object.keys(r.details)) {
    const v = r.details[k]!;
    if (k === 'reasonZh') continue; // the Chinese of `reason` (an invalid decision's detail)
    if (k === 'reason' && lang === 'zh' && typeof r.details.reasonZh === 'string') p[k] = r.details.reasonZh;
    else if (moneyKeys.includes(k) && typeof v === 'number') p[k] = money(v, lang);
    else if (k === 'role') p[k] = nameOf(lang, 'role', String(v));
    else if (k === 'market') p[k] = marketName(lang, sc, String(v));
    else if (k === 'group') p[k] = nameOf(lang, 'group', String(v));
    else if (k === 'status') p[k] = nameOf(lang, 'outcome', String(v));
    else if (k === 'kind')
      p[k] =
        keyFor('round', String(v)) && r.code === 'roundPending' ? nameOf(lang, 'round', String(v)) : nameOf(lang, 'partner', String(v));
    else p[k] = typeof v === 'number' ? int(v) : v;
  }
  return t(lang, `reject.${r.code}`, p);
}

/** An applied effect as "Customers −12" or "Cash −$50,000". */
export function describeEffect(lang: Lang, sc: Scenario, e: AppliedEffect): string {
  const P = punct(lang);
  const name = nameOf(lang, 'effect', e.kind);
  switch (e.kind) {
    case 'cash':
    case 'fine':
      return `${name} ${e.amount < 0 ? '−' : '+'}${money(Math.abs(e.amount), lang)}`;
    case 'computePrice':
    case 'marketPrice':
      return `${name} ${signed(e.amount / 100)}%`;
    case 'regulation':
      return `${name} ${signed(e.amount / 100)} ${t(lang, 'ui.pts')}`;
    case 'staff':
      return `${e.target ? nameOf(lang, 'role', e.target) : name} ${signed(e.amount)}`;
    case 'closeRound':
      return `${name}${P.colon}${e.target ? nameOf(lang, 'round', e.target) : ''} +${money(e.amount, lang)}`;
    case 'awardGrant':
      return `${name}${P.colon}+${money(e.amount, lang)}`;
    case 'formPartnership': {
      if (!e.target || e.amount === 0) return t(lang, 'ui.partnershipNone');
      const [kind, market] = e.target.split(':');
      return `${name}${P.colon}${nameOf(lang, 'partner', kind ?? '')} · ${marketName(lang, sc, market ?? '')}`;
    }
    default:
      return `${name} ${signed(e.amount)}`;
  }
}
