// Cross-reference checks of a scenario, run over the raw parsed JSON so they report even when the
// file also has type errors (zod's refinements run only once every type is right): unknown markets,
// sections the seed does not have, sources that cite nothing, min above max, duplicate ids.
import { scenarioProblemMessage } from '../../formats/scenario-messages';
import type { ProblemSays, ScenarioProblemCode } from '../../formats/scenario-messages';
import { ROUND_KINDS, SCALES } from '../ids';
import { citationsIn, isSeedSection, SEED_SECTIONS as SECTION_NAMES, sourceIsCited } from '../seed-sections';

export interface RawIssue {
  path: (string | number)[];
  message: string;
  found?: unknown;
  expected?: string;
  /** The code and parameters of `message`, for its text in another language. */
  says?: ProblemSays;
}

/** The message of a problem said by code, with the code and parameters behind it. */
function said(code: ScenarioProblemCode, params: Record<string, string | number> = {}): Pick<RawIssue, 'message' | 'says'> {
  const says: ProblemSays = { code, params };
  return { message: scenarioProblemMessage(says), says };
}

type Obj = Record<string, unknown>;
const obj = (x: unknown): Obj | null => (x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Obj) : null);
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const num = (x: unknown): number | null => {
  const o = obj(x);
  return o && typeof o.v === 'number' ? o.v : null;
};
const SECTION_FORMAT = /^(§\d+(\.\d+)*|appendix [A-Z]|design)$/;

/** Pure. Edit distance (insert, delete, substitute), for "did you mean". */
function editDistance(a: string, b: string): number {
  const d: number[] = [];
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length]!;
}

/** Pure. The option closest to `word` (case-insensitive), if it is close enough to be a typo. */
export function closest(word: string, options: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Math.max(2, Math.min(3, word.length >> 1)) + 1;
  for (const o of options) {
    const d = editDistance(word.toLowerCase(), o.toLowerCase());
    if (d < bestD || (d === bestD && best !== null && o < best)) {
      best = o;
      bestD = d;
    }
  }
  return best;
}

// Problems past this many are only counted by the loader, so searching near misses for them is waste
// (a hostile file near the size cap can carry 50,000 bad citations).
const EXPLAINED = 101;

const didYouMean = (out: readonly RawIssue[], word: string, options: readonly string[]): string | null =>
  out.length >= EXPLAINED ? null : closest(word, options);

function checkMarketRefs(list: unknown, path: (string | number)[], markets: string[], out: RawIssue[]): void {
  const seen = new Set<string>();
  arr(list).forEach((m, i) => {
    if (typeof m !== 'string') return;
    const near = markets.includes(m) ? null : didYouMean(out, m, markets);
    if (!markets.includes(m))
      out.push({
        path: [...path, i],
        ...(near ? said('unknownMarketNear', { market: m, near }) : said('unknownMarket', { market: m })),
        found: m,
        expected: `one of the markets defined under $.markets: ${markets.join(', ')}`,
      });
    else if (seen.has(m)) out.push({ path: [...path, i], ...said('marketTwice', { name: m }), found: m, expected: 'each market once' });
    seen.add(m);
  });
}

function checkDuplicates(list: unknown, path: (string | number)[], what: 'programme' | 'group', out: RawIssue[]): void {
  const seen = new Set<string>();
  arr(list).forEach((x, i) => {
    if (typeof x !== 'string') return;
    if (seen.has(x)) out.push({ path: [...path, i], ...said(`${what}Twice`, { name: x }), found: x, expected: `each ${what} once` });
    seen.add(x);
  });
}

function checkRange(o: Obj | null, lo: string, hi: string, path: (string | number)[], out: RawIssue[]): void {
  if (!o) return;
  const a = num(o[lo]);
  const b = num(o[hi]);
  if (a !== null && b !== null && a > b)
    out.push({ path: [...path, lo, 'v'], ...said('rangeInverted', { lo, a, hi, b }), found: a, expected: `${lo} at most ${hi} (${b})` });
}

const NEEDS_WHEN: Record<string, string> = { closeRound: 'roundPending', awardGrant: 'grantPending' };

function checkEvents(events: unknown, markets: string[], out: RawIssue[]): void {
  const ids = new Set<string>();
  arr(events).forEach((raw, i) => {
    const e = obj(raw);
    if (!e) return;
    const at = ['events', i];
    if (typeof e.id === 'string') {
      if (ids.has(e.id))
        out.push({ path: [...at, 'id'], ...said('eventIdTwice', { id: e.id }), found: e.id, expected: 'each event with its own id' });
      ids.add(e.id);
    }
    checkRange(e, 'min', 'max', at, out);
    if (e.markets !== undefined) checkMarketRefs(e.markets, [...at, 'markets'], markets, out);
    const factors = new Set<string>();
    arr(e.factors).forEach((f, j) => {
      const name = obj(f)?.factor;
      if (typeof name !== 'string') return;
      if (factors.has(name))
        out.push({
          path: [...at, 'factors', j, 'factor'],
          ...said('factorTwice', { name }),
          found: name,
          expected: 'each factor once per event (add the two effects together)',
        });
      factors.add(name);
    });
    arr(e.effects).forEach((f, j) => {
      const x = obj(f);
      if (!x || typeof x.kind !== 'string' || typeof e.when !== 'string') return;
      const need = x.kind === 'formPartnership' && x.partner === 'requested' ? 'partnerPending' : NEEDS_WHEN[x.kind];
      if (need && e.when !== need)
        out.push({
          path: [...at, 'when'],
          ...said('effectNeedsWhen', { kind: x.kind, index: j, when: e.when }),
          found: e.when,
          expected: `"${need}"`,
        });
    });
  });
}

function checkModels(models: unknown, out: RawIssue[]): void {
  const m = obj(models);
  if (!m) return;
  for (const key of ['qualityCap', 'computeNeed', 'dataNeed']) {
    for (let i = 1; i < SCALES.length; i++) {
      const a = num(obj(m[SCALES[i - 1]!])?.[key]);
      const b = num(obj(m[SCALES[i]!])?.[key]);
      if (a !== null && b !== null && a > b)
        out.push({
          path: ['models', SCALES[i]!, key, 'v'],
          ...said('modelOrder', { key, scale: SCALES[i]!, b, smaller: SCALES[i - 1]!, a }),
          found: b,
          expected: `at least ${a}: a larger model never needs or reaches less (§1.1.3)`,
        });
    }
  }
}

// The facilitator's answer key goes with the questions one by one: a count that differs means an
// answer is missing or belongs to a question that was removed.
function checkAnswers(f: Obj | null, out: RawIssue[]): void {
  if (!f || !Array.isArray(f.answers) || !Array.isArray(f.questions)) return;
  const a = f.answers.length;
  const q = f.questions.length;
  if (a !== q)
    out.push({
      path: ['facilitator', 'answers'],
      ...said('answersCount', { a, q }),
      found: a,
      expected: `one answer per question, in the questions' order (${q}), or no "answers" (a file that extends another removes its base's with "answers": {"$remove": true})`,
    });
}

// Every section field, every `source`, anywhere in the file: sections must exist in the seed.
function walkCitations(x: unknown, path: (string | number)[], out: RawIssue[]): void {
  if (Array.isArray(x)) {
    x.forEach((v, i) => walkCitations(v, [...path, i], out));
    return;
  }
  const o = obj(x);
  if (!o) return;
  for (const k of Object.keys(o)) {
    const v = o[k];
    const at = [...path, k];
    if (k === 'source' && typeof v === 'string' && v.length > 0) {
      if (!sourceIsCited(v))
        out.push({
          path: at,
          ...said('sourceUncited'),
          found: v,
          expected: 'a seed section such as "§1.4.1 company H", "design" for a design choice, or "public: ..." naming a public figure',
        });
      for (const c of citationsIn(v))
        if (!isSeedSection(c)) {
          const near = didYouMean(out, c, SECTION_NAMES);
          out.push({
            path: at,
            ...(near ? said('sourceUnknownSectionNear', { section: c, near }) : said('sourceUnknownSection', { section: c })),
            found: v,
            expected: 'a section of the seed, §1.1 to §1.21 or appendix A-C',
          });
        }
    } else if ((k === 'section' || k === 'sections' || k === 'grantSection') && (typeof v === 'string' || Array.isArray(v))) {
      const list = typeof v === 'string' ? [v] : v;
      list.forEach((s, i) => {
        if (typeof s !== 'string' || !SECTION_FORMAT.test(s) || s === 'design' || isSeedSection(s)) return;
        const near = didYouMean(out, s, SECTION_NAMES);
        out.push({
          path: typeof v === 'string' ? at : [...at, i],
          ...(near ? said('sectionUnknownNear', { section: s, near }) : said('sectionUnknown', { section: s })),
          found: s,
          expected: 'a section of the seed, §1.1 to §1.21 or appendix A-C',
        });
      });
    } else walkCitations(v, at, out);
  }
}

/** Pure. Every cross-field problem of a scenario's raw JSON; tolerant of any shape (never throws). */
export function crossCheck(raw: unknown): RawIssue[] {
  const out: RawIssue[] = [];
  const root = obj(raw);
  if (!root) return out;
  const marketObj = obj(root.markets);
  const markets = marketObj ? Object.keys(marketObj) : [];
  if (marketObj && markets.length === 0) out.push({ path: ['markets'], ...said('noMarket'), found: {}, expected: 'at least one market' });
  const policy = obj(obj(root.start)?.policy);
  if (policy) {
    checkMarketRefs(policy.markets, ['start', 'policy', 'markets'], markets, out);
    checkDuplicates(policy.programmes, ['start', 'policy', 'programmes'], 'programme', out);
  }
  checkDuplicates(root.unlocked, ['unlocked'], 'group', out);
  checkEvents(root.events, markets, out);
  const rounds = obj(obj(root.funding)?.rounds);
  for (const k of ROUND_KINDS) {
    checkRange(obj(rounds?.[k]), 'minAmount', 'maxAmount', ['funding', 'rounds', k], out);
    checkRange(obj(rounds?.[k]), 'minPreMoney', 'maxPreMoney', ['funding', 'rounds', k], out);
  }
  checkModels(root.models, out);
  checkAnswers(obj(root.facilitator), out);
  const flavour = new Set<string>();
  arr(root.flavourSections).forEach((f, i) => {
    const s = obj(f)?.section;
    if (typeof s !== 'string') return;
    if (flavour.has(s))
      out.push({
        path: ['flavourSections', i, 'section'],
        ...said('flavourTwice', { section: s }),
        found: s,
        expected: 'each section once',
      });
    flavour.add(s);
  });
  walkCitations(root, [], out);
  return out;
}
