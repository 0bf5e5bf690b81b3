// The one shape of a dictionary entry ({ zh, en }, the same as a scenario's texts) and the helper
// that prefixes a family of keys while keeping every key a literal type, so that `Key` in
// ./index is the union of all of them and a mistyped key is a compile error.
export type Lang = 'zh' | 'en';

export interface Entry {
  readonly zh: string;
  readonly en: string;
}

export type Dict = Readonly<Record<string, Entry>>;

/** `family('role', { mlEngineer: {…} })` is `{ 'role.mlEngineer': {…} }`, typed as such. */
export function family<P extends string, K extends string>(prefix: P, entries: Record<K, Entry>): Record<`${P}.${K}`, Entry> {
  const d = {} as Record<`${P}.${K}`, Entry>;
  for (const k of Object.keys(entries) as K[]) d[`${prefix}.${k}`] = entries[k];
  return d;
}
