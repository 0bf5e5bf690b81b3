// The run's score for the leaderboard: the six key elements of the seed's summary (§1.20), 0-100
// each. PROVISIONAL until src/engine/score.ts (scoreRun) lands: same shape, simpler formulas.
import type { Scenario } from '../engine/scenario-schema';
import type { State } from '../engine/state';
import { founderBp } from '../engine/selectors';

export const ELEMENTS = ['technologyInnovation', 'marketPositioning', 'team', 'financing', 'businessModelInnovation', 'riskManagement'] as const;
export type Element = (typeof ELEMENTS)[number];

export type Score = Record<Element, number> & { total: number; survived: boolean; revenue: number; valuation: number; founderBp: number };

const cap = (n: number) => Math.max(0, Math.min(100, Math.floor(n)));

/** Pure. Integer 0..100 per element from the run's own history; total is their sum (0..600). */
export function scoreRun(s: State, sc: Scenario): Score {
  const h = s.history;
  const last = h[h.length - 1];
  const n = h.length || 1;
  let morale = 0, compliance = 0, markets = 0, revenue = 0;
  for (const k of h) { morale += k.morale; compliance += k.complianceBp; markets += k.markets; revenue += k.revenue; }
  const qualityCap = sc.models.large.qualityCap.v;
  const firstRev = h.find((k) => k.revenue > 0);
  const el: Record<Element, number> = {
    technologyInnovation: cap(((last ? last.quality : s.quality) * 100) / qualityCap),
    marketPositioning: cap(100 - ((markets * 10) / n - 10) * 2.5) - (s.policy.positioning === 'cost' ? 10 : 0),
    team: cap(morale / n),
    financing: cap((s.status === 'bankrupt' ? 0 : 50) + founderBp(s) / 200),
    businessModelInnovation: cap(last && firstRev ? (last.revenue * 50) / Math.max(1, firstRev.revenue * 4) : 0),
    riskManagement: cap(compliance / n / 100),
  };
  let total = 0;
  for (const e of ELEMENTS) { el[e] = cap(el[e]); total += el[e]; }
  return { ...el, total, survived: s.status !== 'bankrupt', revenue, valuation: last ? last.valuation : 0, founderBp: founderBp(s) };
}
