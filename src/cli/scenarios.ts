// Finding and loading scenario files from disk for the CLI (by id from scenarios/, or a path).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../engine/scenario-load';
import type { Scenario } from '../engine/scenario-schema';

export const SCENARIO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');

export function scenarioIds(): string[] {
  return readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

export class CliError extends Error {
  constructor(message: string, readonly exitCode: number) { super(message); }
}

/** Loads a shipped scenario by id, or a scenario file by path; throws CliError with a clear message. */
export function readScenario(idOrPath: string): { scenario: Scenario; hash: string; text: string } {
  const path = /[/\\.]/.test(idOrPath) ? resolve(idOrPath) : join(SCENARIO_DIR, `${idOrPath}.json`);
  if (!existsSync(path)) throw new CliError(`unknown scenario "${idOrPath}"; known: ${scenarioIds().join(', ')}`, 2);
  const text = readFileSync(path, 'utf8');
  const r = loadScenario(text);
  if (!r.ok) throw new CliError(`scenario ${idOrPath} is invalid:\n` + r.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n'), 1);
  return { scenario: r.scenario, hash: r.hash, text };
}
