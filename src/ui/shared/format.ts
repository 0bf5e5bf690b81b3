// Number formatting for the player: money (full and compact), percentages from basis points,
// quarter labels. Written by hand instead of Intl so both languages look the same on every
// machine and screenshots are stable; the units and the calendar's words are in the dictionary
// (src/i18n/format.ts, ui.calendar).
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';

function group(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Whole dollars, exact: "$1,234,567" / "-$40,000"; in Chinese in 万美元 as the header shows money
 *  ("123.4567 万美元", "1.8 万美元", "5,000 美元"), so one screen never mixes the two. */
export function money(n: number, lang: Lang = 'en'): string {
  const a = Math.abs(Math.round(n));
  if (lang === 'zh') {
    const sign = n < 0 && a > 0 ? '-' : '';
    if (a < 10_000) return t(lang, 'fmt.usd', { sign, n: group(a) });
    const wan = Math.floor(a / 10_000);
    const rest = String(a % 10_000)
      .padStart(4, '0')
      .replace(/0+$/, '');
    return t(lang, 'fmt.usdWan', { sign, n: `${group(wan)}${rest ? '.' + rest : ''}` });
  }
  return t(lang, 'fmt.usd', { sign: n < 0 ? '-' : '', n: group(a) });
}

/** Short money for headers and charts: "$3.2M", "$450K" (en); "320 万美元"-style figures in zh. */
export function moneyShort(lang: Lang, n: number): string {
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  // The unit is chosen on the rounded figure: 999,999 is "$1M", not "$1,000K".
  if (lang === 'zh') {
    if (a >= 100_000_000 || shown(a / 10_000, a >= 1_000_000 ? 0 : 1) >= 10_000)
      return t(lang, 'fmt.usdYi', { sign, n: trim(a / 100_000_000, 2) });
    if (a >= 10_000) return t(lang, 'fmt.usdWan', { sign, n: trim(a / 10_000, a >= 1_000_000 ? 0 : 1) });
    return t(lang, 'fmt.usd', { sign, n: group(Math.round(a)) });
  }
  if (a >= 1_000_000_000 || shown(a / 1_000_000, 2) >= 1000) return t(lang, 'fmt.usdB', { sign, n: trim(a / 1_000_000_000, 2) });
  if (a >= 1_000_000 || shown(a / 1000, 0) >= 1000) return t(lang, 'fmt.usdM', { sign, n: trim(a / 1_000_000, 2) });
  if (a >= 10_000) return t(lang, 'fmt.usdK', { sign, n: trim(a / 1000, 0) });
  return t(lang, 'fmt.usd', { sign, n: group(Math.round(a)) });
}

/** The number `trim(x, digits)` shows. */
function shown(x: number, digits: number): number {
  return Number(x.toFixed(digits));
}

function trim(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return digits > 0 ? s.replace(/\.?0+$/, '') : group(Number(s));
}

/** Basis points as a percentage: 3100 → "31.0%". */
export function pct(bp: number, digits = 1): string {
  return `${(bp / 100).toFixed(digits)}%`;
}

/** Signed percentage points from bp: +450 → "+4.5", -300 → "−3.0". */
export function points(bp: number): string {
  const v = (Math.abs(bp) / 100).toFixed(1);
  return bp > 0 ? `+${v}` : bp < 0 ? `−${v}` : `±${v}`;
}

/** A roll or probability as a 0..1 decimal with four digits: 2300 → "0.2300". */
export function unit(bp: number): string {
  return (bp / 10000).toFixed(4);
}

/** Signed integer with explicit plus: 5 → "+5". */
export function signed(n: number): string {
  return n > 0 ? `+${group(n)}` : n < 0 ? `−${group(-n)}` : '0';
}

export function int(n: number): string {
  return (n < 0 ? '-' : '') + group(Math.abs(Math.round(n)));
}

/** Calendar label of a 0-based quarter: "Q3 2025" (en) / "2025 年第 3 季度" (zh). */
export function calendar(lang: Lang, startYear: number, quarter: number): string {
  const y = startYear + Math.floor(quarter / 4);
  const q = (quarter % 4) + 1;
  return t(lang, 'ui.calendar', { year: y, q });
}
