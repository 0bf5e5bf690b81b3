// Scenarios pushed to the schema's extremes (issue 14): every sourced number at its minimum or its
// maximum (read from the zod schema itself), 60 quarters, every event certain and without cooldown,
// rounds at their extreme prices; then fixed up so the file stays schema-valid (min ≤ max, larger
// models never need or reach less). Used by the extreme property test and the corpus generator.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import {
  BOTS,
  hashValue,
  CEILINGS,
  LEDGER_KEYS,
  ROUND_KINDS,
  SCALES,
  scenarioSchema,
  schemaAt,
  initialState,
  step,
} from '../src/engine/index';
import type { Scenario, Action, State } from '../src/engine/index';
import { invariants } from './fuzz-support';

// `any` on purpose: these helpers edit arbitrary scenario JSON.
export type Doc = Record<string, any>;
export const CLASSIC_TEXT = readFileSync(new URL('../scenarios/classic.json', import.meta.url), 'utf8');
export const classicDoc = (): Doc => JSON.parse(CLASSIC_TEXT) as Doc;

export interface Slot {
  path: (string | number)[];
  min: number;
  max: number;
}

/** Every `{v, source}` number of a scenario document with the schema's bounds for it. */
export function numberSlots(doc: Doc): Slot[] {
  const out: Slot[] = [];
  const walk = (x: unknown, path: (string | number)[]): void => {
    if (Array.isArray(x)) {
      x.forEach((v, i) => walk(v, [...path, i]));
      return;
    }
    if (x === null || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (typeof o.v === 'number' && typeof o.source === 'string') {
      const node = schemaAt([...path, 'v'], doc) as (z.ZodNumber & { minValue: number | null; maxValue: number | null }) | undefined;
      if (node && node.minValue !== null && node.maxValue !== null) out.push({ path, min: node.minValue, max: node.maxValue });
      return;
    }
    for (const k of Object.keys(o)) walk(o[k], [...path, k]);
  };
  walk(doc, []);
  return out;
}

export function at(doc: Doc, path: (string | number)[]): Doc {
  let cur: Doc = doc;
  for (const p of path) cur = cur[p];
  return cur;
}

const COST = new RegExp(
  [
    'salary|hireCost|overheadPerHead|compute(Rent|Buy)PerUnit|dataCostPerUnit|augmentationCost|programmeCost|partnershipCost',
    'entryCost|switchCost|severanceQuarters|revenueBp|rateBp|penaltyBp|^min$|covenantMinCash|minRevenue|qualityDecayBp',
    'baseChurnBp|computeNeed|dataNeed',
  ].join('|'),
);
/** A choice that leans to survival (costs at their minimum, cash and windfalls at their maximum),
 *  so a game runs all 60 quarters at the extremes; null: no lean for this number. */
export const survival = (s: Slot): boolean | null => {
  const key = s.path.filter((p) => typeof p === 'string' && p !== 'v').at(-1) as string;
  if (s.path[0] === 'start' && key === 'cash') return true;
  if (s.path[0] === 'events' && key === 'amount') return true;
  if (s.path[0] === 'start' && s.path[1] === 'policy') return false;
  return COST.test(key) ? false : null;
};

/** Every event certain, every quarter, in every market; 60 quarters. */
export function certainEvents(d: Doc): void {
  d.quarters.v = 60;
  for (const e of d.events) {
    e.base.v = 10000;
    if (e.min) e.min.v = 10000;
    if (e.max) e.max.v = 10000;
    if (e.cooldown) e.cooldown.v = 0;
    delete e.markets;
  }
}

/** Restores the cross-field rules an extreme choice may break, keeping the extremes. */
export function fixUp(d: Doc): void {
  d.quarters.v = 60;
  for (const e of d.events) if (e.min && e.max && e.min.v > e.max.v) e.min.v = e.max.v;
  for (const k of ROUND_KINDS) {
    const r = d.funding.rounds[k];
    if (r.minAmount.v > r.maxAmount.v) [r.minAmount.v, r.maxAmount.v] = [r.maxAmount.v, r.minAmount.v];
    if (r.minPreMoney.v > r.maxPreMoney.v) [r.minPreMoney.v, r.maxPreMoney.v] = [r.maxPreMoney.v, r.minPreMoney.v];
  }
  for (const key of ['qualityCap', 'computeNeed', 'dataNeed']) {
    const vals = SCALES.map((s) => d.models[s][key].v as number).sort((a, b) => a - b);
    SCALES.forEach((s, i) => {
      d.models[s][key].v = vals[i];
    });
  }
}

/** A schema-valid extreme scenario: slot i at its maximum when `high(i)` is true, at its minimum
 *  when false, left as in the base scenario when null. */
export function extremeDoc(high: (i: number, slot: Slot) => boolean | null, base: Doc = classicDoc()): Doc {
  const d = base;
  numberSlots(d).forEach((s, i) => {
    const h = high(i, s);
    if (h !== null) at(d, s.path).v = h ? s.max : s.min;
  });
  certainEvents(d);
  fixUp(d);
  return d;
}

/** Parses a document with the scenario schema (shape and cross-references, not the bounds check). */
export function schemaValid(d: Doc): Scenario {
  const r = scenarioSchema.safeParse(d);
  if (!r.success) throw new Error(`not schema-valid: ${JSON.stringify(r.error.issues.slice(0, 3))}`);
  return r.data;
}

/** Plays to the end with a bot, then `extra` decisions each quarter (tried, kept when accepted);
 *  invariants (safe integers everywhere, ledger = cash, customers ≤ potential...) after every
 *  quarter, and the state hash. Returns the final state or the first broken invariant. */
export function playExtreme(
  sc: Scenario,
  seed: string,
  bot: string,
  extra: (s: State, q: number) => Action[] = () => [],
): { state: State; broken: string | null } {
  let s = initialState(sc, seed);
  const b = BOTS[bot]!;
  while (s.status === 'playing') {
    for (const a of [...b(s, sc), ...extra(s, s.quarter)]) {
      const r = step(s, a, sc);
      if (r.ok) s = r.state;
    }
    const end = step(s, { type: 'endQuarter' }, sc);
    if (!end.ok) return { state: s, broken: `endQuarter refused: ${end.rejection.code}` };
    s = end.state;
    const inv = invariants({ ...s, history: s.history.slice(-1) }, sc);
    if (inv.length) return { state: s, broken: `after quarter ${s.quarter}: ${inv[0]}` };
  }
  hashValue(s); // throws on any number that is not a safe integer, anywhere in the history too
  return { state: s, broken: null };
}

/** The ceilings (bounds.ts) a state has reached: none may be in a scenario the loader accepts. */
export function ceilingsReached(s: State): string[] {
  const out: string[] = [];
  if (Math.abs(s.cash) >= CEILINGS.cash) out.push(`cash ${s.cash}`);
  for (const k of LEDGER_KEYS) if (Math.abs(s.ledger[k]) >= CEILINGS.ledger) out.push(`ledger.${k} ${s.ledger[k]}`);
  for (const m of Object.keys(s.markets)) if (s.markets[m]!.potential >= CEILINGS.potential) out.push(`markets.${m}.potential`);
  if (s.dataUnits >= CEILINGS.data) out.push(`dataUnits ${s.dataUnits}`);
  for (const k of s.history) {
    if (k.revenue >= CEILINGS.revenue) out.push(`Q${k.quarter + 1} revenue ${k.revenue}`);
    if (k.valuation >= CEILINGS.valuation) out.push(`Q${k.quarter + 1} valuation ${k.valuation}`);
  }
  return out;
}
