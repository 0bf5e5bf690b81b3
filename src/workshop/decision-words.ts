// Decisions in a few words each, in Chinese and English (workshop.word.* and workshop.do.* in
// src/i18n/workshop.ts): the debrief's decision matrix and CSV, where a cell must fit a quarter's
// choices of one team ("hire 2 ML eng · seed $1.0M@$4.0M").
import type { Action } from '../engine/index';
import type { KeyTail, Lang } from '../i18n/index';
import { t } from '../i18n/index';

const w = (lang: Lang, k: KeyTail<'workshop.word'>) => t(lang, `workshop.word.${k}`);

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
  const f = (params: Record<string, string | number>) => t(lang, `workshop.do.${a.type}`, params);
  switch (a.type) {
    case 'hire':
    case 'fire':
      return f({ n: a.count, x: w(lang, a.role) });
    case 'setStructure':
      return f({ x: w(lang, a.structure) });
    case 'setIncentives':
      return f({ pct: pct(a.bonusBp), extra: (a.equityGrants ? w(lang, 'equity') : '') + (a.career ? w(lang, 'career') : '') });
    case 'setMarkets':
      return f({ x: a.markets.map(market).join('+') });
    case 'setPositioning':
      return f({ x: w(lang, a.positioning) });
    case 'setBusinessModel':
      return f({ x: w(lang, a.model) });
    case 'setPricing':
      return f({ x: w(lang, a.strategy), pct: pct(a.levelBp) });
    case 'setMarketing':
      return f({ x: w(lang, a.channel), usd: shortUsd(a.budget) });
    case 'setModelScale':
      return f({ x: w(lang, a.scale) });
    case 'setProductWork':
      return f({ x: w(lang, a.work) });
    case 'setRndBudget':
      return f({ usd: shortUsd(a.amount) });
    case 'setDataBudget':
      return f({ usd: shortUsd(a.amount), extra: a.augmentation ? w(lang, 'augment') : '' });
    case 'setComputeRent':
      return f({ n: a.units });
    case 'buyCompute':
      return f({ n: a.units });
    case 'proposePartnership':
      return f({ x: w(lang, a.kind), m: market(a.market) });
    case 'setProgramme':
      return f({ on: w(lang, a.on ? 'on' : 'off'), x: w(lang, a.programme) });
    case 'raiseRound':
      return f({ x: w(lang, a.kind), usd: shortUsd(a.amount), pre: shortUsd(a.preMoney) });
    case 'applyGrant':
    case 'endQuarter':
      return f({});
    case 'takeLoan':
      return f({ usd: shortUsd(a.amount) });
  }
}

/** Pure. A quarter's decisions in one cell ("—" when the team changed nothing). */
export function quarterWords(d: readonly Action[], lang: Lang, market?: MarketName): string {
  return d.length ? d.map((a) => decisionWords(a, lang, market)).join(' · ') : '—';
}
