// The turning-points worker: the game-over page's 20 bot games run off the page's thread.
import type { Action, Scenario } from '../../engine/index';
import { turningPoints } from './turning';

interface TurningRequest {
  scenario: Scenario;
  seed: string;
  log: Action[][];
}

self.onmessage = (e: MessageEvent<TurningRequest>) => {
  const t0 = performance.now();
  const points = turningPoints(e.data.scenario, e.data.seed, e.data.log);
  self.postMessage({ points, ms: Math.round(performance.now() - t0) });
};
