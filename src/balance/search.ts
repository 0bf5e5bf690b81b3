// Dominant-strategy search: the strategy dimensions a greedy search walks, and the verdict over
// scenarios. A "cracked formula" is one strategy that scores best on every scenario; the goal is none.
import { BUSINESS_MODELS, POSITIONINGS, PRICING, PRODUCT_WORK, STRUCTURES } from '../engine/ids';
import type { Strategy } from '../engine/bots/strategy';
import { COMPLIANCE_LEVELS, HIRING_PACES, INCENTIVE_LEVELS, MARKETING_LEVELS, MODEL_PLANS } from '../engine/bots/strategy';

/** One dimension: the settings a greedy step tries (each a partial strategy). */
export interface Dimension { id: string; options: Partial<Strategy>[] }

const each = <K extends keyof Strategy>(key: K, values: readonly Strategy[K][]): Partial<Strategy>[] =>
  values.map((v) => ({ [key]: v }) as Partial<Strategy>);

export const DIMENSIONS: readonly Dimension[] = [
  { id: 'markets', options: [{ markets: 1 }, { markets: 2 }, { markets: 3 }, { markets: 1, marketPick: 'biggest' }] },
  { id: 'positioning', options: each('positioning', POSITIONINGS) },
  { id: 'businessModel', options: each('businessModel', BUSINESS_MODELS) },
  { id: 'pricing', options: each('pricing', PRICING) },
  { id: 'priceLevel', options: each('priceLevelBp', [5000, 8000, 10000, 12000, 15000]) },
  { id: 'compliance', options: [...each('compliance', COMPLIANCE_LEVELS), { compliance: 'all', complianceHire: true }, { complianceHire: false }] },
  { id: 'structure', options: each('structure', STRUCTURES) },
  { id: 'incentives', options: each('incentives', INCENTIVE_LEVELS) },
  { id: 'financing', options: [{ raise: 'plan', reserve: 2 }, { raise: 'plan', reserve: 4 }, { raise: 'plan', reserve: 6 }, { raise: 'every' }, { raise: 'never' }] },
  { id: 'hiring', options: each('hiring', HIRING_PACES) },
  { id: 'marketing', options: each('marketing', MARKETING_LEVELS) },
  { id: 'content', options: each('content', [true, false]) },
  { id: 'model', options: each('model', MODEL_PLANS) },
  { id: 'productWork', options: each('productWork', PRODUCT_WORK) },
  { id: 'data', options: [{ dataPartner: true, augmentation: true }, { dataPartner: false, augmentation: false }] },
];

/** Pure. A strategy's canonical key (fields in a fixed order), to recognise repeats. */
export function strategyKey(s: Strategy): string {
  const keys = Object.keys(s).sort() as (keyof Strategy)[];
  return keys.map((k) => `${k}=${String(s[k])}`).join(';');
}

export interface ScoreTable {
  /** Scenario ids, in the run's order. */
  scenarios: string[];
  /** Strategy name → one score per scenario (mean founders' stake, USD). */
  scores: Record<string, number[]>;
  /** Strategy name → per scenario, whether it is statistically tied with that scenario's best
   *  (the paired difference to the best has a 95% interval that includes zero), or is the best. */
  topTier: Record<string, boolean[]>;
}

export interface Verdict {
  /** Scenario id → the strategy with the highest score there. */
  best: Record<string, string>;
  /** Strategies in the top tier of every scenario: a dominant strategy (the goal is none). Only
   *  judged with two or more scenarios. */
  dominant: string[];
  judged: boolean;
}

/** Pure. The best strategy per scenario, and the strategies that no other strategy beats with
 *  confidence on any scenario. Ties go to the name first in the table's order. */
export function verdict(t: ScoreTable): Verdict {
  const names = Object.keys(t.scores);
  const best: Record<string, string> = {};
  t.scenarios.forEach((id, i) => {
    let top = names[0]!;
    for (const n of names) if (t.scores[n]![i]! > t.scores[top]![i]!) top = n;
    best[id] = top;
  });
  const judged = t.scenarios.length >= 2;
  const dominant = judged ? names.filter((n) => t.topTier[n]!.every(Boolean)) : [];
  return { best, dominant, judged };
}
