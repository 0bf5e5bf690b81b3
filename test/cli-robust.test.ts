// The command line on hostile input (issue 14): an extreme scenario is refused with its path and
// bound, or played to the end; an internal error is one line and exit 3 (never a stack trace, never
// exit 1, which means "diverges"); names print with bidi and control characters escaped.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COMMANDS, main } from '../src/cli/main';

const ROOT = new URL('..', import.meta.url).pathname;
function sim(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function inProcess(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('sim CLI on extreme and hostile input', () => {
  it('check-scenario refuses money at the schema maxima with the JSON path and the ceiling; play runs an accepted extreme to the end', () => {
    const r = sim('check-scenario', 'test/extreme-scenarios/repro-money-maxima.json');
    expect(r.code).toBe(1);
    expect(r.out + r.err).toMatch(
      /\$\.[\w.[\]"]+: in the worst case cash or a ledger category could reach (about )?[\d.,e+]+ USD within the scenario's 60 quarters, above the engine's ceiling of 100,000,000,000,000/,
    );
    const p = sim('play', '--scenario', 'test/extreme-scenarios/repro-customers-double.json', '--seed', '1', '--bot', 'balanced', '--json');
    expect(p.err).not.toMatch(/\n\s+at /);
    expect(p.code).toBe(0);
    expect(JSON.parse(p.out.trim().split('\n').at(-1)!)).toMatchObject({ quarters: 60, outcome: 'finished' });
  });

  it('an internal error is one line and exit 3, distinct from diverges (1) and bad arguments (2)', async () => {
    COMMANDS['test-boom'] = () => {
      throw new TypeError('Cannot read properties of undefined\n    at somewhere (file.ts:1:2)');
    };
    try {
      const r = await inProcess(['test-boom']);
      expect(r.code).toBe(3);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^internal error: TypeError: Cannot read properties of undefined at somewhere/);
    } finally {
      delete COMMANDS['test-boom'];
    }
  });

  it('prints bidi overrides, escape sequences and lone surrogates from names as visible escapes', async () => {
    COMMANDS['test-names'] = (_argv, print) => {
      print('team Red\u202eneerG \u001b[31mred\u001b[0m A\ud800B 红队 🚀');
      return 0;
    };
    try {
      const r = await inProcess(['test-names']);
      expect(r.out).toBe('team Red\\u202eneerG \\u001b[31mred\\u001b[0m A\\ud800B 红队 🚀');
    } finally {
      delete COMMANDS['test-names'];
    }
  });
});
