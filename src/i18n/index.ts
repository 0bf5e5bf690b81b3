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
  return s.replace(/\{(\w+)\}/g, (m, p: string) => (p in params ? String(params[p]) : m));
}

export function hasKey(key: string): boolean {
  return key in registry;
}

export function allKeys(): string[] {
  return Object.keys(registry);
}
