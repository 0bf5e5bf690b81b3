// Test page for the office view (test/e2e/office.test.ts and the frame-time bench): mounts the office
// on `classic` seed 42 after a few quarters of the balanced bot and exposes hooks on window.__office.
// Query: ?lang=zh|en &quarter=N (state after N closed quarters) &staff=100 (a synthetic big company)
// &speed=K (animations K times faster, for tests) &bot=NAME (default balanced).
import { BOTS, ROLES, loadScenario, playBot, replay, step } from '../../src/engine/index';
import type { Action, EngineEvent, Role, State } from '../../src/engine/index';
import { createOffice } from '../../src/ui/office/index';
import type { Lang } from '../../src/i18n/index';
import classic from '../../scenarios/classic.json?raw';

const q = new URLSearchParams(location.search);
const lang: Lang = q.get('lang') === 'en' ? 'en' : 'zh';
const loaded = loadScenario(classic);
if (!loaded.ok) throw new Error('classic scenario failed to load');
const sc = loaded.scenario;
const run = playBot(sc, '42', BOTS[q.get('bot') ?? 'balanced'] ?? BOTS.balanced!);
const rep = replay(sc, '42', run.log);
if (!rep.ok) throw new Error('replay failed');
const quarters = rep.quarters;
const at = Math.max(0, Math.min(quarters.length - 1, Number(q.get('quarter') ?? '6') - 1));
let state: State = quarters[at]!.state;

const big = Number(q.get('staff') ?? '0');
if (big > 0) {
  // Spread `big` people over the roles; a picture for the frame-time bench, not a played game.
  const staff = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  for (let i = 0; i < big; i++) staff[ROLES[i % ROLES.length]!] += 1;
  state = { ...state, staff, computeOwned: 120, policy: { ...state.policy, computeRent: 40, markets: ['education', 'finance', 'retail'] } };
}

const speed = Number(q.get('speed') ?? '1');
const view = createOffice({ parent: document.getElementById('office')!, scenario: sc, state, lang, speed });

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
  /** The first replayed quarter (1-based) that closed a funding round, or 0. */
  roundQuarter: (): number => quarters.findIndex((x, i) => i > 0 && x.state.rounds.length > quarters[i - 1]!.state.rounds.length) + 1,
  quarter: (): number => state.quarter,
  /** Hire people of three roles and close the quarter: they walk in when they arrive. */
  hireAndClose: (): boolean => play([
    { type: 'hire', role: 'softwareEngineer', count: 3 },
    { type: 'hire', role: 'marketing', count: 2 },
    { type: 'hire', role: 'domainExpert', count: 2 },
    { type: 'setProgramme', programme: 'audit', on: true },
    { type: 'buyCompute', units: 30 },
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
};
(window as unknown as { __office: typeof hooks }).__office = hooks;
void view.ready().then(() => {
  hooks.ready = true;
});
