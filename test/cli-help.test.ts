// The command line's help and argument parsing (node:util parseArgs): help exits 0 and lists every
// option each command accepts, every bot and strategy; --version; `--name=value` keeps "=" in the
// value; `play --strategy`; the random bot seeded by team in a workshop.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, BOT_NAMES, FIXED_STRATEGIES } from '../src/engine/index';
import { parseArgs } from '../src/cli/args';
import { COMMANDS, HELP, main } from '../src/cli/main';

async function sim(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('sim help', () => {
  it('--help, -h and help print the usage to stdout and exit 0, as a real process too', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const r = await sim(...args);
      expect([args, r.code, r.err]).toEqual([args, 0, '']);
      expect(r.out).toMatch(/^usage: npm run -s sim -- COMMAND/m);
      for (const c of Object.keys(COMMANDS)) expect(r.out).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
      for (const b of [...BOT_NAMES, ...Object.keys(FIXED_STRATEGIES)]) expect(r.out).toContain(b);
      expect(r.out).toContain('--workshop CODE --team NAME');
    }
    const p = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--help'], { encoding: 'utf8' });
    expect([p.status, p.stderr]).toEqual([0, '']);
    expect(p.stdout).toMatch(/^usage: npm run -s sim -- COMMAND/m);
  });

  it('--version names the package version and the engine version', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const r = await sim('--version');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`ai-startup-sim ${pkg.version} (engine version ${ENGINE_VERSION}; Node ${process.versions.node})`);
  });

  it('every command has help (COMMAND --help, -h and help COMMAND agree) listing every option it accepts', async () => {
    expect(Object.keys(HELP).sort()).toEqual(
      Object.keys(COMMANDS)
        .filter((c) => c !== 'help')
        .sort(),
    );
    for (const [cmd, h] of Object.entries(HELP)) {
      const a = await sim(cmd, '--help');
      expect([cmd, a.code, a.err]).toEqual([cmd, 0, '']);
      expect((await sim(cmd, '-h')).out).toBe(a.out);
      expect((await sim('help', cmd)).out).toBe(a.out);
      expect(a.out).toContain(`usage: npm run -s sim -- ${cmd}`);
      for (const [name, o] of Object.entries(h.options)) {
        expect(a.out).toContain(`--${name}${o.value ? ` ${o.value}` : ''}`);
        // What the help lists, the parser accepts (both come from the one declaration).
        expect(() => parseArgs([`--${name}`, ...(o.value ? ['x'] : [])], h.options)).not.toThrow();
      }
    }
    const play = (await sim('play', '--help')).out;
    for (const b of [...BOT_NAMES, ...Object.keys(FIXED_STRATEGIES)]) expect(play).toMatch(new RegExp(`^  ${b}\\s+\\S`, 'm'));
    expect(play).toContain('maxMarketing  marketing max');
    const ws = (await sim('workshop', 'create', '--help')).out;
    for (const o of [
      '--scenario ID',
      '--random-seed',
      '--quarters N',
      '--groups',
      '--pause',
      '--base-url URL',
      '--handout',
      '--qr',
      'workshop show',
    ])
      expect(ws).toContain(o);
    expect((await sim('help', 'nope')).code).toBe(2);
  });
});

describe('sim argument parsing', () => {
  it('keeps "=" inside a value, refuses values on flags and names unknown options', () => {
    const spec = { team: { value: 'NAME', help: '' }, json: { help: '' } };
    expect(parseArgs(['--team=A=B'], spec).flags.team).toBe('A=B');
    expect(() => parseArgs(['--team', '--', 'x'], { team: true })).toThrow('--team needs a value');
    expect(parseArgs(['--team=--x'], spec).flags.team).toBe('--x');
    expect(() => parseArgs(['--team', '--json'], spec)).toThrow('--team needs a value');
    expect(() => parseArgs(['--json=yes'], spec)).toThrow('--json takes no value');
    expect(() => parseArgs(['-x'], spec)).toThrow('unknown option -x');
    expect(() => parseArgs(['--constructor'], spec)).toThrow('unknown option --constructor');
    expect(parseArgs(['a', '--', '--json'], spec).positional).toEqual(['a', '--json']);
  });

  it('play --team=A=B records the team "A=B"; --strategy plays a one-rule strategy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-help-'));
    const r = await sim('play', '--seed', '7', '--team=A=B', '--strategy', 'maxMarketing', '--out', join(dir, 'r.json'), '--json');
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out.split('\n').at(-1)!);
    expect(j).toMatchObject({ bot: 'maxMarketing', strategy: 'maxMarketing' });
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).meta).toEqual({ bot: 'maxMarketing', team: 'A=B' });
    const balanced = JSON.parse((await sim('play', '--seed', '7', '--json')).out);
    expect(j.finalHash).not.toBe(balanced.finalHash);
    expect((await sim('play', '--strategy', 'balanced')).code).toBe(2); // the pattern bots go with --bot
    expect((await sim('play', 'extra')).code).toBe(2);
  });

  it("in a workshop the random bot draws from the team's own stream: teams differ, a team repeats", async () => {
    const c = await sim('workshop', 'create', '--scenario', 'classic', '--seed', 'help-1', '--json');
    const code = JSON.parse(c.out).code as string;
    const hash = async (team: string, bot = 'random') =>
      JSON.parse((await sim('play', '--workshop', code, '--team', team, '--bot', bot, '--json')).out).finalHash as string;
    const [red, blue, red2] = [await hash('Red'), await hash('Blue'), await hash('Red')];
    expect(red).not.toBe(blue);
    expect(red2).toBe(red);
    // Outside a workshop (and for the other bots) nothing changes: the seed alone decides.
    expect(JSON.parse((await sim('play', '--seed', 'help-1', '--bot', 'random', '--team', 'Red', '--json')).out).finalHash).toBe(
      JSON.parse((await sim('play', '--seed', 'help-1', '--bot', 'random', '--json')).out).finalHash,
    );
    expect(await hash('Red', 'focused')).toBe(await hash('Blue', 'focused'));
  });
});
