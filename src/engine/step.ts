// `step`: the one reducer every part of the game uses (UI, CLI, bots, replays, tests).
// Pure and total: the next state and what happened, or a typed rejection that changes nothing.
import type { Action, Rejection } from './actions';
import { ACTION_GROUP } from './actions';
import { decide } from './decide';
import type { EngineEvent } from './events-types';
import { runQuarter } from './quarter';
import type { Scenario } from './scenario/schema';
import type { State, DecisionScope } from './state';
import { cloneForDecision, cloneState } from './state';

// What each decision writes (see decide.ts): proposals only replace `pending`; policy changes never
// touch cash, the ledger or staff; the rest may pay. A decision not listed gets a full decision copy.
const SCOPE: Partial<Record<Action['type'], DecisionScope>> = {
  proposePartnership: 'top',
  raiseRound: 'top',
  applyGrant: 'top',
  setStructure: 'policy',
  setIncentives: 'policy',
  setPositioning: 'policy',
  setBusinessModel: 'policy',
  setPricing: 'policy',
  setMarketing: 'policy',
  setProductWork: 'policy',
  setRndBudget: 'policy',
  setDataBudget: 'policy',
  setComputeRent: 'policy',
  setProgramme: 'policy',
};

export type StepResult = { ok: true; state: State; events: EngineEvent[] } | { ok: false; rejection: Rejection };

/** Pure. Never throws on player input (the action must already match `actionSchema`);
 *  throws only on a broken invariant, which is a bug. */
export function step(state: State, action: Action, scenario: Scenario): StepResult {
  if (state.status !== 'playing') return { ok: false, rejection: { code: 'gameOver', details: { status: state.status } } };
  const group = ACTION_GROUP[action.type];
  if (group && !(scenario.unlocked as string[]).includes(group))
    return { ok: false, rejection: { code: 'groupLocked', details: { group } } };
  const events: EngineEvent[] = [];
  if (action.type === 'endQuarter') {
    const s = cloneState(state);
    runQuarter(s, scenario, events);
    return { ok: true, state: s, events };
  }
  const s = cloneForDecision(state, SCOPE[action.type] ?? 'all');
  const r = decide(s, scenario, action);
  if (typeof r !== 'number') return { ok: false, rejection: r };
  events.push({ type: 'decided', action, cost: r });
  return { ok: true, state: s, events };
}
