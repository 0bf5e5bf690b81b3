// A debrief worker: verifies a share of the class's runs by replay off the page's thread, so 60
// teams' runs are checked on every core. Messages are plain data both ways.
import { checkRun, prepareDebrief } from '../../workshop/debrief';
import type { RunInput } from '../../workshop/debrief';
import type { Scenario } from '../../engine/scenario-schema';
import { VerifyMemo } from '../../workshop/replay-adapter';

export interface WorkerRequest { id: number; code: string; scenario: Scenario; hash: string; runs: RunInput[] }

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const { id, code, scenario, hash, runs } = e.data;
  const p = prepareDebrief(code, { scenario, hash });
  if (!p.ok) { self.postMessage({ id, error: p.problem.message }); return; }
  const memo = new VerifyMemo();
  self.postMessage({ id, outcomes: runs.map((r, i) => checkRun(p.ctx, r, i, memo)) });
};
