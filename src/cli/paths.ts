// Paths on the command line are the caller's: `npm run sim` runs in the project folder, but npm
// sets INIT_CWD to the folder it was called from, so `npm run -s sim -- debrief ../class/*.json`
// reads the files the instructor meant.
import { isAbsolute, resolve } from 'node:path';

/** The folder relative paths are read from: INIT_CWD (set by npm) or the process's own. */
export function callerDir(env: Record<string, string | undefined> = process.env): string {
  const d = env.INIT_CWD;
  return d && isAbsolute(d) ? d : process.cwd();
}

/** A path as the caller typed it, made absolute against the caller's folder ("-" stays stdin). */
export function callerPath(p: string, env: Record<string, string | undefined> = process.env): string {
  return p === '-' || isAbsolute(p) ? p : resolve(callerDir(env), p);
}
