// The engine's door: the only module code outside src/engine imports (the lint enforces it). Pure and
// deterministic: runs unchanged in Node, browsers and workers.
export * from './actions';
export * from './events-types';
export * from './factor-ids';
export * from './factors';
export * from './hash';
export * from './ids';
export * from './run';
export * from './scenario/load';
export * from './scenario/schema';
export * from './score';
export * from './seed-sections';
export * from './selectors';
export * from './state';
export * from './step';
export * from './views';
export { BOTS, BOT_NAMES, STRATEGIES, randomBotFor, strategyBot } from './bots/index';
export type { Bot } from './bots/common';
export { milestonesMet, rankMarkets } from './bots/common';
export { BALANCED, FIXED_STRATEGIES } from './bots/presets';
export { COMPLIANCE_LEVELS, HIRING_PACES, INCENTIVE_LEVELS, MARKETING_LEVELS, MODEL_PLANS } from './bots/strategy';
export type { Strategy } from './bots/strategy';
export { CEILINGS } from './bounds';
export { intIn, quarterRolls, rollBp, stream } from './rng';
export { TEXT_MAX, UTF8_BYTES_PER_CHAR, escapeForTerminal, textFault, textFaultMessage } from './user-text';
export { schemaAt } from './scenario/describe';
export { valuation } from './systems/finance';
export { BRAND_FADE_PCT, priceIn } from './systems/market';
export { moraleTarget } from './systems/team';

/** The rules version: bump on any change that alters a run's outcome (replays name it). */
export const ENGINE_VERSION = 2;
