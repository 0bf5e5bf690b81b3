// Opening a replay for the viewer: read whatever was given (file text, share code, link), find the
// world it was played in (a shipped or loaded scenario, or a workshop's derived world), verify it
// quarter by quarter, and say the verdict in the player's language. Nothing here trusts the input.
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import type { Replay, ReplayClaim, Divergence, ReplayProblem, ScenarioInput } from '../../replay/index';
import { describeProblem, readReplayInput, verifyReplay, verifyShipped } from '../../replay/index';
import type { Catalog, CatalogEntry } from '../title/catalog';
import { h } from '../shared/dom';
import { resolveWorkshop } from '../workshop/join-page';

/** A verified run and the world it replays in. `hashes[q]` is the state hash after quarter q+1. */
export interface VerifiedRun {
  entry: CatalogEntry;
  replay: Replay;
  hashes: string[];
}

export type Verdict =
  | { status: 'verified'; run: VerifiedRun }
  | { status: 'refused'; problem: ReplayProblem }
  | { status: 'diverged'; problem: ReplayProblem; divergence: Divergence; matching?: VerifiedRun };

/** The quarters of a diverging claim that do match, verified on their own (the claimed result set
 *  aside): what an instructor can still watch. Null when nothing before the divergence matches. */
function matchingPart(claim: ReplayClaim, entry: CatalogEntry, d: Divergence): VerifiedRun | null {
  if (d.what === 'header' || d.quarter < 1) return null;
  const part: ReplayClaim = { ...claim, quarters: claim.quarters.slice(0, d.quarter), result: { ...claim.result } };
  // Only the links are claimed for the part; its result is whatever the rules give.
  for (const k of ['outcome', 'quarters', 'cash', 'valuation', 'founderBp', 'finalHash'] as const)
    delete (part.result as Partial<ReplayClaim['result']>)[k];
  const v = verifyReplay(part, { scenario: entry.scenario, hash: entry.hash });
  return v.status === 'verified' ? { entry, replay: v.replay, hashes: v.hashes } : null;
}

/** The world a claim names: one whose id and hash prefix match, among the scenarios of this visit
 *  and, for a workshop run, the world its workshop code derives. */
function worldFor(claim: ReplayClaim, catalog: Catalog, lang: Lang): CatalogEntry | null {
  const c = claim.scenario;
  const match = (e: CatalogEntry) => e.id === c.id && c.hash.length >= 16 && e.hash.startsWith(c.hash);
  const known = catalog.entries.find(match) ?? catalog.worlds.find(match);
  if (known) return known;
  if (claim.meta.workshop) {
    const r = resolveWorkshop(claim.meta.workshop, { lang: () => lang, setLang: () => {}, catalog, toTitle: () => {} });
    if (r.ok && match(r.entry)) return r.entry;
  }
  return null;
}

/** Pure apart from reading the catalog. Never throws. `world`: verify in this world only (the
 *  workshop debrief passes the world its teams played). */
export function verifyText(lang: Lang, catalog: Catalog, text: string, world?: CatalogEntry): Verdict {
  const r = readReplayInput(text);
  if (!r.ok) return { status: 'refused', problem: r.error };
  const entry = world ?? worldFor(r.claim, catalog, lang);
  let v;
  if (entry) v = verifyReplay(r.claim, { scenario: entry.scenario, hash: entry.hash });
  else {
    // No world matches: the shipped scenario of that id (if any) names both versions in the refusal.
    const shipped: Record<string, ScenarioInput> = {};
    for (const e of catalog.entries) if (!e.customText) shipped[e.id] = { scenario: e.scenario, hash: e.hash };
    v = verifyShipped(r.claim, shipped);
  }
  if (v.status === 'verified') {
    const found = entry ?? catalog.entries.find((e) => e.id === v.scenario.id && !e.customText)!;
    return { status: 'verified', run: { entry: found, replay: v.replay, hashes: v.hashes } };
  }
  if (v.status === 'refused') return { status: 'refused', problem: v.problem };
  const matching = entry ? matchingPart(r.claim, entry, v.divergence) : null;
  return matching
    ? { status: 'diverged', problem: v.problem, divergence: v.divergence, matching }
    : { status: 'diverged', problem: v.problem, divergence: v.divergence };
}

/** The verdict headline in words (never colour alone: ✓ / ✗ and a sentence). */
export function verdictTitle(lang: Lang, v: Verdict): string {
  if (v.status === 'verified') {
    const n = v.run.replay.quarters.length;
    return n === 0 ? t(lang, 'rv.verifiedNone') : t(lang, 'rv.verified', { n });
  }
  if (v.status === 'refused') return t(lang, 'rv.refusedTitle');
  const d = v.divergence;
  if (d.what === 'result') return t(lang, 'rv.divergedResult');
  if (d.what === 'header') return t(lang, 'rv.divergedHeader');
  return t(lang, 'rv.divergedTitle', { q: d.quarter + 1 });
}

/** The verdict as a block: headline, the reason naming the field, and what differs; `watch` opens
 *  the quarters that match of a diverging replay. */
export function verdictView(lang: Lang, v: Verdict, watch?: (run: VerifiedRun) => void): HTMLElement {
  const el = h(
    'div',
    { class: `verdict ${v.status}`, id: 'replay-verdict', role: v.status === 'verified' ? 'status' : 'alert', 'data-status': v.status },
    h('p', { class: 'verdict-title' }, verdictTitle(lang, v)),
  );
  if (v.status === 'verified') return el;
  el.append(h('p', { class: 'verdict-why' }, describeProblem(v.problem, lang)));
  if (v.status === 'diverged') {
    const diffs = v.divergence.differences ?? [];
    if (diffs.length)
      el.append(
        h(
          'ul',
          {},
          diffs.map((d) => h('li', {}, t(lang, 'rv.difference', { field: d.field, claimed: String(d.claimed), actual: String(d.actual) }))),
        ),
      );
    if (v.divergence.what !== 'header') el.append(h('p', { class: 'muted small' }, t(lang, 'rv.divergedHelp')));
    const m = v.matching;
    if (m && watch)
      el.append(
        h(
          'button',
          { type: 'button', id: 'replay-watch-matching', onclick: () => watch(m) },
          t(lang, 'rv.watchMatching', { n: m.replay.quarters.length }),
        ),
      );
  }
  if (v.problem.field) el.setAttribute('data-field', v.problem.field);
  return el;
}
