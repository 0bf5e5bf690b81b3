// `sim check-scenario`: not built yet (see the open issues).
import { CliError } from './scenarios';

export const usage = 'check-scenario      (not built yet)';

export function run(_argv: string[], _print: (s: string) => void): number | Promise<number> {
  throw new CliError('the check-scenario command is not built yet', 2);
}
