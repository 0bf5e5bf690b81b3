// Shared by the class server tests: a workshop code, a team's hand-ins played by a bot (the replay
// text after each quarter), and `npm run class` started as one child process on a free port.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import * as workshopCmd from '../src/cli/cmd-workshop';
import { readScenario } from '../src/cli/scenarios';
import { BOTS, randomBotFor, STRATEGIES, strategyBot, playBot } from '../src/engine/index';
import { exportReplay } from '../src/replay/format';
import { Session } from '../src/session/session';
import { prepareDebrief } from '../src/workshop/debrief';

export const ROOT = resolve(__dirname, '..');

export async function createCode(seed: string, quarters: number): Promise<string> {
  const out: string[] = [];
  expect(
    await workshopCmd.run(['create', '--scenario', 'classic', '--seed', seed, '--quarters', String(quarters), '--json'], (s) =>
      out.push(s),
    ),
  ).toBe(0);
  return JSON.parse(out.join('\n')).code as string;
}

/** A team's hand-ins: the replay text after each quarter it closed (fewer when it went bankrupt). */
export function teamRuns(code: string, team: string, botName: string): string[] {
  const p = prepareDebrief(code, readScenario('classic').text);
  if (!p.ok) throw new Error(p.problem.message);
  const { scenario, hash, settings } = p.ctx;
  // In a workshop each random player draws its own stream; the strategies are the balance lab's players.
  const bot = botName === 'random' ? randomBotFor(team) : (BOTS[botName] ?? strategyBot(STRATEGIES[botName]!));
  const run = playBot(scenario, settings.seed, bot);
  const s = new Session(scenario, hash, settings.seed, { workshop: code, team, bot: botName });
  const out: string[] = [];
  for (const d of run.log) {
    for (const a of d) expect(s.dispatch(a).ok).toBe(true);
    expect(s.dispatch({ type: 'endQuarter' }).ok).toBe(true);
    out.push(exportReplay(s.toReplay()));
  }
  return out;
}

export interface ClassServer {
  proc: ChildProcess;
  base: string;
  exited: Promise<void>;
}

/** `npm run class` as one child process: Node with tsx's loader (the tsx command would start the
 *  server as its own child, which a SIGKILL of the tsx process leaves running). */
export function startClassServer(code: string, db: string, cwd: string, more: string[] = ['--no-build']): Promise<ClassServer> {
  const tsx = join(ROOT, 'node_modules/tsx/dist');
  const proc = spawn(
    process.execPath,
    [
      '--require',
      join(tsx, 'preflight.cjs'),
      '--import',
      pathToFileURL(join(tsx, 'loader.mjs')).href,
      join(ROOT, 'src/class/main.ts'),
      '--workshop',
      code,
      '--port',
      '0',
      '--db',
      db,
      ...more,
    ],
    { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((ok) => proc.on('exit', () => ok()));
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      fail(new Error(`the class server did not start in 20 s:\n${out}`));
    }, 20_000);
    const read = (b: Buffer) => {
      out += b.toString();
      const m = /listening on 127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok({ proc, base: `http://127.0.0.1:${m[1]}`, exited });
      }
    };
    proc.stdout!.on('data', read);
    proc.stderr!.on('data', read);
    proc.on('exit', (c) => {
      clearTimeout(timer);
      fail(new Error(`the class server exited (${c}):\n${out}`));
    });
  });
}

export type Reply = { status: number; body: Record<string, unknown> } | { status: 0; body: null };
export async function post(base: string, path: string, body: string, headers: Record<string, string> = {}): Promise<Reply> {
  try {
    const r = await fetch(base + path, { method: 'POST', body, headers, signal: AbortSignal.timeout(15_000) });
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  } catch {
    return { status: 0, body: null }; // no answer (the server was killed): the game tries again later
  }
}
export const getJson = async (base: string, path: string) =>
  (await (await fetch(base + path, { signal: AbortSignal.timeout(15_000) })).json()) as Record<string, unknown>;
