// The debrief as CSV: one row per team per closed quarter, decisions and KPIs (RFC 4180: CRLF,
// quotes doubled). Text cells that a spreadsheet would run as a formula (= + - @, tab, CR) get a
// leading apostrophe; numbers are ours, never user text, so negative cash stays a number. The file
// starts with a UTF-8 byte-order mark (Excel on Windows reads Chinese names only with it); decisions
// and events are words in the chosen language.
import type { Lang } from '../i18n/index';
import type { Debrief } from './debrief';
import { allTeams } from './debrief';
import { quarterWords } from './decision-words';

/** Pure. One text cell, quoted when needed and defused against formula injection. */
function csvText(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? "'" + v : v;
  return /[",\r\n]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
}

const HEADER = [
  'rank',
  'team',
  'quarter',
  'decisions',
  'events',
  'cash',
  'revenue',
  'costs',
  'customers',
  'headcount',
  'valuation',
  'founder_bp',
  'quality',
  'brand',
  'morale',
  'compliance_bp',
  'markets',
  'score_total',
  'outcome',
  'standing',
];

/** The byte-order mark that tells spreadsheets the file is UTF-8. */
const CSV_BOM = '\ufeff';

/** Pure. The whole CSV text: BOM, header, one row per verified team per closed quarter (complete
 *  runs by rank, then the unfinished ones; `standing` says which). */
export function debriefCsv(d: Debrief, lang: Lang = 'en'): string {
  const rows = [HEADER.join(',')];
  const title = new Map(d.scenario.events.map((e) => [e.id, e.title[lang]]));
  const market = (id: string) => d.scenario.markets[id]?.name[lang] ?? id;
  for (const t of allTeams(d)) {
    t.kpis.forEach((k, q) => {
      let customers = 0;
      for (const m of Object.keys(k.customers)) customers += k.customers[m]!;
      rows.push(
        [
          String(t.rank),
          csvText(t.team),
          String(k.quarter + 1),
          csvText(quarterWords(t.decisions[q] ?? [], lang, market)),
          csvText(k.fired.map((id) => title.get(id) ?? id).join(lang === 'zh' ? '；' : '; ')),
          k.cash,
          k.revenue,
          k.costs,
          customers,
          k.headcount,
          k.valuation,
          k.founderBp,
          k.quality,
          k.brand,
          k.morale,
          k.complianceBp,
          k.markets,
          t.score.total,
          t.outcome,
          t.standing,
        ].join(','),
      );
    });
  }
  return CSV_BOM + rows.join('\r\n') + '\r\n';
}
