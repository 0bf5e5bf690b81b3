// Verification: refuse a replay made under other rules (format, engine or scenario version, or a
// scenario whose hash differs), else replay it quarter by quarter, stopping at the first link that
// does not match, then check the claimed result. Pure; the browser calls it on import.
import type { Action, Check, Scenario, State } from '../engine/index';
import { collectChecks, ENGINE_VERSION, canonicalJson, StateHasher, loadScenario, initialState, step } from '../engine/index';
import { both, resultDifferencesDetail, scenarioProblemLine } from '../i18n/details';
import type { Replay, ReplayClaim, ReplayHeader } from './format';
import { genesisLink, nextLinkOfJson, REPLAY_FORMAT, REPLAY_FORMAT_VERSION, resultOf } from './format';
import type { ReplayProblem } from './problems';
import { problem, versionProblem } from './problems';

/** The scenario to verify against: its text (hashed here), or an already loaded one with its hash. */
export type ScenarioInput = { text: string } | { scenario: Scenario; hash: string };

/** `quarter` is 0-based (the viewer's index); messages name it 1-based, as players count. */
export interface Divergence {
  quarter: number;
  what: 'header' | 'decisionRefused' | 'afterGameOver' | 'link' | 'result';
  /** decisionRefused: the decision's index in the quarter and the rules' rejection code. */
  index?: number;
  reason?: string;
  /** result: each claimed field that differs from the replayed one. */
  differences?: { field: string; claimed: string | number; actual: string | number }[];
}

export type VerifyResult =
  | { status: 'verified'; replay: Replay; hashes: string[]; scenario: Scenario; final: State; checks: Check[][] }
  | { status: 'refused'; problem: ReplayProblem }
  | { status: 'diverged'; problem: ReplayProblem; divergence: Divergence };

const refused = (p: ReplayProblem): VerifyResult => ({ status: 'refused', problem: p });
const diverged = (p: ReplayProblem, d: Divergence): VerifyResult => ({ status: 'diverged', problem: p, divergence: d });

/** Pure. The scenario behind a claim, or why this build cannot replay it under the same rules. */
export function checkHeader(
  claim: ReplayClaim,
  input: ScenarioInput,
): { ok: true; scenario: Scenario; header: ReplayHeader } | { ok: false; problem: ReplayProblem } {
  if (claim.format !== REPLAY_FORMAT) return { ok: false, problem: problem('notReplay', '$.format', { expected: REPLAY_FORMAT }) };
  if (claim.formatVersion !== REPLAY_FORMAT_VERSION)
    return { ok: false, problem: versionProblem('replay', '$.formatVersion', claim.formatVersion, REPLAY_FORMAT_VERSION) };
  if (claim.engineVersion !== ENGINE_VERSION)
    return { ok: false, problem: problem('engineVersion', '$.engineVersion', { found: claim.engineVersion, current: ENGINE_VERSION }) };
  let sc: Scenario;
  let hash: string;
  if ('text' in input) {
    const l = loadScenario(input.text);
    if (!l.ok)
      return {
        ok: false,
        problem: problem(
          'scenarioInvalid',
          '',
          {},
          both((lang) =>
            l.problems
              .slice(0, 3)
              .map((p) => scenarioProblemLine(p, lang))
              .join(lang === 'zh' ? '；' : '; '),
          ),
        ),
      };
    sc = l.scenario;
    hash = l.hash;
  } else {
    sc = input.scenario;
    hash = input.hash;
  }
  const c = claim.scenario;
  if (c.id !== sc.id) return { ok: false, problem: problem('scenarioId', '$.scenario.id', { found: c.id, current: sc.id }) };
  if (c.version !== sc.version)
    return { ok: false, problem: problem('scenarioVersion', '$.scenario.version', { id: sc.id, found: c.version, current: sc.version }) };
  if (c.hash.length < 16 || !hash.startsWith(c.hash))
    return {
      ok: false,
      problem: problem('scenarioHash', '$.scenario.hash', {
        id: sc.id,
        version: sc.version,
        found: c.hash.slice(0, 12),
        current: hash.slice(0, 12),
      }),
    };
  const header: ReplayHeader = {
    format: REPLAY_FORMAT,
    formatVersion: claim.formatVersion,
    engineVersion: claim.engineVersion,
    scenario: { id: sc.id, version: sc.version, hash },
    seed: claim.seed,
    meta: claim.meta,
  };
  return { ok: true, scenario: sc, header };
}

/** Quarters already replayed, keyed by (link before the quarter, its decisions). Sound because a
 *  link is only ever computed from a real replay and commits to the scenario, the seed and every
 *  earlier state: the same key always means the same resulting state. Verifying a class's replays,
 *  or branches of one replay, skips the shared prefixes. Entries are evicted oldest first. */
type MemoEntry = { state: State; hash: string; checks: Check[] };

export class VerifyMemo {
  private readonly m = new Map<string, MemoEntry>();
  /** Runs that share quarters share KPI objects too: one hasher resumes from the shared part. */
  readonly hasher = new StateHasher();
  constructor(readonly maxEntries = 4000) {}
  get(key: string) {
    return this.m.get(key);
  }
  set(key: string, v: MemoEntry): void {
    if (this.m.size >= this.maxEntries) this.m.delete(this.m.keys().next().value!);
    this.m.set(key, v);
  }
  get size(): number {
    return this.m.size;
  }
}

/** Pure. Verifies against the scenario of the claim's id among those this build ships (the
 *  browser's import and the CLI); an unknown id is refused, naming the ones known. */
export function verifyShipped(claim: ReplayClaim, shipped: Readonly<Record<string, ScenarioInput>>, memo?: VerifyMemo): VerifyResult {
  const input = Object.prototype.hasOwnProperty.call(shipped, claim.scenario.id) ? shipped[claim.scenario.id] : undefined;
  if (!input)
    return refused(problem('scenarioUnknown', '$.scenario.id', { id: claim.scenario.id, known: Object.keys(shipped).sort().join(', ') }));
  return verifyReplay(claim, input, memo);
}

function linkMatches(actual: string, claimed: string): boolean {
  return claimed.length >= 8 && actual.startsWith(claimed);
}

/** Pure. Never throws on a schema-valid claim. Verified: the full replay rebuilt from the run (for
 *  a share code, the file it stands for), with the state hash after every quarter, the final state
 *  and every quarter's event checks (what a debrief charts, without folding the run again). */
export function verifyReplay(claim: ReplayClaim, input: ScenarioInput, memo?: VerifyMemo): VerifyResult {
  const h = checkHeader(claim, input);
  if (!h.ok) return refused(h.problem);
  const sc = h.scenario;
  let link = genesisLink(h.header);
  if (claim.genesis !== undefined && !linkMatches(link, claim.genesis))
    return diverged(problem('headerDiffers', '$'), { quarter: 0, what: 'header' });
  let s: State = initialState(sc, claim.seed);
  const hashes: string[] = [];
  const links: string[] = [];
  const checks: Check[][] = [];
  const log: Action[][] = [];
  const hasher = memo ? memo.hasher : new StateHasher();
  for (let q = 0; q < claim.quarters.length; q++) {
    const { d, link: claimed } = claim.quarters[q]!;
    const dj = canonicalJson(d);
    const key = memo ? link + '|' + dj : '';
    const known = memo?.get(key);
    let fired: Check[] = [];
    if (known) {
      s = known.state;
      fired = known.checks;
    }
    for (let i = 0; !known && i <= d.length; i++) {
      const a: Action = i < d.length ? d[i]! : { type: 'endQuarter' };
      const r = a.type === 'endQuarter' && i < d.length ? null : step(s, a, sc);
      if (r && r.ok) {
        s = r.state;
        if (i === d.length) fired = collectChecks(r.events);
        continue;
      }
      const field = `$.quarters[${q}].d[${i}]`;
      if (r && r.rejection.code === 'gameOver')
        return diverged(problem('afterGameOver', field, { quarter: q + 1, status: s.status }), { quarter: q, what: 'afterGameOver' });
      const reason = r ? r.rejection.code : 'endQuarterInLog';
      return diverged(problem('decisionRefused', field, { quarter: q + 1, index: i + 1, type: a.type, reason }), {
        quarter: q,
        what: 'decisionRefused',
        index: i,
        reason,
      });
    }
    const sh = known ? known.hash : hasher.hash(s);
    if (memo && !known) memo.set(key, { state: s, hash: sh, checks: fired });
    link = nextLinkOfJson(link, dj, sh);
    if (!linkMatches(link, claimed)) {
      return diverged(
        problem('linkDiffers', `$.quarters[${q}].link`, { quarter: q + 1, claimed: claimed.slice(0, 12), actual: link.slice(0, 12) }),
        { quarter: q, what: 'link' },
      );
    }
    hashes.push(sh);
    links.push(link);
    checks.push(fired);
    log.push(d);
  }
  const actual = resultOf(s, sc, hashes[hashes.length - 1]);
  const differences: NonNullable<Divergence['differences']> = [];
  for (const k of ['outcome', 'quarters', 'cash', 'valuation', 'founderBp', 'finalHash'] as const) {
    const c = claim.result[k];
    if (c !== undefined && c !== actual[k]) differences.push({ field: k, claimed: c, actual: actual[k] });
  }
  if (differences.length > 0) {
    const detail = resultDifferencesDetail(differences);
    return diverged(problem('resultDiffers', '$.result', {}, detail), { quarter: claim.quarters.length, what: 'result', differences });
  }
  // The replay as buildReplay would make it from the run, with the links just computed.
  const replay: Replay = { ...h.header, quarters: log.map((d, q) => ({ d: [...d], link: links[q]! })), result: actual };
  return { status: 'verified', replay, hashes, scenario: sc, final: s, checks };
}
