// `sim sources [--json]`: traceability of the shipped scenarios to the seed essay. For each seed
// section, the mechanics citing it (markets, roles, events, economics keys, ...), the sections
// declared flavour only, and every number without a source (empty is the goal).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  pathString,
  resolveScenarioText,
  citationsIn,
  parentSection,
  REQUIRED_SECTIONS,
  SEED_SECTIONS,
  sourceIsCited,
} from '../engine/index';
import type { CommandHelp, Options } from './args';
import { parseArgs } from './args';
import { CliError, SCENARIO_DIR, scenarioBases, scenarioIds } from './scenarios';

const options: Options = {
  json: { help: 'print the report as one JSON object (the last line)' },
};

export const help: CommandHelp = {
  usage: ['sources [--json]'],
  about: [
    'Seed coverage of the shipped scenarios: per section of the essay the mechanics citing it,',
    'flavour-only sections, and numbers without a source.',
  ],
  options,
  notes: ['exit 0: every section from §1.2 to §1.20 is covered and every number has a source; 1 otherwise'],
};

export const usage = `sources [--json]
             seed coverage of the shipped scenarios: per seed section the mechanics citing it,
             flavour-only sections, and numbers without a source (--json: last line is an object)`;

/** Numbers that are file-format metadata, not game numbers: they need no source. */
const EXEMPT: readonly { path: string; why: string }[] = [
  { path: '$.formatVersion', why: 'the version of the file format, read by the loader; not a game number' },
  { path: '$.version', why: "the scenario's own revision counter, for replays and authors; not a game number" },
];

export interface SourcesReport {
  scenarios: string[];
  /** Seed section → mechanics citing it (a subsection's citations count for its parent too). */
  sections: Record<string, string[]>;
  /** Seed section → why it is flavour only, per scenario that says so. */
  flavour: Record<string, { scenario: string; why: string }[]>;
  /** Sections §1.2..§1.20.x neither cited nor declared flavour (empty is the goal). */
  missing: string[];
  /** JSON paths of numbers without a source, as "scenario:$.path" (empty is the goal). */
  unsourced: string[];
  exempt: typeof EXEMPT;
  numbers: number;
}

/** The mechanic a JSON path belongs to, e.g. ['events', 3, 'base'] → "event:privacyFine". */
function mechanic(root: Record<string, unknown>, path: (string | number)[]): string {
  const [a, b, c] = path;
  const at = (k: string | number | undefined) => String(k);
  switch (a) {
    case 'events': {
      const e = Array.isArray(root.events) ? (root.events[b as number] as { id?: unknown } | undefined) : undefined;
      return `event:${typeof e?.id === 'string' ? e.id : at(b)}`;
    }
    case 'markets':
      return `market:${at(b)}`;
    case 'roles':
      return `role:${at(b)}`;
    case 'models':
      return `model:${at(b)}`;
    case 'economics':
      return b === 'programmeCost' ? `programme:${at(c)}` : `economics:${at(b)}`;
    case 'funding':
      return b === 'rounds' ? `round:${at(c)}` : b === 'loan' ? 'loan' : 'grant';
    case 'start':
      return b === 'policy' ? `start:${at(c)}` : `start:${at(b)}`;
    default:
      return `scenario:${at(a)}`;
  }
}

interface Walk {
  cites: Map<string, Set<string>>;
  unsourced: string[];
  numbers: number;
}

function walk(id: string, root: Record<string, unknown>, x: unknown, path: (string | number)[], w: Walk): void {
  const cite = (section: string) => {
    if (!w.cites.has(section)) w.cites.set(section, new Set());
    w.cites.get(section)!.add(mechanic(root, path));
  };
  if (typeof x === 'number') {
    w.numbers++;
    const p = pathString(path);
    if (!EXEMPT.some((e) => e.path === p)) w.unsourced.push(`${id}:${p}`); // a number outside {v, source}
    return;
  }
  if (Array.isArray(x)) {
    x.forEach((v, i) => walk(id, root, v, [...path, i], w));
    return;
  }
  if (x === null || typeof x !== 'object') return;
  const o = x as Record<string, unknown>;
  if (path[0] === 'facilitator' || path[0] === 'flavourSections') return; // teaching notes, not mechanics
  if (typeof o.v === 'number' && 'source' in o) {
    w.numbers++;
    if (typeof o.source !== 'string' || !sourceIsCited(o.source)) w.unsourced.push(`${id}:${pathString([...path, 'v'])}`);
    else for (const s of citationsIn(o.source)) cite(s);
    return;
  }
  for (const k of Object.keys(o)) {
    const v = o[k];
    if ((k === 'section' || k === 'grantSection') && Array.isArray(v)) {
      for (const s of v) if (typeof s === 'string') for (const c of citationsIn(s)) cite(c);
    } else walk(id, root, v, [...path, k], w);
  }
}

/** Pure. The coverage report of some scenarios, given as parsed JSON. */
export function sourcesReport(scenarios: readonly { id: string; raw: unknown }[]): SourcesReport {
  const w: Walk = { cites: new Map(), unsourced: [], numbers: 0 };
  const flavour: SourcesReport['flavour'] = {};
  for (const { id, raw } of scenarios) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      w.unsourced.push(`${id}:$ (not a scenario object)`);
      continue;
    }
    const root = raw as Record<string, unknown>;
    walk(id, root, root, [], w);
    for (const f of Array.isArray(root.flavourSections) ? root.flavourSections : []) {
      const { section, why } = f as { section?: unknown; why?: unknown };
      if (typeof section === 'string' && typeof why === 'string') (flavour[section] ??= []).push({ scenario: id, why });
    }
  }
  // A citation of §1.12.1 is a citation of part of §1.12.
  for (const [s, set] of [...w.cites]) {
    for (let p = parentSection(s); p; p = parentSection(p)) {
      if (!w.cites.has(p)) w.cites.set(p, new Set());
      for (const m of set) w.cites.get(p)!.add(m);
    }
  }
  const sections: Record<string, string[]> = {};
  for (const s of SEED_SECTIONS) if (w.cites.has(s)) sections[s] = [...w.cites.get(s)!].sort();
  const missing = REQUIRED_SECTIONS.filter((s) => !sections[s] && !flavour[s]);
  return { scenarios: scenarios.map((s) => s.id), sections, flavour, missing, unsourced: w.unsourced, exempt: EXEMPT, numbers: w.numbers };
}

/** Reads every shipped scenario's JSON as resolved (a file that extends another is reported as the
 *  complete scenario it stands for, every number with its source), refusing what the parser refuses. */
export function shippedScenarios(): { id: string; raw: unknown }[] {
  const bases = scenarioBases();
  return scenarioIds().map((id) => {
    const r = resolveScenarioText(readFileSync(join(SCENARIO_DIR, `${id}.json`), 'utf8'), bases);
    if (!r.ok) {
      const p = r.problems[0];
      throw new CliError(
        `scenarios/${id}.json cannot be read: ${p ? `${p.path}${p.line !== undefined ? ` (line ${p.line}, column ${p.column})` : ''}: ${p.message}` : ''}`,
        1,
      );
    }
    return { id, raw: r.value };
  });
}

export function run(argv: string[], print: (s: string) => void): number {
  const a = parseArgs(argv, options);
  if (a.positional.length > 0) throw new CliError(`unexpected argument ${a.positional[0]}`, 2);
  const r = sourcesReport(shippedScenarios());
  if (!a.flags.json) {
    print(
      `Seed coverage of ${r.scenarios.length} scenarios (${r.scenarios.join(', ')}): ${REQUIRED_SECTIONS.length} sections from §1.2 to §1.20`,
    );
    for (const s of SEED_SECTIONS) {
      const ms = r.sections[s];
      const fl = r.flavour[s];
      const need = REQUIRED_SECTIONS.includes(s);
      if (!ms && !fl && !need) continue;
      const what = ms
        ? `${ms.slice(0, 8).join(', ')}${ms.length > 8 ? `, ... (${ms.length} mechanics)` : ''}`
        : fl
          ? `flavour only: ${fl[0]!.why} (${fl.map((f) => f.scenario).join(', ')})`
          : 'NOT COVERED';
      print(`  ${s.padEnd(11)} ${what}`);
    }
    print(
      r.missing.length === 0
        ? 'Every section from §1.2 to §1.20 is cited by a mechanic or declared flavour only.'
        : `Not covered: ${r.missing.join(', ')}`,
    );
    print(`Numbers: ${r.numbers} checked; without a source: ${r.unsourced.length === 0 ? 'none' : r.unsourced.join(', ')}`);
    print(`Exempt (format metadata, not game numbers): ${r.exempt.map((e) => `${e.path} (${e.why})`).join('; ')}`);
  }
  if (a.flags.json) print(JSON.stringify(r));
  return r.missing.length === 0 && r.unsourced.length === 0 ? 0 : 1;
}
