// The debrief as CSV: one row per team per closed quarter, decisions and KPIs (RFC 4180: CRLF,
// quotes doubled). Text cells that a spreadsheet would run as a formula (= + - @, tab, CR) get a
// leading apostrophe; numbers are ours, never user text, so negative cash stays a number.
import type { Lang } from '../i18n/index';
import type { Debrief } from './debrief';
import { quarterWords } from './decision-words';

/** Pure. One text cell, quoted when needed and defused against formula injection. */
export function csvText(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? "'" + v : v;
  return /[",\r\n]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
}

const HEADER = ['rank', 'team', 'quarter', 'decisions', 'events', 'cash', 'revenue', 'costs', 'customers', 'headcount', 'valuation', 'founder_bp', 'quality', 'brand', 'morale', 'compliance_bp', 'markets', 'score_total', 'outcome'];

/** Pure. The whole CSV text (header + one row per ranked team per closed quarter). */
export function debriefCsv(d: Debrief, lang: Lang = 'en'): string {
  const rows = [HEADER.join(',')];
  for (const t of d.ranked) {
    t.kpis.forEach((k, q) => {
      let customers = 0;
      for (const m of Object.keys(k.customers)) customers += k.customers[m]!;
      rows.push([
        String(t.rank), csvText(t.team), String(k.quarter + 1), csvText(quarterWords(t.decisions[q] ?? [], lang)), csvText(k.fired.join(' ')),
        k.cash, k.revenue, k.costs, customers, k.headcount, k.valuation, k.founderBp, k.quality, k.brand, k.morale, k.complianceBp, k.markets,
        t.score.total, t.outcome,
      ].join(','));
    });
  }
  return rows.join('\r\n') + '\r\n';
}
