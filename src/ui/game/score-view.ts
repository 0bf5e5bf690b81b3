// The six key elements of the seed's summary (§1.20) as the shell shows them: the engine's
// scoreRun (integer, deterministic, the same the workshop debrief uses), with each element's parts.
import type { Scenario, Element, State } from '../../engine/index';
import { ELEMENTS, scoreRun } from '../../engine/index';

export { ELEMENTS };
export type ElementId = Element;
export interface RunScore {
  elements: Record<ElementId, number>;
  parts: Record<ElementId, Record<string, number>>;
  total: number;
  provisional: boolean;
}

export function runScore(sc: Scenario, s: State): RunScore {
  const r = scoreRun(s, sc);
  const elements = {} as Record<ElementId, number>;
  for (const e of ELEMENTS) elements[e] = r[e];
  return { elements, parts: r.parts, total: r.total, provisional: false };
}
