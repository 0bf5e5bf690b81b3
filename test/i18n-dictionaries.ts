// Loads every dictionary module of src/i18n and registers every dictionary it exports, so a test
// sees all keys, including those of the rooms that register theirs only when they open (the
// office, the balance lab). Returns the modules and dictionaries found, for the test to check.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Dict } from '../src/i18n/index';
import { registerDictionary } from '../src/i18n/index';

const DIR = join(import.meta.dirname, '../src/i18n');

const isDict = (x: unknown): x is Dict =>
  Boolean(x) &&
  typeof x === 'object' &&
  Object.values(x as object).length > 0 &&
  Object.values(x as object).every(
    (e) => e && typeof e === 'object' && typeof (e as Dict[string]).zh === 'string' && typeof (e as Dict[string]).en === 'string',
  );

export async function registerEveryDictionary(): Promise<{ modules: string[]; dictionaries: string[] }> {
  const modules = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const dictionaries: string[] = [];
  for (const f of modules) {
    const m = (await import(pathToFileURL(join(DIR, f)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(m)) {
      if (!isDict(value)) continue;
      registerDictionary(value);
      dictionaries.push(`${f}:${name}`);
    }
  }
  return { modules, dictionaries };
}
