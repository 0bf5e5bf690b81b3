// A workshop as a pure transformation of its scenario: fewer quarters, other unlocked groups. The
// derived scenario is what every team plays; its hash is what their replays name.
import { hashValue, GROUPS, TEXT_MAX, textFault } from '../engine/index';
import type { Scenario } from '../engine/index';
import type { WorkshopSettings } from './code';
import { decodeWorkshop, HASH_PREFIX_HEX } from './code';
import type { WorkshopProblem } from './texts';
import { workshopProblem } from './texts';

export type WorkshopWorld = { ok: true; scenario: Scenario; hash: string } | { ok: false; problem: WorkshopProblem };

/** Pure. The scenario the teams play. Settings that change nothing give back the same scenario
 *  (same hash), so a workshop of a scenario "as shipped" verifies like any ordinary replay. */
export function applyWorkshop(scenario: Scenario, s: WorkshopSettings): Scenario {
  const sameGroups = s.groups.length === scenario.unlocked.length && s.groups.every((g) => scenario.unlocked.includes(g));
  if (sameGroups && scenario.quarters.v === s.quarters) return scenario;
  return {
    ...scenario,
    quarters: scenario.quarters.v === s.quarters ? scenario.quarters : { ...scenario.quarters, v: s.quarters },
    unlocked: sameGroups ? scenario.unlocked : GROUPS.filter((g) => s.groups.includes(g)),
  };
}

/** Pure. Checks that a loaded scenario file is the one the code names, then derives the world. */
export function workshopWorld(s: WorkshopSettings, scenario: Scenario, fileHash: string): WorkshopWorld {
  if (scenario.id !== s.scenarioId)
    return { ok: false, problem: workshopProblem('scenarioOther', 'scenario', { id: s.scenarioId, given: scenario.id }) };
  if (fileHash.slice(0, HASH_PREFIX_HEX) !== s.scenarioHash) {
    return {
      ok: false,
      problem: workshopProblem('scenarioVersion', 'scenario', {
        id: s.scenarioId,
        found: fileHash.slice(0, HASH_PREFIX_HEX),
        expected: s.scenarioHash,
      }),
    };
  }
  if (s.quarters > scenario.quarters.v)
    return {
      ok: false,
      problem: workshopProblem('quartersOver', 'quarters', { quarters: s.quarters, id: s.scenarioId, max: scenario.quarters.v }),
    };
  const derived = applyWorkshop(scenario, s);
  return { ok: true, scenario: derived, hash: derived === scenario ? fileHash : hashValue(derived) };
}

/** The one team-name limit of every format (engine/user-text.ts): replay file, share code, save. */
export const TEAM_MAX = TEXT_MAX.team;

/** Pure. A team name as typed, tidied (outer spaces trimmed, runs of spaces made one), or why not. */
export function checkTeamName(name: string): { ok: true; team: string } | { ok: false; problem: WorkshopProblem } {
  const fault = textFault(name);
  if (fault) {
    const code = fault.kind === 'control' ? 'teamBadChars' : fault.kind === 'bidi' ? 'teamBidi' : 'teamBrokenChar';
    return { ok: false, problem: workshopProblem(code, 'team', { char: fault.codePoint, position: fault.index + 1 }) };
  }
  const team = name.trim().replace(/\s+/g, ' ');
  if (team === '') return { ok: false, problem: workshopProblem('teamEmpty', 'team', {}) };
  if (team.length > TEAM_MAX) return { ok: false, problem: workshopProblem('teamTooLong', 'team', { max: TEAM_MAX }) };
  return { ok: true, team };
}

export { teamKey } from './handin';

/** Pure. The world a replay was played in: for a run carrying a workshop code of this scenario,
 *  the derived world; otherwise (no code, another scenario, a bad code) the scenario as given, so
 *  verification then refuses or passes exactly as it would without workshops. */
export function worldFor(workshopCode: string | undefined, scenario: Scenario, fileHash: string): { scenario: Scenario; hash: string } {
  if (workshopCode === undefined) return { scenario, hash: fileHash };
  const d = decodeWorkshop(workshopCode);
  if (!d.ok) return { scenario, hash: fileHash };
  const w = workshopWorld(d.settings, scenario, fileHash);
  return w.ok ? { scenario: w.scenario, hash: w.hash } : { scenario, hash: fileHash };
}

/** Pure. Whether a run's claimed workshop code is the world it was verified in: the code reads, names
 *  this scenario (file and version) and the run's own seed. A run re-chained under another workshop's
 *  code, or another seed, is not that workshop's: the reason says why (English, for the CLI). */
export function workshopMatches(
  workshopCode: string,
  seed: string,
  scenario: Scenario,
  fileHash: string,
): { ok: true; code: string } | { ok: false; reason: string } {
  const d = decodeWorkshop(workshopCode);
  if (!d.ok) return { ok: false, reason: d.problem.message };
  if (d.settings.seed !== seed) return { ok: false, reason: `the code's seed is "${d.settings.seed}", the run's "${seed}"` };
  const w = workshopWorld(d.settings, scenario, fileHash);
  return w.ok ? { ok: true, code: d.code } : { ok: false, reason: w.problem.message };
}
