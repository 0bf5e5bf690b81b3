// What a decision would do, computed before it is committed, all by the engine: `step` on a copy
// (so cost and refusals are exact), the engine's forecast before and after (expected customers,
// revenue, costs per quarter and the one runway figure), the event odds the decision moves
// (`eventOdds`: exactly what the quarter would roll) and, for a funding request, what investors
// make of it (`investorView`).
import type { Action, Rejection, Scenario, State, Forecast, InvestorReason, InvestorView } from '../../engine/index';
import { step, forecast, investorView, outlook } from '../../engine/index';

export interface OddsChange {
  id: string;
  before: number | null;
  after: number | null;
}

export interface Preview {
  ok: boolean;
  rejection?: Rejection;
  /** Cash paid the moment the decision is committed. */
  costNow: number;
  perQuarterBefore: number;
  perQuarterAfter: number;
  runwayBefore: number;
  runwayAfter: number;
  odds: OddsChange[];
  /** Whether the positioning fits the markets in focus (§1.9.2), by the engine, without and with the
   *  decision (null: the game is over). */
  fitBefore: boolean | null;
  fitAfter: boolean | null;
  /** The engine's forecast of next quarter without and with the decision. */
  before: Forecast;
  forecast: Forecast;
  /** For a hire who starts later: the quarter once every hire has started, without and with it. */
  staffedBefore?: Forecast;
  staffedAfter?: Forecast;
  /** A funding request: what investors (the grant programme, the bank) make of it. */
  investors?: InvestorView;
  after: State;
}

/** Pure. Runway in quarters as every screen shows it: the engine forecast's. */
export function runwayAhead(s: State, sc: Scenario): number {
  return forecast(s, sc).runway;
}

function fundingView(s: State, sc: Scenario, a: Action): InvestorView | undefined {
  if (a.type === 'raiseRound') return investorView(s, sc, a.kind, a.amount, a.preMoney);
  if (a.type === 'applyGrant') return investorView(s, sc, 'grant', 0, 0);
  if (a.type === 'takeLoan') return investorView(s, sc, 'loan', a.amount, 0);
  return undefined;
}

/** Pure. Why a request the rules accept would still be pointless now (a grant on cooldown), or null. */
export function blockedBy(p: Preview): InvestorReason | null {
  return p.investors?.reasons.find((r) => r.id === 'grantOnCooldown') ?? null;
}

/** Pure. Never throws on a schema-valid action. */
export function previewAction(s: State, sc: Scenario, action: Action): Preview {
  const was = outlook(s, sc);
  const base = {
    costNow: 0,
    perQuarterBefore: was.forecast.perQuarter,
    runwayBefore: was.forecast.runway,
    before: was.forecast,
    fitBefore: was.positionFits,
  };
  const inv = fundingView(s, sc, action);
  const r = step(s, action, sc);
  if (!r.ok) {
    const refused: Preview = {
      ...base,
      ok: false,
      rejection: r.rejection,
      perQuarterAfter: base.perQuarterBefore,
      runwayAfter: base.runwayBefore,
      odds: [],
      fitAfter: was.positionFits,
      forecast: was.forecast,
      after: s,
    };
    if (inv) refused.investors = inv;
    return refused;
  }
  const ev = r.events.find((e) => e.type === 'decided');
  const costNow = ev && ev.type === 'decided' ? ev.cost : 0;
  const now = outlook(r.state, sc);
  const before: Record<string, number> = {};
  const after: Record<string, number> = {};
  for (const o of was.odds) before[o.id] = o.bp;
  for (const o of now.odds) after[o.id] = o.bp;
  const odds: OddsChange[] = [];
  for (const def of sc.events) {
    const b = before[def.id] ?? null;
    const a = after[def.id] ?? null;
    if (b !== a) odds.push({ id: def.id, before: b, after: a });
  }
  odds.sort((x, y) => Math.abs((y.after ?? 0) - (y.before ?? 0)) - Math.abs((x.after ?? 0) - (x.before ?? 0)) || (x.id < y.id ? -1 : 1));
  const p: Preview = {
    ...base,
    ok: true,
    costNow,
    perQuarterAfter: now.forecast.perQuarter,
    runwayAfter: now.forecast.runway,
    odds,
    fitAfter: now.positionFits,
    forecast: now.forecast,
    after: r.state,
  };
  if (action.type === 'hire' && sc.roles[action.role].leadQuarters.v > 0) {
    p.staffedBefore = forecast(s, sc, { hiresArrived: true });
    p.staffedAfter = forecast(r.state, sc, { hiresArrived: true });
  }
  if (inv) p.investors = inv;
  return p;
}
