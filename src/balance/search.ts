// Dominant-strategy search: the strategy dimensions a greedy search walks, and the verdicts over
// scenarios: strategies in the top tier everywhere, decision values the search picks on most
// scenarios, fixed strategies that beat the balanced player on most, and which contradict the essay.
import {
  BUSINESS_MODELS,
  POSITIONINGS,
  PRICING,
  PRODUCT_WORK,
  STRUCTURES,
  BALANCED,
  COMPLIANCE_LEVELS,
  HIRING_PACES,
  INCENTIVE_LEVELS,
  MARKETING_LEVELS,
  MODEL_PLANS,
} from '../engine/index';
import type { Strategy } from '../engine/index';
import { bi } from '../i18n/balance-report';

/** One dimension: the settings a greedy step tries (each a partial strategy). */
export interface Dimension {
  id: string;
  options: Partial<Strategy>[];
}

const each = <K extends keyof Strategy>(key: K, values: readonly Strategy[K][]): Partial<Strategy>[] =>
  values.map((v) => ({ [key]: v }) as Partial<Strategy>);

export const DIMENSIONS: readonly Dimension[] = [
  { id: 'markets', options: [{ markets: 1 }, { markets: 2 }, { markets: 3 }, { markets: 1, marketPick: 'biggest' }] },
  { id: 'positioning', options: each('positioning', POSITIONINGS) },
  { id: 'businessModel', options: each('businessModel', BUSINESS_MODELS) },
  { id: 'pricing', options: each('pricing', PRICING) },
  { id: 'priceLevel', options: each('priceLevelBp', [5000, 8000, 10000, 12000, 15000]) },
  {
    id: 'compliance',
    options: [...each('compliance', COMPLIANCE_LEVELS), { compliance: 'all', complianceHire: true }, { complianceHire: false }],
  },
  { id: 'structure', options: each('structure', STRUCTURES) },
  { id: 'incentives', options: each('incentives', INCENTIVE_LEVELS) },
  {
    id: 'financing',
    options: [
      { raise: 'plan', reserve: 2 },
      { raise: 'plan', reserve: 4 },
      { raise: 'plan', reserve: 6 },
      { raise: 'every' },
      { raise: 'never' },
    ],
  },
  { id: 'hiring', options: each('hiring', HIRING_PACES) },
  { id: 'marketing', options: each('marketing', MARKETING_LEVELS) },
  { id: 'content', options: each('content', [true, false]) },
  { id: 'model', options: each('model', MODEL_PLANS) },
  { id: 'productWork', options: each('productWork', PRODUCT_WORK) },
  {
    id: 'data',
    options: [
      { dataPartner: true, augmentation: true },
      { dataPartner: false, augmentation: false },
    ],
  },
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
  /** Strategies in the top tier of every scenario (the goal is none). Only judged with two or more
   *  scenarios. */
  topEverywhere: string[];
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
  const topEverywhere = judged ? names.filter((n) => t.topTier[n]!.every(Boolean)) : [];
  return { best, topEverywhere, judged };
}

/** A decision value the search chose, or a fixed strategy that beat the balanced player, on at
 *  least `dominantAt` scenarios. */
export interface DominantEntry {
  kind: 'decision' | 'strategy';
  /** `field=value` for a decision, the strategy's name for a strategy. */
  value: string;
  /** The scenarios it was chosen on (or beat the balanced player on), in the run's order. */
  scenarios: string[];
  /** For a decision: it is the balanced player's own value (the search kept it). */
  balanced: boolean;
  contradictsEssay: boolean;
  /** Why it contradicts the essay, with the section; null when it does not. */
  why: { zh: string; en: string } | null;
}

/** Pure. Whether a decision value goes against the essay: testing off (§1.12.1, §1.14.1), spread
 *  over several markets (§1.9.1, §1.14.1), no financing plan (§1.14.1, §1.15.2, §1.17.2, §1.20.4). */
export function contradiction(field: keyof Strategy, value: Strategy[keyof Strategy]): { zh: string; en: string } | null {
  if (field === 'productWork' && value !== 'testing') return bi('labReport.against.noTesting');
  if (field === 'markets' && typeof value === 'number' && value > 1) return bi('labReport.against.spread');
  if (field === 'raise' && value === 'never') return bi('labReport.against.noPlan');
  return null;
}

/** The strategy fields the search walks (others never change, so are never "chosen"). */
const SEARCHED: readonly (keyof Strategy)[] = (Object.keys(BALANCED) as (keyof Strategy)[]).filter((k) =>
  DIMENSIONS.some((d) => d.options.some((o) => k in o)),
);

/** Pure. Every decision value the search's final strategies share on at least `at` scenarios. */
export function dominantDecisions(chosen: readonly Strategy[], scenarios: readonly string[], at: number): DominantEntry[] {
  const out: DominantEntry[] = [];
  for (const field of SEARCHED) {
    const values: Strategy[keyof Strategy][] = [];
    for (const st of chosen) if (!values.includes(st[field])) values.push(st[field]);
    for (const v of values) {
      const on = scenarios.filter((_, i) => chosen[i]![field] === v);
      if (on.length < at) continue;
      const why = contradiction(field, v);
      out.push({
        kind: 'decision',
        value: `${field}=${String(v)}`,
        scenarios: on,
        balanced: BALANCED[field] === v,
        contradictsEssay: why !== null,
        why,
      });
    }
    // Values that contradict the essay the same way count together (2 markets on some scenarios and
    // 3 on others is still "spread" on all of them).
    const against = values.filter((v) => contradiction(field, v) !== null);
    const onAgainst = scenarios.filter((_, i) => against.includes(chosen[i]![field]));
    if (
      against.length > 1 &&
      onAgainst.length >= at &&
      !against.some((v) => scenarios.filter((_, i) => chosen[i]![field] === v).length >= at)
    ) {
      out.push({
        kind: 'decision',
        value: `${field}=${against.map(String).join('|')}`,
        scenarios: onAgainst,
        balanced: against.includes(BALANCED[field]),
        contradictsEssay: true,
        why: contradiction(field, against[0]!),
      });
    }
  }
  return out;
}

/** Pure. Fixed strategies that beat the balanced player (per scenario: the paired 95% interval of
 *  the stake difference above 0) on at least `at` scenarios. `focused` is the essay's own pattern
 *  (cases A and B), so its win is no contradiction; any other fixed rule's is a formula to crack. */
export function dominantStrategies(beats: Record<string, readonly boolean[]>, scenarios: readonly string[], at: number): DominantEntry[] {
  const out: DominantEntry[] = [];
  for (const name of Object.keys(beats)) {
    const on = scenarios.filter((_, i) => beats[name]![i]);
    if (on.length < at) continue;
    const ok = name === 'focused';
    out.push({
      kind: 'strategy',
      value: name,
      scenarios: on,
      balanced: false,
      contradictsEssay: !ok,
      why: ok ? null : bi('labReport.against.fixedRule', { n: on.length }),
    });
  }
  return out;
}

/** Pure. The dominant entries `--strict` fails on: those that contradict the essay. */
export function strictFailures(dominant: readonly DominantEntry[]): DominantEntry[] {
  return dominant.filter((d) => d.contradictsEssay);
}
