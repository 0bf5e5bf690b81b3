// Generated runs for the replay tests and the golden set: the shipped scenario, a seeded "chaos"
// player that proposes every kind of decision (the rules refuse what does not fit, as in play),
// and a helper that turns a run into a replay exactly as the game's export does.
import type { Action, Bot, Scenario } from '../../src/engine/index';
import {
  BOTS,
  CHANNELS,
  PARTNER_KINDS,
  POSITIONINGS,
  BUSINESS_MODELS,
  PRICING,
  PRODUCT_WORK,
  PROGRAMMES,
  ROLES,
  ROUND_KINDS,
  SCALES,
  STRUCTURES,
  intIn,
  stream,
  playBot,
  replay,
} from '../../src/engine/index';
import { readScenario } from '../../src/cli/scenarios';
import { buildReplay, resultOf } from '../../src/replay/format';
import type { Replay } from '../../src/replay/format';

export interface Loaded {
  scenario: Scenario;
  hash: string;
  text: string;
}

/** A shipped scenario through the loader's `extends` resolution; `text` stands alone (resolved). */
export function loadShipped(id: string): Loaded {
  const { scenario, hash, text } = readScenario(id);
  return { scenario, hash, text };
}

const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;

/** Proposes 0-5 decisions a quarter drawn from all twenty decision types, modest amounts. */
export const chaosBot: Bot = (s, sc) => {
  const next = stream(s.seed, s.quarter, 'test:chaos');
  const markets = Object.keys(sc.markets);
  const out: Action[] = [];
  const n = intIn(next, 0, 5);
  for (let i = 0; i < n; i++) {
    switch (intIn(next, 0, 19)) {
      case 0:
        out.push({ type: 'hire', role: pick(next, ROLES), count: intIn(next, 1, 2) });
        break;
      case 1:
        out.push({ type: 'fire', role: pick(next, ROLES), count: 1 });
        break;
      case 2:
        out.push({ type: 'setStructure', structure: pick(next, STRUCTURES) });
        break;
      case 3:
        out.push({ type: 'setIncentives', bonusBp: intIn(next, 0, 15) * 100, equityGrants: next() < 0.5, career: next() < 0.5 });
        break;
      case 4:
        out.push({ type: 'setMarkets', markets: next() < 0.7 ? [pick(next, markets)] : [pick(next, markets), pick(next, markets)] });
        break;
      case 5:
        out.push({ type: 'setPositioning', positioning: pick(next, POSITIONINGS) });
        break;
      case 6:
        out.push({ type: 'setBusinessModel', model: pick(next, BUSINESS_MODELS) });
        break;
      case 7:
        out.push({ type: 'setPricing', strategy: pick(next, PRICING), levelBp: intIn(next, 6, 16) * 1000 });
        break;
      case 8:
        out.push({ type: 'setMarketing', channel: pick(next, CHANNELS), budget: intIn(next, 0, 6) * 10000 });
        break;
      case 9:
        out.push({ type: 'setModelScale', scale: pick(next, SCALES) });
        break;
      case 10:
        out.push({ type: 'setProductWork', work: pick(next, PRODUCT_WORK) });
        break;
      case 11:
        out.push({ type: 'setRndBudget', amount: intIn(next, 0, 8) * 10000 });
        break;
      case 12:
        out.push({ type: 'setDataBudget', amount: intIn(next, 0, 5) * 10000, augmentation: next() < 0.3 });
        break;
      case 13:
        out.push({ type: 'setComputeRent', units: intIn(next, 0, 40) });
        break;
      case 14:
        out.push({ type: 'buyCompute', units: intIn(next, 1, 5) });
        break;
      case 15:
        out.push({ type: 'proposePartnership', kind: pick(next, PARTNER_KINDS), market: pick(next, [...s.policy.markets, ...markets]) });
        break;
      case 16:
        out.push({ type: 'setProgramme', programme: pick(next, PROGRAMMES), on: next() < 0.6 });
        break;
      case 17: {
        const kind = pick(next, ROUND_KINDS);
        const r = sc.funding.rounds[kind];
        out.push({
          type: 'raiseRound',
          kind,
          amount: r.minAmount.v + Math.floor(next() * (r.maxAmount.v - r.minAmount.v)),
          preMoney: r.minPreMoney.v + Math.floor(next() * (r.maxPreMoney.v - r.minPreMoney.v)),
        });
        break;
      }
      case 18:
        out.push({ type: 'applyGrant' });
        break;
      default:
        out.push({ type: 'takeLoan', amount: intIn(next, 1, 10) * 50000 });
    }
  }
  return out;
};

export const ALL_BOTS: Record<string, Bot> = { ...BOTS, chaos: chaosBot };

/** A run as the game exports it. `stopAfter` cuts it after that many quarters (a partial run). */
export function runReplay(l: Loaded, seed: string, bot: string, meta: Replay['meta'] = {}, stopAfter?: number): Replay {
  const b = ALL_BOTS[bot];
  if (!b) throw new Error(`no bot ${bot}`);
  const r = playBot(l.scenario, seed, b, { checks: false });
  if (stopAfter !== undefined && stopAfter < r.log.length) return replayOfLog(l, seed, r.log.slice(0, stopAfter), { bot, ...meta });
  return buildReplay(header(l, seed, { bot, ...meta }), r.log, r.hashes, r.state, resultOf(r.state, l.scenario).valuation);
}

/** A hand-written (or cut) decision log as a replay; throws when the rules refuse a decision. */
export function replayOfLog(l: Loaded, seed: string, log: Action[][], meta: Replay['meta'] = {}): Replay {
  const r = replay(l.scenario, seed, log);
  if (!r.ok)
    throw new Error(
      `quarter ${r.quarter + 1}, decision ${r.index + 1} (${log[r.quarter]?.[r.index]?.type ?? 'endQuarter'}) refused: ${r.code}`,
    );
  return buildReplay(header(l, seed, meta), log, r.hashes, r.state, resultOf(r.state, l.scenario).valuation);
}

function header(l: Loaded, seed: string, meta: Replay['meta']) {
  return { scenario: { id: l.scenario.id, version: l.scenario.version, hash: l.hash }, seed, meta };
}
