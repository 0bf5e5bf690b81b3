// `sim debrief --workshop CODE FILES...`: verifies every team's run by replay on the workshop's
// world, ranks the honest ones, flags the rest with the reason; writes CSV and the HTML report.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Lang } from '../i18n/index';
import { decodeWorkshop } from '../workshop/code';
import { debriefCsv } from '../workshop/csv';
import { debrief } from '../workshop/debrief';
import type { RunInput } from '../workshop/debrief';
import { reportHtml } from '../workshop/report';
import { ELEMENTS } from '../workshop/score-adapter';
import type { CommandHelp, Options } from './args';
import { parseArgs, str } from './args';
import { embedPrintFonts } from './cmd-workshop';
import { CliError, readScenario, scenarioIds } from './scenarios';

export const usage = `debrief    --workshop CODE FILE... [--csv FILE] [--html FILE] [--lang zh|en] [--json]
             verifies the teams' runs, ranks the honest ones and flags the others with the reason`;

export const options: Options = {
  workshop: { value: 'CODE', help: 'the workshop code (or link) the runs were played under; required' },
  csv: { value: 'FILE', help: 'write the leaderboard and flags as CSV' },
  html: { value: 'FILE', help: 'write the printable report (Chinese glyphs embedded)' },
  lang: { value: 'zh|en', help: "language of the CSV and report; default the workshop's" },
  json: { help: 'print one JSON object: ranked teams and flagged files with reasons' },
};

export const help: CommandHelp = {
  usage: ['debrief --workshop CODE FILE... [--csv FILE] [--html FILE] [--lang zh|en] [--json]'],
  about: ["Verifies every team's replay file by replaying it in the workshop's world, ranks the honest", 'runs and flags the others with the reason (tampered, another workshop, a duplicate team, ...).'],
  options,
};

const MAX_FILE = 8_000_000;

function readRunFile(path: string): RunInput {
  const label = basename(path);
  // A missing or unreadable file becomes a flagged run (its text says why), not a crash of the debrief.
  if (!existsSync(path) || !statSync(path).isFile()) return { label: `${label} (no such file)`, text: '' };
  if (statSync(path).size > MAX_FILE) return { label: `${label} (over 8 MB: not one game)`, text: '' };
  return { label, text: readFileSync(path, 'utf8') };
}

export function run(argv: string[], print: (s: string) => void): number {
  const a = parseArgs(argv, options);
  const code = str(a, 'workshop');
  if (!code) throw new CliError('--workshop CODE is required', 2);
  if (a.positional.length === 0) throw new CliError('give the teams\' replay files after the options', 2);
  const dec = decodeWorkshop(code);
  if (!dec.ok) throw new CliError(`--workshop: ${dec.problem.message}`, 1);
  const lang = (str(a, 'lang') ?? dec.settings.lang) as Lang;
  if (lang !== 'zh' && lang !== 'en') throw new CliError('--lang takes zh or en', 2);
  if (!scenarioIds().includes(dec.settings.scenarioId)) throw new CliError(`the workshop uses scenario "${dec.settings.scenarioId}", which is not in scenarios/`, 1);
  const { text } = readScenario(dec.settings.scenarioId);
  const r = debrief(code, text, a.positional.map(readRunFile));
  if (!r.ok) throw new CliError(r.problem.message, 1);
  const d = r.debrief;
  const csv = str(a, 'csv');
  if (csv) writeFileSync(csv, debriefCsv(d, lang));
  const html = str(a, 'html');
  if (html) writeFileSync(html, embedPrintFonts(reportHtml(d, lang)));
  if (a.flags.json) {
    print(JSON.stringify({
      code: d.code, seed: d.settings.seed, quarters: d.settings.quarters, rollsAgree: d.rollsAgree,
      ranked: d.ranked.map((t) => ({ rank: t.rank, team: t.team, file: t.label, score: t.score, outcome: t.outcome, quarters: t.quartersPlayed, finalHash: t.finalHash })),
      flagged: d.flagged.map((f) => ({ file: f.label, team: f.team, reason: f.problem.message, code: f.problem.code })),
      csv: csv ?? null, html: html ?? null,
    }));
    return 0;
  }
  print(`debrief of workshop ${d.code}: seed ${d.settings.seed}, ${d.settings.quarters} quarters; ${d.ranked.length} verified, ${d.flagged.length} flagged`);
  print(`${'#'.padStart(3)}  ${'team'.padEnd(20)} ${'score'.padStart(5)} ${ELEMENTS.map((e) => e.slice(0, 6).padStart(6)).join(' ')}  outcome`);
  for (const t of d.ranked) print(`${String(t.rank).padStart(3)}  ${t.team.padEnd(20)} ${String(t.score.total).padStart(5)} ${ELEMENTS.map((e) => String(t.score[e]).padStart(6)).join(' ')}  ${t.outcome}`);
  for (const f of d.flagged) print(`flagged: ${f.label}${f.team ? ` (team ${f.team})` : ''}: ${f.problem.message}`);
  print(d.rollsAgree ? 'same luck: every team faced the same roll for every event' : 'WARNING: rolls differ between teams (an engine bug; please report it)');
  if (csv) print(`CSV written to ${csv}`);
  if (html) print(`report written to ${html} (open it in a browser and print)`);
  return 0;
}
