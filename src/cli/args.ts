// Argument parsing for every command, on node:util's parseArgs: known options only, values required
// where declared, `--name=value` split at the first "=" only (so `--team=A=B` is the team "A=B"),
// "--" ends the options. Each command declares its options once (`Options`); the same declaration
// drives the parser and the command's help (`sim COMMAND --help`, `sim help COMMAND`).
import { parseArgs as nodeParseArgs } from 'node:util';
import { CliError } from './scenarios';

/** One option: `value` names its argument (e.g. "ID|FILE"); without it the option is a flag. */
export interface OptionSpec {
  value?: string;
  help: string;
}
export type Options = Record<string, OptionSpec>;

export interface Parsed {
  positional: string[];
  flags: Record<string, string | true>;
}

/** What `sim COMMAND --help` prints: usage lines, what it does, every option, then notes. */
export interface CommandHelp {
  usage: string[];
  about: string[];
  options: Options;
  optionsTitle?: string;
  notes?: string[];
}

/** Parses argv. `spec` maps each allowed option to its declaration, or (the short form) to whether
 *  it takes a value. Unknown options, missing values and values given to flags are exit 2. */
export function parseArgs(argv: string[], spec: Record<string, OptionSpec | boolean>): Parsed {
  const takesValue = (name: string) => {
    const s = spec[name];
    return typeof s === 'boolean' ? s : s !== undefined && s.value !== undefined;
  };
  const options = Object.fromEntries(
    Object.keys(spec).map((k) => [k, { type: takesValue(k) ? ('string' as const) : ('boolean' as const) }]),
  );
  // Not strict: the tokens are checked here, so every refusal says the same thing in our words.
  const { tokens } = nodeParseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const out: Parsed = { positional: [], flags: {} };
  for (const t of tokens) {
    if (t.kind === 'positional') {
      out.positional.push(t.value);
      continue;
    }
    if (t.kind === 'option-terminator') continue;
    const shown = t.rawName.startsWith('--') ? `--${t.name}` : t.rawName;
    if (!Object.hasOwn(spec, t.name) || !t.rawName.startsWith('--')) throw new CliError(`unknown option ${shown}`, 2);
    if (takesValue(t.name)) {
      // "--seed --json" is a forgotten value, not the seed "--json" ("--seed=--json" is allowed).
      if (t.value === undefined || (!t.inlineValue && t.value.startsWith('--'))) throw new CliError(`${shown} needs a value`, 2);
      out.flags[t.name] = t.value;
    } else {
      if (t.value !== undefined) throw new CliError(`${shown} takes no value (got "${t.value}")`, 2);
      out.flags[t.name] = true;
    }
  }
  return out;
}

export function str(p: Parsed, name: string): string | undefined {
  const v = p.flags[name];
  return typeof v === 'string' ? v : undefined;
}

/** Whether the user asked for help (-h or --help anywhere before a "--"). */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const a of argv) {
    if (a === '--') return false;
    if (a === '-h' || a === '--help') return true;
  }
  return false;
}

/** Wraps text to `width` columns after `indent` spaces (options' help, long lists). */
export function wrap(text: string, indent: number, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    if (line && indent + line.length + 1 + w.length > width) {
      lines.push(' '.repeat(indent) + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(' '.repeat(indent) + line);
  return lines;
}

/** Two columns: each option (in declaration order) and its wrapped help; -h/--help last if asked. */
export function optionLines(options: Options, withHelp = true): string[] {
  const opts: [string, string][] = Object.entries(options).map(([k, o]) => [`--${k}${o.value ? ` ${o.value}` : ''}`, o.help]);
  if (withHelp) opts.push(['-h, --help', 'this help']);
  const w = 21;
  const lines: string[] = [];
  for (const [k, text] of opts) {
    const body = wrap(text, 2 + w);
    if (k.length + 2 <= w) lines.push(`  ${k.padEnd(w)}${body[0]!.trimStart()}`, ...body.slice(1));
    else lines.push(`  ${k}`, ...body);
  }
  return lines;
}

/** The help text of one command. A usage line that starts with spaces continues the one before. */
export function helpText(h: CommandHelp): string {
  const cmd = 'npm run -s sim -- ';
  const usage = h.usage.map((u, i) =>
    i === 0 ? 'usage: ' + cmd + u : /^\s/.test(u) ? ' '.repeat(7 + cmd.length + 2) + u.trim() : '       ' + cmd + u,
  );
  const lines = [...usage, '', ...h.about, '', h.optionsTitle ?? 'options:', ...optionLines(h.options)];
  if (h.notes?.length) lines.push('', ...h.notes);
  return lines.join('\n') + '\n';
}
