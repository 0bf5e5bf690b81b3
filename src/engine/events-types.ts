// What `step` reports besides the next state: plain data for the UI to animate, the debrief to
// explain and the replay viewer to show. Event ids and texts come from the scenario.
import type { Action } from './actions';
import type { FactorId } from './factor-ids';
import type { Role } from './ids';
import type { Kpi } from './state';

/** One factor's pull on one probability. */
export interface FactorPull {
  factor: FactorId;
  level: number;
  effect: number;
  deltaBp: number;
}

/** An applied effect with its realized amount (money in USD, others in their own unit). */
export interface AppliedEffect {
  kind: string;
  amount: number;
  target?: string;
}

/** The roll of one scenario event in one quarter, fired or not: the debrief's "same roll" table. */
export interface Check {
  id: string;
  quarter: number;
  roll: number;
  probabilityBp: number;
  baseBp: number;
  pulls: FactorPull[];
  fired: boolean;
  cooldown: boolean;
  effects: AppliedEffect[];
}

export type EngineEvent =
  | { type: 'decided'; action: Action; cost: number }
  | { type: 'staffArrived'; role: Role; count: number }
  | { type: 'check'; check: Check }
  | { type: 'covenantBreached'; penalty: number }
  | { type: 'quarterClosed'; kpi: Kpi }
  | { type: 'gameOver'; outcome: 'bankrupt' | 'finished' };
