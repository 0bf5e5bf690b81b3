// The one shape of a dictionary entry ({ zh, en }, the same as a scenario's texts) and the helper
// that prefixes a family of keys while keeping every key a literal type, so that `Key` in
// ./index is the union of all of them and a mistyped key is a compile error; and the placeholder
// filling that t(lang, key, params) in ./index and code reading a dictionary directly share.
export type Lang = 'zh' | 'en';

export interface Entry {
  readonly zh: string;
  readonly en: string;
}

export type Dict = Readonly<Record<string, Entry>>;

/** Placeholder values: {name} takes the value; {n|one|other} picks a plural form of the number n. */
export type Params = Readonly<Record<string, string | number>>;

/** Fills {name} and {n|one|other} in a text of the language (plural forms via pluralOf). */
export function fillText(lang: Lang, text: string, params: Params = {}): string {
  return text
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (m, p: string, one: string, other: string) =>
      Object.hasOwn(params, p) ? (pluralOf(lang, Number(params[p])) === 'one' ? one : other) : m,
    )
    .replace(/\{(\w+)\}/g, (m, p: string) => (Object.hasOwn(params, p) ? String(params[p]) : m));
}

/** Punctuation joined in code: full-width inside Chinese ("招聘：1 × 产品经理", "零售、金融"). */
export function punct(lang: Lang): { colon: string; comma: string; list: string; semi: string } {
  return lang === 'zh' ? { colon: '：', comma: '，', list: '、', semi: '；' } : { colon: ': ', comma: ', ', list: ', ', semi: '; ' };
}

const PLURALS: Partial<Record<Lang, Intl.PluralRules>> = {};

/** The language's plural category of n ("one" for 1 in English; Chinese has only "other").
 *  A string writes its forms as {n|one|other}: "arrives in {n} {n|quarter|quarters}". */
export function pluralOf(lang: Lang, n: number): string {
  const r = PLURALS[lang] ?? (PLURALS[lang] = new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en-US'));
  return Number.isFinite(n) ? r.select(n) : 'other';
}

/** `family('role', { mlEngineer: {…} })` is `{ 'role.mlEngineer': {…} }`, typed as such. */
export function family<P extends string, K extends string>(prefix: P, entries: Record<K, Entry>): Record<`${P}.${K}`, Entry> {
  const d = {} as Record<`${P}.${K}`, Entry>;
  for (const k of Object.keys(entries) as K[]) d[`${prefix}.${k}`] = entries[k];
  return d;
}
