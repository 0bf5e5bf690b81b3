// Every string a player reads, in Chinese and English, looked up by one function: t(lang, key,
// params). Each area's dictionary is a module of this folder exporting { zh, en } entries under
// one prefix; `Key` is the union of all their keys, so a mistyped or missing key is a compile
// error. The shell's dictionaries are listed (and registered) here; the rooms loaded on demand
// (the office, the balance lab) register theirs with registerDictionary when they open; the balance
// lab's report texts (./balance-report) are also read directly by src/balance, in its workers.
// Scenario text carries its own { zh, en }.
import type { BALANCE_REPORT_STRINGS } from './balance-report';
import type { BALANCE_LAB_STRINGS } from './balance-ui';
import { DETAIL_STRINGS } from './details';
import { fillText } from './dict';
import type { Dict, Lang, Params } from './dict';
import { ENGINE_TERMS } from './engine-terms';
import { FORMAT_STRINGS } from './format';
import type { OFFICE_STRINGS } from './office';
import { REPLAY_PROBLEM_STRINGS } from './replay-problems';
import { REPLAY_UI_STRINGS } from './replay-ui';
import { TUTORIAL_STRINGS } from './tutorial';
import { UI_STRINGS } from './ui';
import { VIEW_STRINGS } from './views';
import { WORKSHOP_STRINGS } from './workshop';

export type { Dict, Entry, Lang, Params } from './dict';
export { pluralOf } from './dict';

/** Every key of every dictionary. */
export type Key =
  | keyof typeof ENGINE_TERMS
  | keyof typeof UI_STRINGS
  | keyof typeof VIEW_STRINGS
  | keyof typeof REPLAY_UI_STRINGS
  | keyof typeof TUTORIAL_STRINGS
  | keyof typeof REPLAY_PROBLEM_STRINGS
  | keyof typeof DETAIL_STRINGS
  | keyof typeof WORKSHOP_STRINGS
  | keyof typeof OFFICE_STRINGS
  | keyof typeof BALANCE_LAB_STRINGS
  | keyof typeof BALANCE_REPORT_STRINGS
  | keyof typeof FORMAT_STRINGS;

/** What follows a prefix in every key under it: KeyTail<'role'> is 'mlEngineer' | 'marketing' | …. */
export type KeyTail<P extends string, K extends string = Key> = K extends `${P}.${infer R}` ? R : never;

const registry = new Map<string, { zh: string; en: string }>();
const registered = new Set<Dict>();

/** Adds a dictionary to the lookup. Registering the same one again does nothing; a key that two
 *  dictionaries define is a bug. */
export function registerDictionary(d: Dict): void {
  if (registered.has(d)) return;
  for (const k of Object.keys(d)) if (registry.has(k)) throw new Error(`i18n: duplicate key ${k}`);
  for (const k of Object.keys(d)) registry.set(k, d[k]!);
  registered.add(d);
}

// The shell's dictionaries: the title, game and game-over screens, the replay viewer and its
// dialogs, the tutorial, the workshop pages, every message about a refused replay or code and the
// technical detail inside such a message (a JSON or schema refusal), and money.
for (const d of [
  ENGINE_TERMS,
  FORMAT_STRINGS,
  UI_STRINGS,
  VIEW_STRINGS,
  REPLAY_UI_STRINGS,
  TUTORIAL_STRINGS,
  REPLAY_PROBLEM_STRINGS,
  DETAIL_STRINGS,
  WORKSHOP_STRINGS,
])
  registerDictionary(d);

/** Looks a key up and fills its placeholders. A key whose room is not registered shows itself. */
export function t(lang: Lang, key: Key, params: Params = {}): string {
  const e = registry.get(key);
  return fillText(lang, e ? e[lang] : key, params);
}

/** Whether a key is registered now (scenario-driven keys, e.g. an event's factor, may not be). */
export function hasKey(key: string): key is Key {
  return registry.has(key);
}

/** Every prefix of a key: 'lab', 'lab.bot', 'workshop.ui.outcome', …. */
type Prefixes<K extends string> = K extends `${infer A}.${infer B}` ? A | `${A}.${Prefixes<B>}` : never;
export type KeyPrefix = Prefixes<Key>;

/** For an id known only as a string at run time (a form's value, an id read from a scenario or
 *  a report): its key under the prefix when that key is registered, else undefined. */
export function keyFor(prefix: KeyPrefix, id: string): Key | undefined {
  const k = `${prefix}.${id}`;
  return registry.has(k) ? (k as Key) : undefined;
}

/** The text of such an id: t(lang, `${prefix}.${id}`) when that key exists, else the id itself. */
export function nameOf(lang: Lang, prefix: KeyPrefix, id: string): string {
  const k = keyFor(prefix, id);
  return k ? t(lang, k) : id;
}

/** Every registered key. */
export function allKeys(): Key[] {
  return [...registry.keys()] as Key[];
}

/** Each language's name in itself, on the language switches: the same in both languages' pages. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { zh: '中文', en: 'English' };

export { punct } from './dict';
