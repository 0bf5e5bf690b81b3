// Turning points: from each quarter of a finished run, the essay's player (the focused bot) takes
// over on the same seed and the same luck (named random streams) and plays to the end. The score the
// run ends with when the bot takes over at quarter q, against taking over at q + 1, is what the
// player's own decisions in quarter q were worth; the two or three largest are the turning points.
// Pure; the game-over page runs it in a Web Worker (turning-worker.ts).
import type { Action, Scenario, State } from '../../engine/index';
import { BOTS, scoreRun, initialState, step } from '../../engine/index';

export interface TurningPoint {
  /** The quarter (0-based) whose decisions mattered. */
  quarter: number;
  /** Final score with the player's decisions this quarter (the bot from the next), and with the bot from this one. */
  withYours: number;
  withBot: number;
  /** Whether each of those two runs survived. */
  survivedYours: boolean;
  survivedBot: boolean;
}

function playOut(s: State, sc: Scenario): State {
  const bot = BOTS.focused!;
  while (s.status === 'playing') {
    for (const a of bot(s, sc)) {
      const r = step(s, a, sc);
      if (r.ok) s = r.state;
    }
    const end = step(s, { type: 'endQuarter' }, sc);
    if (!end.ok) throw new Error(`endQuarter rejected: ${end.rejection.code}`);
    s = end.state;
  }
  return s;
}

/** Pure. The (at most `top`) quarters whose decisions changed the final score most, in quarter order;
 *  an empty list when the log does not replay (the page then shows nothing). */
export function turningPoints(sc: Scenario, seed: string, log: readonly (readonly Action[])[], top = 3): TurningPoint[] {
  const starts: State[] = [];
  let s = initialState(sc, seed);
  for (const decisions of log) {
    if (s.status !== 'playing') return [];
    starts.push(s);
    for (const a of decisions) {
      const r = step(s, a, sc);
      if (!r.ok) return [];
      s = r.state;
    }
    const end = step(s, { type: 'endQuarter' }, sc);
    if (!end.ok) return [];
    s = end.state;
  }
  const outcome = (st: State) => ({ score: scoreRun(st, sc).total, survived: st.status !== 'bankrupt' });
  // o[q]: the bot takes over at quarter q; o[n]: the run as played.
  const o = starts.map((st) => outcome(playOut(st, sc)));
  o.push(outcome(s));
  const points: TurningPoint[] = [];
  for (let q = 0; q < starts.length; q++) {
    const yours = o[q + 1]!,
      bot = o[q]!;
    if (yours.score !== bot.score || yours.survived !== bot.survived)
      points.push({ quarter: q, withYours: yours.score, withBot: bot.score, survivedYours: yours.survived, survivedBot: bot.survived });
  }
  const weight = (p: TurningPoint) => Math.abs(p.withYours - p.withBot) + (p.survivedYours !== p.survivedBot ? 100 : 0);
  return points
    .sort((a, b) => weight(b) - weight(a) || a.quarter - b.quarter)
    .slice(0, top)
    .sort((a, b) => a.quarter - b.quarter);
}
