// The bots: rule-based players for tests, balance statistics and workshop rehearsal.
// `random` is seeded; the others follow the success and failure patterns of the seed's cases.
import type { Action } from '../actions';
import { CHANNELS, PROGRAMMES, ROLES, SCALES } from '../ids';
import { intIn, stream } from '../rng';

import type { Bot } from './common';
import { nextRound } from './common';
import { BALANCED, FIXED_STRATEGIES, FOCUSED, SCATTERED } from './presets';
import type { Strategy } from './strategy';
import { strategyBot } from './strategy';

const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;

/** Seeded random player: a few random decisions each quarter from every group. With a `salt` (a
 *  workshop team's name) it draws from its own stream, so teams that share one seed play differently;
 *  without one it is `randomBot`. */
export function randomBotFor(salt: string): Bot {
  const purpose = salt === '' ? 'bot:random' : `bot:random:${salt}`;
  return (s, sc) => randomDecisions(stream(s.seed, s.quarter, purpose), s, sc);
}

function randomDecisions(next: () => number, s: Parameters<Bot>[0], sc: Parameters<Bot>[1]): Action[] {
  const out: Action[] = [];
  const n = intIn(next, 0, 4);
  const markets = Object.keys(sc.markets);
  for (let i = 0; i < n; i++) {
    switch (intIn(next, 0, 11)) {
      case 0:
        out.push({ type: 'hire', role: pick(next, ROLES), count: intIn(next, 1, 3) });
        break;
      case 1:
        out.push({ type: 'fire', role: pick(next, ROLES), count: 1 });
        break;
      case 2:
        out.push({ type: 'setMarkets', markets: [pick(next, markets), ...(next() < 0.3 ? [pick(next, markets)] : [])] });
        break;
      case 3:
        out.push({ type: 'setMarketing', channel: pick(next, CHANNELS), budget: intIn(next, 0, 8) * 10000 });
        break;
      case 4:
        out.push({ type: 'setProgramme', programme: pick(next, PROGRAMMES), on: next() < 0.6 });
        break;
      case 5:
        out.push({ type: 'setModelScale', scale: pick(next, SCALES) });
        break;
      case 6:
        out.push({ type: 'setComputeRent', units: intIn(next, 0, 60) });
        break;
      case 7: {
        const r = nextRound(s, sc);
        if (r) out.push(r);
        break;
      }
      case 8:
        out.push({
          type: 'setPricing',
          strategy: pick(next, ['costPlus', 'value', 'competitive', 'segmented'] as const),
          levelBp: intIn(next, 7, 14) * 1000,
        });
        break;
      case 9:
        out.push({ type: 'applyGrant' });
        break;
      case 10:
        out.push({ type: 'setIncentives', bonusBp: intIn(next, 0, 20) * 100, equityGrants: next() < 0.5, career: next() < 0.5 });
        break;
      default:
        out.push({ type: 'setRndBudget', amount: intIn(next, 0, 10) * 10000 });
    }
  }
  return out;
}

/** Seeded random player: a few random decisions each quarter from every group. */
const randomBot: Bot = randomBotFor('');

export { strategyBot } from './strategy';

/** Case A and B's pattern: one market, clear positioning, compliance funded, a financing plan with reserve. */
const focusedBot: Bot = strategyBot(FOCUSED);
/** A sensible all-round player: focused, some compliance, moderate reserve. */
const balancedBot: Bot = strategyBot(BALANCED);
/** Case C and D's pattern: several markets, look-alike model, compliance ignored, no reserve. */
const scatteredBot: Bot = strategyBot(SCATTERED);

export const BOTS: Record<string, Bot> = { random: randomBot, balanced: balancedBot, focused: focusedBot, scattered: scatteredBot };
export const BOT_NAMES = Object.keys(BOTS);

/** Every named strategy (the three pattern bots and the fixed one-rule players), for the balance lab. */
export const STRATEGIES: Record<string, Strategy> = { focused: FOCUSED, balanced: BALANCED, scattered: SCATTERED, ...FIXED_STRATEGIES };
