// A tiny, strict argument parser: known flags only, values required where declared.
import { CliError } from './scenarios';

export interface Parsed { positional: string[]; flags: Record<string, string | true> }

/** Parses argv; `spec` maps each allowed flag to whether it takes a value. Unknown flags → exit 2. */
export function parseArgs(argv: string[], spec: Record<string, boolean>): Parsed {
  const out: Parsed = { positional: [], flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (!(name in spec)) throw new CliError(`unknown option --${name}`, 2);
      if (spec[name]) {
        const v = inline ?? argv[++i];
        if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new CliError(`--${name} needs a value`, 2);
        out.flags[name] = v;
      } else out.flags[name] = true;
    } else out.positional.push(a);
  }
  return out;
}

export function str(p: Parsed, name: string): string | undefined {
  const v = p.flags[name];
  return typeof v === 'string' ? v : undefined;
}
