// `sim check-scenario FILE... [--json]`: tells a scenario author whether a file is valid and, if not,
// every problem by JSON path with what was found and what is expected. Exit 0 valid, 1 invalid,
// 2 unreadable or not JSON (with line and column). The size cap is checked before reading.
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { loadScenario, SCENARIO_MAX_BYTES } from '../engine/index';
import type { Problem, ScenarioBases } from '../engine/index';
import type { CommandHelp, Options } from './args';
import { parseArgs } from './args';
import { CliError, SCENARIO_DIR, scenarioBases } from './scenarios';

export const usage = `check-scenario FILE... [--json]
             checks scenario files: exit 0 valid (one-line summary), 1 invalid (every problem by
             JSON path, found and expected), 2 unreadable or not JSON (line and column); a file
             {"extends": ID, ...changes} is checked as resolved (docs/authoring.md)`;

const options: Options = {
  json: { help: 'print a JSON report (one file: its report; several: {exitCode, files})' },
};

export const help: CommandHelp = {
  usage: ['check-scenario FILE... [--json]'],
  about: [
    'Checks scenario files the way the game loads them, naming every problem by JSON path with',
    'what was found and what is expected. A file {"extends": ID, ...changes} is checked as resolved',
    '(docs/authoring.md).',
  ],
  options,
  notes: ['exit 0: every file is valid; 1: a file is invalid; 2: a file cannot be read or is not JSON (line and column)'],
};

export interface CheckReport {
  file: string;
  exitCode: 0 | 1 | 2;
  summary: string;
  problems: Problem[];
  id?: string;
}

function countSourced(x: unknown): number {
  if (Array.isArray(x)) return x.reduce((n: number, v) => n + countSourced(v), 0);
  if (x === null || typeof x !== 'object') return 0;
  const o = x as Record<string, unknown>;
  if (typeof o.v === 'number' && typeof o.source === 'string') return 1;
  let n = 0;
  for (const k of Object.keys(o)) n += countSourced(o[k]);
  return n;
}

/** Checks a scenario given as text; an `extends` is resolved against `bases` (default: the shipped
 *  scenarios). Never throws. */
export function checkScenarioText(text: string, file = '(text)', bases: ScenarioBases = scenarioBases()): CheckReport {
  const r = loadScenario(text, bases);
  if (r.ok) {
    const s = r.scenario;
    const ext = r.extends.length > 0 ? ` (extends ${r.extends.map((x) => `"${x}"`).join(', which extends ')})` : '';
    const size = `${s.quarters.v} quarters from ${s.startYear.v}, ${Object.keys(s.markets).length} markets, ${s.events.length} events`;
    const summary = `ok: ${file}: "${s.id}"${ext} version ${s.version}, ${size}, ${countSourced(s)} numbers, each with a source; sha256 ${r.hash.slice(0, 16)}`;
    return { file, exitCode: 0, summary, problems: [], id: s.id };
  }
  const n = r.problems.length;
  if (r.kind === 'json')
    return {
      file,
      exitCode: 2,
      summary: `${file}: not readable as JSON: the file must be fixed before its contents can be checked`,
      problems: r.problems,
    };
  return {
    file,
    exitCode: 1,
    summary: `${file}: ${n} problem${n === 1 ? '' : 's'}; the scenario cannot be used until ${n === 1 ? 'it is' : 'all are'} fixed`,
    problems: r.problems,
  };
}

/** Reads and checks one file. Never throws: an unreadable file is exit code 2 with the reason. */
export function checkScenarioFile(file: string): CheckReport {
  const fail = (message: string): CheckReport => ({
    file,
    exitCode: 2,
    summary: `${file}: cannot be read`,
    problems: [{ path: '$', message }],
  });
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) return fail(`${file} is not a file (a directory?): give the path of a .json scenario file`);
    size = st.size;
  } catch {
    return fail(`${file} does not exist or cannot be opened: check the path`);
  }
  if (size > SCENARIO_MAX_BYTES)
    return fail(
      `the file is ${size} bytes; the limit is ${SCENARIO_MAX_BYTES} bytes (checked before reading): a scenario is much smaller, is this the right file?`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(file)); // keep a BOM: the parser names it
  } catch {
    return fail('the file is not UTF-8 text: save it as UTF-8 (without a byte order mark)');
  }
  const r = checkScenarioText(text, file, scenarioBases(dirname(resolve(file))));
  // Shipped scenarios are found by file name (`play --scenario ID`), so the two must agree.
  const name = basename(file, '.json');
  const id = r.id;
  if (id !== undefined && resolve(dirname(file)) === SCENARIO_DIR && id !== name)
    return {
      file,
      exitCode: 1,
      summary: `${file}: 1 problem; the scenario cannot be used until it is fixed`,
      problems: [
        {
          path: '$.id',
          message: `the id "${id}" differs from the file name "${name}.json": a shipped scenario is found by its file name`,
          found: JSON.stringify(id),
          expected: JSON.stringify(name),
        },
      ],
    };
  return r;
}

/** The human-readable lines of a report. */
export function formatReport(r: CheckReport): string[] {
  if (r.exitCode === 0) return [r.summary];
  const lines = [r.summary];
  r.problems.forEach((p, i) => {
    const where = p.line !== undefined ? ` (line ${p.line}, column ${p.column})` : '';
    lines.push(`  ${i + 1}. ${p.path}${where}: ${p.message}`);
    // The message often says it already; the found/expected line is for the ones that do not.
    const said = (x: string | undefined) => x === undefined || p.message.includes(x);
    const detail = [p.found !== undefined ? `found ${p.found}` : '', p.expected ? `expected ${p.expected}` : ''].filter(Boolean).join('; ');
    if (detail && !(said(p.found) && said(p.expected))) lines.push(`     ${detail}`);
  });
  return lines;
}

export function run(argv: string[], print: (s: string) => void): number {
  const a = parseArgs(argv, options);
  if (a.positional.length === 0) throw new CliError('check-scenario needs a FILE (a scenario .json)', 2);
  const reports = a.positional.map(checkScenarioFile);
  let code = 0;
  for (const r of reports) {
    if (!a.flags.json) for (const l of formatReport(r)) print(l);
    code = Math.max(code, r.exitCode);
  }
  if (a.flags.json) print(JSON.stringify(reports.length === 1 ? reports[0] : { exitCode: code, files: reports }));
  return code;
}
