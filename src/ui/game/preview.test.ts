// What the decision panel tells a player before they commit: the exact cost now, the standing
// cost and runway after (a hire who starts next quarter included), the refusal the rules would
// give, and which event odds a programme or a funding request moves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenario } from '../../cli/scenarios';
import type { Action, Scenario, State } from '../../engine/index';
import { loadScenario, initialState, eventOdds, forecast, investorView, step } from '../../engine/index';
import '../../i18n/ui';
import { pct } from '../shared/format';
import { decisionNotes, oddsLines, valuationLine } from './decision-notes';
import type { Preview } from './preview';
import { blockedBy, previewAction } from './preview';
import { pastQuarter } from '../../../test/fixtures/history';

const r = loadScenario(readFileSync(join(import.meta.dirname, '../../../scenarios/classic.json'), 'utf8'));
if (!r.ok) throw new Error('classic');
const sc = r.scenario;
const s0 = initialState(sc, '42');

describe('decision preview', () => {
  it('prices a hire now and per quarter, and shortens the runway although the hire starts next quarter', () => {
    const role = sc.roles.mlEngineer;
    expect(role.leadQuarters.v).toBeGreaterThan(0);
    const p = previewAction(s0, sc, { type: 'hire', role: 'mlEngineer', count: 2 });
    expect(p.ok).toBe(true);
    expect(p.costNow).toBe(2 * role.hireCost.v);
    expect(p.perQuarterAfter - p.perQuarterBefore).toBe(2 * (role.salary.v + sc.economics.overheadPerHead.v));
    expect(p.runwayAfter).toBeLessThan(p.runwayBefore);
  });

  it('says what the rules would refuse, without changing anything', () => {
    const p = previewAction(s0, sc, { type: 'fire', role: 'dataScientist', count: 5 });
    expect(p.ok).toBe(false);
    expect(p.rejection).toEqual({ code: 'notEnoughStaff', details: { role: 'dataScientist', have: 1, asked: 5 } });
    expect(p.after).toBe(s0);
  });

  it('shows a security programme lowering the odds of a data breach', () => {
    const p = previewAction(s0, sc, { type: 'setProgramme', programme: 'encryption', on: true });
    const breach = p.odds.find((o) => o.id === 'dataBreach');
    expect(breach && breach.before !== null && breach.after !== null && breach.after < breach.before).toBe(true);
    expect(p.perQuarterAfter - p.perQuarterBefore).toBe(sc.economics.programmeCost.encryption.v);
  });

  it('gives a funding request its chance of closing at quarter end', () => {
    const p = previewAction(s0, sc, { type: 'raiseRound', kind: 'angel', amount: 200_000, preMoney: 1_000_000 });
    const close = p.odds.find((o) => sc.events.find((e) => e.id === o.id)?.when === 'roundPending');
    expect(close?.before).toBeNull();
    expect(close?.after).toBeGreaterThan(0);
  });

  describe('event odds are what the quarter would roll, by the engine, where a decision crosses one of its thresholds', () => {
    // Case C starts in three healthcare segments, diagnosis among them, renting half the compute its
    // model needs; its clinical-trial event rolls only while diagnosis is in focus.
    const c = readScenario('case-c-medical-2016').scenario;
    const c0 = initialState(c, '42');
    /** The odds (bp) the engine says the quarter would roll against, by event id (absent: not rolled). */
    const rolled = (s: State, scn: Scenario) => new Map(eventOdds(s, scn).map((o) => [o.id, o.bp]));
    /** The preview of `a`, checked against the engine: an entry for every event whose odds the
     *  decision changes (a number before or after, or null where the event is not rolled), none other. */
    function previewChecked(s: State, scn: Scenario, a: Action) {
      const p = previewAction(s, scn, a);
      expect(p.ok, a.type).toBe(true);
      const next = step(s, a, scn);
      if (!next.ok) throw new Error(a.type);
      const was = rolled(s, scn);
      const now = rolled(next.state, scn);
      const moved = scn.events
        .map((e) => ({ id: e.id, before: was.get(e.id) ?? null, after: now.get(e.id) ?? null }))
        .filter((o) => o.before !== o.after);
      expect(new Set(p.odds.map((o) => JSON.stringify(o)))).toEqual(new Set(moved.map((o) => JSON.stringify(o))));
      return p;
    }
    const oddsOf = (p: Preview, id: string) => p.odds.find((o) => o.id === id);

    it('dropping the market an event is tied to stops its roll; taking it up again starts it', () => {
      expect(c0.policy.markets).toContain('diagnosis');
      const trialBp = rolled(c0, c).get('clinicalTrialFails')!;
      expect(trialBp).toBeGreaterThan(0);
      const drop: Action = { type: 'setMarkets', markets: ['consumerHealth'] };
      const p = previewChecked(c0, c, drop);
      expect(oddsOf(p, 'clinicalTrialFails')).toEqual({ id: 'clinicalTrialFails', before: trialBp, after: null });
      // Out of the clinical segment: the card's lines show the engine's figures for what the focus moves.
      const pilot = oddsOf(p, 'pilotFails')!;
      expect(pilot.after).toBeLessThan(pilot.before!);
      expect(oddsLines('en', c, p).map((l) => l.text)).toContain(
        `Pilot fails: the model overfits: ${pct(pilot.before!)} → ${pct(pilot.after!)}`,
      );

      const focused = step(c0, drop, c);
      if (!focused.ok) throw new Error('setMarkets');
      const back = previewChecked(focused.state, c, { type: 'setMarkets', markets: ['consumerHealth', 'diagnosis'] });
      const trial = oddsOf(back, 'clinicalTrialFails')!;
      expect(trial.before).toBeNull();
      expect(trial.after).toBeGreaterThan(0);
      // The card says so: a risk the decision takes away or brings back reads from or to 0%.
      expect(oddsLines('en', c, p).map((l) => l.text)).toContainEqual(expect.stringContaining(`${pct(trialBp)} → ${pct(0)}`));
      expect(oddsLines('zh', c, back).map((l) => l.text)).toContainEqual(expect.stringContaining(`${pct(0)} → ${pct(trial.after!)}`));
    });

    it('says when a decision makes the positioning stop fitting the markets (§1.9.2), as the engine judges it', () => {
      // Case C serves customers (positioning: service), which fits while a market that values
      // after-sales care is in focus: diagnosis, with its long sales cycle. Without it the position
      // reads as a look-alike, and the look-alike competitor's odds jump.
      const drop = { type: 'setMarkets', markets: ['consumerHealth', 'medicalEducation'] } as const satisfies Action;
      const p = previewChecked(c0, c, drop);
      expect([p.fitBefore, p.fitAfter]).toEqual([true, false]);
      const lookalike = oddsOf(p, 'lookalikeCompetitor')!;
      expect(lookalike.after!).toBeGreaterThan(lookalike.before!);
      const en = decisionNotes('en', c, c0, drop, p);
      expect(en).toContain(
        'Your position, “Customer service”, would no longer fit the markets in focus (§1.9.2): a position that does not fit reads as a look-alike, and look-alike competitors become likelier',
      );
      expect(decisionNotes('zh', c, c0, drop, p).join('\n')).toContain('定位“客户服务”将不再契合所聚焦的市场');
      // Taking diagnosis back: it fits again, and the card says so.
      const dropped = step(c0, drop, c);
      if (!dropped.ok) throw new Error('setMarkets');
      const back: Action = { type: 'setMarkets', markets: [...drop.markets, 'diagnosis'] };
      const q = previewChecked(dropped.state, c, back);
      expect([q.fitBefore, q.fitAfter]).toEqual([false, true]);
      expect(decisionNotes('en', c, dropped.state, back, q).join('\n')).toContain(
        'would fit the markets in focus (§1.9.2): no longer a look-alike',
      );
      // A decision that leaves the fit alone says nothing about it.
      const same = previewAction(c0, c, { type: 'setMarketing', channel: 'ads', budget: 40_000 });
      expect(same.fitBefore).toBe(same.fitAfter);
      expect(decisionNotes('en', c, c0, { type: 'setMarketing', channel: 'ads', budget: 40_000 }, same).join('\n')).not.toMatch(/§1\.9\.2/);
    });

    it('renting the compute the model needs stops the shortage roll; renting too little starts it', () => {
      const shortBp = rolled(c0, c).get('computeShortage')!;
      expect(shortBp).toBeGreaterThan(0);
      const need = c.models[c0.policy.modelScale].computeNeed.v;
      const enough = previewChecked(c0, c, { type: 'setComputeRent', units: need - c0.computeOwned });
      expect(oddsOf(enough, 'computeShortage')).toEqual({ id: 'computeShortage', before: shortBp, after: null });
      // Classic starts with compute to spare: no shortage is rolled until the rent is cut.
      expect(rolled(s0, sc).has('computeShortage')).toBe(false);
      const less = previewChecked(s0, sc, { type: 'setComputeRent', units: 0 });
      expect(oddsOf(less, 'computeShortage')!.before).toBeNull();
      expect(oddsOf(less, 'computeShortage')!.after).toBeGreaterThan(0);
    });

    it("a partnership's chance on the card is the engine's, and a company in one segment gets a better one", () => {
      const focused = step(c0, { type: 'setMarkets', markets: ['diagnosis'] }, c);
      if (!focused.ok) throw new Error('setMarkets');
      const chances = [c0, focused.state].map((s) => {
        const a = { type: 'proposePartnership', kind: 'data', market: 'diagnosis' } as const;
        const p = previewChecked(s, c, a);
        const formed = oddsOf(p, 'partnershipFormed')!;
        expect(formed.before).toBeNull();
        expect(decisionNotes('en', c, s, a, p)).toContain(`Chance of success as things stand: about ${pct(formed.after!)}`);
        // …said once, in the note, not again as a moved risk.
        expect(oddsLines('en', c, p).filter((l) => l.text.includes(pct(formed.after!)))).toEqual([]);
        return formed.after!;
      });
      expect(chances[1]).toBeGreaterThan(chances[0]!);
    });
  });

  it('shows the customers and revenue a marketing budget is expected to bring next quarter', () => {
    const p = previewAction(s0, sc, { type: 'setMarketing', channel: 'ads', budget: 150_000 });
    expect(p.forecast).toEqual(forecast(p.after, sc));
    expect(p.forecast.totalCustomers).toBeGreaterThan(p.before.totalCustomers);
    expect(p.forecast.revenue).toBeGreaterThan(p.before.revenue);
    const en = decisionNotes('en', sc, s0, { type: 'setMarketing', channel: 'ads', budget: 150_000 }, p).join('\n');
    expect(en).toContain(`Expected next quarter (if no event fires): customers ${p.before.totalCustomers} → ${p.forecast.totalCustomers}`);
    const zh = decisionNotes('zh', sc, s0, { type: 'setMarketing', channel: 'ads', budget: 150_000 }, p).join('\n');
    expect(zh).toContain(`预计下季度（不计随机事件）：客户 ${p.before.totalCustomers} → ${p.forecast.totalCustomers}`);
  });

  it('shows what a sales hire, a positioning, a price and a market choice do to expected customers and revenue', () => {
    const levers: Action[] = [
      { type: 'hire', role: 'marketing', count: 2 },
      { type: 'setPositioning', positioning: 'cost' },
      { type: 'setPricing', strategy: 'competitive', levelBp: 8000 },
      { type: 'setMarkets', markets: ['education'] },
    ];
    for (const a of levers) {
      // Sellers matter once marketing brings more leads than they can close.
      const s: State = { ...s0, quality: 420, brand: 300, policy: { ...s0.policy, marketing: { ...s0.policy.marketing, ads: 400_000 } } };
      const p = previewAction(s, sc, a);
      expect(p.ok, a.type).toBe(true);
      expect(p.forecast.revenue === p.before.revenue && p.forecast.totalCustomers === p.before.totalCustomers, a.type).toBe(false);
      expect(
        decisionNotes('en', sc, s, a, p).some((n) => n.startsWith('Expected next quarter')),
        a.type,
      ).toBe(true);
    }
  });

  it("shows investors' valuation and how an ask above it lowers the odds, with the reason", () => {
    // Last quarter's revenue meets a Series A's milestones (USD 250k and 25 customers in classic).
    const grown: State = {
      ...s0,
      quality: 420,
      brand: 300,
      markets: { ...s0.markets, retail: { ...s0.markets.retail!, customers: 40 } },
      history: [pastQuarter({ revenue: 300_000 })],
    };
    const v = investorView(grown, sc, 'seriesA', 3_000_000, 12_000_000).valuation;
    const fair = previewAction(grown, sc, { type: 'raiseRound', kind: 'seriesA', amount: 3_000_000, preMoney: 12_000_000 });
    const rich = previewAction(grown, sc, { type: 'raiseRound', kind: 'seriesA', amount: 3_000_000, preMoney: 2 * v });
    expect(rich.investors!.oddsBp).toBeLessThan(fair.investors!.oddsBp);
    const notes = decisionNotes('en', sc, grown, { type: 'raiseRound', kind: 'seriesA', amount: 3_000_000, preMoney: 2 * v }, rich);
    expect(notes).toContain(
      `Investors would accept a pre-money valuation of up to $${v.toLocaleString('en-US')} (by the numbers alone: $${rich.investors!.fundamentals.toLocaleString('en-US')})`,
    );
    expect(notes.some((n) => n.startsWith('Your pre-money is above the') && n.includes('keep 25.0%'))).toBe(true);
    const crowd = previewAction(grown, sc, { type: 'raiseRound', kind: 'crowdfunding', amount: 1_000_000, preMoney: 12_000_000 });
    expect(crowd.investors!.oddsBp).not.toBe(fair.investors!.oddsBp);
  });

  it('says a grant is on cooldown and does not offer it', () => {
    const s = { ...s0, quarter: 2, lastFired: { grantAwarded: 1 } };
    const p = previewAction(s, sc, { type: 'applyGrant' });
    expect(p.investors!.oddsBp).toBe(0);
    expect(blockedBy(p)?.id).toBe('grantOnCooldown');
    const zh = decisionNotes('zh', sc, s, { type: 'applyGrant' }, p).join('\n');
    expect(zh).toContain('冷却期');
    expect(blockedBy(previewAction(s0, sc, { type: 'applyGrant' }))).toBeNull();
  });

  it("counts a loan's repayment and interest in the runway after it", () => {
    const s: State = { ...s0, cash: 900_000, markets: { ...s0.markets, retail: { ...s0.markets.retail!, customers: 10 } } };
    s.history = [pastQuarter({ revenue: 150_000 })];
    const p = previewAction(s, sc, { type: 'takeLoan', amount: 1_000_000 });
    expect([p.runwayBefore, p.runwayAfter]).toEqual([3, 4]);
    expect(p.perQuarterAfter - p.perQuarterBefore).toBe(150_000);
  });

  it("still tells investors' valuation beside a refused ask", () => {
    const p = previewAction(s0, sc, { type: 'raiseRound', kind: 'angel', amount: 200_000, preMoney: 90_000_000 });
    expect(p.ok).toBe(false);
    expect(p.rejection?.code).toBe('preMoneyOutOfRange');
    expect(p.investors?.valuation).toBe(investorView(s0, sc, 'angel', 200_000, 1_000_000).valuation);
    expect(valuationLine('en', p.investors!)).toMatch(
      /^Investors would accept a pre-money valuation of up to \$[\d,]+ \(by the numbers alone: \$[\d,]+\)$/,
    );
  });

  it("says backups halve a breach's damage without changing its odds (§1.12.3)", () => {
    const a = { type: 'setProgramme', programme: 'backups', on: true } as const;
    const en = decisionNotes('en', sc, s0, a, previewAction(s0, sc, a));
    expect(en).toContain(
      'If “Data breach” happens, its damage is cut by 50% (the odds stay the same; §1.12.3: backups let a company recover quickly)',
    );
    expect(decisionNotes('zh', sc, s0, a, previewAction(s0, sc, a)).join('')).toContain('损失减少 50%');
    const off = { type: 'setProgramme', programme: 'encryption', on: true } as const;
    expect(decisionNotes('en', sc, s0, off, previewAction(s0, sc, off)).some((n) => n.includes('damage is cut'))).toBe(false);
  });
});
