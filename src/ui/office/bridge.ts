// Shared data between the OfficeView handle (DOM side) and the Phaser scenes: the latest state, the
// updates queued while assets load, the language, and the hooks the shell passed in.
import type { EngineEvent, Scenario, State } from '../../engine/index';
import type { Lang } from '../../i18n/index';

export interface Update {
  state: State;
  events: readonly EngineEvent[];
  instant: boolean;
}

/** What the office scene implements; the view calls it once the scene exists. */
export interface OfficeSink {
  apply(u: Update): void;
  setLang(lang: Lang): void;
}

export interface Bridge {
  scenario: Scenario;
  lang: Lang;
  /** Updates received before the office scene was created; the first one is placed without animation. */
  queue: Update[];
  sink: OfficeSink | null;
  onProgress: (fraction: number) => void;
  onReady: () => void;
  onError: (message: string) => void;
  speed: number;
  /** The player asked the system for reduced motion: place changes, pop no emotes. */
  reducedMotion: boolean;
  destroyed: boolean;
  /** See OfficeOptions.dateOf. */
  dateOf: 'playing' | 'closed';
}

export const BRIDGE_KEY = 'officeBridge';
