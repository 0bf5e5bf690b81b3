// The CLI entry (`npm run -s sim -- COMMAND ...`). Each command lives in its own file and declares
// its options and help; this file only dispatches, prints usage and help, and turns CliError into an
// exit code.
import { readFileSync } from 'node:fs';
import { ENGINE_VERSION, BOT_NAMES, FIXED_STRATEGIES, escapeForTerminal } from '../engine/index';
import type { CommandHelp } from './args';
import { helpText, parseArgs, str, wantsHelp, wrap } from './args';
import { facilitatorJson, facilitatorText } from './facilitator';
import { readScenario, scenarioIds, CliError } from './scenarios';
import * as play from './play';
import * as checkScenario from './cmd-check-scenario';
import * as sources from './cmd-sources';
import * as balance from './cmd-balance';
import * as verify from './cmd-verify';
import * as workshop from './cmd-workshop';
import * as debrief from './cmd-debrief';

// Each command file exports `usage` (its line(s) for the help text), `help` (`sim COMMAND --help`) and `run`.
const MODULES = { 'check-scenario': checkScenario, sources, balance, verify, workshop, debrief };

const USAGE = `AI Startup Sim: command line

usage: npm run -s sim -- COMMAND [options]
       npm run -s sim -- COMMAND --help     every option of one command (also: sim help COMMAND)
       npm run -s sim -- --version

commands:
  play       [--scenario ID|FILE] [--seed SEED] [--bot NAME | --strategy NAME] [--json] [--out FILE]
             [--workshop CODE --team NAME]
             a bot plays a scenario (or a workshop's world as a team); prints a table per quarter
             (--json: one JSON line)
${wrap(`bots: ${BOT_NAMES.join(', ')}; strategies: ${Object.keys(FIXED_STRATEGIES).join(', ')}`, 13).join('\n')}
  scenarios  [--json]  list the shipped scenarios
             [--facilitator ID|FILE [--lang en|zh]]  a scenario's goals, questions and answer key
${Object.values(MODULES)
  .map((m) => '  ' + m.usage)
  .join('\n')}
  help       [COMMAND]  this text, or every option of one command
`;

type Command = (argv: string[], print: (s: string) => void) => number | Promise<number>;

const scenariosHelp: CommandHelp = {
  usage: ['scenarios [--json]', 'scenarios --facilitator ID|FILE [--lang en|zh] [--json]'],
  about: [
    'Lists the shipped scenarios: id, quarters and title in English and Chinese. With --facilitator,',
    "prints one scenario's facilitator note for the instructor: goals, seed sections, and each",
    'debrief question with its answer key (not for the teams: their handout shows the questions only).',
  ],
  options: {
    json: { help: 'print one JSON array (with --facilitator: one JSON object, both languages)' },
    facilitator: { value: 'ID|FILE', help: "print this scenario's goals, questions and answer key" },
    lang: { value: 'en|zh', help: 'language of the --facilitator text (default en)' },
  },
};

/** Every command's help, for `sim COMMAND --help` and `sim help COMMAND`. */
export const HELP: Record<string, CommandHelp> = {
  play: play.help,
  scenarios: scenariosHelp,
  ...Object.fromEntries(Object.entries(MODULES).map(([k, m]) => [k, m.help] as const)),
};

/** The package's version, the engine version and the Node running it, for bug reports. */
function versionText(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return `${pkg.name} ${pkg.version} (engine version ${ENGINE_VERSION}; Node ${process.versions.node})`;
}

export const COMMANDS: Record<string, Command> = {
  play: play.playCommand,
  scenarios: (argv, print) => {
    const a = parseArgs(argv, scenariosHelp.options);
    if (a.positional.length) throw new CliError(`unexpected argument ${a.positional[0]}`, 2);
    const json = a.flags.json === true;
    const lang = str(a, 'lang');
    if (lang !== undefined && lang !== 'en' && lang !== 'zh') throw new CliError('--lang takes en or zh', 2);
    const fac = str(a, 'facilitator');
    if (fac !== undefined) {
      const { scenario } = readScenario(fac);
      print(json ? JSON.stringify(facilitatorJson(scenario)) : facilitatorText(scenario, lang ?? 'en'));
      return 0;
    }
    if (lang !== undefined) throw new CliError('--lang goes with --facilitator ID', 2);
    const rows = scenarioIds().map((id) => {
      const { scenario: s } = readScenario(id);
      return { id: s.id, quarters: s.quarters.v, difficulty: s.difficulty, title: s.title, titleEn: s.title.en, titleZh: s.title.zh };
    });
    if (json) print(JSON.stringify(rows));
    else for (const r of rows) print(`${r.id.padEnd(22)} ${String(r.quarters).padStart(3)} quarters  ${r.titleEn} / ${r.titleZh}`);
    return 0;
  },
  ...Object.fromEntries(Object.entries(MODULES).map(([k, m]) => [k, m.run] as const)),
  help: (argv, print) => {
    const a = parseArgs(argv, {});
    const [topic, extra] = a.positional;
    if (extra !== undefined) throw new CliError(`help takes one COMMAND (got "${extra}" too)`, 2);
    if (topic === undefined) {
      print(USAGE);
      return 0;
    }
    const h = HELP[topic];
    if (!h) throw new CliError(`no command "${topic}"; commands: ${Object.keys(HELP).join(', ')}`, 2);
    print(helpText(h));
    return 0;
  },
};

const oneLine = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).replace(/\s+/g, ' ').slice(0, 300);

export async function main(
  argv: string[],
  print = (s: string) => console.log(s),
  printErr = (s: string) => console.error(s),
): Promise<number> {
  // Names come from untrusted files: bidi and control characters print as visible escapes (\u202e).
  const [out, err] = [print, printErr];
  print = (s) => out(escapeForTerminal(s));
  printErr = (s) => err(escapeForTerminal(s));
  const [cmd, ...rest] = argv;
  if (cmd === '--help' || cmd === '-h')
    return COMMANDS.help!(
      rest.filter((x) => x !== '--help' && x !== '-h'),
      print,
    );
  if (cmd === '--version') {
    print(versionText());
    return 0;
  }
  if (cmd && HELP[cmd] && wantsHelp(rest)) {
    print(helpText(HELP[cmd]!));
    return 0;
  }
  if (!cmd || !Object.hasOwn(COMMANDS, cmd)) {
    printErr((cmd ? `unknown command "${cmd}"\n\n` : '') + USAGE);
    return 2;
  }
  try {
    return await COMMANDS[cmd]!(rest, print);
  } catch (e) {
    if (e instanceof CliError) {
      printErr(`error: ${e.message}` + (e.exitCode === 2 ? `\n\n${USAGE}` : ''));
      return e.exitCode;
    }
    // An internal error is a bug: one line, exit 3 (distinct from 1, "diverges"), never a stack trace.
    printErr(`internal error: ${oneLine(e)}; please report it with the command you ran`);
    return 3;
  }
}

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (isEntry) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
