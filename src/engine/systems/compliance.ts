// Risk and compliance: the programmes the player funds (algorithm audits, privacy, fairness,
// encryption, access control, backups) are paid each quarter (§1.7.5, §1.12, §1.20.6).
// Their protective effect lives in the events' factors.
import { pay } from '../ledger';
import type { Scenario } from '../scenario/schema';
import type { State } from '../state';

/** Mutates the copied state. */
export function runCompliance(s: State, sc: Scenario): void {
  for (const p of s.policy.programmes) pay(s, 'compliance', sc.economics.programmeCost[p].v);
}
