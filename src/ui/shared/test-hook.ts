// `window.__sim`: a small hook for end-to-end tests, the bench and tools. It only calls what the
// UI itself calls (the session's dispatch and undo, the same export), so a test driving it takes
// the same path as a player's click; it reads state but never writes it directly.
import { hashState } from '../../engine/index';
import type { State } from '../../engine/index';
import { exportReplay } from '../../replay/format';
import type { DispatchResult } from '../../session/session';
import type { App, ScreenName } from '../app';

interface SimHook {
  /** 'boot' until the title is interactive, then the current screen. */
  screen(): 'boot' | ScreenName;
  lang(): string;
  /** Dispatches an action exactly as a committed decision (validated at the edge). */
  dispatch(action: unknown): DispatchResult | { ok: false; rejection: { code: 'noGame'; details: Record<string, never> } };
  undo(): boolean;
  state(): State | null;
  hash(): string | null;
  /** The replay text the Export button downloads (closed quarters). */
  exportReplay(): string | null;
  /** True while event cards or the quarter report are open. */
  busy(): boolean;
  /** Resolves when the office view has drawn once. */
  officeReady(): Promise<void>;
  /** Frame intervals over `ms` in the game screen (the office's own probe when it has one). */
  frames(ms: number): Promise<{ frames: number; median: number; p95: number; source: string }>;
  /** People the office draws now, when the office can say. */
  peopleOnScreen(): number | null;
  /** People still walking in or out (null without the animated office). */
  peopleWalking(): number | null;
  /** Which Phaser renderer the office uses ('webgl' | 'canvas'), null without it. */
  renderer(): string | null;
}

/** Requested-animation-frame intervals: what the page's frame rate is, whatever draws it. */
function rafFrames(ms: number): Promise<{ frames: number; median: number; p95: number; source: string }> {
  return new Promise((resolve) => {
    const gaps: number[] = [];
    let last = -1;
    const t0 = performance.now();
    const tick = (now: number) => {
      if (last >= 0) gaps.push(now - last);
      last = now;
      if (now - t0 < ms) requestAnimationFrame(tick);
      else {
        gaps.sort((a, b) => a - b);
        const at = (q: number) => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))] ?? 0;
        resolve({ frames: gaps.length, median: at(0.5), p95: at(0.95), source: 'requestAnimationFrame' });
      }
    };
    requestAnimationFrame(tick);
  });
}

export function installHook(app: App | null): void {
  const hook: SimHook = {
    screen: () => (app ? app.screen : 'boot'),
    lang: () => (app ? app.lang : ''),
    dispatch: (a) => (app?.session ? app.session.dispatch(a) : { ok: false, rejection: { code: 'noGame', details: {} } }),
    undo: () => (app?.session ? app.session.undo() : false),
    state: () => (app?.session ? app.session.state : null),
    hash: () => (app?.session ? hashState(app.session.state) : null),
    exportReplay: () => (app?.session ? exportReplay(app.session.toReplay()) : null),
    busy: () => Boolean(app?.game?.busy),
    officeReady: () => (app?.game ? app.game.ready() : Promise.resolve()),
    frames: async (ms) => {
      const office = app?.game?.officeView as
        | { measureFrames?(ms: number): Promise<{ frames: number; median: number; p95: number }> }
        | null
        | undefined;
      if (office?.measureFrames) return { ...(await office.measureFrames(ms)), source: 'office' };
      return rafFrames(ms);
    },
    peopleOnScreen: () => {
      const office = app?.game?.officeView as { peopleOnScreen?(): number } | null | undefined;
      return office?.peopleOnScreen ? office.peopleOnScreen() : null;
    },
    peopleWalking: () => {
      const office = app?.game?.officeView as { peopleWalking?(): number } | null | undefined;
      return office?.peopleWalking ? office.peopleWalking() : null;
    },
    renderer: () => {
      const office = app?.game?.officeView as { renderer?(): string } | null | undefined;
      return office?.renderer ? office.renderer() : null;
    },
  };
  (window as unknown as { __sim: SimHook }).__sim = hook;
}
