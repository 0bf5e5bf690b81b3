// Comparing engines' hash chains with the reference (Node): per job, the first quarter whose link
// differs, or a difference in outcome, error or chain length.
import type { JobResult } from './runner';

export interface Mismatch {
  engine: string;
  id: string;
  quarter: number;
  detail: string;
}

export function compareResults(engine: string, reference: readonly JobResult[], other: readonly JobResult[]): Mismatch[] {
  const out: Mismatch[] = [];
  const byId = new Map(other.map((r) => [r.id, r]));
  for (const ref of reference) {
    const o = byId.get(ref.id);
    if (!o) continue; // engines may run a subset (QuickJS): only jobs both ran are compared
    const n = Math.max(ref.chain.length, o.chain.length);
    let q = -1;
    for (let i = 0; i < n && q < 0; i++) if (ref.chain[i] !== o.chain[i]) q = i;
    if (q >= 0)
      out.push({
        engine,
        id: ref.id,
        quarter: q + 1,
        detail: `hash chain differs from quarter ${q + 1} (node ${ref.chain[q]?.slice(0, 12) ?? 'none'}, ${engine} ${o.chain[q]?.slice(0, 12) ?? 'none'})`,
      });
    else if (ref.outcome !== o.outcome || ref.error !== o.error)
      out.push({
        engine,
        id: ref.id,
        quarter: 0,
        detail: `outcome ${ref.outcome}${ref.error ? ` (${ref.error})` : ''} vs ${o.outcome}${o.error ? ` (${o.error})` : ''}`,
      });
  }
  return out;
}
