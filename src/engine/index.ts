// The engine's public surface. Pure and deterministic: runs unchanged in Node, browsers and workers.
export * from './actions';
export * from './events-types';
export * from './factor-ids';
export * from './factors';
export * from './hash';
export * from './ids';
export * from './run';
export * from './scenario-load';
export * from './scenario-schema';
export * from './score';
export * from './seed-sections';
export * from './selectors';
export * from './state';
export * from './step';
export * from './views';
export { BOTS, BOT_NAMES } from './bots/index';
export type { Bot } from './bots/common';
export { valuation } from './systems/finance';
export { BRAND_FADE_PCT, priceIn } from './systems/market';
export { moraleTarget } from './systems/team';

/** The rules version: bump on any change that alters a run's outcome (replays name it). */
export const ENGINE_VERSION = 2;
