// Test page for the office view (test/e2e/office.test.ts and the frame-time bench): mounts the office
// on `classic` seed 42 after a few quarters of the balanced bot and exposes hooks on window.__office.
// Query: ?lang=zh|en &quarter=N (state after N closed quarters) &staff=100 (a synthetic big company)
// &speed=K (animations K times faster, for tests) &bot=NAME &seed=S (default balanced, 42)
// &round=1 (mount just before a quarter that closes a funding round) &renderer=auto|webgl|canvas
// &panel=WxH (the office box's size in CSS px, e.g. the shell's panel at 1280×720: 723x657).
import { BOTS, ROLES, loadScenario, playBot, replay, step } from '../../src/engine/index';
import type { Action, EngineEvent, ReplayStep, Role, State } from '../../src/engine/index';
import { createOffice } from '../../src/ui/office/index';
import type { Lang } from '../../src/i18n/index';
import classic from '../../scenarios/classic.json?raw';

const q = new URLSearchParams(location.search);
const lang: Lang = q.get('lang') === 'en' ? 'en' : 'zh';
const loaded = loadScenario(classic);
if (!loaded.ok) throw new Error('classic scenario failed to load');
const sc = loaded.scenario;

function quartersOf(bot: string, seed: string): ReplayStep[] {
  const run = playBot(sc, seed, BOTS[bot] ?? BOTS.balanced!);
  const rep = replay(sc, seed, run.log);
  if (!rep.ok) throw new Error('replay failed');
  return rep.quarters;
}

/** The first bot run (balanced, focused; seeds 1..40) whose quarter i >= 2 closes a funding round. */
function findRound(): { quarters: ReplayStep[]; at: number } {
  for (const bot of ['balanced', 'focused', 'random']) {
    for (let seed = 1; seed <= 40; seed++) {
      const qs = quartersOf(bot, String(seed));
      for (let i = 1; i < qs.length; i++) {
        if (qs[i - 1]!.state.status === 'playing' && qs[i]!.state.rounds.length > qs[i - 1]!.state.rounds.length)
          return { quarters: qs, at: i - 1 };
      }
    }
  }
  throw new Error('no bot run closes a round after its first quarter');
}

const roundMode = q.get('round') === '1';
const found = roundMode ? findRound() : { quarters: quartersOf(q.get('bot') ?? 'balanced', q.get('seed') ?? '42'), at: -1 };
const quarters = found.quarters;
// The state after N closed quarters, or the last one still being played (the rules may end a game early).
let at = found.at >= 0 ? found.at : Math.max(0, Math.min(quarters.length - 1, Number(q.get('quarter') ?? '6') - 1));
while (at > 0 && quarters[at]!.state.status !== 'playing') at--;
// Cash is topped up so the scripted decisions below are always affordable; the picture is what is tested.
let state: State = { ...quarters[at]!.state, cash: Math.max(quarters[at]!.state.cash, 5_000_000) };

const big = Number(q.get('staff') ?? '0');
if (big > 0) {
  // Spread `big` people over the roles; a picture for the frame-time bench, not a played game.
  const staff = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  for (let i = 0; i < big; i++) staff[ROLES[i % ROLES.length]!] += 1;
  state = {
    ...state,
    staff,
    cash: 50_000_000,
    computeOwned: 120,
    policy: { ...state.policy, computeRent: 40, markets: ['education', 'finance', 'retail'] },
  };
}

const speed = Number(q.get('speed') ?? '1');
const rq = q.get('renderer');
const renderer = rq === 'webgl' || rq === 'canvas' ? rq : 'auto';
const panel = /^(\d+)x(\d+)$/.exec(q.get('panel') ?? '');
if (panel) Object.assign(document.getElementById('office')!.style, { width: `${panel[1]}px`, height: `${panel[2]}px` });
const view = createOffice({ parent: document.getElementById('office')!, scenario: sc, state, lang, speed, renderer });

/** Applies decisions then ends the quarter, as the shell would, and shows the result. */
function play(actions: Action[]): { ok: boolean; events: EngineEvent[] } {
  const events: EngineEvent[] = [];
  for (const a of actions) {
    const r = step(state, a, sc);
    if (!r.ok) return { ok: false, events };
    state = r.state;
    events.push(...r.events);
    view.update(state, r.events);
  }
  const end = step(state, { type: 'endQuarter' }, sc);
  if (!end.ok) return { ok: false, events };
  state = end.state;
  events.push(...end.events);
  view.update(state, end.events);
  return { ok: true, events };
}

const hooks = {
  ready: false,
  headcount: (): number => ROLES.reduce((n, r) => n + state.staff[r], 0),
  people: (): number => view.peopleOnScreen?.() ?? -1,
  walking: (): number => view.peopleWalking?.() ?? -1,
  /** With ?round=1: the quarter (1-based) whose close brings a funding round; showQuarter it. */
  roundQuarter: (): number => (found.at >= 0 ? found.at + 2 : 0),
  quarter: (): number => state.quarter,
  /** Hire people of three roles and close the quarter: they walk in when they arrive. */
  hireAndClose: (): boolean =>
    play([
      { type: 'hire', role: 'softwareEngineer', count: 3 },
      { type: 'hire', role: 'marketing', count: 2 },
      { type: 'hire', role: 'domainExpert', count: 2 },
      { type: 'setProgramme', programme: 'audit', on: true },
      { type: 'buyCompute', units: 20 },
    ]).ok,
  /** Shows the replayed quarter `n` (1-based) with its events, animated like a live quarter end. */
  quarters: (): number => quarters.length,
  showQuarter: (n: number): void => {
    const step = quarters[n - 1]!;
    state = step.state;
    view.update(state, step.events);
  },
  setLang: (l: Lang): void => view.setLang(l),
  label: (): string => document.querySelector('canvas')?.getAttribute('aria-label') ?? '',
  measure: (ms: number) => view.measureFrames!(ms),
  renderer: () => view.renderer?.() ?? 'unknown',
  texts: () => view.texts?.() ?? [],
  building: () => view.building?.() ?? { floors: 0, toLet: [], building: -1 },
  view,
};
(window as unknown as { __office: typeof hooks }).__office = hooks;
void view.ready().then(() => {
  hooks.ready = true;
});
