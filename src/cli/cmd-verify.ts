// `sim verify`: not built yet (see the open issues).
import { CliError } from './scenarios';

export const usage = 'verify      (not built yet)';

export function run(_argv: string[], _print: (s: string) => void): number | Promise<number> {
  throw new CliError('the verify command is not built yet', 2);
}
