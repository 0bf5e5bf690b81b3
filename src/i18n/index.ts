// Every string a player reads, in Chinese and English. Dictionaries are split by area; the type
// makes a key missing in one language a compile error. Scenario text carries its own {zh, en}.
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export type Dict = Record<string, { zh: string; en: string }>;

const registry: Dict = {};

/** Adds a dictionary (each area's file calls this once at import). Duplicate keys are a bug. */
export function register(d: Dict): void {
  for (const k of Object.keys(d)) {
    if (k in registry) throw new Error(`i18n: duplicate key ${k}`);
    registry[k] = d[k]!;
  }
}

/** Looks a key up and fills {name} placeholders. A missing key shows itself, never crashes. */
export function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const e = registry[key];
  const s = e ? e[lang] : key;
  return s
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (m, p: string, one: string, other: string) => (p in params ? (pluralOf(lang, Number(params[p])) === 'one' ? one : other) : m))
    .replace(/\{(\w+)\}/g, (m, p: string) => (p in params ? String(params[p]) : m));
}

const PLURALS: Partial<Record<Lang, Intl.PluralRules>> = {};

/** The language's plural category of n ("one" for 1 in English; Chinese has only "other").
 *  A string writes its forms as {n|one|other}: "arrives in {n} {n|quarter|quarters}". */
export function pluralOf(lang: Lang, n: number): string {
  const r = PLURALS[lang] ?? (PLURALS[lang] = new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en-US'));
  return Number.isFinite(n) ? r.select(n) : 'other';
}

export function hasKey(key: string): boolean {
  return key in registry;
}

export function allKeys(): string[] {
  return Object.keys(registry);
}

/** Punctuation joined in code: full-width inside Chinese ("招聘：1 × 产品经理", "零售、金融"). */
export function punct(lang: Lang): { colon: string; comma: string; list: string; semi: string } {
  return lang === 'zh' ? { colon: '：', comma: '，', list: '、', semi: '；' } : { colon: ': ', comma: ', ', list: ', ', semi: '; ' };
}
