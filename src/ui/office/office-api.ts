// The contract between the DOM shell (title, panels, cards, dashboard) and the Phaser office view.
// The shell owns the session; the office only reads state and plays events as animations.
import type { EngineEvent } from '../../engine/events-types';
import type { Scenario } from '../../engine/scenario-schema';
import type { State } from '../../engine/state';
import type { Lang } from '../../i18n/index';

export interface OfficeView {
  /** Redraw for a new state; `events` are what just happened (hires walk in, racks appear...). */
  update(state: State, events: readonly EngineEvent[]): void;
  setLang(lang: Lang): void;
  /** Resolves when the scene is drawn at least once (for tests and screenshots). */
  ready(): Promise<void>;
  destroy(): void;
}

export interface OfficeOptions {
  parent: HTMLElement;
  scenario: Scenario;
  state: State;
  lang: Lang;
  /** Called with 0..1 while assets load (the preloader's progress bar). */
  onProgress?: (fraction: number) => void;
}
