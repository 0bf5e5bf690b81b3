// `sim debrief --workshop CODE FILES...`: verifies every team's run by replay on the workshop's
// world, ranks the honest ones, flags the rest with the reason; writes CSV and the HTML report.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Lang } from '../i18n/index';
import { decodeWorkshop } from '../workshop/code';
import { debriefCsv } from '../workshop/csv';
import { debrief } from '../workshop/debrief';
import type { RunInput, TeamResult } from '../workshop/debrief';
import { reportHtml } from '../workshop/report';
import { ELEMENTS } from '../workshop/score-adapter';
import type { CommandHelp, Options } from './args';
import { parseArgs, str } from './args';
import { embedPrintFonts } from './cmd-workshop';
import { callerDir, callerPath } from './paths';
import { CliError, readScenario, scenarioIds } from './scenarios';
import { usd } from '../workshop/html';

/** A team in `--json`'s ranked and unfinished lists. */
function teamJson(t: TeamResult) {
  return {
    rank: t.rank,
    team: t.team,
    file: t.label,
    score: t.score,
    outcome: t.outcome,
    quarters: t.quartersPlayed,
    finalHash: t.finalHash,
  };
}

/** Terminal columns a text takes: East Asian wide and full-width characters and emoji take two;
 *  combining marks and joiners none. Good enough to keep a class's names in line. */
function columns(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (/\p{M}|\u200d|\ufe0f/u.test(ch)) continue;
    n +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1f300 && c <= 0x1faff) ||
      (c >= 0x20000 && c <= 0x3fffd)
        ? 2
        : 1;
  }
  return n;
}
/** A team name padded to `width` terminal columns (longer names are left as they are). */
function padCols(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - columns(text)));
}

export const usage = `debrief    --workshop CODE FILE... [--csv FILE] [--html FILE] [--lang zh|en] [--json]
             verifies the teams' runs, ranks the honest ones and flags the others with the reason;
             paths are relative to the folder you run it from; --lang sets the CSV's and report's
             words (default: the workshop's language); exit 1 when a file is missing or nothing verifies`;

const options: Options = {
  workshop: { value: 'CODE', help: 'the workshop code (or link) the runs were played under; required' },
  csv: { value: 'FILE', help: 'write the leaderboard and flags as CSV' },
  html: { value: 'FILE', help: 'write the printable report (Chinese glyphs embedded)' },
  lang: { value: 'zh|en', help: "language of the CSV and report; default the workshop's" },
  json: { help: 'print one JSON object: ranked teams and flagged files with reasons' },
};

export const help: CommandHelp = {
  usage: ['debrief --workshop CODE FILE... [--csv FILE] [--html FILE] [--lang zh|en] [--json]'],
  about: [
    "Verifies every team's replay file by replaying it in the workshop's world, ranks the honest",
    'runs and flags the others with the reason (tampered, another workshop, a duplicate team, ...).',
  ],
  options,
};

const MAX_FILE = 8_000_000;

function readRunFile(arg: string, missing: string[]): RunInput {
  const path = callerPath(arg);
  const label = basename(path);
  // A missing or unreadable file becomes a flagged run (its text says why), not a crash of the debrief.
  if (!existsSync(path) || !statSync(path).isFile()) {
    missing.push(path);
    return { label: `${label} (no such file)`, text: '' };
  }
  if (statSync(path).size > MAX_FILE) return { label: `${label} (over 8 MB: not one game)`, text: '' };
  return { label, text: readFileSync(path, 'utf8') };
}

export function run(argv: string[], print: (s: string) => void): number {
  const a = parseArgs(argv, options);
  const code = str(a, 'workshop');
  if (!code) throw new CliError('--workshop CODE is required', 2);
  if (a.positional.length === 0) throw new CliError("give the teams' replay files after the options", 2);
  const dec = decodeWorkshop(code);
  if (!dec.ok) throw new CliError(`--workshop: ${dec.problem.message}`, 1);
  const lang = (str(a, 'lang') ?? dec.settings.lang) as Lang;
  if (lang !== 'zh' && lang !== 'en') throw new CliError('--lang takes zh or en', 2);
  if (!scenarioIds().includes(dec.settings.scenarioId))
    throw new CliError(`the workshop uses scenario "${dec.settings.scenarioId}", which is not in scenarios/`, 1);
  const { text } = readScenario(dec.settings.scenarioId);
  const missing: string[] = [];
  const r = debrief(
    code,
    text,
    a.positional.map((p) => readRunFile(p, missing)),
  );
  if (!r.ok) throw new CliError(r.problem.message, 1);
  const d = r.debrief;
  const csvArg = str(a, 'csv');
  const csv = csvArg === undefined ? undefined : callerPath(csvArg);
  if (csv) writeFileSync(csv, debriefCsv(d, lang));
  const htmlArg = str(a, 'html');
  const html = htmlArg === undefined ? undefined : callerPath(htmlArg);
  if (html) writeFileSync(html, embedPrintFonts(reportHtml(d, lang)));
  const teams = d.ranked.length + d.unfinished.length;
  // Nothing verified, or a file the instructor named is not there: the class's result is not complete.
  const exit = teams === 0 || missing.length > 0 ? 1 : 0;
  if (a.flags.json) {
    print(
      JSON.stringify({
        code: d.code,
        seed: d.settings.seed,
        quarters: d.settings.quarters,
        rollsAgree: d.rollsAgree,
        ranked: d.ranked.map(teamJson),
        unfinished: d.unfinished.map(teamJson),
        replaced: d.notes.map((n) => ({
          file: n.label,
          team: n.team,
          kind: n.code,
          quarters: n.quarters,
          by: n.byLabel,
          byQuarters: n.byQuarters,
        })),
        missing,
        flagged: d.flagged.map((f) => ({ file: f.label, team: f.team, reason: f.problem.message, code: f.problem.code })),
        csv: csv ?? null,
        html: html ?? null,
      }),
    );
    return exit;
  }
  const counts = `${d.ranked.length} complete runs ranked, ${d.unfinished.length} unfinished ranked apart, ${d.flagged.length} flagged`;
  print(`debrief of workshop ${d.code}: seed ${d.settings.seed}, ${d.settings.quarters} quarters; ${counts}`);
  const row = (rank: string, t: (typeof d.ranked)[number]) => {
    const elements = ELEMENTS.map((e) => String(t.score[e]).padStart(6)).join(' ');
    const survival = `${t.outcome === 'bankrupt' ? 'bankrupt' : 'alive'} ${t.quartersPlayed}/${d.settings.quarters}`;
    return `${rank.padStart(4)}  ${padCols(t.team, 20)} ${String(t.score.total).padStart(5)} ${elements} ${usd(t.score.valuation).padStart(14)}  ${survival}`;
  };
  const header = `${'#'.padStart(4)}  ${'team'.padEnd(20)} ${'score'.padStart(5)} ${ELEMENTS.map((e) => e.slice(0, 6).padStart(6)).join(' ')} ${'valuation'.padStart(14)}  survival`;
  if (d.ranked.length) {
    print(header);
    for (const t of d.ranked) print(row(String(t.rank), t));
  }
  if (d.unfinished.length) {
    print('unfinished runs (handed in before the last quarter; ranked apart, by quarter reached then score):');
    for (const t of d.unfinished) print(row(`(${t.rank})`, t));
  }
  for (const n of d.notes)
    print(
      n.code === 'duplicate'
        ? `counted once: ${n.label} (team ${n.team}) is the same run as ${n.byLabel}`
        : `replaced: ${n.label} (team ${n.team}, Q${n.quarters}) counts through ${n.byLabel} (Q${n.byQuarters}): a later hand-in that extends it`,
    );
  for (const f of d.flagged) print(`flagged: ${f.label}${f.team ? ` (team ${f.team})` : ''}: ${f.problem.message}`);
  if (teams > 0)
    print(
      d.rollsAgree
        ? 'same luck: every team faced the same roll for every event'
        : 'WARNING: rolls differ between teams (an engine bug; please report it)',
    );
  if (csv) print(`CSV written to ${csv}`);
  if (html) print(`report written to ${html} (open it in a browser and print)`);
  if (missing.length)
    console.error(
      `${missing.length} file(s) not found (paths are read from ${callerDir()}): ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`,
    );
  if (teams === 0) console.error('no run verified: nothing to rank');
  return exit;
}
