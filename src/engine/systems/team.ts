// Team system: hires arrive, salaries and overhead are paid, equity grants dilute, morale moves
// toward what incentives, structure and layoffs make it (§1.16).

import { issueShares } from '../bounds';
import { pay } from '../ledger';
import { clamp, mulBp } from '../math';
import type { Scenario } from '../scenario/schema';
import { headcount, salaryBill, techHeads, totalShares } from '../selectors';
import type { State } from '../state';
import type { EngineEvent } from '../events-types';

/** Mutates the copied state. */
export function runTeam(s: State, sc: Scenario, out: EngineEvent[]): void {
  if (s.arriving.length > 0) {
    const still: State['arriving'] = [];
    for (const a of s.arriving) {
      if (a.quarter <= s.quarter) {
        s.staff[a.role] += a.count;
        out.push({ type: 'staffArrived', role: a.role, count: a.count });
      } else still.push(a);
    }
    s.arriving = still;
  }
  pay(s, 'salaries', salaryBill(s, sc));
  pay(s, 'overhead', headcount(s) * sc.economics.overheadPerHead.v);
  const p = s.policy;
  if (p.equityGrants && techHeads(s) > 0) {
    issueShares(s, 'employees', mulBp(totalShares(s), sc.economics.equityGrantBp.v));
  }
  const target = moraleTarget(p, s.leftThisQuarter);
  s.morale = clamp(s.morale + Math.trunc((target - s.morale) / 3), 0, 100);
}

/** Pure. The morale a team drifts toward, a third of the way each quarter: what the bonus, equity
 *  grants, career paths and structure support, less 4 points for each person who left this quarter. */
export function moraleTarget(p: State['policy'], left: number): number {
  const structure = p.structure === 'matrix' ? 4 : p.structure === 'project' ? 2 : 0;
  return clamp(52 + Math.floor(p.bonusBp / 250) + (p.equityGrants ? 8 : 0) + (p.career ? 8 : 0) + structure - left * 4, 0, 100);
}
