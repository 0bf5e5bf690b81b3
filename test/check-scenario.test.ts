// check-scenario: every shipped scenario passes; every file of the broken corpus fails with the
// right exit code and a problem naming the field (JSON path) and saying what is wrong.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioFile, checkScenarioText, formatReport } from '../src/cli/cmd-check-scenario';
import { SCENARIO_DIR } from '../src/cli/scenarios';
import { parseJsonSafe } from '../src/formats/safe-json';

const CORPUS = join(__dirname, 'scenario-corpus');
type Want = { exit: 1 | 2; rule: string; path?: string; keyword?: string; all?: { path: string; keyword: string }[] };
const parsed = parseJsonSafe(readFileSync(join(CORPUS, 'expected.json'), 'utf8'), { maxBytes: 1_000_000, maxDepth: 8 });
if (!parsed.ok) throw new Error('expected.json is not valid JSON');
const expected = parsed.value as unknown as Record<string, Want>;

describe('check-scenario on the shipped scenarios', () => {
  const files = readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.json'));
  it('ships at least the six scenarios of the issue', () => {
    for (const id of [
      'classic',
      'workshop-intro',
      'case-a-fintech-2015',
      'case-b-health-2018',
      'case-c-medical-2016',
      'case-d-fintech-2017',
    ])
      expect(files).toContain(`${id}.json`);
  });
  it.each(files)('%s is valid (exit 0, one-line summary)', (f) => {
    const r = checkScenarioFile(join(SCENARIO_DIR, f));
    expect(r.problems).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(formatReport(r)).toHaveLength(1);
    expect(r.summary).toMatch(/^ok: .* quarters from \d{4}, \d+ markets, \d+ events, \d+ numbers, each with a source/);
  });
  it('the corpus base file is valid, so each broken file differs from a valid one by its one rule', () => {
    expect(checkScenarioFile(join(CORPUS, 'base.json')).exitCode).toBe(0);
  });
});

describe('check-scenario on the broken corpus', () => {
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.json') && f !== 'base.json' && f !== 'expected.json')
    .sort();
  it('has at least 60 broken files, each with its expectation recorded', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    expect(files).toEqual(Object.keys(expected).sort());
  });
  it.each(files)('%s fails with the right exit code and names the field', (f) => {
    const want = expected[f]!;
    const r = checkScenarioFile(join(CORPUS, f));
    expect(r.exitCode, want.rule).toBe(want.exit);
    const all = want.all ?? [{ path: want.path!, keyword: want.keyword! }];
    for (const w of all) {
      const hit = r.problems.find(
        (p) =>
          (w.path.endsWith('*') ? p.path.startsWith(w.path.slice(0, -1)) : p.path === w.path) &&
          `${p.message} ${p.expected ?? ''}`.toLowerCase().includes(w.keyword.toLowerCase()),
      );
      expect(
        hit,
        `${f} (${want.rule}): no problem at ${w.path} mentioning "${w.keyword}"; got ${JSON.stringify(r.problems.slice(0, 6))}`,
      ).toBeDefined();
    }
    const text = formatReport(r).join('\n');
    expect(text).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    // A JSON-level problem comes with its line and column (not a file-level one such as a missing file).
    if (r.problems[0]!.line !== undefined) expect(text).toMatch(/\(line \d+, column \d+\)/);
    if (want.exit === 2 && !['not-utf8.json', 'json-over-cap.json'].includes(f)) expect(r.problems[0]!.line).toBeGreaterThan(0);
  });
});

describe('check-scenario details an author relies on', () => {
  const base = readFileSync(join(CORPUS, 'base.json'), 'utf8');
  it('a syntax error reports its line and column', () => {
    const r = checkScenarioText(base.replace('"difficulty": "normal",', '"difficulty": "normal",,'));
    expect(r.exitCode).toBe(2);
    expect(r.problems[0]).toMatchObject({ line: 14, column: 25 });
    expect(formatReport(r).join('\n')).toContain("(line 14, column 25): unexpected ','");
  });
  it('every problem says what was found and what is expected', () => {
    const r = checkScenarioFile(join(CORPUS, 'salary-negative.json'));
    expect(r.problems[0]).toMatchObject({
      path: '$.roles.dataScientist.salary.v',
      found: '-45000',
      expected: 'a whole number from 0 to 10000000',
    });
  });
});

describe('the real command', () => {
  const run = (file: string): { code: number; out: string } => {
    try {
      return { code: 0, out: execFileSync('npx', ['tsx', 'src/cli/main.ts', 'check-scenario', file], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (e) {
      const x = e as { status: number; stdout: string };
      return { code: x.status, out: x.stdout };
    }
  };
  it('exits 1 and 2 as documented (exit 0 is checked in-process above)', () => {
    const bad = run('test/scenario-corpus/start-market-unknown.json');
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('$.start.policy.markets[0]');
    expect(run('test/scenario-corpus/json-truncated.json').code).toBe(2);
  });
});
