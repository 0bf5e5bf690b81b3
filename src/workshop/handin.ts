// Hand-in rules that make a class's files hard to get wrong: how team names compare, what a
// team's exported file is called, and the team a damaged file names in its first bytes. Pure.
import { canonicalJson } from '../engine/index';

/** Pure. The key two team names collide on: Unicode compatibility forms (full-width letters and
 *  spaces), case and spacing do not make another team. NFKC, trim, runs of spaces made one, then a
 *  locale-free case fold (upper then lower, so "ß" and "SS" agree). */
export function teamKey(team: string): string {
  return team.normalize('NFKC').trim().replace(/\s+/gu, ' ').toUpperCase().toLowerCase();
}

/** Pure. The name among `known` (e.g. the saves of this workshop in this browser) that is the same
 *  team as `name` but spelled differently, or null: "Team 1" and "team  1" are one team. */
export function nearDuplicate(name: string, known: readonly string[]): string | null {
  const k = teamKey(name);
  for (const x of known) if (x !== name && teamKey(x) === k) return x;
  return null;
}

/** File names stay short and portable: letters and digits of any script, the rest made "-". */
const NAME_MAX = 40;

/** Pure. A file-name-safe version of a team name (letters and digits of any script; anything else,
 *  including quotes, slashes, emoji and bidi controls, becomes "-"); "team" when nothing is left. */
export function safeFilePart(text: string): string {
  const s = text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const cut = [...s].slice(0, NAME_MAX).join('').replace(/-+$/, '');
  return cut === '' ? 'team' : cut;
}

/** Pure. The name of an exported run: team and quarter first (a class's 60 hand-ins neither collide
 *  nor hide who they are), then scenario and seed. Quarter = quarters closed, two digits. */
export function runFileName(o: {
  team?: string | undefined;
  workshop?: string | undefined;
  scenarioId: string;
  seed: string;
  quarters: number;
}): string {
  const q = 'q' + String(o.quarters).padStart(2, '0');
  const tail = `${safeFilePart(o.scenarioId)}-seed${safeFilePart(o.seed)}`;
  if (o.team) return `${safeFilePart(o.team)}-${q}-${tail}.replay.json`;
  return `ai-startup-sim-${tail}-${q}.replay.json`;
}

/** Pure; never throws. The team a replay file names, read from its first bytes with no JSON parse:
 *  a file cut short (a failed download, a truncated copy) still shows whose it was. Exported files
 *  are canonical (keys sorted), so `"team":"..."` sits in the first few hundred characters. */
export function teamFromPrefix(text: string): string | null {
  const head = text.slice(0, 2000);
  // eslint-disable-next-line no-control-regex -- a JSON string may not hold raw U+0000..U+001F, so the range is the point
  const m = /"team"\s*:\s*"((?:[^"\\\u0000-\u001f]|\\.){1,200})"/.exec(head);
  if (!m) return null;
  try {
    const v: unknown = JSON.parse(`"${m[1]}"`);
    return typeof v === 'string' && v.trim() !== '' ? v : null;
  } catch {
    return null;
  }
}

/** Pure. Whether the decision log `later` extends `earlier` (every quarter `earlier` closed was
 *  decided the same way in `later`): a team's export at a pause and its export at the end. Compared
 *  on decisions, not hash links, because a link also covers the team name's exact spelling. */
export function extendsLog(later: readonly (readonly unknown[])[], earlier: readonly (readonly unknown[])[]): boolean {
  if (earlier.length > later.length) return false;
  for (let q = 0; q < earlier.length; q++) if (canonicalJson(earlier[q]) !== canonicalJson(later[q])) return false;
  return true;
}
