// Reading replay files from untrusted text: size and depth caps, safe JSON, version checks before
// the schema (a newer format is named as such, not as a pile of field errors), then zod. Tolerant
// of what copy and paste does to text, but only when the text as given does not parse.
import { parseJsonSafe } from '../formats/safe-json';
import type { JsonError, JsonValue } from '../formats/safe-json';
import { afterRepair, both, jsonErrorDetail, zodErrorDetail } from '../i18n/details';
import { t } from '../i18n/index';
import type { Replay } from './format';
import { REPLAY_FORMAT, REPLAY_FORMAT_VERSION, replaySchema } from './format';
import type { ReplayProblem } from './problems';
import { problem, versionProblem } from './problems';

/** 200 quarters of 200 decisions fit; anything larger is not one game. */
export const REPLAY_MAX_CHARS = 4_000_000;
const REPLAY_MAX_DEPTH = 8;

export type ImportResult = { ok: true; replay: Replay } | { ok: false; error: ReplayProblem };

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const LINE_BREAK = /[ \t\u00a0]*(?:\r\n|\r|\n|\u2028|\u2029)[ \t\u00a0]*/g;

/** Pure. Undoes what chat clients and editors do to pasted text: invisible characters, a markdown
 *  code fence, words around the file, and line breaks inserted anywhere (inside a hash, a number or a string). Canonical
 *  replays hold no line break inside a token, so removing them all restores the original. */
function repairPasted(text: string): string {
  let s = text
    .replace(INVISIBLE, '')
    .replace(/\u00a0|\u202f/g, ' ')
    .trim();
  if (s.startsWith('```')) s = s.replace(/^```[a-z]*\s*/, '').replace(/\s*```$/, '');
  // Words around the file in a message ("here is ours: {...} thanks") are not part of it.
  const open = s.indexOf('{');
  const close = s.lastIndexOf('}');
  if (open > 0 || (close >= 0 && close < s.length - 1)) s = s.slice(Math.max(0, open), close + 1);
  return s.replace(LINE_BREAK, '');
}

/** Curly quotes some clients put in place of straight ones; tried last, as a team name may hold one. */
function straightQuotes(s: string): string {
  return s.replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
}

/** JSON path in the same style as the safe parser's ($.quarters[3].d[0]). */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const p of path)
    out +=
      typeof p === 'number' ? `[${p}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(String(p)) ? `.${String(p)}` : `[${JSON.stringify(String(p))}]`;
  return out;
}

function parse(text: string) {
  return parseJsonSafe(text, { maxBytes: REPLAY_MAX_CHARS, maxDepth: REPLAY_MAX_DEPTH, allowBom: true });
}

/** Pure. Never throws. A replay file's text to a schema-checked replay, or the first problem,
 *  naming the field and the fix. Does not replay anything: call verifyReplay for that. */
export function importReplay(text: string): ImportResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: problem('empty', '') };
  if (text.length > REPLAY_MAX_CHARS) return { ok: false, error: problem('tooLarge', '$', { size: text.length, max: REPLAY_MAX_CHARS }) };
  const first = parse(text);
  if (first.ok) return checkValue(first.value);
  const repaired = repairPasted(text);
  if (repaired === text) return jsonProblem(first.error);
  const second = parse(repaired);
  if (second.ok) return checkValue(second.value);
  const third = parse(straightQuotes(repaired));
  if (third.ok) return checkValue(third.value);
  // Positions now refer to the repaired text (one line); the JSON path is what stays meaningful.
  return jsonProblem(second.error, true);
}

function jsonProblem(err: JsonError, repaired = false): ImportResult {
  const detail = repaired ? afterRepair(jsonErrorDetail(err)) : jsonErrorDetail(err);
  return { ok: false, error: problem('json', err.path, { line: err.line, column: err.column }, detail) };
}

/** Pure. Validates an already parsed value (e.g. from a save slot). */
function checkValue(v: JsonValue): ImportResult {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || v.format !== REPLAY_FORMAT) {
    return { ok: false, error: problem('notReplay', '$.format', { expected: REPLAY_FORMAT }) };
  }
  const fv = v.formatVersion;
  if (typeof fv === 'number' && Number.isSafeInteger(fv) && fv >= 1 && fv !== REPLAY_FORMAT_VERSION) {
    return { ok: false, error: versionProblem('replay', '$.formatVersion', fv, REPLAY_FORMAT_VERSION) };
  }
  if (fv !== REPLAY_FORMAT_VERSION) {
    return {
      ok: false,
      error: problem(
        'field',
        '$.formatVersion',
        {},
        both((lang) => t(lang, 'replay.problem.formatVersionExpected', { supported: REPLAY_FORMAT_VERSION })),
      ),
    };
  }
  const r = replaySchema.safeParse(v);
  if (!r.success) {
    return { ok: false, error: problem('field', jsonPath(r.error.issues[0]!.path), {}, zodErrorDetail(r.error.issues, v)) };
  }
  return { ok: true, replay: r.data };
}
