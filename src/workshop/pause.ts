// Pause points: after the quarters the instructor chose, every team waits for a go-ahead code.
// The code is 4 symbols of SHA-256(workshop code | quarter): a classroom convenience that keeps
// eager teams in step, NOT security (anyone holding the workshop code can compute it).
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { WorkshopSettings } from './code';
import { ALPHABET, encodeWorkshop } from './code';

/** Pure. True when a team that has closed `closedQuarters` quarters must wait before the next one. */
export function pauseAt(s: WorkshopSettings, closedQuarters: number): boolean {
  return s.pauses.includes(closedQuarters);
}

/** Pure. The go-ahead code the instructor announces at the pause after quarter `quarter`. */
export function goAheadCode(s: WorkshopSettings, quarter: number): string {
  const h = sha256(utf8ToBytes(`${encodeWorkshop(s)}|${quarter}`));
  const v = ((h[0]! << 12) | (h[1]! << 4) | (h[2]! >> 4)) >>> 0; // 20 bits = 4 symbols
  let out = '';
  for (let i = 3; i >= 0; i--) out += ALPHABET[(v >> (i * 5)) & 31];
  return out;
}

/** Pure. Whether typed text is the go-ahead for that pause (case, spaces and O/0, I/L/1 forgiven). */
export function checkGoAhead(s: WorkshopSettings, quarter: number, typed: string): boolean {
  const norm = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return norm === goAheadCode(s, quarter);
}

/** Pure. Every pause point with its go-ahead code, for the instructor's sheet. */
export function goAheadSheet(s: WorkshopSettings): { quarter: number; code: string }[] {
  return s.pauses.map((quarter) => ({ quarter, code: goAheadCode(s, quarter) }));
}
