// The shipped scenarios as teaching content: each starts from its case's situation as the seed tells
// it, carries a bilingual facilitator note, and plays out the case's lesson (keeping company C's or
// D's mistakes loses more often than fixing them, company A's and B's patterns survive).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_DIR, scenarioIds } from '../src/cli/scenarios';
import type { Action } from '../src/engine/actions';
import type { Programme } from '../src/engine/ids';
import { playBot } from '../src/engine/run';
import { loadScenario } from '../src/engine/scenario-load';
import type { Scenario } from '../src/engine/scenario-schema';
import { isSeedSection } from '../src/engine/seed-sections';
import { lastRevenue, runwayQuarters } from '../src/engine/selectors';
import { initialState } from '../src/engine/state';
import type { State } from '../src/engine/state';
import { step } from '../src/engine/step';
import { valuation } from '../src/engine/systems/finance';

const load = (id: string): Scenario => {
  const r = loadScenario(readFileSync(join(SCENARIO_DIR, `${id}.json`), 'utf8'));
  if (!r.ok) throw new Error(`${id}: ${JSON.stringify(r.problems.slice(0, 3))}`);
  return r.scenario;
};
const CJK = /[\u4e00-\u9fff]/;
const ids = scenarioIds();

describe('every shipped scenario', () => {
  it.each(ids)('%s: id matches the file, texts in both languages, a facilitator note', (id) => {
    const s = load(id);
    expect(s.id).toBe(id);
    const texts = [s.title, s.brief, ...s.facilitator.goals, ...s.facilitator.questions, ...s.events.flatMap((e) => [e.title, e.text, ...(e.missText ? [e.missText] : [])])];
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
  it('is gentler than classic: more starting cash, rarer setbacks', () => {
    const c = load('classic');
    expect(s.start.cash.v).toBeGreaterThan(c.start.cash.v);
    for (const e of s.events.filter((x) => !x.good)) expect(e.base.v, e.id).toBeLessThan(c.events.find((x) => x.id === e.id)!.base.v);
  });
});

describe('the cases start where the seed says they started', () => {
  it('founding years and markets: A fintech 2015, B healthcare 2018, C medical 2016 in several segments, D fintech 2017', () => {
    const [a, b, c, d] = ['case-a-fintech-2015', 'case-b-health-2018', 'case-c-medical-2016', 'case-d-fintech-2017'].map(load) as [Scenario, Scenario, Scenario, Scenario];
    expect([a.startYear.v, b.startYear.v, c.startYear.v, d.startYear.v]).toEqual([2015, 2018, 2016, 2017]);
    expect(a.start.policy).toMatchObject({ markets: ['finance'], businessModel: 'subscription' });
    expect(b.start.policy.markets).toEqual(['healthcare']);
    expect(b.start.dataUnits.v).toBeGreaterThanOrEqual(b.models[b.start.policy.modelScale].dataNeed.v); // B's data advantage
    expect(c.start.policy.markets.length).toBeGreaterThanOrEqual(3); // C: several segments at once
    expect(c.start.policy.markets).toContain('healthcare');
    expect(c.start.cash.v).toBeLessThan(load('classic').start.cash.v); // C: too little money
    expect(c.start.dataUnits.v).toBeLessThan(c.models[c.start.policy.modelScale].dataNeed.v); // C: thin data
    expect(d.start.policy).toMatchObject({ markets: ['finance'], programmes: [], structure: 'functional' }); // D: ethics ignored, silos
    expect(d.start.staff.productManager.v).toBe(0);
  });
});

// --- Scripted players, independent of the balance bots: they play a case's pattern or fix it. ---

function raiseWhenShort(s: State, sc: Scenario): Action[] {
  if (s.pending.round || runwayQuarters(s, sc) > 5) return [];
  const kind = (['angel', 'seed', 'seriesA', 'seriesB'] as const)[Math.min(s.rounds.length, 3)]!;
  const r = sc.funding.rounds[kind];
  const pre = Math.min(r.maxPreMoney.v, Math.max(r.minPreMoney.v, valuation(s, sc, lastRevenue(s))));
  return [{ type: 'raiseRound', kind, amount: Math.max(r.minAmount.v, Math.min(r.maxAmount.v, Math.floor(pre / 3))), preMoney: pre }];
}

/** Plays `first` in quarter 1, funds `programmes` from quarter 2, then raises money when runway is
 *  short, applies for grants, seeks a data partner and adds a seller every third quarter. */
function player(first: Action[], programmes: Programme[]) {
  return (s: State, sc: Scenario): Action[] => {
    const out: Action[] = s.quarter === 0 ? [...first] : [];
    if (s.quarter === 1) for (const p of programmes) out.push({ type: 'setProgramme', programme: p, on: true });
    if (!s.pending.grant && sc.unlocked.includes('funding')) out.push({ type: 'applyGrant' });
    const m = s.policy.markets[0]!;
    if (!s.pending.partner && s.policy.markets.length === 1 && !s.partnerships.some((p) => p.kind === 'data')) out.push({ type: 'proposePartnership', kind: 'data', market: m });
    if (s.quarter % 3 === 2 && runwayQuarters(s, sc) >= 4 && s.staff.marketing < 4) out.push({ type: 'hire', role: 'marketing', count: 1 });
    return [...out, ...raiseWhenShort(s, sc)];
  };
}

const SEEDS = Array.from({ length: 30 }, (_, i) => `case-${i + 1}`);
function play(sc: Scenario, bot: (s: State, sc: Scenario) => Action[]) {
  let survived = 0;
  const fired: Record<string, number> = {};
  for (const seed of SEEDS) {
    const r = playBot(sc, seed, bot, { hashes: false, checks: false });
    if (r.state.status === 'finished') survived++;
    for (const k of r.state.history) for (const f of k.fired) fired[f] = (fired[f] ?? 0) + 1;
  }
  return { survived, fired: (...ids: string[]) => ids.reduce((n, id) => n + (fired[id] ?? 0), 0) };
}
const idle = (): Action[] => [];

describe('the cases teach their lesson over 30 fixed seeds', () => {
  it('case C: keeping three markets loses more often than focusing and managing the technical risk', () => {
    const c = load('case-c-medical-2016');
    const keep = play(c, player([], []));
    const fix = play(c, player([
      { type: 'setMarkets', markets: ['education'] }, { type: 'setProductWork', work: 'testing' }, { type: 'setComputeRent', units: 40 },
      { type: 'setDataBudget', amount: 30000, augmentation: true },
    ], ['audit', 'privacy']));
    expect(play(c, idle).survived).toBeLessThanOrEqual(4); // company C's path, unchanged: the cash runs out
    expect(fix.survived).toBeGreaterThanOrEqual(keep.survived + 8);
  });

  it('case D: a unique position, compliance and a product manager beat the look-alike with ethics ignored', () => {
    const d = load('case-d-fintech-2017');
    const keep = play(d, player([], []));
    const fix = play(d, player([
      { type: 'setPositioning', positioning: 'differentiation' }, { type: 'setPricing', strategy: 'value', levelBp: 10000 },
      { type: 'setStructure', structure: 'matrix' }, { type: 'hire', role: 'productManager', count: 1 }, { type: 'hire', role: 'compliance', count: 1 },
    ], ['fairness', 'privacy']));
    expect(play(d, idle).survived).toBeLessThanOrEqual(3);
    expect(fix.survived).toBeGreaterThanOrEqual(keep.survived + 8);
    expect(fix.fired('biasLawsuit', 'privacyFine', 'lookalikeCompetitor')).toBeLessThan(keep.fired('biasLawsuit', 'privacyFine', 'lookalikeCompetitor') / 2);
  });

  it("cases A and B: the company's own pattern with a financing plan survives more often than doing nothing", () => {
    for (const id of ['case-a-fintech-2015', 'case-b-health-2018']) {
      const sc = load(id);
      const idleRuns = play(sc, idle).survived;
      expect(idleRuns, id).toBeLessThanOrEqual(3);
      expect(play(sc, player([], ['fairness', 'privacy'])).survived, id).toBeGreaterThanOrEqual(idleRuns + 8);
    }
  });

  it('a market-specific event rolls only while its market is in focus', () => {
    const a = load('case-a-fintech-2015');
    const inFinance = playBot(a, 'm', idle);
    const elsewhere = playBot(a, 'm', (s) => (s.quarter === 0 ? [{ type: 'setMarkets', markets: ['retail'] }] : []));
    const rolls = (r: typeof inFinance) => r.checks.flat().filter((c) => c.id === 'institutionalSubscription').length;
    expect(rolls(inFinance)).toBe(inFinance.checks.length);
    expect(rolls(elsewhere)).toBe(0);
  });
});
