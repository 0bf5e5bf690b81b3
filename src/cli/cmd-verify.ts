// `sim verify FILE_OR_CODE`: replays a replay file, share code or link against the shipped scenario
// of the same id and checks every quarter's hash link and the claimed result.
// Exit 0: every quarter matches; 1: it diverges (first quarter named); 2: cannot be read or refused.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { encodeShareCode, exportReplay, readReplayInput, REPLAY_MAX_CHARS, verifyReplay, verifyShipped } from '../replay/index';
import type { ScenarioInput, VerifyResult } from '../replay/index';
import { workshopMatches, worldFor } from '../workshop/apply';
import type { CommandHelp, Options } from './args';
import { callerPath } from './paths';
import { parseArgs, str } from './args';
import { escapeForTerminal } from '../engine/index';
import { CliError, readScenario, scenarioIds } from './scenarios';
import { usd } from '../workshop/html';

export const usage = `verify     FILE_OR_CODE [--json] [--scenario ID|FILE] [--out FILE] [--code]
             replays a replay file, share code or #replay= link (FILE "-" reads stdin); exit 0 when
             every quarter matches, 1 when it diverges, 2 when it cannot be read or is refused;
             --out writes the verified replay file (e.g. from a code), --code prints its share code`;

const options: Options = {
  json: { help: 'print one JSON object: status, result, or where it diverges' },
  scenario: { value: 'ID|FILE', help: "replay against this scenario instead of the shipped one of the run's id" },
  out: { value: 'FILE', help: 'write the verified replay file (e.g. from a share code)' },
  code: { help: 'print the verified run as a share code' },
};

export const help: CommandHelp = {
  usage: ['verify FILE_OR_CODE [--json] [--scenario ID|FILE] [--out FILE] [--code]'],
  about: [
    "Replays a replay file, a share code (AIS2.…) or a #replay= link and checks every quarter's",
    'hash link and the claimed result. FILE "-" reads standard input.',
  ],
  options,
  notes: ['exit 0: every quarter matches; 1: it diverges (the first quarter is named); 2: it cannot be read or is refused'],
};

function readInput(given: string): string {
  if (given === '-') return readFileSync(0, 'utf8');
  const arg = callerPath(given);
  if (existsSync(arg) && statSync(arg).isFile()) {
    // Bytes can exceed characters; four bytes per character bounds any UTF-8 text under the cap.
    if (statSync(arg).size > REPLAY_MAX_CHARS * 4)
      throw new Unreadable(`${arg} is ${statSync(arg).size} bytes: far larger than any replay`);
    return readFileSync(arg, 'utf8');
  }
  if (/AIS\d{1,6}\.|#replay=/.test(given)) return given;
  throw new Unreadable(`no such file: ${arg} (and it is not a share code or replay link)`);
}

class Unreadable extends Error {}

export function run(argv: string[], print: (s: string) => void): number {
  const a = parseArgs(argv, options);
  if (a.positional.length !== 1) throw new CliError('verify takes one FILE_OR_CODE', 2);
  const json = a.flags.json === true;
  const fail = (status: 'unreadable' | 'refused', message: string, field = ''): number => {
    if (json) print(JSON.stringify({ status, ok: false, message, field }));
    else console.error(escapeForTerminal(`cannot verify: ${message}`));
    return 2;
  };
  let text: string;
  try {
    text = readInput(a.positional[0]!);
  } catch (e) {
    if (e instanceof Unreadable) return fail('unreadable', e.message);
    throw e;
  }
  const read = readReplayInput(text);
  if (!read.ok) return fail('unreadable', read.error.message, read.error.field);
  const claim = read.claim;
  const scArg = str(a, 'scenario');
  let v: VerifyResult;
  // The scenario file the run's world derives from: a workshop is named only if its code matches it.
  let file: { scenario: import('../engine/index').Scenario; hash: string } | null = null;
  if (scArg) {
    const { scenario, hash } = readScenario(scArg);
    file = { scenario, hash };
    v = verifyReplay(claim, worldFor(claim.meta.workshop, scenario, hash));
  } else {
    // Only the claim's own scenario is loaded; the others are named if it is missing.
    const id = claim.scenario.id;
    const shipped: Record<string, ScenarioInput> = {};
    for (const known of scenarioIds()) shipped[known] = { text: '' };
    if (scenarioIds().includes(id)) {
      const { scenario, hash } = readScenario(id);
      file = { scenario, hash };
      // A workshop run was played in the world its code derives from the scenario (src/workshop).
      shipped[id] = worldFor(claim.meta.workshop, scenario, hash);
    }
    v = verifyShipped(claim, shipped);
  }
  if (v.status === 'refused') return fail('refused', v.problem.message, v.problem.field);
  if (v.status === 'diverged') {
    const d = v.divergence;
    if (json)
      print(
        JSON.stringify({
          status: 'diverged',
          ok: false,
          kind: read.kind,
          quarter: d.quarter + 1,
          what: d.what,
          message: v.problem.message,
          field: v.problem.field,
          differences: d.differences ?? [],
        }),
      );
    else print(`DIVERGES: ${v.problem.message}`);
    return 1;
  }
  const r = v.replay.result;
  const m = v.replay.meta;
  const ws = m.workshop === undefined || !file ? null : workshopMatches(m.workshop, v.replay.seed, file.scenario, file.hash);
  const outArg = str(a, 'out');
  const out = outArg === undefined ? undefined : callerPath(outArg);
  if (out) writeFileSync(out, exportReplay(v.replay));
  const code = a.flags.code ? encodeShareCode(v.replay) : undefined;
  if (json) {
    print(
      JSON.stringify({
        status: 'verified',
        ok: true,
        kind: read.kind,
        scenario: { id: v.scenario.id, version: v.scenario.version },
        seed: v.replay.seed,
        meta: v.replay.meta,
        ...(ws ? { workshop: ws.ok ? { matches: true, code: ws.code } : { matches: false, reason: ws.reason } } : {}),
        quarters: v.replay.quarters.length,
        result: r,
        ...(code ? { code } : {}),
      }),
    );
    return 0;
  }
  const who = [
    ws && (ws.ok ? `workshop ${ws.code}` : `claims workshop ${m.workshop}, which does not match: ${ws.reason}`),
    m.team && `team ${m.team}`,
    m.bot && `bot ${m.bot}`,
    m.branchOf && `branch of ${m.branchOf.slice(0, 12)}… at quarter ${(m.branchQuarter ?? 0) + 1}`,
  ]
    .filter(Boolean)
    .join(', ');
  const what = read.kind === 'code' ? 'share code' : 'replay file';
  const run = `scenario ${v.scenario.id} v${v.scenario.version}, seed ${v.replay.seed}${who ? ` (${who})` : ''}`;
  print(`verified: ${what} for ${run}: all ${v.replay.quarters.length} quarters match`);
  print(
    `outcome: ${r.outcome} after ${r.quarters} quarters; cash ${usd(r.cash)}; valuation ${usd(r.valuation)}; founders own ${(r.founderBp / 100).toFixed(2)}%`,
  );
  print(`final hash: ${r.finalHash}`);
  if (out) print(`replay written to ${out}`);
  if (code) print(`share code (${code.length} characters):\n${code}`);
  return 0;
}
