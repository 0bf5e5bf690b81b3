// The contract between the DOM shell (title, panels, cards, dashboard) and the Phaser office view.
// The shell owns the session; the office only reads state and plays events as animations.
import type { EngineEvent, Scenario, State } from '../../engine/index';
import type { Lang } from '../../i18n/index';

/** Options of one update. `instant`: place everything without walking or effects (a load, an undo). */
export interface UpdateOptions {
  instant?: boolean;
}

/** Frame times in ms (see measureFrames in index.ts): intervals between frames and CPU work per frame. */
export interface FrameStats {
  frames: number;
  median: number;
  p95: number;
  workMedian: number;
  workP95: number;
}

export interface SceneText {
  text: string;
  px: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface OfficeView {
  /**
   * Redraw for a new state; `events` are what just happened (hires walk in, racks appear...).
   * A jump of more than one quarter (or back) is placed without animation even without `instant`.
   */
  update(state: State, events: readonly EngineEvent[], options?: UpdateOptions): void;
  setLang(lang: Lang): void;
  /** Resolves when the scene is drawn at least once (for tests and screenshots). */
  ready(): Promise<void>;
  destroy(): void;
  /** Frame times over `ms` of running (for the bench; never assert on them). */
  measureFrames?(ms: number): Promise<FrameStats>;
  /** People drawn in the office right now (seated or walking). */
  peopleOnScreen?(): number;
  /** People walking in or out right now (0 once every animation of the last update has played). */
  peopleWalking?(): number;
  /** Every text the scene shows now, with its size on screen in CSS px and its box (for tests). */
  texts?(): SceneText[];
  /** Floors the building shows as to let, and which building the company is in (for tests). */
  building?(): { floors: number; toLet: number[]; building: number };
  /** The renderer in use: 'webgl', or 'canvas' where WebGL would be software-only. */
  renderer?(): 'webgl' | 'canvas';
}

export interface OfficeOptions {
  parent: HTMLElement;
  scenario: Scenario;
  state: State;
  lang: Lang;
  /** Called with 0..1 while assets load (the preloader's progress bar). */
  onProgress?: (fraction: number) => void;
  /** Called if an office asset fails to load (the office still runs, with what it has). */
  onError?: (message: string) => void;
  /** Animation speed factor (default 1); tests use more so walks finish sooner. */
  speed?: number;
  /** Which quarter the status card names: the one being played (default; the game), or the one just
   *  closed (the replay viewer, whose header and cards are about the quarter the state closes). */
  dateOf?: 'playing' | 'closed';
  /** 'auto' (default): WebGL on a GPU, Phaser's canvas renderer where WebGL would run in software. */
  renderer?: 'auto' | 'webgl' | 'canvas';
}
