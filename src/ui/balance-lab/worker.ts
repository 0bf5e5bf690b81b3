// A balance-lab Web Worker: holds the run's scenarios, plays the seed ranges it is sent and posts
// the game summaries back. The same pure chunk runner as the CLI's worker threads.
import type { Scenario } from '../../engine/index';
import type { Chunk } from '../../balance/chunk';
import { runChunk } from '../../balance/chunk';

export type LabWorkerRequest = { kind: 'init'; scenarios: Scenario[] } | { kind: 'chunk'; id: number; chunk: Chunk };

let scenarios: Scenario[] = [];

self.onmessage = (e: MessageEvent<LabWorkerRequest>) => {
  const m = e.data;
  if (m.kind === 'init') {
    scenarios = m.scenarios;
    return;
  }
  try {
    self.postMessage({ id: m.id, games: runChunk(scenarios, m.chunk) });
  } catch (err) {
    self.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) });
  }
};
