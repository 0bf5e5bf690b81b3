// The six key elements of the seed's summary (§1.20: technology innovation, market positioning,
// team, financing, business-model innovation, risk management), scored 0..100 from a run's own
// history. Provisional until the engine's scoreRun lands; the view marks it as such.
import type { Scenario } from '../engine/scenario-schema';
import { founderBp, totalCustomers } from '../engine/selectors';
import type { State } from '../engine/state';

export const ELEMENTS = ['technology', 'positioning', 'team', 'financing', 'businessModel', 'risk'] as const;
export type ElementId = (typeof ELEMENTS)[number];
export interface RunScore { elements: Record<ElementId, number>; total: number; provisional: boolean }

const clamp100 = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function runScore(sc: Scenario, s: State): RunScore {
  const hist = s.history;
  const last = hist[hist.length - 1];
  const topCap = sc.models.large.qualityCap.v;
  const technology = clamp100((s.quality * 100) / topCap);
  const focus = mean(hist.map((k) => (k.markets <= 1 ? 100 : k.markets === 2 ? 75 : 40)));
  let potential = 0;
  for (const m of s.policy.markets) potential += s.markets[m]?.potential ?? 0;
  const share = potential > 0 ? Math.min(100, (totalCustomers(s) * 400) / potential) : 0;
  const positioning = clamp100(hist.length ? focus * 0.5 + share * 0.5 : 0);
  const team = clamp100(mean(hist.map((k) => k.morale)) * 0.7 + (s.staff.productManager > 0 ? 30 : 0));
  const financing = clamp100((s.status === 'bankrupt' ? 0 : 40) + (founderBp(s) * 40) / 10000 + (s.cash > 0 ? 20 : 0));
  const businessModel = clamp100(last && last.costs > 0 ? (last.revenue * 100) / last.costs : 0);
  let bad = 0;
  for (const k of hist) for (const id of k.fired) if (sc.events.find((e) => e.id === id && !e.good)) bad += 1;
  // Fewer harmful events per quarter and a stronger compliance posture both count.
  const badRate = hist.length ? Math.min(1, bad / hist.length) : 1;
  const risk = clamp100(70 * (1 - badRate) + (30 * mean(hist.map((k) => k.complianceBp))) / 10000);
  const elements = { technology, positioning, team, financing, businessModel, risk };
  return { elements, total: clamp100(mean(ELEMENTS.map((e) => elements[e]))), provisional: true };
}
