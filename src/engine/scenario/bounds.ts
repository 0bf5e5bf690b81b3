// The worst case of a scenario against the engine's ceilings (bounds.ts): check-scenario and every
// loader refuse a scenario whose money, market potential, revenue, valuation or data could reach a
// ceiling within its quarters, naming the JSON path that drives it and the bound.
import { CEILINGS } from '../bounds';
import { byString, CHANNELS, PARTNER_KINDS, PROGRAMMES, ROLES, ROUND_KINDS, SCALES } from '../ids';
import { mulBp } from '../math';
import type { Scenario } from './schema';
import type { RawIssue } from './checks';

// The largest values a legal decision can set (actions.ts) and the engine's own clamps.
const ACTION_MONEY = 1_000_000_000;
const ACTION_PRE_MONEY = 1_000_000_000_000;
const ACTION_RENT = 100_000;
const MAX_BONUS_BP = 5000;
const MAX_COMPUTE_PRICE_BP = 100_000;
const MAX_MARKET_PRICE_BP = 20_000;
/** Price level 20000 × value pricing at full quality (12000) × innovation (11000) × data marketplace (12000). */
const MAX_POLICY_PRICE_BP = 31_680;

/** Pure. `n` with thousands separators (exact below 2^53), or in scientific notation above. */
function bigNumber(n: number): string {
  if (!Number.isSafeInteger(n)) return `about ${n.toExponential(2)}`;
  const s = String(Math.abs(n));
  let out = '';
  for (let i = 0; i < s.length; i++) out += (i > 0 && (s.length - i) % 3 === 0 ? ',' : '') + s[i];
  return (n < 0 ? '-' : '') + out;
}

type Path = (string | number)[];
interface Term {
  path: Path;
  value: number;
  what: string;
}

/** The largest term (ties: the first), for naming the path a reader should change. */
const largest = (terms: Term[]): Term => terms.reduce((a, b) => (b.value > a.value ? b : a));
const total = (terms: Term[]): number => terms.reduce((n, t) => n + t.value, 0);

function issue(kind: string, worst: number, ceiling: number, unit: string, terms: Term[], quarters: number): RawIssue {
  const t = largest(terms);
  return {
    path: t.path,
    message: `in the worst case ${kind} could reach ${bigNumber(worst)} ${unit} within the scenario's ${quarters} quarters, above the engine's ceiling of ${bigNumber(ceiling)}; the largest part is ${t.what} (${bigNumber(t.value)})`,
    found: t.value,
    expected: `numbers that keep ${kind} at most ${bigNumber(ceiling)} ${unit} over ${quarters} quarters: lower this figure (or quarters)`,
  };
}

/** Pure. Never throws. The ceilings an accepted scenario could reach in the worst case (any legal
 *  decisions, every event firing every quarter, every market at its top price); empty when none. */
export function boundIssues(sc: Scenario): RawIssue[] {
  const out: RawIssue[] = [];
  const Q = sc.quarters.v;
  const e = sc.economics;
  const markets = Object.keys(sc.markets).sort(byString);

  // Market potential: it grows by growthBp each quarter; customers never exceed it.
  const potential: Record<string, number> = {};
  for (const m of markets) {
    const def = sc.markets[m]!;
    let p = def.potential.v;
    for (let q = 0; q < Q && p <= CEILINGS.potential; q++) p += mulBp(p, Math.max(0, def.growthBp.v));
    potential[m] = p;
    if (p > CEILINGS.potential)
      out.push(
        issue(
          `the potential customers of market "${m}"`,
          p,
          CEILINGS.potential,
          'customers',
          [{ path: ['markets', m, 'growthBp', 'v'], value: def.growthBp.v, what: 'its growth per quarter in bp' }],
          Q,
        ),
      );
  }
  const customers = (m: string) => Math.min(CEILINGS.potential, potential[m]!);
  let allCustomers = 0;
  for (const m of markets) allCustomers += customers(m);

  // Revenue: every customer at the top price the policy and events can set.
  let valueBp = 0;
  for (const s of SCALES) valueBp = Math.max(valueBp, sc.models[s].valueBp.v);
  const revenueTerms: Term[] = markets.map((m) => ({
    path: ['markets', m, 'refPrice', 'v'],
    value: customers(m) * mulBp(mulBp(sc.markets[m]!.refPrice.v, MAX_MARKET_PRICE_BP), mulBp(MAX_POLICY_PRICE_BP, valueBp)),
    what: `market "${m}" at its top price`,
  }));
  const revenue = total(revenueTerms);
  if (revenue > CEILINGS.revenue) out.push(issue("a quarter's revenue", revenue, CEILINGS.revenue, 'USD', revenueTerms, Q));
  const rev = Math.min(revenue, CEILINGS.revenue);

  // Money in over the whole run, and the most one quarter can pay out (a company that ends a
  // quarter below zero is bankrupt, so cash never goes lower than one quarter's outflow).
  const f = sc.funding;
  let roundMax = 0;
  let roundKind: string = ROUND_KINDS[0];
  for (const k of ROUND_KINDS)
    if (f.rounds[k].maxAmount.v > roundMax) {
      roundMax = f.rounds[k].maxAmount.v;
      roundKind = k;
    }
  const inTerms: Term[] = [
    { path: ['start', 'cash', 'v'], value: sc.start.cash.v, what: 'the starting cash' },
    { path: revenueTerms.length > 0 ? largest(revenueTerms).path : ['markets'], value: Q * rev, what: 'revenue over every quarter' },
    { path: ['funding', 'loan', 'maxAmount', 'v'], value: Q * f.loan.maxAmount.v, what: 'bank loans, re-borrowed every quarter' },
  ];
  const outTerms: Term[] = [];
  sc.events.forEach((ev, i) =>
    ev.effects.forEach((x, j) => {
      const path = ['events', i, 'effects', j];
      if (x.kind === 'cash' && x.amount.v > 0)
        inTerms.push({ path: [...path, 'amount', 'v'], value: Q * x.amount.v, what: `event "${ev.id}" paying out every quarter` });
      if (x.kind === 'cash' && x.amount.v < 0)
        outTerms.push({ path: [...path, 'amount', 'v'], value: -x.amount.v, what: `event "${ev.id}" costing money` });
      if (x.kind === 'closeRound')
        inTerms.push({
          path: ['funding', 'rounds', roundKind, 'maxAmount', 'v'],
          value: Q * Math.min(roundMax, ACTION_MONEY),
          what: `a ${roundKind} round closing every quarter (event "${ev.id}")`,
        });
      if (x.kind === 'awardGrant')
        inTerms.push({
          path: ['funding', 'grantAmount', 'v'],
          value: Q * f.grantAmount.v,
          what: `a grant every quarter (event "${ev.id}")`,
        });
      if (x.kind === 'fine')
        outTerms.push({
          path: [...path, 'min', 'v'],
          value: Math.max(x.min.v, mulBp(rev * 4, x.revenueBp.v)),
          what: `the fine of event "${ev.id}"`,
        });
    }),
  );
  let salaries = 0;
  let topRole: string = ROLES[0];
  for (const r of ROLES) {
    salaries += CEILINGS.staffPerRole * sc.roles[r].salary.v;
    if (sc.roles[r].salary.v > sc.roles[topRole as (typeof ROLES)[number]].salary.v) topRole = r;
  }
  let programmes = 0;
  for (const p of PROGRAMMES) programmes += e.programmeCost[p].v;
  outTerms.push(
    {
      path: ['roles', topRole, 'salary', 'v'],
      value: salaries + mulBp(salaries, MAX_BONUS_BP),
      what: `salaries of ${bigNumber(CEILINGS.staffPerRole)} staff per role with the top bonus`,
    },
    {
      path: ['economics', 'overheadPerHead', 'v'],
      value: ROLES.length * CEILINGS.staffPerRole * e.overheadPerHead.v,
      what: 'overhead of a full team',
    },
    {
      path: ['economics', 'computeRentPerUnit', 'v'],
      value: mulBp(ACTION_RENT * e.computeRentPerUnit.v, MAX_COMPUTE_PRICE_BP),
      what: 'the most rented compute at the top compute price',
    },
    {
      path: ['economics', 'computeBuyPerUnit', 'v'],
      value: mulBp(mulBp(CEILINGS.compute * e.computeBuyPerUnit.v, MAX_COMPUTE_PRICE_BP), e.computeUpkeepBp.v),
      what: 'upkeep of the most owned compute',
    },
    { path: ['economics', 'augmentationCost', 'v'], value: e.augmentationCost.v, what: 'data augmentation' },
    { path: ['economics', 'programmeCost'], value: programmes, what: 'every compliance programme' },
    {
      path: ['economics', 'partnershipCost', 'v'],
      value: PARTNER_KINDS.length * markets.length * e.partnershipCost.v,
      what: 'every partnership in every market',
    },
    {
      path: ['funding', 'loan', 'maxAmount', 'v'],
      value: f.loan.maxAmount.v + mulBp(f.loan.maxAmount.v, f.loan.rateBp.v + f.loan.penaltyBp.v),
      what: 'a loan repaid in one quarter with interest and penalty',
    },
    {
      path: ['start', 'policy', 'marketing'],
      value: (CHANNELS.length + 2) * ACTION_MONEY,
      what: 'the largest marketing, R&D and data budgets',
    },
  );
  const money = total(inTerms) + total(outTerms);
  if (money > CEILINGS.cash) out.push(issue('cash or a ledger category', money, CEILINGS.cash, 'USD', [...inTerms, ...outTerms], Q));

  // Valuation: revenue times the multiple, model quality, customers, or the last round's post-money.
  let qualityCap = 0;
  for (const s of SCALES) qualityCap = Math.max(qualityCap, sc.models[s].qualityCap.v);
  const valTerms: Term[] = [
    {
      path: ['economics', 'revenueMultipleBp', 'v'],
      value: mulBp(rev * 4, e.revenueMultipleBp.v),
      what: 'the top revenue times the multiple',
    },
    { path: ['economics', 'qualityValue', 'v'], value: qualityCap * e.qualityValue.v, what: 'the top model quality' },
    { path: ['markets'], value: allCustomers * 1000, what: 'every potential customer' },
  ];
  const val = Math.max(total(valTerms), ACTION_PRE_MONEY + ACTION_MONEY);
  if (val > CEILINGS.valuation) out.push(issue('the valuation', val, CEILINGS.valuation, 'USD', valTerms, Q));

  // Data: bought, from every customer (doubled by feedback work), from a partner, augmented, events.
  let dataNeed = 0;
  for (const s of SCALES) dataNeed = Math.max(dataNeed, sc.models[s].dataNeed.v);
  const gained =
    (e.dataCostPerUnit.v > 0 ? Math.floor(ACTION_MONEY / e.dataCostPerUnit.v) : 0) +
    allCustomers * e.dataPerCustomer.v * 2 +
    Math.floor(dataNeed / 4);
  const dataTerms: Term[] = [
    { path: ['start', 'dataUnits', 'v'], value: sc.start.dataUnits.v, what: 'the starting data' },
    {
      path: ['economics', 'dataPerCustomer', 'v'],
      value: Q * (gained + mulBp(gained, e.augmentationBp.v)),
      what: 'data gained every quarter',
    },
  ];
  sc.events.forEach((ev, i) =>
    ev.effects.forEach((x, j) => {
      if (x.kind === 'data' && x.delta.v > 0)
        dataTerms.push({ path: ['events', i, 'effects', j, 'delta', 'v'], value: Q * x.delta.v, what: `event "${ev.id}" every quarter` });
    }),
  );
  const data = total(dataTerms);
  if (data > CEILINGS.data) out.push(issue('the data units', data, CEILINGS.data, 'units', dataTerms, Q));
  return out;
}
