// What the replay screens need from the app (src/ui/app.ts provides it and registers itself here),
// so pages that do not hold the app, such as the workshop debrief, can open a run in the viewer.
// Also remembers the last original a player branched from, for "compare" at the branch's game over.
import type { Action } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import type { Replay } from '../../replay/format';
import { finalLink } from '../../replay/format';
import type { SessionMeta } from '../../session/session';
import type { Catalog, CatalogEntry } from '../title/catalog';

/** A full-page screen the app shows and tears down (the viewer, a comparison). */
export interface ReplayScreen {
  readonly root: HTMLElement;
  setLang(l: Lang): void;
  /** Called once the root is in the document (a view that measures its box starts here). */
  mounted?(): void;
  destroy(): void;
}

export interface ReplayApp {
  readonly lang: Lang;
  setLang(l: Lang): void;
  readonly catalog: Catalog;
  /** Shows a replay screen in the app's root (the previous screen is torn down unless kept by the caller). */
  showReplayScreen(s: ReplayScreen): void;
  /** Tears the replay screen down without showing another: the caller puts back what was there. */
  leaveReplayScreen(): void;
  showTitle(): void;
  /** The game screen on a session rebuilt from `log` plus `current` (undoable): the player plays on. */
  playFrom(entry: CatalogEntry, seed: string, log: Action[][], current: Action[], meta: SessionMeta): string | null;
  /** The share dialog for a replay (code and link). */
  share(r: Replay): void;
}

let app: ReplayApp | null = null;

export function registerReplayApp(a: ReplayApp): void {
  app = a;
}

export function replayApp(): ReplayApp | null {
  return app;
}

/** The original of the branch being played (with its world), so its game over can compare them. */
let lastOriginal: { replay: Replay; entry: CatalogEntry } | null = null;

export function rememberOriginal(replay: Replay, entry: CatalogEntry): void {
  lastOriginal = { replay, entry };
}

/** The remembered original when `branchOf` (a branch's meta) names it, else null. */
export function originalOf(branchOf: string | undefined): { replay: Replay; entry: CatalogEntry } | null {
  if (!branchOf || !lastOriginal) return null;
  return finalLink(lastOriginal.replay) === branchOf ? lastOriginal : null;
}
