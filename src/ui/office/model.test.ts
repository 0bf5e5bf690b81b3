// Node tests of what the office shows, without a browser: seats never overlap or leave the building,
// the cap-table pie always adds up, icons stay within their rooms, and the model reads the scenario.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOTS, loadScenario, playBot } from '../../engine/index';
import {
  BUILDING,
  FLOOR_H,
  MAX_CLOUDS,
  MAX_FLOORS,
  MAX_RACKS,
  MAX_SEATS,
  SERVER_ROOM,
  floorTop,
  floorsFor,
  rackX,
  seat,
  unitsPerIcon,
} from './layout';
import { HQ_REVENUE, HQ_STAFF, OWN_REVENUE, OWN_STAFF, buildingOf, milestones, moodOf, officeModel, slicesOf } from './model';

describe('office layout', () => {
  it('gives every seat of a full building a place inside it, apart from its neighbours', () => {
    const seats = Array.from({ length: MAX_SEATS }, (_, i) => seat(i));
    for (const s of seats) {
      expect(s.x).toBeGreaterThan(BUILDING.left + 60); // clear of the lift shaft
      expect(s.x).toBeLessThan(BUILDING.right - 20);
      expect(s.y).toBeGreaterThan(floorTop(s.floor));
      expect(s.y).toBeLessThan(floorTop(s.floor) + FLOOR_H);
    }
    for (let i = 0; i < seats.length; i++) {
      for (let j = i + 1; j < seats.length; j++) {
        const a = seats[i]!,
          b = seats[j]!;
        if (a.floor === b.floor && a.row === b.row) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(44);
      }
    }
    expect(MAX_SEATS).toBeGreaterThanOrEqual(100); // the bench's 100 staff all get a desk
    expect(floorsFor(MAX_SEATS)).toBe(MAX_FLOORS);
    expect(floorsFor(1)).toBe(1);
  });

  it('keeps racks inside the server room and clouds within their count, whatever the units', () => {
    for (const units of [1, 9, 80, 81, 1234, 99_999]) {
      const per = unitsPerIcon(units, MAX_RACKS);
      const n = Math.ceil(units / per);
      expect(n).toBeLessThanOrEqual(MAX_RACKS);
      expect(rackX(n - 1) + 24).toBeLessThanOrEqual(SERVER_ROOM.right);
      expect(Math.ceil(units / unitsPerIcon(units, MAX_CLOUDS))).toBeLessThanOrEqual(MAX_CLOUDS);
    }
  });
});

describe('office growth', () => {
  it('fills floors from the ground up: 18 staff sit on four floors, the first floor first', () => {
    const floorsOf = (n: number) => new Set(Array.from({ length: n }, (_, i) => seat(i).floor)).size;
    expect(seat(0).floor).toBe(1);
    expect(floorsOf(4)).toBe(1);
    expect(floorsOf(5)).toBe(2);
    expect(floorsOf(18)).toBe(5);
    expect(floorsFor(18)).toBe(5);
    expect(floorsFor(4)).toBe(1);
    // Every seat index is a distinct desk.
    const keys = new Set(
      Array.from({ length: MAX_SEATS }, (_, i) => {
        const st = seat(i);
        return `${st.floor}:${st.row}:${st.col}`;
      }),
    );
    expect(keys.size).toBe(MAX_SEATS);
  });

  it('notices a round closing, the first customer and a fine from two states alone', () => {
    const r = loadScenario(readFileSync(new URL('../../../scenarios/classic.json', import.meta.url), 'utf8'));
    if (!r.ok) throw new Error('classic');
    const run = playBot(r.scenario, '3', BOTS.focused!, { hashes: false, checks: false });
    const a = officeModel(run.state, r.scenario);
    expect(milestones(null, a)).toEqual([]);
    const b = { ...a, rounds: a.rounds + 1, lastRound: { kind: 'seed' as const, amount: 1_000_000 }, fines: a.fines + 50_000 };
    expect(milestones(a, b)).toEqual([
      { kind: 'round', round: 'seed', amount: 1_000_000 },
      { kind: 'fine', amount: 50_000 },
    ]);
    expect(milestones({ ...a, customers: 0 }, { ...a, customers: 3 })).toEqual([{ kind: 'firstCustomer' }]);
    expect(a.quality).toBe(run.state.quality);
    expect(a.cash).toBe(run.state.cash);
  });

  it('moves to its own building after a priced round, 12 staff or USD 1M revenue, and to a headquarters after a Series B, 30 staff or USD 10M', () => {
    const none = { rounds: [], headcount: 4, revenueToDate: 0 };
    expect(buildingOf(none)).toBe(0);
    expect(buildingOf({ ...none, rounds: [{ kind: 'angel' as const }, { kind: 'crowdfunding' as const }] })).toBe(0);
    expect(buildingOf({ ...none, rounds: [{ kind: 'seed' as const }] })).toBe(1);
    expect(buildingOf({ ...none, rounds: [{ kind: 'seriesA' as const }] })).toBe(1);
    expect(buildingOf({ ...none, headcount: OWN_STAFF - 1, revenueToDate: OWN_REVENUE - 1 })).toBe(0);
    expect(buildingOf({ ...none, headcount: OWN_STAFF })).toBe(1);
    expect(buildingOf({ ...none, revenueToDate: OWN_REVENUE })).toBe(1);
    expect(buildingOf({ ...none, rounds: [{ kind: 'seriesA' as const }, { kind: 'seriesB' as const }] })).toBe(2);
    expect(buildingOf({ ...none, headcount: HQ_STAFF - 1, revenueToDate: HQ_REVENUE - 1 })).toBe(1);
    expect(buildingOf({ ...none, headcount: HQ_STAFF })).toBe(2);
    expect(buildingOf({ ...none, revenueToDate: HQ_REVENUE })).toBe(2);
  });

  it('reads the building and enterprise customers from a played state, and notices the first enterprise customer and a move', () => {
    const r = loadScenario(readFileSync(new URL('../../../scenarios/classic.json', import.meta.url), 'utf8'));
    if (!r.ok) throw new Error('classic');
    const sc = r.scenario;
    const run = playBot(sc, '3', BOTS.focused!, { hashes: false, checks: false });
    const s = run.state;
    const m = officeModel(s, sc);
    const revenueToDate = s.history.reduce((n, k) => n + k.revenue, 0);
    expect(m.revenueToDate).toBe(revenueToDate);
    expect(m.building).toBe(buildingOf({ rounds: s.rounds, headcount: m.headcount, revenueToDate }));
    // Healthcare's sales cycle is 3 quarters (enterprise), retail's 1 (not).
    expect(sc.markets.healthcare!.salesCycle.v).toBeGreaterThanOrEqual(3);
    expect(sc.markets.retail!.salesCycle.v).toBeLessThan(3);
    const zero = Object.fromEntries(Object.keys(s.markets).map((k) => [k, { ...s.markets[k]!, customers: 0 }]));
    const base = { ...s, markets: zero };
    const retailOnly = officeModel({ ...base, markets: { ...zero, retail: { ...zero.retail!, customers: 5 } } }, sc);
    const plusHealth = officeModel(
      { ...base, markets: { ...zero, retail: { ...zero.retail!, customers: 5 }, healthcare: { ...zero.healthcare!, customers: 1 } } },
      sc,
    );
    expect(retailOnly.enterpriseCustomers).toBe(0);
    expect(plusHealth.enterpriseCustomers).toBe(1);
    expect(milestones(retailOnly, plusHealth)).toEqual([{ kind: 'firstEnterprise' }]);
    expect(milestones(plusHealth, { ...plusHealth, enterpriseCustomers: 4 })).toEqual([]);
    expect(milestones({ ...m, building: 0 }, { ...m, building: 2 })).toEqual([{ kind: 'move', building: 2 }]);
    expect(milestones({ ...m, building: 2 }, { ...m, building: 1 })).toEqual([]);
  });
});

describe('office model', () => {
  it('cuts the cap table into slices that add up to 100%, founders first', () => {
    const slices = slicesOf([
      { holder: 'seed', shares: 3 },
      { holder: 'founders', shares: 7 },
      { holder: 'employees', shares: 1 },
    ]);
    expect(slices.map((s) => s.holder)).toEqual(['founders', 'employees', 'seed']);
    expect(slices.reduce((a, s) => a + s.bp, 0)).toBe(10000);
    expect(slicesOf([])).toEqual([]);
  });

  it('bands morale into moods at the thresholds the status card shows', () => {
    expect([100, 80, 79, 65, 64, 45, 44, 30, 29, 0].map(moodOf)).toEqual([
      'great',
      'great',
      'good',
      'good',
      'meh',
      'meh',
      'bad',
      'bad',
      'awful',
      'awful',
    ]);
  });

  it('reads market names, dates and arrivals from a played classic game', () => {
    const r = loadScenario(readFileSync(new URL('../../../scenarios/classic.json', import.meta.url), 'utf8'));
    if (!r.ok) throw new Error('classic failed to load');
    const run = playBot(r.scenario, '42', BOTS.balanced!);
    const m = officeModel(run.state, r.scenario);
    expect(m.year).toBe(r.scenario.startYear.v + Math.floor(run.state.quarter / 4));
    for (const mk of m.markets) expect(mk.name).toEqual(r.scenario.markets[mk.id]!.name);
    expect(m.coming.length).toBe(m.arrivingTotal);
    expect(m.headcount).toBe(Object.values(run.state.staff).reduce((a, b) => a + b, 0));
  });
});
