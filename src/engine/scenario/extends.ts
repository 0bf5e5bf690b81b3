// Scenarios as a base plus changes: a file `{"extends": "classic", ...changes}` is the shipped
// scenario "classic" with the changes applied (docs/authoring.md). Objects merge key by key; lists
// of entries with an "id" (events) merge by id, `{"id": "x", "$remove": true}` drops one and a new
// id is added at the end; every other list, and every other value, is replaced whole. A change to a
// key the base does not have (and the format does not offer there) is refused with its path and a
// "did you mean", so a typo cannot silently add nothing. Pure: the caller supplies the base texts.
import type { JsonValue } from '../../formats/safe-json';
import { scenarioProblemMessage } from '../../formats/scenario-messages';
import type { ProblemSays, ScenarioProblemCode } from '../../formats/scenario-messages';
import { closest } from './checks';
import { keysAllowedAt, short } from './describe';

/** The scenarios a file may extend, by id: the shipped ones (the CLI also finds `<id>.json` beside
 *  a custom file). `text` returns undefined for an id it does not know. */
export interface ScenarioBases {
  ids(): readonly string[];
  text(id: string): string | undefined;
}

export interface ExtendsIssue {
  path: (string | number)[];
  message: string;
  found?: unknown;
  expected?: string;
  cycle?: true;
  /** The code and parameters of `message`, for its text in another language. */
  says?: ProblemSays;
}

/** The message of a problem said by code (its `Near` form when a near miss is known). */
function said(
  code: ScenarioProblemCode,
  params: Record<string, string | number>,
  near?: string | null,
): Pick<ExtendsIssue, 'message' | 'says'> {
  const says: ProblemSays = near ? { code: `${code}Near` as ScenarioProblemCode, params: { ...params, near } } : { code, params };
  return { message: scenarioProblemMessage(says), says };
}

/** How many files a chain of `extends` may have above the one being loaded. */
const MAX_EXTENDS_DEPTH = 8;

type Obj = { [k: string]: JsonValue };
const isObj = (x: JsonValue | undefined): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);
const has = (o: Obj, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const DIRECTIVES = ['$remove', '$replace'];
const pathText = (path: readonly (string | number)[]): string =>
  '$' +
  path.map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`)).join('');

/** An entry list merged by id: a non-empty list whose every item is an object with a text id. */
const isIdList = (a: JsonValue[]): boolean => a.length > 0 && a.every((x) => isObj(x) && typeof x.id === 'string');

const isRemoval = (v: JsonValue | undefined): v is Obj => isObj(v) && has(v, '$remove');

interface Ctx {
  issues: ExtendsIssue[];
  base: string;
  root: JsonValue;
}

function badRemoval(v: Obj, path: (string | number)[], ctx: Ctx, withId: boolean): boolean {
  const extra = Object.keys(v).filter((k) => k !== '$remove' && !(withId && k === 'id'));
  if (v.$remove === true && extra.length === 0) return false;
  ctx.issues.push({
    path,
    ...said(withId ? 'extendsRemoveEntry' : 'extendsRemoveKey', {}),
    found: v,
    expected: withId ? '{"id": "...", "$remove": true}' : '{"$remove": true}',
  });
  return true;
}

/** Pure. `patch` applied to `base`; problems go to ctx.issues (the base's value is kept there).
 *  `at` is the path in the changes file (for messages), `rpath` the path in the resolved scenario. */
function merge(base: JsonValue, patch: JsonValue, at: (string | number)[], rpath: (string | number)[], ctx: Ctx): JsonValue {
  if (isObj(patch) && has(patch, '$replace')) {
    if (Object.keys(patch).length !== 1)
      ctx.issues.push({
        path: at,
        ...said('extendsReplace', {}),
        found: patch,
        expected: '{"$replace": value}',
      });
    return patch.$replace!;
  }
  if (isObj(patch) && isObj(base)) return mergeObject(base, patch, at, rpath, ctx);
  if (Array.isArray(patch) && Array.isArray(base) && isIdList(base)) return mergeById(base, patch, at, rpath, ctx);
  return patch; // any other list, a number, a text: replaced whole
}

function mergeObject(base: Obj, patch: Obj, at: (string | number)[], rpath: (string | number)[], ctx: Ctx): Obj {
  const out: Obj = { ...base };
  // A number is its value and where it comes from: changing one without the other breaks the trail.
  if (typeof base.v === 'number' && typeof base.source === 'string' && has(patch, 'v') && !has(patch, 'source'))
    ctx.issues.push({
      path: [...at, 'source'],
      ...said('extendsSource', { source: base.source, value: short(base.v) }),
      found: 'nothing',
      expected: 'a seed section such as "§1.4.1", or "design"',
    });
  let allowed: readonly string[] | 'any' | undefined;
  for (const k of Object.keys(patch)) {
    const v = patch[k]!;
    if (k.startsWith('$')) {
      ctx.issues.push({
        path: [...at, k],
        ...said('extendsDirective', { key: k }, closest(k, DIRECTIVES)),
        found: k,
        expected: DIRECTIVES.join(' or '),
      });
      continue;
    }
    if (isRemoval(v)) {
      if (badRemoval(v, [...at, k], ctx, false)) continue;
      if (!has(base, k))
        ctx.issues.push({
          path: [...at, k],
          ...said('extendsNoKey', { key: k, base: ctx.base }, closest(k, Object.keys(base))),
          found: k,
          expected: `one of the keys the base has here: ${Object.keys(base).join(', ')}`,
        });
      else delete out[k];
      continue;
    }
    if (has(base, k)) {
      out[k] = merge(base[k]!, v, [...at, k], [...rpath, k], ctx);
      continue;
    }
    allowed ??= keysAllowedAt(rpath, ctx.root);
    if (allowed === 'any' || (allowed !== undefined && allowed.includes(k))) {
      out[k] = v; // a new map entry (e.g. a market) or an optional field: taken whole
      continue;
    }
    const options = [...new Set([...Object.keys(base), ...(Array.isArray(allowed) ? allowed : [])])];
    ctx.issues.push({
      path: [...at, k],
      ...said('extendsMissingKey', { key: k, base: ctx.base }, closest(k, options)),
      found: k,
      expected: `one of the keys here: ${options.join(', ')}`,
    });
  }
  return out;
}

function mergeById(base: JsonValue[], patch: JsonValue[], at: (string | number)[], rpath: (string | number)[], ctx: Ctx): JsonValue[] {
  const ids = base.map((x) => (x as Obj).id as string);
  const out: (JsonValue | undefined)[] = [...base];
  const seen = new Set<string>();
  const added: JsonValue[] = [];
  patch.forEach((entry, i) => {
    const here = [...at, i];
    if (!isObj(entry) || typeof entry.id !== 'string') {
      ctx.issues.push({
        path: here,
        ...said('extendsListById', {}),
        found: entry,
        expected: `an object with an "id", e.g. {"id": "${ids[0]}", ...}`,
      });
      return;
    }
    const id = entry.id;
    if (seen.has(id)) {
      ctx.issues.push({
        path: [...here, 'id'],
        ...said('extendsIdTwice', { id }),
        found: id,
        expected: 'each id once',
      });
      return;
    }
    seen.add(id);
    const j = ids.indexOf(id);
    if (isRemoval(entry)) {
      if (badRemoval(entry, here, ctx, true)) return;
      if (j < 0)
        ctx.issues.push({
          path: [...here, 'id'],
          ...said('extendsNoEntry', { id, base: ctx.base }, closest(id, ids)),
          found: id,
          expected: `one of the ids of the base: ${ids.join(', ')}`,
        });
      else out[j] = undefined;
      return;
    }
    if (j >= 0) out[j] = merge(base[j]!, entry, here, [...rpath, j], ctx);
    else added.push(entry); // a new entry, added at the end
  });
  return [...out.filter((x): x is JsonValue => x !== undefined), ...added];
}

export type Resolved = { ok: true; value: JsonValue; chain: string[] } | { ok: false; issues: ExtendsIssue[] };

/** Pure. The scenario a parsed file stands for: itself when it has no "extends", else its base
 *  (resolved the same way, at most MAX_EXTENDS_DEPTH deep) with its changes applied. `read` parses a
 *  base's text as the loader parses any file, returning the value or why it cannot be read. */
export function resolveExtends(
  value: JsonValue,
  bases: ScenarioBases | undefined,
  read: (text: string) => { value: JsonValue } | { problem: string },
  chain: readonly string[] = [],
): Resolved {
  if (!isObj(value) || !has(value, 'extends')) return { ok: true, value, chain: [] };
  const ext = value.extends!;
  const at = ['extends'];
  if (typeof ext !== 'string')
    return {
      ok: false,
      issues: [
        {
          path: at,
          ...said('extendsNotText', {
            foundKind: Array.isArray(ext) ? 'a list' : ext === null ? 'null' : typeof ext === 'object' ? 'an object' : `a ${typeof ext}`,
            foundType: Array.isArray(ext) ? 'list' : ext === null ? 'null' : typeof ext === 'object' ? 'object' : typeof ext,
            found: short(ext),
          }),
          found: ext,
          expected: 'the id of a shipped scenario, as text',
        },
      ],
    };
  const known = bases ? [...bases.ids()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : [];
  if (chain.includes(ext)) {
    const loop = [...chain.slice(chain.indexOf(ext)), ext].map((x) => `"${x}"`).join(' extends ');
    return {
      ok: false,
      issues: [
        {
          cycle: true,
          path: at,
          message: `"extends" goes round in a cycle: ${loop}; a scenario cannot be its own base: make one of them a complete file or extend a shipped one`,
          found: ext,
          expected: 'a chain of bases that ends in a complete scenario',
        },
      ],
    };
  }
  if (chain.length >= MAX_EXTENDS_DEPTH)
    return {
      ok: false,
      issues: [
        {
          path: at,
          message: `the chain of "extends" is more than ${MAX_EXTENDS_DEPTH} files deep (${chain.join(' → ')}): extend a scenario nearer a complete one`,
          found: ext,
          expected: `at most ${MAX_EXTENDS_DEPTH} bases`,
        },
      ],
    };
  const text = bases?.text(ext);
  if (text === undefined) {
    return {
      ok: false,
      issues: [
        {
          path: at,
          ...(known.length > 0
            ? said('extendsUnknownBase', { id: ext, known: known.join(', ') }, closest(ext, known))
            : said('extendsNoBases', { id: ext })),
          found: ext,
          expected: known.length > 0 ? `one of: ${known.join(', ')}` : 'a complete scenario file instead',
        },
      ],
    };
  }
  const r = read(text);
  if ('problem' in r)
    return {
      ok: false,
      issues: [
        {
          path: at,
          message: `the base scenario "${ext}" cannot be read: ${r.problem}`,
          found: ext,
          expected: 'a base that check-scenario accepts',
        },
      ],
    };
  const up = resolveExtends(r.value, bases, read, [...chain, ext]);
  // A base's own problem is reported at this file's "extends", naming the base (a cycle names itself).
  if (!up.ok)
    return {
      ok: false,
      issues: up.issues.map((i) =>
        i.cycle
          ? { ...i, path: at }
          : {
              path: at,
              message: `in the base scenario "${ext}", at ${pathText(i.path)}: ${i.message}`,
              found: ext,
              ...(i.expected ? { expected: i.expected } : {}),
            },
      ),
    };
  const ctx: Ctx = { issues: [], base: ext, root: up.value };
  const changes: Obj = { ...value };
  delete changes.extends;
  const merged = merge(up.value, changes, [], [], ctx);
  if (ctx.issues.length > 0) return { ok: false, issues: ctx.issues };
  return { ok: true, value: merged, chain: [ext, ...up.chain] };
}
