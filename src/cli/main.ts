// The CLI entry (`npm run -s sim -- COMMAND ...`). Each command lives in its own file; this file
// only dispatches, prints usage and turns CliError into an exit code.
import { readScenario, scenarioIds, CliError } from './scenarios';
import { playCommand } from './play';
import { escapeForTerminal } from '../engine/user-text';
import * as checkScenario from './cmd-check-scenario';
import * as sources from './cmd-sources';
import * as balance from './cmd-balance';
import * as verify from './cmd-verify';
import * as workshop from './cmd-workshop';
import * as debrief from './cmd-debrief';

// Each command file exports `usage` (its line(s) for the help text) and `run`.
const MODULES = { 'check-scenario': checkScenario, sources, balance, verify, workshop, debrief };

export const USAGE = `AI Startup Sim: command line

usage: npm run -s sim -- COMMAND [options]

commands:
  play       --scenario ID|FILE --seed SEED --bot NAME [--json] [--out FILE]
             a bot plays a scenario; prints a table per quarter (--json: one JSON line)
  scenarios  [--json]  list the shipped scenarios
${Object.values(MODULES).map((m) => '  ' + m.usage).join('\n')}
  help       this text
`;

type Command = (argv: string[], print: (s: string) => void) => number | Promise<number>;

export const COMMANDS: Record<string, Command> = {
  play: playCommand,
  scenarios: (argv, print) => {
    const json = argv.includes('--json');
    const bad = argv.filter((x) => x !== '--json');
    if (bad.length) throw new CliError(`unexpected argument ${bad[0]}`, 2);
    const rows = scenarioIds().map((id) => {
      const { scenario: s } = readScenario(id);
      return { id: s.id, quarters: s.quarters.v, difficulty: s.difficulty, title: s.title, titleEn: s.title.en, titleZh: s.title.zh };
    });
    if (json) print(JSON.stringify(rows));
    else for (const r of rows) print(`${r.id.padEnd(22)} ${String(r.quarters).padStart(3)} quarters  ${r.titleEn} / ${r.titleZh}`);
    return 0;
  },
  ...Object.fromEntries(Object.entries(MODULES).map(([k, m]) => [k, m.run] as const)),
  help: (_argv, print) => {
    print(USAGE);
    return 0;
  },
};

const oneLine = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).replace(/\s+/g, ' ').slice(0, 300);

export async function main(argv: string[], print = (s: string) => console.log(s), printErr = (s: string) => console.error(s)): Promise<number> {
  // Names come from untrusted files: bidi and control characters print as visible escapes (\u202e).
  const [out, err] = [print, printErr];
  print = (s) => out(escapeForTerminal(s));
  printErr = (s) => err(escapeForTerminal(s));
  const [cmd, ...rest] = argv;
  if (!cmd || !COMMANDS[cmd]) {
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
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
