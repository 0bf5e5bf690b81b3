// `sim play`: a bot plays a scenario; prints a per-quarter table (or JSON), optionally writes the replay.
import { writeFileSync } from 'node:fs';
import { BOTS, BOT_NAMES } from '../engine/bots/index';
import { hashValue } from '../engine/hash';
import { playBot } from '../engine/run';
import { founderBp, headcount, totalCustomers } from '../engine/selectors';
import { valuation } from '../engine/systems/finance';
import { buildReplay, exportReplay } from '../replay/format';
import type { Scenario } from '../engine/scenario-schema';
import { checkTeamName, workshopWorld } from '../workshop/apply';
import { decodeWorkshop } from '../workshop/code';
import type { Parsed } from './args';
import { parseArgs, str } from './args';
import { callerPath } from './paths';
import { CliError, readScenario, scenarioIds } from './scenarios';

const pad = (s: string | number, n: number) => String(s).padStart(n);
const usd = (n: number) => (n < 0 ? '-' : '') + '$' + Math.abs(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function playCommand(argv: string[], print: (s: string) => void): number {
  const a = parseArgs(argv, { scenario: true, seed: true, bot: true, json: false, out: true, workshop: true, team: true });
  const botName = str(a, 'bot') ?? 'balanced';
  if (!BOTS[botName]) throw new CliError(`unknown bot "${botName}"; bots: ${BOT_NAMES.join(', ')}`, 2);
  const { scenario, hash, seed, workshop, team } = world(a);
  const run = playBot(scenario, seed, BOTS[botName]!);
  const s = run.state;
  const last = s.history[s.history.length - 1];
  const finalValuation = last ? last.valuation : valuation(s, scenario, 0);
  const finalHash = hashValue(s);
  if (!a.flags.json) {
    print(`${scenario.title.en} — seed ${seed}, bot ${botName}` + (workshop ? `, workshop ${workshop}, team ${team}` : ''));
    print(`${pad('Q', 3)} ${pad('cash', 14)} ${pad('revenue', 12)} ${pad('customers', 9)} ${pad('staff', 5)}  events`);
    for (const k of s.history) {
      let c = 0;
      for (const m of Object.keys(k.customers)) c += k.customers[m]!;
      print(`${pad(k.quarter + 1, 3)} ${pad(usd(k.cash), 14)} ${pad(usd(k.revenue), 12)} ${pad(c, 9)} ${pad(k.headcount, 5)}  ${k.fired.join(', ')}`);
    }
    print(`outcome: ${s.status} after ${s.quarter} quarters; cash ${usd(s.cash)}; valuation ${usd(finalValuation)}; founders own ${(founderBp(s) / 100).toFixed(2)}%; staff ${headcount(s)}; customers ${totalCustomers(s)}`);
    print(`final hash: ${finalHash}`);
  }
  const outArg = str(a, 'out');
  const out = outArg === undefined ? undefined : callerPath(outArg);
  if (out) {
    const meta: { bot: string; workshop?: string; team?: string } = { bot: botName };
    if (workshop) meta.workshop = workshop;
    if (team) meta.team = team;
    const replay = buildReplay({ scenario: { id: scenario.id, version: scenario.version, hash }, seed, meta }, run.log, run.hashes, s, finalValuation);
    writeFileSync(out, exportReplay(replay));
    if (!a.flags.json) print(`replay written to ${out}`);
  }
  if (a.flags.json) {
    print(JSON.stringify({ scenario: scenario.id, seed, bot: botName, quarters: s.quarter, outcome: s.status, finalHash, cash: s.cash, valuation: finalValuation, founderOwnership: founderBp(s) / 10000, founderBp: founderBp(s), revenue: last ? last.revenue : 0, customers: totalCustomers(s), headcount: headcount(s) }));
  }
  return 0;
}

/** The world a run plays: a scenario and seed, or (with --workshop CODE --team NAME) the workshop's
 *  derived scenario and seed, with the canonical code and the tidied team name for the replay. */
function world(a: Parsed): { scenario: Scenario; hash: string; seed: string; workshop?: string; team?: string } {
  const code = str(a, 'workshop');
  const teamArg = str(a, 'team');
  if (code === undefined) {
    const seed = str(a, 'seed') ?? '1';
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(seed)) throw new CliError('--seed takes 1 to 64 letters, digits, "-" or "_"', 2);
    const team = teamArg === undefined ? undefined : checkTeamName(teamArg);
    if (team && !team.ok) throw new CliError(`--team: ${team.problem.message}`, 2);
    return { ...readScenario(str(a, 'scenario') ?? 'classic'), seed, team: team?.team };
  }
  const d = decodeWorkshop(code);
  if (!d.ok) throw new CliError(`--workshop: ${d.problem.message}`, 2);
  const s = d.settings;
  if (teamArg === undefined) throw new CliError('--workshop needs --team NAME (the name the debrief ranks)', 2);
  const team = checkTeamName(teamArg);
  if (!team.ok) throw new CliError(`--team: ${team.problem.message}`, 2);
  const given = str(a, 'seed');
  if (given !== undefined && given !== s.seed) throw new CliError(`--seed ${given} conflicts with the workshop's seed ${s.seed}; leave --seed out`, 2);
  const sid = str(a, 'scenario');
  if (sid !== undefined && sid !== s.scenarioId) throw new CliError(`--scenario ${sid} conflicts with the workshop's scenario ${s.scenarioId}; leave --scenario out`, 2);
  if (!scenarioIds().includes(s.scenarioId)) throw new CliError(`the workshop uses scenario "${s.scenarioId}", which is not in scenarios/ (known: ${scenarioIds().join(', ')})`, 1);
  const file = readScenario(s.scenarioId);
  const w = workshopWorld(s, file.scenario, file.hash);
  if (!w.ok) throw new CliError(w.problem.message, 1);
  return { scenario: w.scenario, hash: w.hash, seed: s.seed, workshop: d.code, team: team.team };
}
