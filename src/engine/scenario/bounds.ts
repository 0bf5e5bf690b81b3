// The worst case of a scenario against the engine's ceilings (bounds.ts): check-scenario and every
// loader refuse a scenario whose money, market potential, revenue, valuation or data could reach a
// ceiling within its quarters, naming the JSON path that drives it and the bound.
import { CEILINGS } from '../bounds';
import { byString, CHANNELS, PARTNER_KINDS, PROGRAMMES, ROLES, ROUND_KINDS, SCALES } from '../ids';
import { mulBp } from '../math';
import type { Scenario } from './schema';
import type { RawIssue } from './checks';
import { BOUND_KIND_EN, BOUND_UNIT_EN, BOUND_WHAT_EN, scenarioProblemMessage } from '../../formats/scenario-messages';
import type { BoundKind, BoundUnit, BoundWhat, ProblemSays } from '../../formats/scenario-messages';
import { fillTemplate } from '../../formats/safe-json-messages';

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
  /** The English of the part, and its code and parameters. */
  what: string;
  whatId: BoundWhat;
  whatParams: Record<string, string>;
}

/** A part of a worst case, said by code. */
const w = (id: BoundWhat, params: Record<string, string> = {}): Pick<Term, 'what' | 'whatId' | 'whatParams'> => ({
  what: fillTemplate(BOUND_WHAT_EN[id], params),
  whatId: id,
  whatParams: params,
});

/** The largest term (ties: the first), for naming the path a reader should change. */
const largest = (terms: Term[]): Term => terms.reduce((a, b) => (b.value > a.value ? b : a));
const total = (terms: Term[]): number => terms.reduce((n, t) => n + t.value, 0);

function issue(
  kindId: BoundKind,
  worst: number,
  ceiling: number,
  unitId: BoundUnit,
  terms: Term[],
  quarters: number,
  market = '',
): RawIssue {
  const t = largest(terms);
  const kind = fillTemplate(BOUND_KIND_EN[kindId], { market });
  const unit = BOUND_UNIT_EN[unitId];
  const says: ProblemSays = {
    code: 'bound',
    params: {
      kind,
      kindId,
      ...(market ? { market } : {}),
      worst: bigNumber(worst),
      unit,
      unitId,
      quarters,
      ceiling: bigNumber(ceiling),
      what: t.what,
      whatId: t.whatId,
      ...t.whatParams,
      value: bigNumber(t.value),
    },
  };
  return {
    path: t.path,
    message: scenarioProblemMessage(says),
    says,
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
          'potential',
          p,
          CEILINGS.potential,
          'customers',
          [{ path: ['markets', m, 'growthBp', 'v'], value: def.growthBp.v, ...w('growth') }],
          Q,
          m,
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
    ...w('topPrice', { market: m }),
  }));
  const revenue = total(revenueTerms);
  if (revenue > CEILINGS.revenue) out.push(issue('revenue', revenue, CEILINGS.revenue, 'USD', revenueTerms, Q));
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
    { path: ['start', 'cash', 'v'], value: sc.start.cash.v, ...w('startCash') },
    { path: revenueTerms.length > 0 ? largest(revenueTerms).path : ['markets'], value: Q * rev, ...w('revenue') },
    { path: ['funding', 'loan', 'maxAmount', 'v'], value: Q * f.loan.maxAmount.v, ...w('loans') },
  ];
  const outTerms: Term[] = [];
  sc.events.forEach((ev, i) =>
    ev.effects.forEach((x, j) => {
      const path = ['events', i, 'effects', j];
      if (x.kind === 'cash' && x.amount.v > 0)
        inTerms.push({ path: [...path, 'amount', 'v'], value: Q * x.amount.v, ...w('eventPays', { event: ev.id }) });
      if (x.kind === 'cash' && x.amount.v < 0)
        outTerms.push({ path: [...path, 'amount', 'v'], value: -x.amount.v, ...w('eventCosts', { event: ev.id }) });
      if (x.kind === 'closeRound')
        inTerms.push({
          path: ['funding', 'rounds', roundKind, 'maxAmount', 'v'],
          value: Q * Math.min(roundMax, ACTION_MONEY),
          ...w('round', { round: roundKind, event: ev.id }),
        });
      if (x.kind === 'awardGrant')
        inTerms.push({
          path: ['funding', 'grantAmount', 'v'],
          value: Q * f.grantAmount.v,
          ...w('grant', { event: ev.id }),
        });
      if (x.kind === 'fine')
        outTerms.push({
          path: [...path, 'min', 'v'],
          value: Math.max(x.min.v, mulBp(rev * 4, x.revenueBp.v)),
          ...w('fine', { event: ev.id }),
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
      ...w('salaries', { staff: bigNumber(CEILINGS.staffPerRole) }),
    },
    {
      path: ['economics', 'overheadPerHead', 'v'],
      value: ROLES.length * CEILINGS.staffPerRole * e.overheadPerHead.v,
      ...w('overhead'),
    },
    {
      path: ['economics', 'computeRentPerUnit', 'v'],
      value: mulBp(ACTION_RENT * e.computeRentPerUnit.v, MAX_COMPUTE_PRICE_BP),
      ...w('rentedCompute'),
    },
    {
      path: ['economics', 'computeBuyPerUnit', 'v'],
      value: mulBp(mulBp(CEILINGS.compute * e.computeBuyPerUnit.v, MAX_COMPUTE_PRICE_BP), e.computeUpkeepBp.v),
      ...w('ownedCompute'),
    },
    { path: ['economics', 'augmentationCost', 'v'], value: e.augmentationCost.v, ...w('augmentation') },
    { path: ['economics', 'programmeCost'], value: programmes, ...w('programmes') },
    {
      path: ['economics', 'partnershipCost', 'v'],
      value: PARTNER_KINDS.length * markets.length * e.partnershipCost.v,
      ...w('partnerships'),
    },
    {
      path: ['funding', 'loan', 'maxAmount', 'v'],
      value: f.loan.maxAmount.v + mulBp(f.loan.maxAmount.v, f.loan.rateBp.v + f.loan.penaltyBp.v),
      ...w('loanRepaid'),
    },
    {
      path: ['start', 'policy', 'marketing'],
      value: (CHANNELS.length + 2) * ACTION_MONEY,
      ...w('budgets'),
    },
  );
  const money = total(inTerms) + total(outTerms);
  if (money > CEILINGS.cash) out.push(issue('cash', money, CEILINGS.cash, 'USD', [...inTerms, ...outTerms], Q));

  // Valuation: revenue times the multiple, model quality, customers, or the last round's post-money.
  let qualityCap = 0;
  for (const s of SCALES) qualityCap = Math.max(qualityCap, sc.models[s].qualityCap.v);
  const valTerms: Term[] = [
    {
      path: ['economics', 'revenueMultipleBp', 'v'],
      value: mulBp(rev * 4, e.revenueMultipleBp.v),
      ...w('multiple'),
    },
    { path: ['economics', 'qualityValue', 'v'], value: qualityCap * e.qualityValue.v, ...w('quality') },
    { path: ['markets'], value: allCustomers * 1000, ...w('customers') },
  ];
  const val = Math.max(total(valTerms), ACTION_PRE_MONEY + ACTION_MONEY);
  if (val > CEILINGS.valuation) out.push(issue('valuation', val, CEILINGS.valuation, 'USD', valTerms, Q));

  // Data: bought, from every customer (doubled by feedback work), from a partner, augmented, events.
  let dataNeed = 0;
  for (const s of SCALES) dataNeed = Math.max(dataNeed, sc.models[s].dataNeed.v);
  const gained =
    (e.dataCostPerUnit.v > 0 ? Math.floor(ACTION_MONEY / e.dataCostPerUnit.v) : 0) +
    allCustomers * e.dataPerCustomer.v * 2 +
    Math.floor(dataNeed / 4);
  const dataTerms: Term[] = [
    { path: ['start', 'dataUnits', 'v'], value: sc.start.dataUnits.v, ...w('startData') },
    {
      path: ['economics', 'dataPerCustomer', 'v'],
      value: Q * (gained + mulBp(gained, e.augmentationBp.v)),
      ...w('dataGained'),
    },
  ];
  sc.events.forEach((ev, i) =>
    ev.effects.forEach((x, j) => {
      if (x.kind === 'data' && x.delta.v > 0)
        dataTerms.push({ path: ['events', i, 'effects', j, 'delta', 'v'], value: Q * x.delta.v, ...w('eventData', { event: ev.id }) });
    }),
  );
  const data = total(dataTerms);
  if (data > CEILINGS.data) out.push(issue('data', data, CEILINGS.data, 'units', dataTerms, Q));
  return out;
}
