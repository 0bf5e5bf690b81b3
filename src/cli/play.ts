// `sim play`: a bot plays a scenario; prints a per-quarter table (or JSON), optionally writes the replay.
import { writeFileSync } from 'node:fs';
import {
  BALANCED,
  FIXED_STRATEGIES,
  BOTS,
  BOT_NAMES,
  randomBotFor,
  STRATEGIES,
  strategyBot,
  hashState,
  playBot,
  founderBp,
  headcount,
  totalCustomers,
  valuation,
} from '../engine/index';
import type { Bot, Scenario } from '../engine/index';
import { buildReplay, exportReplay } from '../replay/format';
import { checkTeamName, workshopWorld } from '../workshop/apply';
import { decodeWorkshop } from '../workshop/code';
import type { CommandHelp, Options, Parsed } from './args';
import { parseArgs, str, wrap } from './args';
import { callerPath } from './paths';
import { CliError, readScenario, scenarioIds } from './scenarios';
import { usd } from '../workshop/html';

const pad = (s: string | number, n: number) => String(s).padStart(n);

const BOT_ABOUT: Record<string, string> = {
  random: 'a few random decisions each quarter (seeded; in a workshop each team draws its own)',
  balanced: 'a sensible all-round player: one market, security programmes, a moderate reserve',
  focused: 'cases A and B: one market, clear positioning, compliance funded, a financing plan',
  scattered: 'cases C and D: several markets, look-alike model, compliance ignored, no reserve',
};

/** Pure. What a one-rule strategy changes from the balanced bot, e.g. "marketing max". */
function strategyDiff(name: string): string {
  const st = FIXED_STRATEGIES[name]!;
  return (Object.keys(st) as (keyof typeof st)[])
    .filter((k) => st[k] !== BALANCED[k])
    .map((k) => `${k} ${String(st[k])}`)
    .join(', ');
}

const options: Options = {
  scenario: { value: 'ID|FILE', help: 'a shipped scenario (see `sim scenarios`) or a scenario file; default classic' },
  seed: { value: 'SEED', help: '1 to 64 letters, digits, "-" or "_"; default 1' },
  bot: { value: 'NAME', help: `who plays: ${BOT_NAMES.join(', ')}; default balanced` },
  strategy: { value: 'NAME', help: `instead of --bot, a one-rule strategy: ${Object.keys(FIXED_STRATEGIES).join(', ')}` },
  workshop: { value: 'CODE', help: "play a workshop's world (its scenario, seed and quarters); needs --team" },
  team: { value: 'NAME', help: 'the team name the replay carries (the name the debrief ranks)' },
  out: { value: 'FILE', help: 'write the replay file (verify it with `sim verify FILE`)' },
  json: { help: 'print one JSON line instead of the table' },
};

export const help: CommandHelp = {
  usage: [
    'play [--scenario ID|FILE] [--seed SEED] [--bot NAME | --strategy NAME] [--out FILE] [--json]',
    'play --workshop CODE --team NAME [--bot NAME | --strategy NAME] [--out FILE] [--json]',
  ],
  about: ['A bot plays a scenario to the end; prints a table per quarter, the outcome and the final hash.'],
  options,
  notes: [
    'bots:',
    ...BOT_NAMES.map((b) => `  ${b.padEnd(14)}${BOT_ABOUT[b] ?? ''}`),
    'strategies (the balanced bot with one decision pushed to an extreme):',
    ...Object.keys(FIXED_STRATEGIES).flatMap((n) => {
      const w = wrap(strategyDiff(n), 16);
      return [`  ${n.padEnd(14)}${w[0]!.trimStart()}`, ...w.slice(1)];
    }),
    '',
    'example: npm run -s sim -- play --workshop CODE --team "Red team" --bot random --out red.json',
  ],
};

/** The player --bot or --strategy names, and the name the replay records. */
function player(a: Parsed, team: string | undefined, workshop: string | undefined): { name: string; bot: Bot; label: string } {
  const strategy = str(a, 'strategy');
  const botName = str(a, 'bot');
  if (strategy !== undefined) {
    if (botName !== undefined) throw new CliError('give either --bot or --strategy, not both', 2);
    if (!FIXED_STRATEGIES[strategy])
      throw new CliError(
        `unknown strategy "${strategy}"; strategies: ${Object.keys(FIXED_STRATEGIES).join(', ')} (bots go with --bot: ${BOT_NAMES.join(', ')})`,
        2,
      );
    return { name: strategy, bot: strategyBot(STRATEGIES[strategy]!), label: `strategy ${strategy}` };
  }
  const name = botName ?? 'balanced';
  if (!BOTS[name])
    throw new CliError(
      `unknown bot "${name}"; bots: ${BOT_NAMES.join(', ')}` +
        (FIXED_STRATEGIES[name] ? ` (${name} is a strategy: use --strategy ${name})` : ''),
      2,
    );
  // In a workshop every team shares the seed; the random bot then draws from the team's own stream.
  const bot = name === 'random' && workshop && team ? randomBotFor(team) : BOTS[name]!;
  return { name, bot, label: `bot ${name}` };
}

export function playCommand(argv: string[], print: (s: string) => void): number {
  const a = parseArgs(argv, options);
  if (a.positional.length) throw new CliError(`unexpected argument ${a.positional[0]}`, 2);
  const { scenario, hash, seed, workshop, team } = world(a);
  const { name: botName, bot, label } = player(a, team, workshop);
  const run = playBot(scenario, seed, bot);
  const s = run.state;
  const last = s.history[s.history.length - 1];
  const finalValuation = last ? last.valuation : valuation(s, scenario, 0);
  const finalHash = hashState(s);
  if (!a.flags.json) {
    print(`${scenario.title.en} — seed ${seed}, ${label}` + (workshop ? `, workshop ${workshop}, team ${team}` : ''));
    print(`${pad('Q', 3)} ${pad('cash', 14)} ${pad('revenue', 12)} ${pad('customers', 9)} ${pad('staff', 5)}  events`);
    for (const k of s.history) {
      let c = 0;
      for (const m of Object.keys(k.customers)) c += k.customers[m]!;
      print(
        `${pad(k.quarter + 1, 3)} ${pad(usd(k.cash), 14)} ${pad(usd(k.revenue), 12)} ${pad(c, 9)} ${pad(k.headcount, 5)}  ${k.fired.join(', ')}`,
      );
    }
    const facts = [
      `cash ${usd(s.cash)}`,
      `valuation ${usd(finalValuation)}`,
      `founders own ${(founderBp(s) / 100).toFixed(2)}%`,
      `staff ${headcount(s)}`,
      `customers ${totalCustomers(s)}`,
    ];
    print(`outcome: ${s.status} after ${s.quarter} quarters; ${facts.join('; ')}`);
    print(`final hash: ${finalHash}`);
  }
  const outArg = str(a, 'out');
  const out = outArg === undefined ? undefined : callerPath(outArg);
  if (out) {
    const meta: { bot: string; workshop?: string; team?: string } = { bot: botName };
    if (workshop) meta.workshop = workshop;
    if (team) meta.team = team;
    const replay = buildReplay(
      { scenario: { id: scenario.id, version: scenario.version, hash }, seed, meta },
      run.log,
      run.hashes,
      s,
      finalValuation,
    );
    writeFileSync(out, exportReplay(replay));
    if (!a.flags.json) print(`replay written to ${out}`);
  }
  if (a.flags.json) {
    print(
      JSON.stringify({
        scenario: scenario.id,
        seed,
        bot: botName,
        ...(str(a, 'strategy') ? { strategy: botName } : {}),
        quarters: s.quarter,
        outcome: s.status,
        finalHash,
        cash: s.cash,
        valuation: finalValuation,
        founderOwnership: founderBp(s) / 10000,
        founderBp: founderBp(s),
        revenue: last ? last.revenue : 0,
        customers: totalCustomers(s),
        headcount: headcount(s),
      }),
    );
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
  if (given !== undefined && given !== s.seed)
    throw new CliError(`--seed ${given} conflicts with the workshop's seed ${s.seed}; leave --seed out`, 2);
  const sid = str(a, 'scenario');
  if (sid !== undefined && sid !== s.scenarioId)
    throw new CliError(`--scenario ${sid} conflicts with the workshop's scenario ${s.scenarioId}; leave --scenario out`, 2);
  if (!scenarioIds().includes(s.scenarioId))
    throw new CliError(`the workshop uses scenario "${s.scenarioId}", which is not in scenarios/ (known: ${scenarioIds().join(', ')})`, 1);
  const file = readScenario(s.scenarioId);
  const w = workshopWorld(s, file.scenario, file.hash);
  if (!w.ok) throw new CliError(w.problem.message, 1);
  return { scenario: w.scenario, hash: w.hash, seed: s.seed, workshop: d.code, team: team.team };
}
