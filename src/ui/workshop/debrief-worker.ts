// A debrief worker: verifies a share of the class's runs by replay off the page's thread, so 60
// teams' runs are checked on every core. Requests are plain data; replies carry the outcomes as JSON. A `warm` request (sent
// when the debrief page opens) verifies practice runs, so the teams' runs meet compiled code.
import { checkRun, prepareDebrief } from '../../workshop/debrief';
import type { DebriefContext, RunInput } from '../../workshop/debrief';
import type { Scenario } from '../../engine/index';
import { VerifyMemo } from '../../workshop/replay-adapter';
import { warmUp } from '../../workshop/warm-up';

export interface WorkerRequest {
  id: number;
  code: string;
  scenario: Scenario;
  hash: string;
  runs: RunInput[];
  warm?: boolean;
}

let prepared: { key: string; ctx: DebriefContext } | null = null;

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const { id, code, scenario, hash, runs, warm } = e.data;
  const key = code + '\u0000' + hash;
  if (!prepared || prepared.key !== key) {
    const p = prepareDebrief(code, { scenario, hash });
    if (!p.ok) {
      self.postMessage({ id, error: p.problem.message });
      return;
    }
    prepared = { key, ctx: p.ctx };
  }
  const ctx = prepared.ctx;
  if (warm) {
    warmUp(ctx);
    self.postMessage({ id, json: '[]' });
    return;
  }
  const memo = new VerifyMemo();
  const outcomes = runs.map((r, i) => checkRun(ctx, r, i, memo));
  // As JSON text: a string crosses to the page at once, and JSON.parse there is faster than
  // the structured clone of thousands of small objects (the page's thread waits on it).
  self.postMessage({ id, json: JSON.stringify(outcomes) });
};
