// The shipped scenarios as teaching content: each starts from its case's situation as the seed tells
// it, carries a bilingual facilitator note, and plays out its lesson by a margin luck cannot explain
// (keeping company C's or D's mistakes loses to fixing them, A's and B's patterns survive, the
// workshop rewards focus and a financing plan).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readScenario, scenarioIds } from '../src/cli/scenarios';
import type { Action, Programme, RoundKind, Scenario, State } from '../src/engine/index';
import {
  playBot,
  isSeedSection,
  lastRevenue,
  runwayQuarters,
  totalCustomers,
  initialState,
  step,
  investorValuations,
  milestonesMet,
} from '../src/engine/index';

// Through the loader's `extends` resolution, as every consumer loads them.
const load = (id: string): Scenario => readScenario(id).scenario;
const CJK = /[\u4e00-\u9fff]/;
const ids = scenarioIds();

describe('every shipped scenario', () => {
  it.each(ids)('%s: id matches the file, texts in both languages, a facilitator note', (id) => {
    const s = load(id);
    expect(s.id).toBe(id);
    const texts = [
      s.title,
      s.brief,
      ...s.facilitator.goals,
      ...s.facilitator.questions,
      ...s.events.flatMap((e) => [e.title, e.text, ...(e.missText ? [e.missText] : [])]),
    ];
    for (const t of texts) {
      expect(t.zh, t.en).toMatch(CJK);
      expect(t.en, t.zh).not.toMatch(CJK);
    }
    expect(s.facilitator.goals.length).toBeGreaterThanOrEqual(3);
    expect(s.facilitator.questions.length).toBeGreaterThanOrEqual(3);
    expect(s.facilitator.sections.length).toBeGreaterThanOrEqual(3);
    for (const sec of s.facilitator.sections) expect(isSeedSection(sec), sec).toBe(true);
  });

  it('`scenarios --json` lists each with its id, quarters and title in both languages', () => {
    const out = execFileSync('npx', ['tsx', 'src/cli/main.ts', 'scenarios', '--json'], { encoding: 'utf8' }).trim().split('\n').pop()!;
    const rows = JSON.parse(out) as { id: string; quarters: number; titleZh: string; titleEn: string; title: { zh: string; en: string } }[];
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    const intro = rows.find((r) => r.id === 'workshop-intro')!;
    expect(intro).toMatchObject({ quarters: 8, titleZh: load('workshop-intro').title.zh, titleEn: load('workshop-intro').title.en });
    expect(intro.title).toEqual(load('workshop-intro').title);
  });
});

describe('workshop-intro: a first 20-30 minute class', () => {
  const s = load('workshop-intro');
  it('has 8 quarters and only the team, market and funding decisions', () => {
    expect(s.quarters.v).toBe(8);
    expect([...s.unlocked].sort()).toEqual(['funding', 'market', 'team']);
    const st = initialState(s, '1');
    const locked = step(st, { type: 'setProgramme', programme: 'audit', on: true }, s);
    expect(locked).toMatchObject({ ok: false, rejection: { code: 'groupLocked', details: { group: 'compliance' } } });
    expect(step(st, { type: 'setRndBudget', amount: 1 }, s)).toMatchObject({ ok: false, rejection: { code: 'groupLocked' } });
    expect(step(st, { type: 'hire', role: 'marketing', count: 1 }, s).ok).toBe(true);
  });
  it('is gentler than classic: more starting cash per quarter of play, rarer setbacks', () => {
    const c = load('classic');
    expect(s.start.cash.v / s.quarters.v).toBeGreaterThan(c.start.cash.v / c.quarters.v);
    // Every setback that can happen in its 8 quarters (a base above 0, rolled before the last quarter).
    const possible = s.events.filter((x) => !x.good && x.base.v > 0 && (!x.fromQuarter || x.fromQuarter.v < s.quarters.v));
    expect(possible.length).toBeGreaterThanOrEqual(8);
    for (const e of possible) expect(e.base.v, e.id).toBeLessThan(c.events.find((x) => x.id === e.id)!.base.v);
  });
});

describe('the cases start where the seed says they started', () => {
  it('founding years and markets: A fintech 2015, B healthcare 2018, C medical 2016 in several segments, D fintech 2017', () => {
    const [a, b, c, d] = ['case-a-fintech-2015', 'case-b-health-2018', 'case-c-medical-2016', 'case-d-fintech-2017'].map(load) as [
      Scenario,
      Scenario,
      Scenario,
      Scenario,
    ];
    expect([a.startYear.v, b.startYear.v, c.startYear.v, d.startYear.v]).toEqual([2015, 2018, 2016, 2017]);
    expect(a.start.policy).toMatchObject({ markets: ['advisory'], businessModel: 'subscription' });
    expect(a.start.quality.v).toBeGreaterThan(a.markets.advisory!.qualityBar.v); // A's technical lead (§1.13.1)
    expect(b.start.policy.markets).toEqual(['diagnosis']);
    expect(b.start.dataUnits.v).toBeGreaterThanOrEqual(b.models[b.start.policy.modelScale].dataNeed.v); // B's data advantage
    expect(c.start.policy.markets.length).toBeGreaterThanOrEqual(3); // C: several segments at once
    expect(c.start.cash.v).toBeLessThan(load('classic').start.cash.v); // C: too little money
    expect(c.start.dataUnits.v).toBeLessThan(c.models[c.start.policy.modelScale].dataNeed.v); // C: thin data
    expect(d.start.policy).toMatchObject({ markets: ['investing'], programmes: [], structure: 'functional' }); // D: ethics ignored, silos
    expect(d.start.staff.productManager.v).toBe(0);
  });

  it('every case is played in its own field: finance segments for A and D, healthcare segments for B and C', () => {
    const field = (sc: Scenario) => new Set(Object.values(sc.markets).flatMap((m) => m.section.filter((x) => x.startsWith('§1.2.'))));
    for (const id of ['case-a-fintech-2015', 'case-d-fintech-2017']) expect([...field(load(id))], id).toEqual(['§1.2.1']);
    for (const id of ['case-b-health-2018', 'case-c-medical-2016']) expect([...field(load(id))], id).toEqual(['§1.2.3']);
    // Every figure of a segment the essay does not give is labelled design.
    for (const id of ['case-a-fintech-2015', 'case-b-health-2018', 'case-c-medical-2016', 'case-d-fintech-2017'])
      for (const [m, def] of Object.entries(load(id).markets)) expect(def.potential.source, `${id} ${m}`).toMatch(/design/);
  });
});

// --- Scripted players, independent of the balance bots: a case's own pattern, its mistakes kept, or
// its mistakes fixed. Each adds the same financing plan and growth rules, so only the case's choices differ.

/** The latest round the company's valuation supports, selling about a quarter of the company. */
function raise(s: State, sc: Scenario): Action[] {
  if (s.pending.round) return [];
  // What the investors of each round would accept, and only rounds whose milestones are met (§1.17.3).
  const vals = investorValuations(s, sc);
  let kind: RoundKind = 'angel';
  for (const k of ['angel', 'seed', 'seriesA', 'seriesB'] as const)
    if (sc.funding.rounds[k].minPreMoney.v <= vals[k] && milestonesMet(s, sc, k)) kind = k;
  const r = sc.funding.rounds[kind];
  const pre = Math.min(r.maxPreMoney.v, Math.max(r.minPreMoney.v, vals[kind]));
  return [{ type: 'raiseRound', kind, amount: Math.max(r.minAmount.v, Math.min(r.maxAmount.v, Math.floor(pre / 4))), preMoney: pre }];
}

/** Plays `first` in quarter 1 and funds `programmes` from quarter 2. Then, every quarter: applies for
 *  grants and asks investors when runway is under 6 quarters (the financing plan, unless `plan` is
 *  false), seeks a data partner while in one market, adds a seller as customers outgrow the sales
 *  team, and spends on ads in step with cash and revenue. */
function player(first: Action[], programmes: Programme[], plan = true) {
  return (s: State, sc: Scenario): Action[] => {
    const out: Action[] = s.quarter === 0 ? [...first] : [];
    if (s.quarter === 1) for (const p of programmes) out.push({ type: 'setProgramme', programme: p, on: true });
    const rw = runwayQuarters(s, sc);
    if (plan && !s.pending.grant) out.push({ type: 'applyGrant' });
    if (!s.pending.partner && s.policy.markets.length === 1 && !s.partnerships.some((p) => p.kind === 'data'))
      out.push({ type: 'proposePartnership', kind: 'data', market: s.policy.markets[0]! });
    if (rw >= 4 && totalCustomers(s) > (s.staff.marketing + 1) * 10) out.push({ type: 'hire', role: 'marketing', count: 1 });
    out.push({
      type: 'setMarketing',
      channel: 'ads',
      budget: rw >= 2 ? Math.floor((Math.max(0, s.cash) * 400 + lastRevenue(s) * 3000) / 1e7) * 1000 : 10000,
    });
    return plan && rw < 6 ? [...out, ...raise(s, sc)] : out;
  };
}

/** A keen first-class team: hires every quarter it can afford to, spends on ads as it grows. */
function workshopTeam(markets: string[] | null, plan: boolean) {
  return (s: State, sc: Scenario): Action[] => {
    const out: Action[] = s.quarter === 0 && markets ? [{ type: 'setMarkets', markets }] : [];
    const rw = runwayQuarters(s, sc);
    if (rw >= 3) out.push({ type: 'hire', role: s.quarter % 2 === 0 ? 'mlEngineer' : 'marketing', count: 1 });
    out.push({
      type: 'setMarketing',
      channel: 'ads',
      budget: rw >= 2 ? Math.floor((Math.max(0, s.cash) * 400 + lastRevenue(s) * 3000) / 1e7) * 1000 : 10000,
    });
    if (plan && !s.pending.grant) out.push({ type: 'applyGrant' });
    return plan && rw < 6 ? [...out, ...raise(s, sc)] : out;
  };
}
const idle = (): Action[] => [];

// 300 seeds keep all of this file near 5 s; every lesson below is a difference of at least 4 standard
// errors of the paired difference (same seeds), so none can pass by luck (p < 0.0001) on any seed set.
const SEEDS = Array.from({ length: 300 }, (_, i) => `lesson-${i + 1}`);
interface Runs {
  survived: number[];
  fired: (...ids: string[]) => number[];
  perQuarter: (...ids: string[]) => number[];
}
function play(sc: Scenario, bot: (s: State, sc: Scenario) => Action[]): Runs {
  const games = SEEDS.map((seed) => playBot(sc, seed, bot, { hashes: false, checks: false }).state);
  const fired = (...ids: string[]) => games.map((g) => g.history.reduce((n, k) => n + k.fired.filter((f) => ids.includes(f)).length, 0));
  return {
    survived: games.map((g) => (g.status === 'finished' ? 1 : 0)),
    fired,
    perQuarter: (...ids) => fired(...ids).map((n, i) => n / games[i]!.quarter),
  };
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** The paired difference a - b over the same seeds: its mean and standard error. */
function paired(a: number[], b: number[]): { diff: number; se: number } {
  const d = a.map((x, i) => x - b[i]!);
  const m = mean(d);
  return { diff: m, se: Math.sqrt(d.reduce((s, x) => s + (x - m) * (x - m), 0) / (d.length - 1) / d.length) };
}
/** a beats b by at least `min` and by more than 4 standard errors. */
function expectClearly(a: number[], b: number[], min: number, what: string) {
  const { diff, se } = paired(a, b);
  expect(diff, `${what}: difference ${diff.toFixed(3)}`).toBeGreaterThanOrEqual(min);
  expect(diff, `${what}: difference ${diff.toFixed(3)} vs 4 standard errors ${(4 * se).toFixed(3)}`).toBeGreaterThan(4 * se);
}

describe('workshop-intro teaches focus and a financing plan (300 seeds)', () => {
  const w = load('workshop-intro');
  let memo: Runs | null = null;
  const focusPlan = () => (memo ??= play(w, workshopTeam(null, true)));
  it('a keen team in one market with a financing plan almost always reaches quarter 8', () => {
    expect(mean(focusPlan().survived)).toBeGreaterThanOrEqual(0.9);
  });
  it('spreading over three markets, or growing without raising money, survives clearly less often', () => {
    expectClearly(
      focusPlan().survived,
      play(w, workshopTeam(['retail', 'education', 'supplyChain'], true)).survived,
      0.15,
      'focus vs three markets',
    );
    expectClearly(focusPlan().survived, play(w, workshopTeam(null, false)).survived, 0.5, 'a financing plan vs none');
  });
});

describe('the cases teach their lesson (300 seeds, margins of 4 standard errors)', () => {
  it("cases A and B: the company's own pattern with a financing plan survives clearly more often than doing nothing", () => {
    for (const id of ['case-a-fintech-2015', 'case-b-health-2018']) {
      const sc = load(id);
      // A starts with its finance expert; a medical company hires a doctor (§1.16.2 domain experts).
      const first: Action[] = id === 'case-b-health-2018' ? [{ type: 'hire', role: 'domainExpert', count: 1 }] : [];
      const pattern = play(sc, player(first, ['fairness', 'privacy'])).survived;
      const nothing = play(sc, idle).survived;
      expect(mean(nothing), id).toBeLessThanOrEqual(0.05);
      expect(mean(pattern), `${id}: the success pattern is viable on a tight budget`).toBeGreaterThanOrEqual(0.5);
      expectClearly(pattern, nothing, 0.5, id);
    }
  });

  it("case C, in healthcare: the essay's remedies win (60%+), keeping every segment loses (10% or less)", () => {
    const c = load('case-c-medical-2016');
    // Company C's segments and technical risk kept, with the same financing plan as the remedy.
    const keep = play(c, player([], []));
    // §1.14.1's three remedies, in healthcare: a clear position in one segment the money can win
    // (medical education; diagnosis needs a model C cannot pay for yet), testing and audits with data
    // and compute that match a model scale the money can carry, and a financing plan.
    const fix = play(
      c,
      player(
        [
          { type: 'setMarkets', markets: ['medicalEducation'] },
          { type: 'setPositioning', positioning: 'differentiation' },
          { type: 'setProductWork', work: 'testing' },
          { type: 'setModelScale', scale: 'small' },
          { type: 'setComputeRent', units: 10 },
          { type: 'setDataBudget', amount: 10000, augmentation: true },
        ],
        ['audit', 'privacy'],
      ),
    );
    expect(mean(play(c, idle).survived)).toBeLessThanOrEqual(0.05); // company C's path, unchanged
    expect(mean(fix.survived), 'the remedies are viable').toBeGreaterThanOrEqual(0.6);
    expect(mean(keep.survived), 'keeping every segment').toBeLessThanOrEqual(0.1);
    expectClearly(fix.survived, keep.survived, 0.4, 'fix vs keep');
    // Kept, the mistakes show as failed pilots and clinical tests.
    const tech = ['pilotFails', 'clinicalTrialFails'];
    expect(mean(keep.fired(...tech))).toBeGreaterThanOrEqual(0.5);
    expectClearly(keep.perQuarter(...tech), fix.perQuarter(...tech), 0.03, 'technical failures per quarter, keep vs fix');
  });

  it('case D: a unique position, compliance and a product manager beat the look-alike with ethics ignored', () => {
    const d = load('case-d-fintech-2017');
    const keep = play(d, player([], []));
    // A position whose condition holds (§1.9.2: cost leadership for price-sensitive individual investors).
    const fix = play(
      d,
      player(
        [
          { type: 'setPositioning', positioning: 'cost' },
          { type: 'setPricing', strategy: 'competitive', levelBp: 9500 },
          { type: 'setStructure', structure: 'matrix' },
          { type: 'hire', role: 'productManager', count: 1 },
          { type: 'hire', role: 'compliance', count: 1 },
        ],
        ['fairness', 'privacy'],
      ),
    );
    expect(mean(play(d, idle).survived)).toBeLessThanOrEqual(0.05);
    expectClearly(fix.survived, keep.survived, 0.4, 'fix vs keep');
    // Fines and suits per quarter in business: clearly more frequent, and at least twice as frequent, when ethics are ignored.
    const legal = ['privacyFine', 'biasLawsuit'];
    expectClearly(keep.perQuarter(...legal), fix.perQuarter(...legal), 0.03, 'fines and suits per quarter, keep vs fix');
    expect(mean(keep.perQuarter(...legal))).toBeGreaterThanOrEqual(2 * mean(fix.perQuarter(...legal)));
  });

  it('a market-specific event rolls only while its market is in focus', () => {
    const a = load('case-a-fintech-2015');
    const inFinance = playBot(a, 'm', idle);
    const elsewhere = playBot(a, 'm', (s) => (s.quarter === 0 ? [{ type: 'setMarkets', markets: ['investing'] }] : []));
    const rolls = (r: typeof inFinance) => r.checks.flat().filter((c) => c.id === 'institutionalSubscription').length;
    expect(rolls(inFinance)).toBe(inFinance.checks.length);
    expect(rolls(elsewhere)).toBe(0);
  });
});
