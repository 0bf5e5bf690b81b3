// A generic migration chain for versioned documents (save files, replay files): numbered steps,
// applied in numeric order from the document's version up to the current one. A document from a
// newer version is refused naming both versions; a gap in the chain is refused, never skipped.
// Pure: never throws; a step that throws becomes a refusal naming the step.

/** One step: turns a version-`from` document into a version-`to` document (to > from). Steps must
 *  not mutate their input; they get a private copy, so a failed step leaves the caller's doc alone. */
export interface MigrationStep<From = unknown, To = unknown> {
  from: number;
  to: number;
  /** What changed, for the refusal message if the step fails. */
  what: string;
  up: (doc: From) => To;
}

/** A document kind's migrations. `oldest` is the first version ever released (usually 1). */
export interface MigrationChain<Current = unknown> {
  kind: string;
  oldest: number;
  current: number;
  steps: readonly MigrationStep[];
  /** Phantom: the type a fully migrated document has (checked by the caller's schema). */
  readonly _current?: Current;
}

export type MigrateResult<T> =
  | { ok: true; doc: T; from: number; to: number; applied: string[] }
  | { ok: false; code: 'badVersion' | 'newer' | 'older' | 'gap' | 'stepFailed'; message: string };

/** Typed helper: a step from `From` to `To`, checked by the compiler where the chain is built. */
export function step<From, To>(from: number, to: number, what: string, up: (doc: From) => To): MigrationStep {
  return { from, to, what, up: up as (doc: unknown) => unknown };
}

export function defineChain<Current>(
  kind: string,
  oldest: number,
  current: number,
  steps: readonly MigrationStep[],
): MigrationChain<Current> {
  return { kind, oldest, current, steps };
}

/** Numeric order by `from` (never by text: "10" sorts before "2" as text). */
export function orderedSteps(steps: readonly MigrationStep[]): MigrationStep[] {
  return [...steps].sort((a, b) => a.from - b.from || a.to - b.to);
}

/** Problems with a chain itself (a programming error): duplicates, gaps, steps going backwards. */
export function chainProblems(chain: MigrationChain): string[] {
  const out: string[] = [];
  const { kind, oldest, current } = chain;
  if (!Number.isSafeInteger(oldest) || !Number.isSafeInteger(current) || oldest < 1 || current < oldest)
    out.push(`${kind}: versions must be whole numbers with 1 ≤ oldest (${oldest}) ≤ current (${current})`);
  const seen = new Set<number>();
  for (const s of chain.steps) {
    if (!Number.isSafeInteger(s.from) || !Number.isSafeInteger(s.to) || s.to <= s.from)
      out.push(`${kind}: step "${s.what}" must go up (from ${s.from} to ${s.to})`);
    if (seen.has(s.from)) out.push(`${kind}: two steps start at version ${s.from}`);
    seen.add(s.from);
  }
  for (let v = oldest; v < current && out.length === 0; ) {
    const s = chain.steps.find((x) => x.from === v);
    if (!s) out.push(`${kind}: no step from version ${v} (the chain must reach ${current})`);
    else v = s.to;
  }
  return out;
}

/** A private copy of plain JSON data; keys are defined, not assigned, so a "__proto__" key stays
 *  an ordinary key and cannot reach a prototype. */
function copy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(copy);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v))
    Object.defineProperty(out, k, { value: copy((v as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true });
  return out;
}

/** Pure. Never throws. Migrates `doc`, written at `fromVersion`, to `chain.current`. */
export function migrate<T>(doc: unknown, fromVersion: unknown, chain: MigrationChain<T>): MigrateResult<T> {
  const { kind, current, oldest } = chain;
  if (typeof fromVersion !== 'number' || !Number.isSafeInteger(fromVersion) || fromVersion < 1) {
    return {
      ok: false,
      code: 'badVersion',
      message: `formatVersion: expected a whole number of 1 or more, found ${typeof fromVersion === 'number' ? String(fromVersion) : typeof fromVersion}; this file is damaged or not a ${kind}`,
    };
  }
  if (fromVersion > current) {
    return {
      ok: false,
      code: 'newer',
      message:
        `formatVersion: this ${kind} is format version ${fromVersion}, written by a newer version of the game; ` +
        `this version reads ${kind} format versions ${oldest} to ${current}: update the game to open it`,
    };
  }
  if (fromVersion < oldest) {
    return {
      ok: false,
      code: 'older',
      message: `formatVersion: this ${kind} is format version ${fromVersion}, older than any released version (${oldest}); this version reads ${oldest} to ${current}`,
    };
  }
  const steps = orderedSteps(chain.steps);
  let cur: unknown = fromVersion === current ? doc : copy(doc);
  const applied: string[] = [];
  for (let v = fromVersion; v < current; ) {
    const s = steps.find((x) => x.from === v);
    if (!s || s.to <= v)
      return {
        ok: false,
        code: 'gap',
        message: `formatVersion: no migration of ${kind} format version ${v} towards ${current} (a bug in the game: please report it)`,
      };
    try {
      cur = s.up(cur);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        code: 'stepFailed',
        message: `${kind} format version ${s.from} → ${s.to} (${s.what}) failed: ${why.slice(0, 200)}`,
      };
    }
    applied.push(`${s.from}→${s.to}`);
    v = s.to;
  }
  return { ok: true, doc: cur as T, from: fromVersion, to: current, applied };
}
