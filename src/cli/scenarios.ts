// Finding and loading scenario files from disk for the CLI (by id from scenarios/, or a path). Every
// file goes through the loader's `extends` resolution: a shipped id names scenarios/<id>.json, and
// for a custom file an id that is not shipped names <id>.json beside it (docs/authoring.md).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario, SCENARIO_MAX_BYTES } from '../engine/index';
import type { LoadResult, ScenarioBases, Scenario } from '../engine/index';

export const SCENARIO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');

export function scenarioIds(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

// Only a well-formed scenario id is ever turned into a file name (no paths, no "..").
const SCENARIO_ID = /^[a-z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$/;

function readIfFile(path: string): string | undefined {
  try {
    // A file over the size cap is still read: the parser refuses it and says so.
    return statSync(path).isFile() && statSync(path).size <= 16 * SCENARIO_MAX_BYTES ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** The bases a scenario file may extend: the shipped scenarios, then (for a file outside scenarios/)
 *  the `<id>.json` files in `besideDir`. */
export function scenarioBases(besideDir?: string): ScenarioBases {
  const beside = besideDir !== undefined && resolve(besideDir) !== SCENARIO_DIR ? resolve(besideDir) : undefined;
  return {
    ids: () => scenarioIds(),
    text: (id) => {
      if (id.length > 64 || !SCENARIO_ID.test(id)) return undefined;
      return readIfFile(join(SCENARIO_DIR, `${id}.json`)) ?? (beside ? readIfFile(join(beside, `${id}.json`)) : undefined);
    },
  };
}

/** Pure given the files. Loads scenario text found at `path` (its `extends` resolved). */
export function loadScenarioAt(text: string, path: string): LoadResult {
  return loadScenario(text, scenarioBases(dirname(resolve(path))));
}

/** The text of a loaded scenario that stands alone: the file itself, or for a file that extends
 *  another the resolved scenario as JSON (what replays, saves and debriefs carry). */
export function standaloneText(r: Extract<LoadResult, { ok: true }>, text: string): string {
  return r.extends.length === 0 ? text : JSON.stringify(r.resolved, null, 1) + '\n';
}

/** Loads a shipped scenario by id, or a scenario file by path; throws CliError with a clear message.
 *  `text` stands alone (a file that extends another comes back resolved). */
export function readScenario(idOrPath: string): { scenario: Scenario; hash: string; text: string; resolved: unknown } {
  const path = /[/\\.]/.test(idOrPath) ? resolve(idOrPath) : join(SCENARIO_DIR, `${idOrPath}.json`);
  if (!existsSync(path)) throw new CliError(`unknown scenario "${idOrPath}"; known: ${scenarioIds().join(', ')}`, 2);
  const text = readFileSync(path, 'utf8');
  const r = loadScenarioAt(text, path);
  if (!r.ok) throw new CliError(`scenario ${idOrPath} is invalid:\n` + r.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n'), 1);
  return { scenario: r.scenario, hash: r.hash, text: standaloneText(r, text), resolved: r.resolved };
}
