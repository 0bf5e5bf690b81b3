// The score of a run: the six key elements of the seed's summary (§1.20.1-§1.20.6), each 0..100
// from the run's own history, beside the hard results (survival, revenue, valuation, founders' stake).
// Events count by the seed sections they cite, so a scenario's own events score without code changes.
import { TECH_ROLES } from './ids';
import { clamp, divFloor } from './math';
import type { Scenario } from './scenario/schema';
import type { State } from './state';

export const ELEMENTS = [
  'technologyInnovation',
  'marketPositioning',
  'team',
  'financing',
  'businessModelInnovation',
  'riskManagement',
] as const;
export type Element = (typeof ELEMENTS)[number];

export interface Score extends Record<Element, number> {
  /** Mean of the six elements; for a company that ran out of cash, times the share of the scenario's
   *  quarters it lasted (so a team that went bankrupt never outranks one that survived on the same score). */
  total: number;
  survived: boolean;
  /** Last closed quarter's revenue and valuation, in USD. */
  revenue: number;
  valuation: number;
  /** Founders' ownership at the end, basis points. */
  founderBp: number;
  /** The founders kept majority control (≥ 50%) of a company that did not go bankrupt (§1.20.4). */
  controlKept: boolean;
  /** Each element's parts (they add up to it), for the debrief to explain the number. */
  parts: Record<Element, Record<string, number>>;
}

/** `part` points scaled by num/den, clamped to 0..part. */
const share = (part: number, num: number, den: number): number => (den <= 0 ? 0 : clamp(divFloor(part * num, den), 0, part));
/** `part` points minus `each` per occurrence, not below 0. */
const penalty = (part: number, each: number, count: number): number => Math.max(0, part - each * count);

/** Pure. How many fired events (good or bad) cite a section starting with one of the prefixes. */
function firedCiting(s: State, sc: Scenario, good: boolean, prefixes: readonly string[]): number {
  let n = 0;
  for (const k of s.history) {
    for (const id of k.fired) {
      const def = sc.events.find((e) => e.id === id);
      if (def && def.good === good && def.section.some((x) => prefixes.some((p) => x === p || x.startsWith(p + '.')))) n++;
    }
  }
  return n;
}

const sumParts = (p: Record<string, number>): number => {
  let n = 0;
  for (const k of Object.keys(p)) n += p[k]!;
  return clamp(n, 0, 100);
};

/** The most each part can score (as the contract below states): what a player could still gain. */
export const PART_MAX: Readonly<Record<Element, Readonly<Record<string, number>>>> = {
  technologyInnovation: { quality: 50, growth: 30, reliability: 20 },
  marketPositioning: { focus: 40, share: 40, distinctness: 20 },
  team: { roles: 40, morale: 30, collaboration: 30 },
  financing: { survival: 30, reserve: 10, raised: 30, control: 30 },
  businessModelInnovation: { sustainability: 40, growth: 20, model: 20, ecosystem: 20 },
  riskManagement: { incidents: 60, posture: 40 },
};

/** Pure. Deterministic integer score of a run (finished, bankrupt or still playing).
 *
 *  technologyInnovation (§1.20.1): quality 50 × final quality / the large model's cap; growth 30 ×
 *    2 × quality gained / that cap; reliability 20 − 5 per technical failure (bad events citing §1.12.1).
 *  marketPositioning (§1.20.2): focus 40 × quarters with one market / quarters; share 40 × 5 × customers
 *    / potential of the final markets (20% share scores full); distinctness 20 − 5 per look-alike or
 *    saturation event (bad, citing §1.6.1 or §1.19.3).
 *  team (§1.20.3): roles 10 each for ≥ 3 technical staff, a product manager, marketing, a compliance or
 *    domain expert; morale 30 × mean morale / 100; collaboration 30 − 6 per team event (bad, §1.15/§1.16).
 *  financing (§1.20.4): survival 30 × quarters survived / scenario quarters; reserve 10 × quarters ending
 *    with cash ≥ that quarter's costs / quarters; raised 10 per closed round (max 20) + 10 with a grant;
 *    control 30 while the founders keep majority control (≥ 50%), 0 once they lose it: §1.17.2 and
 *    §1.20.4 ask for equity allotted so that control stays stable, so losing it is not a matter of
 *    degree (a team below 50% scores 5 less in total than an otherwise equal team that kept
 *    control, and ranks below it). Bankrupt: raised and control are 0.
 *  businessModelInnovation (§1.20.5): sustainability 40 × last revenue / last costs; growth 20 ×
 *    quarters whose revenue did not fall / (quarters − 1); model 20 for subscription, platform or data
 *    marketplace (the seed's three), 10 for bundling; ecosystem 10 per partnership (max 20).
 *  riskManagement (§1.20.6): incidents 60 − 12 per bad event citing §1.12 (technical, legal and
 *    ethical, data security); posture 40 × mean compliance posture (bp) / 10000. */
export function scoreRun(s: State, sc: Scenario): Score {
  const h = s.history;
  const n = h.length;
  const last = h[n - 1];
  const largeCap = sc.models.large.qualityCap.v;
  const startQuality = sc.start.quality.v;
  const finalQuality = last ? last.quality : s.quality;

  const tech = {
    quality: share(50, finalQuality, largeCap),
    growth: share(30, 2 * Math.max(0, finalQuality - startQuality), largeCap),
    reliability: penalty(20, 5, firedCiting(s, sc, false, ['§1.12.1'])),
  };

  let focusedQuarters = 0;
  for (const k of h) if (k.markets === 1) focusedQuarters++;
  let customers = 0;
  let potential = 0;
  for (const m of s.policy.markets) {
    customers += s.markets[m]?.customers ?? 0;
    potential += s.markets[m]?.potential ?? 0;
  }
  const market = {
    focus: share(40, focusedQuarters, n),
    share: share(40, 5 * customers, potential),
    distinctness: penalty(20, 5, firedCiting(s, sc, false, ['§1.6.1', '§1.19.3'])),
  };

  let tech3 = 0;
  for (const r of TECH_ROLES) tech3 += s.staff[r];
  let morale = 0;
  for (const k of h) morale += k.morale;
  const team = {
    roles:
      (tech3 >= 3 ? 10 : 0) +
      (s.staff.productManager > 0 ? 10 : 0) +
      (s.staff.marketing > 0 ? 10 : 0) +
      (s.staff.compliance + s.staff.domainExpert > 0 ? 10 : 0),
    morale: n === 0 ? 0 : share(30, divFloor(morale, n), 100),
    collaboration: penalty(30, 6, firedCiting(s, sc, false, ['§1.15', '§1.16'])),
  };

  let reserved = 0;
  for (const k of h) if (k.cash >= k.costs) reserved++;
  const founders = s.capTable.find((x) => x.holder === 'founders');
  let shares = 0;
  for (const x of s.capTable) shares += x.shares;
  const founderBp = founders && shares > 0 ? divFloor(founders.shares * 10000, shares) : 0;
  // A plan that ran out of cash failed as a plan (§1.14.1): what it raised and kept counts for nothing.
  const bankrupt = s.status === 'bankrupt';
  const finance = {
    survival: share(30, bankrupt ? Math.max(0, n - 1) : n, sc.quarters.v),
    reserve: share(10, reserved, n),
    raised: bankrupt ? 0 : Math.min(20, 10 * s.rounds.length) + (s.ledger.grants > 0 ? 10 : 0),
    control: !bankrupt && founderBp >= MAJORITY_BP ? 30 : 0,
  };

  let notFalling = 0;
  for (let i = 1; i < n; i++) if (h[i]!.revenue >= h[i - 1]!.revenue) notFalling++;
  const bm = s.policy.businessModel;
  const model = {
    sustainability: last ? share(40, last.revenue, last.costs) : 0,
    growth: share(20, notFalling, n - 1),
    model: bm === 'bundling' ? 10 : 20,
    ecosystem: Math.min(20, 10 * s.partnerships.length),
  };

  let posture = 0;
  for (const k of h) posture += k.complianceBp;
  const risk = {
    incidents: penalty(60, 12, firedCiting(s, sc, false, ['§1.12'])),
    posture: n === 0 ? 0 : share(40, divFloor(posture, n), 10000),
  };

  const parts: Score['parts'] = {
    technologyInnovation: tech,
    marketPositioning: market,
    team,
    financing: finance,
    businessModelInnovation: model,
    riskManagement: risk,
  };
  const el = {} as Record<Element, number>;
  let total = 0;
  for (const e of ELEMENTS) {
    el[e] = n === 0 ? 0 : sumParts(parts[e]);
    total += el[e];
  }
  const mean = divFloor(total, ELEMENTS.length);
  const lasted = bankrupt ? divFloor(mean * Math.max(0, n - 1), sc.quarters.v) : mean;
  return {
    ...el,
    total: lasted,
    survived: !bankrupt,
    revenue: last ? last.revenue : 0,
    valuation: last ? last.valuation : 0,
    founderBp,
    controlKept: !bankrupt && founderBp >= MAJORITY_BP,
    parts,
  };
}

/** Founders' ownership (bp) that keeps majority control. */
const MAJORITY_BP = 5000;

/** Pure. Leaderboard order of two scores (negative: `a` ranks first): the total, then control kept
 *  (§1.20.4: with equal totals, the team that kept control ranks first), then valuation, then the
 *  founders' ownership. 0 means the two runs are level and share a rank. */
export function compareScores(a: Score, b: Score): number {
  return b.total - a.total || Number(b.controlKept) - Number(a.controlKept) || b.valuation - a.valuation || b.founderBp - a.founderBp;
}

/** Pure. Competition ranks ("1, 1, 3") of scores already sorted by compareScores: a run level with
 *  the one before it shares its rank; the next run's rank counts every run ahead of it. */
export function sharedRanks(sorted: readonly Score[]): number[] {
  const ranks: number[] = [];
  sorted.forEach((sc, i) => {
    ranks.push(i > 0 && compareScores(sorted[i - 1]!, sc) === 0 ? ranks[i - 1]! : i + 1);
  });
  return ranks;
}
