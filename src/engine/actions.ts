// The player's decisions as plain, serializable actions (a zod discriminated union, checked at the
// edge), the decision group each belongs to, and the typed rejections the rules give.
import { z } from 'zod';
import {
  BUSINESS_MODELS,
  CHANNELS,
  PARTNER_KINDS,
  POSITIONINGS,
  PRICING,
  PRODUCT_WORK,
  PROGRAMMES,
  ROLES,
  ROUND_KINDS,
  SCALES,
  STRUCTURES,
} from './ids';
import type { Group } from './ids';

const money = z.number().int().min(0).max(1_000_000_000);
const marketId = z.string().regex(/^[a-z][a-zA-Z0-9]{0,31}$/);

export const actionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hire'), role: z.enum(ROLES), count: z.number().int().min(1).max(50) }),
  z.strictObject({ type: z.literal('fire'), role: z.enum(ROLES), count: z.number().int().min(1).max(50) }),
  z.strictObject({ type: z.literal('setStructure'), structure: z.enum(STRUCTURES) }),
  z.strictObject({
    type: z.literal('setIncentives'),
    bonusBp: z.number().int().min(0).max(5000),
    equityGrants: z.boolean(),
    career: z.boolean(),
  }),
  z.strictObject({ type: z.literal('setMarkets'), markets: z.array(marketId).min(1).max(8) }),
  z.strictObject({ type: z.literal('setPositioning'), positioning: z.enum(POSITIONINGS) }),
  z.strictObject({ type: z.literal('setBusinessModel'), model: z.enum(BUSINESS_MODELS) }),
  z.strictObject({ type: z.literal('setPricing'), strategy: z.enum(PRICING), levelBp: z.number().int().min(5000).max(20000) }),
  z.strictObject({ type: z.literal('setMarketing'), channel: z.enum(CHANNELS), budget: money }),
  z.strictObject({ type: z.literal('setModelScale'), scale: z.enum(SCALES) }),
  z.strictObject({ type: z.literal('setProductWork'), work: z.enum(PRODUCT_WORK) }),
  z.strictObject({ type: z.literal('setRndBudget'), amount: money }),
  z.strictObject({ type: z.literal('setDataBudget'), amount: money, augmentation: z.boolean() }),
  z.strictObject({ type: z.literal('setComputeRent'), units: z.number().int().min(0).max(100_000) }),
  z.strictObject({ type: z.literal('buyCompute'), units: z.number().int().min(1).max(10_000) }),
  z.strictObject({ type: z.literal('proposePartnership'), kind: z.enum(PARTNER_KINDS), market: marketId }),
  z.strictObject({ type: z.literal('setProgramme'), programme: z.enum(PROGRAMMES), on: z.boolean() }),
  z.strictObject({
    type: z.literal('raiseRound'),
    kind: z.enum(ROUND_KINDS),
    amount: money,
    preMoney: z.number().int().min(1).max(1_000_000_000_000),
  }),
  z.strictObject({ type: z.literal('applyGrant') }),
  z.strictObject({ type: z.literal('takeLoan'), amount: money }),
  z.strictObject({ type: z.literal('endQuarter') }),
]);
export type Action = z.infer<typeof actionSchema>;
export type ActionType = Action['type'];

/** The decision group of each action (a scenario unlocks groups; endQuarter is always allowed). */
export const ACTION_GROUP: Record<ActionType, Group | null> = {
  hire: 'team',
  fire: 'team',
  setStructure: 'team',
  setIncentives: 'team',
  setMarkets: 'market',
  setPositioning: 'market',
  setBusinessModel: 'market',
  setPricing: 'market',
  setMarketing: 'market',
  setModelScale: 'product',
  setProductWork: 'product',
  setRndBudget: 'product',
  setDataBudget: 'product',
  setComputeRent: 'product',
  buyCompute: 'product',
  proposePartnership: 'product',
  setProgramme: 'compliance',
  raiseRound: 'funding',
  applyGrant: 'funding',
  takeLoan: 'funding',
  endQuarter: null,
};

export const REJECTION_CODES = [
  'gameOver',
  'groupLocked',
  'unknownMarket',
  'notEnoughStaff',
  'notEnoughCash',
  'roundPending',
  'amountOutOfRange',
  'preMoneyOutOfRange',
  'milestonesNotMet',
  'grantPending',
  'loanLimit',
  'loanRevenue',
  'partnerPending',
  'partnershipExists',
  'marketNotInFocus',
  'duplicateMarket',
  'noChange',
  'invalidAction',
  'staffLimit',
  'computeLimit',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];
/** A rule violation: the state is untouched and the action is not logged. */
export interface Rejection {
  code: RejectionCode;
  details: Record<string, string | number>;
}
