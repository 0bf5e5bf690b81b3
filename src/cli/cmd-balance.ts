// `sim balance`: the balance lab. Plays N seeds per bot on all cores, prints survival with intervals,
// valuation and ownership quantiles, events per game, failure causes, paired factor effects and the
// dominant-strategy search; --json (last stdout line) and --html FILE for the same report.
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Scenario } from '../engine/index';
import { knownPlayer } from '../balance/chunk';
import { reportHtml } from '../balance/html';
import type { LabReport } from '../balance/lab';
import { runLabs } from '../balance/lab';
import { strictFailures } from '../balance/search';
import type { Progress } from '../balance/pool';
import { inProcess, startPool } from '../balance/pool';
import { reportText } from '../balance/text';
import type { CommandHelp, Options } from './args';
import { parseArgs, str, wrap } from './args';
import { BOT_NAMES, STRATEGIES } from '../engine/index';
import { embedPrintFonts } from './cmd-workshop';
import { CliError, readScenario, scenarioIds } from './scenarios';

export const usage = `balance    --scenario ID|FILE|all --games N [--bots a,b,...] [--workers N] [--seed-base N]
             [--search-games N] [--no-factors] [--strict] [--json] [--html FILE]
             plays N seeds per bot (seeds base+1..base+N) on all cores: survival with 95% CI,
             valuation and ownership quantiles, events per game, failure causes, each essay
             factor's paired effect on survival and the founders' stake, and a dominant-strategy
             search over every shipped scenario. --scenario all reports on every shipped scenario
             (--json: an array, one report per scenario). --strict exits 1 when a dominant decision
             or fixed strategy contradicts the essay`;

const DEFAULT_BOTS = ['random', 'balanced', 'focused', 'scattered'];

const options: Options = {
  scenario: {
    value: 'ID|FILE|all',
    help: 'the scenario the statistics are for, or all: one report per shipped scenario; default classic (the strategy search uses every shipped scenario too)',
  },
  games: { value: 'N', help: 'games per bot, seeds base+1..base+N; default 1000' },
  bots: { value: 'a,b,...', help: `players, comma-separated: bots and strategies (below); default ${DEFAULT_BOTS.join(',')}` },
  workers: { value: 'N', help: 'worker threads; 0 plays on the main thread; default: one per core' },
  'seed-base': { value: 'N', help: 'seeds start after N; default 0' },
  'search-games': { value: 'N', help: 'games per strategy and scenario in the dominant-strategy search; default min(games, 200)' },
  'no-factors': { help: 'leave out the paired factor effects' },
  strict: { help: 'exit 1 when a dominant decision or fixed strategy contradicts the essay' },
  json: { help: 'print the report as one JSON object (the last line)' },
  html: { value: 'FILE', help: 'also write the report as an HTML page' },
};

export const help: CommandHelp = {
  usage: [
    'balance [--scenario ID|FILE|all] [--games N] [--bots a,b,...] [--workers N]',
    '  [--seed-base N] [--search-games N] [--no-factors] [--strict] [--json] [--html FILE]',
  ],
  about: [
    'The balance lab: plays N seeds per bot on all cores and reports survival with 95% intervals,',
    'valuation and ownership quantiles, events per game, failure causes, paired factor effects and',
    'a search for a dominant strategy over every shipped scenario. Progress goes to stderr.',
  ],
  options,
  notes: [
    ...wrap(`bots: ${BOT_NAMES.join(', ')}`, 0),
    ...wrap(
      `strategies (see \`sim play --help\`): ${Object.keys(STRATEGIES)
        .filter((n) => !BOT_NAMES.includes(n))
        .join(', ')}`,
      0,
    ),
  ],
};

function int(a: ReturnType<typeof parseArgs>, name: string, fallback: number, lo: number, hi: number): number {
  const v = str(a, name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < lo || Number(v) > hi)
    throw new CliError(`--${name} takes a whole number from ${lo} to ${hi} (got "${v}")`, 2);
  return Number(v);
}

/** Progress to stderr: a redrawn bar on a terminal, a line per step otherwise (stdout stays clean). */
function progressPrinter(): { phase: (name: string) => void; tick: (p: Progress) => void; end: () => void } {
  const tty = process.stderr.isTTY === true;
  let phase = '';
  let lastLine = -1;
  return {
    phase: (name) => {
      phase = name;
      lastLine = -1;
    },
    tick: ({ done, total }) => {
      if (tty) {
        const w = 30;
        const fill = Math.round((done / Math.max(1, total)) * w);
        process.stderr.write(`\r[${'#'.repeat(fill)}${'.'.repeat(w - fill)}] ${done}/${total} games  ${phase.padEnd(34)}`);
      } else {
        // A line per finished batch, plus quarter marks for long batches: readable in CI logs.
        const step = total >= 20000 ? Math.floor((done / total) * 4) : done === total ? 4 : 0;
        if (step > lastLine && step > 0) {
          lastLine = step;
          process.stderr.write(`balance: ${phase}: ${done}/${total} games\n`);
        }
      }
    },
    end: () => {
      if (tty) process.stderr.write('\r' + ' '.repeat(90) + '\r');
    },
  };
}

export async function run(argv: string[], print: (s: string) => void): Promise<number> {
  const a = parseArgs(argv, options);
  if (a.positional.length) throw new CliError(`unexpected argument ${a.positional[0]}`, 2);
  const games = int(a, 'games', 1000, 1, 1_000_000);
  const seedBase = int(a, 'seed-base', 0, 0, 1_000_000_000);
  const workers = int(a, 'workers', availableParallelism(), 0, 256);
  const searchGames = int(a, 'search-games', Math.min(games, 200), 0, 1_000_000);
  const bots = (str(a, 'bots') ?? DEFAULT_BOTS.join(','))
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  for (const b of bots)
    if (!knownPlayer(b))
      throw new CliError(
        `unknown bot "${b}"; try random, balanced, focused, scattered or a fixed strategy such as cheapest, noCompliance, maxMarketing`,
        2,
      );
  const strict = a.flags.strict === true;
  if (strict && searchGames === 0)
    throw new CliError('--strict judges the strategy search: give --search-games a number above 0 (or leave it out)', 2);
  const all = str(a, 'scenario') === 'all';
  const main = all ? null : readScenario(str(a, 'scenario') ?? 'classic').scenario;
  const scenarios: Scenario[] = main ? [main] : [];
  for (const id of scenarioIds()) {
    if (id === main?.id) continue;
    // A broken shipped scenario must not stop the lab: name it and leave it out.
    try {
      scenarios.push(readScenario(id).scenario);
    } catch (e) {
      process.stderr.write(
        `balance: scenario ${id} left out${all ? '' : ' of the strategy search'}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`,
      );
    }
  }
  if (scenarios.length === 0) throw new CliError('no shipped scenario loads', 1);

  const progress = progressPrinter();
  const started = Date.now();
  const pool = workers > 0 ? startPool(scenarios, seedBase, workers, progress.tick) : null;
  let reports: LabReport[];
  try {
    const exec = pool ? pool.exec : inProcess(scenarios, seedBase, progress.tick);
    reports = await runLabs(
      { scenarios, games, bots, factors: !a.flags['no-factors'], searchGames, reports: all ? scenarios.map((_, i) => i) : [0] },
      exec,
      progress.phase,
    );
  } finally {
    progress.end();
    await pool?.close();
  }
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(`balance: done in ${seconds.toFixed(1)} s on ${pool ? `${pool.workers} worker thread(s)` : 'the main thread'}\n`);
  const html = str(a, 'html');
  // Embed the Chinese glyphs the page uses, so it reads the same on a machine without CJK fonts.
  // With --scenario all, one file per scenario: FILE's name with -<scenario> before its extension.
  const htmlFiles = html ? reports.map((r) => (all ? html.replace(/(\.html?)?$/i, (ext) => `-${r.scenario}${ext || '.html'}`) : html)) : [];
  reports.forEach((r, i) => {
    if (htmlFiles[i]) writeFileSync(htmlFiles[i]!, embedPrintFonts(reportHtml(r, seedBase)));
  });
  const verdict = strictVerdict(reports[0]!.strategies);
  if (a.flags.json) print(JSON.stringify(all ? reports.map((r) => ({ ...r, seedBase })) : { ...reports[0]!, seedBase }));
  else {
    reports.forEach((r, i) => {
      if (i > 0) print('');
      // The search is shared: print it once, after the last scenario.
      for (const line of reportText(i === reports.length - 1 ? r : { ...r, strategies: null })) print(line);
    });
    for (const f of htmlFiles) print(`\nHTML report written to ${f}`);
  }
  if (strict) {
    for (const line of verdict.lines) process.stderr.write(`balance --strict: ${line}\n`);
    return verdict.code;
  }
  return 0;
}

/** Pure. What `--strict` concludes from a search: exit 1 naming every dominant entry that
 *  contradicts the essay, else 0. */
export function strictVerdict(s: LabReport['strategies']): { code: 0 | 1; lines: string[] } {
  if (!s) return { code: 0, lines: ['no strategy search was run'] };
  const bad = strictFailures(s.dominant);
  if (!bad.length)
    return { code: 0, lines: [`no dominant strategy against the essay (threshold ${s.dominantAt} of ${s.scenarios.length} scenarios)`] };
  return { code: 1, lines: bad.map((d) => `dominant ${d.kind} ${d.value} on ${d.scenarios.join(', ')}: ${d.why?.en ?? ''}`) };
}
