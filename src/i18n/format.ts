// Money as the screens write it, keys under "fmt.": each language counts in its own units (Chinese
// in 万 and 亿 美元, English in $K, $M and $B), so a key names one unit and says it in both
// languages; src/ui/shared/format.ts and the office's theme pick the unit and the digits.
import { family } from './dict';

export const FORMAT_STRINGS = family('fmt', {
  usd: { zh: '{sign}{n} 美元', en: '{sign}${n}' },
  usdWan: { zh: '{sign}{n} 万美元', en: '{sign}{n} × $10,000' },
  usdYi: { zh: '{sign}{n} 亿美元', en: '{sign}{n} × $100M' },
  usdK: { zh: '{sign}{n} 千美元', en: '{sign}${n}K' },
  /** The office's short figures write thousands with a small k. */
  usdKSmall: { zh: '{sign}{n} 千美元', en: '{sign}${n}k' },
  usdM: { zh: '{sign}{n} 百万美元', en: '{sign}${n}M' },
  usdB: { zh: '{sign}{n} 十亿美元', en: '{sign}${n}B' },
});
