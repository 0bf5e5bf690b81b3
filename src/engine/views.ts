// Read-only views that every screen, bot and test asks for instead of re-deriving a rule: the odds
// the next quarter rolls against, the expected quarter with the one runway figure, what investors
// make of an ask, and each market's facts. Each runs the quarter's own systems (`prepareQuarter`)
// on a copy, so it sees exactly what ending the quarter would see before any roll.
import type { Action, Rejection } from './actions';
import type { FactorPull } from './events-types';
import type { Factors, QuarterCtx } from './factors';
import type { RoundKind } from './ids';
import { byString, ROUND_KINDS } from './ids';
import { mulBp } from './math';
import { prepareQuarter } from './quarter';
import type { EventDef, Scenario } from './scenario/schema';
import { totalOutflow } from './selectors';
import type { State } from './state';
import { cloneState } from './state';
import { step } from './step';
import type { EventOdds } from './systems/events';
import { eventChecks } from './systems/events';
import { checkCovenants } from './systems/finance';
import { roundOdds } from './systems/funding';
import { priceIn } from './systems/market';

export type { EventOdds } from './systems/events';
export { eventStream } from './systems/events';

/** The quarter's systems run on a copy, up to the rolls. */
interface Look {
  s: State;
  ctx: QuarterCtx;
  f: Factors;
  prevCosts: number;
}

function look(state: State, sc: Scenario): Look {
  const s = cloneState(state);
  const p = prepareQuarter(s, sc, []);
  return { s, ctx: p.ctx, f: p.factors, prevCosts: p.prevCosts };
}

/** Pure. The events the next quarter would roll if it ended now, in scenario order, each with the
 *  exact probability (bp) its roll is compared with: market focus, pending requests, cooldowns
 *  and the investors' pricing of a pending round included (the quarter calls the same code).
 *  Empty once the game is over. */
export function eventOdds(s: State, sc: Scenario): EventOdds[] {
  if (s.status !== 'playing') return [];
  const l = look(s, sc);
  return eventChecks(l.s, sc, l.f, l.ctx.fundamentals);
}

/** The expected next quarter and the runway: the one set of figures every screen shows. */
export interface Forecast {
  /** Customers per market at the quarter's end, and over all markets. */
  customers: Record<string, number>;
  totalCustomers: number;
  newCustomers: number;
  revenue: number;
  /** Everything the quarter's close pays: payroll, compute, data, R&D, marketing, partnerships,
   *  compliance, loan interest and repayment, a covenant penalty. */
  costs: number;
  /** Already paid this quarter by its decisions (hiring fees, entry costs...): the quarter's report
   *  counts `paidNow + costs`. */
  paidNow: number;
  /** Of which loan interest, repayment and a covenant penalty. */
  debtService: number;
  /** Costs minus revenue, 0 when revenue covers them. */
  burn: number;
  cashAfter: number;
  /** Costs per quarter once every hire still to arrive is on the payroll. */
  perQuarter: number;
  /** Quarters the cash lasts (0: it runs out next quarter; 99: it never does). */
  runway: number;
}

/** What the hires still to arrive after next quarter will cost a quarter (salary, bonus, overhead). */
function laterHires(s: State, sc: Scenario): number {
  let n = 0;
  for (const a of s.arriving) {
    const salary = sc.roles[a.role].salary.v;
    n += a.count * (salary + mulBp(salary, s.policy.bonusBp) + sc.economics.overheadPerHead.v);
  }
  return n;
}

const MAX_RUNWAY = 99;

function forecastOf(s: State, sc: Scenario, l: Look): Forecast {
  const customers: Record<string, number> = {};
  let total = 0;
  for (const id of Object.keys(l.s.markets).sort(byString)) {
    customers[id] = l.s.markets[id]!.customers;
    total += customers[id]!;
  }
  const servicePaid = (x: State) => -(x.ledger.interest + x.ledger.repayment);
  checkCovenants(l.s, sc);
  const revenue = l.ctx.revenue;
  const paidNow = totalOutflow(s) - l.prevCosts;
  const costs = totalOutflow(l.s) - l.prevCosts - paidNow;
  const debtService = servicePaid(l.s) - servicePaid(s);
  const later = laterHires(l.s, sc);
  // After next quarter: the same revenue, every hire on the payroll, the loans' own schedule.
  const operating = costs - debtService + later;
  let runway = 0;
  let cash = l.s.cash;
  if (cash >= 0) {
    runway = 1;
    let loans = l.s.loans.map((x) => ({ ...x }));
    while (runway < MAX_RUNWAY) {
      let service = 0;
      const left: typeof loans = [];
      for (const x of loans) {
        const due = Math.floor(x.principal / x.quartersLeft);
        service += mulBp(x.principal, x.rateBp) + due;
        if (x.quartersLeft > 1 && x.principal - due > 0)
          left.push({ ...x, principal: x.principal - due, quartersLeft: x.quartersLeft - 1 });
      }
      loans = left;
      const b = operating + service - revenue;
      if (b <= 0 && loans.length === 0) {
        runway = MAX_RUNWAY;
        break;
      }
      cash -= b;
      if (cash < 0) break;
      runway++;
    }
  }
  return {
    customers,
    totalCustomers: total,
    newCustomers: l.ctx.newCustomers,
    revenue,
    costs,
    paidNow,
    debtService,
    burn: Math.max(0, costs - revenue),
    cashAfter: l.s.cash,
    perQuarter: costs + later,
    runway,
  };
}

export interface ForecastOptions {
  /** As if every hire still to arrive were already on the team: the quarter once they have started. */
  hiresArrived?: boolean;
}

/** Pure. The expected next quarter if it ended now with no event firing (an event's effect is a
 *  chance, not an expectation; `eventOdds` gives those), and the runway: next quarter as forecast,
 *  then the same revenue with every hire still to arrive paid and the loans repaid on schedule.
 *  Runs the quarter's own systems, so loan interest and repayment, hires arriving, market growth,
 *  churn and prices are exactly the rules'. */
export function forecast(s: State, sc: Scenario, opts: ForecastOptions = {}): Forecast {
  if (!opts.hiresArrived || s.arriving.length === 0) return forecastOf(s, sc, look(s, sc));
  const c = cloneState(s);
  for (const a of c.arriving) c.staff[a.role] += a.count;
  c.arriving = [];
  return forecastOf(c, sc, look(c, sc));
}

/** Pure. `eventOdds` and `forecast` from one run of the quarter's systems, and whether the
 *  company's positioning fits its markets in focus (§1.9.2) as the quarter's close would judge it:
 *  the factor the look-alike and differentiation odds read (null once the game is over). */
export function outlook(s: State, sc: Scenario): { odds: EventOdds[]; forecast: Forecast; positionFits: boolean | null } {
  const l = look(s, sc);
  const playing = s.status === 'playing';
  const odds = playing ? eventChecks(l.s, sc, l.f, l.ctx.fundamentals) : [];
  return { odds, forecast: forecastOf(s, sc, l), positionFits: playing ? l.f.differentiation > 0 : null };
}

export type FundingKind = RoundKind | 'grant' | 'loan';

/** Why the odds are what they are, as an id the UI translates (`investor.<id>`) and its figures. */
export interface InvestorReason {
  id: string;
  details: Record<string, string | number>;
}

export interface InvestorView {
  kind: FundingKind;
  /** The company's valuation by the numbers at the quarter's end (revenue multiple, model, customers). */
  fundamentals: number;
  /** The pre-money valuation these investors would accept (rounds; 0 for a grant or a loan). */
  valuation: number;
  /** The chance the request succeeds at the quarter's end (a loan: 10000, it is paid at once). */
  oddsBp: number;
  /** The chance if the ask were priced at the accepted valuation. */
  atValuationBp: number;
  pulls: FactorPull[];
  reasons: InvestorReason[];
  /** The rules' refusal of this request, if any (then the odds are 0). */
  refused: Rejection | null;
}

function fundingAction(kind: FundingKind, amount: number, preMoney: number): Action {
  if (kind === 'grant') return { type: 'applyGrant' };
  if (kind === 'loan') return { type: 'takeLoan', amount };
  return { type: 'raiseRound', kind, amount, preMoney };
}

const effectOf = (kind: FundingKind) => (kind === 'grant' ? 'awardGrant' : 'closeRound');

/** Pure. What investors (or the grant programme, or the bank) make of this request now: the
 *  valuation they would accept, the odds for this ask and the reasons, computed by the code that
 *  rolls the request at the quarter's end (`roundOdds` via `eventChecks`). A round priced above the
 *  accepted valuation keeps (accepted / asked)² of its odds; each kind of investor weighs the
 *  company differently (`ROUND_TASTE`). Never throws on a schema-valid request. */
export function investorView(s: State, sc: Scenario, kind: FundingKind, amount: number, preMoney: number): InvestorView {
  const view: InvestorView = { kind, fundamentals: 0, valuation: 0, oddsBp: 0, atValuationBp: 0, pulls: [], reasons: [], refused: null };
  const p = s.pending;
  const pending =
    kind === 'grant'
      ? p.grant
      : kind !== 'loan' && p.round !== null && p.round.kind === kind && p.round.amount === amount && p.round.preMoney === preMoney;
  let after = s;
  if (pending) view.reasons.push({ id: 'alreadyPending', details: {} });
  else {
    const r = step(s, fundingAction(kind, amount, preMoney), sc);
    if (r.ok) after = r.state;
    else {
      view.refused = r.rejection;
      view.reasons.push({ id: r.rejection.code, details: r.rejection.details });
    }
  }
  const l = look(after, sc);
  view.fundamentals = l.ctx.fundamentals;
  if (kind === 'loan') {
    if (!view.refused) {
      view.oddsBp = view.atValuationBp = 10000;
      view.reasons.push({ id: 'loanImmediate', details: {} });
    }
    return view;
  }
  const def: EventDef | undefined = sc.events.find((e) => e.effects.some((x) => x.kind === effectOf(kind)));
  if (!def) {
    view.reasons.push({ id: 'noChannel', details: {} });
    return view;
  }
  if (kind !== 'grant') {
    const r = roundOdds(def, l.f, l.ctx.fundamentals, { kind, amount, preMoney });
    view.valuation = r.valuation;
    view.atValuationBp = r.atValuationBp;
    if (r.valuation < sc.funding.rounds[kind].minPreMoney.v)
      view.reasons.push({ id: 'notReadyForStage', details: { valuation: r.valuation, min: sc.funding.rounds[kind].minPreMoney.v } });
    if (preMoney > r.valuation) view.reasons.push({ id: 'askAboveValuation', details: { valuation: r.valuation, keepBp: r.askKeepBp } });
    else view.reasons.push({ id: 'askWithinValuation', details: { valuation: r.valuation } });
  }
  if (view.refused) return view;
  const check = eventChecks(l.s, sc, l.f, l.ctx.fundamentals).find((c) => c.id === def.id);
  if (!check) {
    view.reasons.push({ id: 'notRolled', details: {} });
    return view;
  }
  view.oddsBp = check.bp;
  view.pulls = check.pulls;
  if (kind === 'grant') view.atValuationBp = check.bp;
  if (check.cooldown) {
    const last = s.lastFired[def.id] ?? s.quarter;
    const quarters = def.cooldown!.v - (s.quarter - last);
    view.reasons.push({ id: kind === 'grant' ? 'grantOnCooldown' : 'onCooldown', details: { quarters } });
  } else if (check.bp === 0) {
    let worst: FactorPull | null = null;
    for (const x of check.pulls) if (x.deltaBp < 0 && (!worst || x.deltaBp < worst.deltaBp)) worst = x;
    view.reasons.push({ id: 'oddsZero', details: { factor: worst ? worst.factor : 'base' } });
  }
  return view;
}

/** Pure. The pre-money valuation each kind of investor would accept now (one run of the systems). */
export function investorValuations(s: State, sc: Scenario): Record<RoundKind, number> {
  const l = look(s, sc);
  const out = {} as Record<RoundKind, number>;
  const def = sc.events.find((e) => e.effects.some((x) => x.kind === 'closeRound'));
  for (const k of ROUND_KINDS)
    out[k] = def ? roundOdds(def, l.f, l.ctx.fundamentals, { kind: k, amount: 0, preMoney: 0 }).valuation : l.ctx.fundamentals;
  return out;
}

/** One market's facts as the market picker shows them. */
export interface MarketFacts {
  id: string;
  inFocus: boolean;
  /** Entry cost still to pay (0 once entered). */
  entryCost: number;
  /** Customers the market holds now, and the company's. */
  potential: number;
  customers: number;
  /** Growth of the market's size per quarter (bp). */
  growthBp: number;
  /** What one customer pays per quarter under the current policy. */
  price: number;
  competitors: number;
  regulationBp: number;
  traits: string[];
}

/** Pure. Every market's facts, sorted by id. */
export function marketView(s: State, sc: Scenario): MarketFacts[] {
  return Object.keys(sc.markets)
    .sort(byString)
    .map((id) => {
      const def = sc.markets[id]!;
      const ms = s.markets[id]!;
      return {
        id,
        inFocus: s.policy.markets.includes(id),
        entryCost: ms.enteredAt < 0 ? def.entryCost.v : 0,
        potential: ms.potential,
        customers: ms.customers,
        growthBp: def.growthBp.v,
        price: priceIn(s, sc, def, ms),
        competitors: ms.competitors,
        regulationBp: ms.regulationBp,
        traits: [...def.traits],
      };
    });
}
