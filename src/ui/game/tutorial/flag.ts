// Whether the guided first quarter is due: a localStorage flag set once the player finishes or skips
// it (the title's checkbox clears it). Where storage is disabled the same flag lives in memory, so
// the guide shows once per page visit instead of on every game.
const KEY = 'aiss.tutorial';
const DONE = 'done';

let doneInMemory = false;

function stored(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

/** True until the player has finished or skipped the guide in this browser (or this visit). */
export function tutorialWanted(): boolean {
  return !doneInMemory && stored() !== DONE;
}

/** Remembers the player's choice: `true` shows the guide on the next first quarter. */
export function setTutorialWanted(want: boolean): void {
  doneInMemory = !want;
  try {
    if (want) globalThis.localStorage?.removeItem(KEY);
    else globalThis.localStorage?.setItem(KEY, DONE);
  } catch {
    /* storage disabled or full: the memory flag holds for this visit */
  }
}

/** A game the guide teaches in: the first quarter of a played game, never a what-if branch. */
export function tutorialDue(s: { state: { quarter: number; status: string }; meta: { branchOf?: string } }): boolean {
  return tutorialWanted() && s.state.quarter === 0 && s.state.status === 'playing' && s.meta.branchOf === undefined;
}
