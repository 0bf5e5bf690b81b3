// The safe JSON reader's refusals as codes and parameters, and their English text (the CLI's and
// the logs'). The game's pages show them in the reader's language: src/i18n/details.ts holds the
// Chinese of every code here and takes its English from this file, so the two cannot drift. Pure.

/** English text of every refusal; `{name}` is a parameter. */
export const JSON_ERROR_EN = {
  notText: 'input is not text: expected a JSON document',
  badLimits: 'invalid parser limits: maxBytes and maxDepth must be non-negative numbers',
  badMaxKeys: 'invalid parser limits: maxKeys must be a non-negative number',
  tooLarge: 'file is {size} characters; the limit is {max}: use a smaller file',
  bom: 'file starts with a byte order mark (BOM), which is not allowed: save the file as UTF-8 without BOM',
  exhausted: 'could not read the file ({detail}): make the file smaller or simpler',
  empty: 'file is empty: expected a JSON value',
  tooManyEntries:
    'too many entries: the file has more than {max} object keys and array items in total, which is the limit; make the file smaller',
  tooDeep: 'nesting is too deep: more than {max} levels of arrays/objects, which is the limit; flatten the data',
  keyUnquoted: 'object keys must be in double quotes: write "{word}" instead of {word}',
  keyForbidden: 'key "{key}" is not allowed (it could tamper with object prototypes): rename or remove it',
  keyDuplicate: 'duplicate key {key}: it appears more than once in the same object; keep only one of them',
  extraText:
    'unexpected {char} after the end of the JSON value: a file holds exactly one value; remove the extra text (or wrap the values in an array)',
  trailingCommaArray: "trailing comma before ']': remove the last comma (JSON does not allow it)",
  trailingCommaObject: "trailing comma before '}': remove the last comma (JSON does not allow it)",
  endsEarly: 'file ends early: expected {expected}',
  comment: 'comments are not allowed in JSON: remove the comment',
  foreignSpace: '{char} is not allowed here: JSON only allows spaces, tabs and line breaks between values; replace it with a plain space',
  singleQuote: 'single quotes are not allowed in JSON: use double quotes ("), expected {expected}',
  unexpectedChar: 'unexpected {char}: expected {expected}',
  unclosedString: 'file ends early: expected the closing " of the string that starts at line {line}, column {column}',
  endsInEscape: 'file ends early: expected an escape character after \\ in a string',
  endsInUnicode: 'file ends early: expected 4 hex digits after \\u in a string',
  badUnicode: 'invalid \\u escape in a string: expected 4 hex digits (0-9, A-F) after \\u but found {char}',
  badEscape:
    'invalid escape \\{escape} in a string: the valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write a backslash as \\\\',
  rawControl: '{char} inside a string is not allowed: write it as {escape}',
  rawLineBreak: '{char} inside a string is not allowed: write it as {escape} (or close the string with " if it was meant to end)',
  leadingZero:
    'number {number} has a leading zero, which JSON does not allow: write {fixed} (or put it in quotes if it is a code, not a number)',
  hexNumber: 'hexadecimal numbers are not allowed in JSON: write the number in decimal',
  negInfinity: '-Infinity is not valid JSON: use a finite number or null',
  numberRange: 'number {number} is out of range: JSON numbers here must be finite (magnitude below about 1.8e308); use a smaller number',
  numberUnsafe:
    'number {number} is beyond 2^53, cannot be represented exactly: use a number between -9007199254740991 and 9007199254740991, or write it as a string',
  numberInexact: 'number {number} is inexact: it would read as {reads}; write it with at most 17 significant digits (or as a string)',
  numberUnderflow:
    'number {number} is inexact: it would read as {reads} (too close to zero to be held exactly); write it with at most 17 significant digits (or as a string)',
  nan: 'NaN is not valid JSON: use a number or null',
  infinity: 'Infinity is not valid JSON: use a finite number or null',
  undefined: 'undefined is not valid JSON: use null or leave the entry out',
  wrongCase: '{word} is not valid JSON: write {lower} in lowercase',
  noneNil: '{word} is not valid JSON: use null',
  unexpectedWord:
    "unexpected text '{word}': expected a JSON value (object, array, string, number, true, false or null); text must be in double quotes",
  plusSign: "numbers may not start with '+' in JSON: remove the '+'",
  leadingDot: "numbers must start with a digit in JSON: write a 0 before the '.' (e.g. 0.5, not .5)",
} as const;

export type JsonErrorCode = keyof typeof JSON_ERROR_EN;

/** What was expected where a refusal says "expected …" (the `expected` parameter). */
export const JSON_EXPECTED_EN = {
  keyOrClose: "a key in double quotes or '}'",
  key: 'a key in double quotes',
  colonAfterKey: "':' after the key {key}",
  valueOrClose: "a value or ']'",
  jsonValue: 'a JSON value',
  value: 'a value',
  valueAfterKey: 'a value after the key',
  end: 'the end of the file',
  afterItem: "',' or ']' after an array item",
  afterMember: "',' or '}' after an object member",
  digitAfterMinus: "a digit after '-'",
  digitAfterDot: "a digit after the decimal point '.'",
  digitInExponent: 'a digit in the exponent of the number',
  anyValue: 'a JSON value (object, array, string, number, true, false or null)',
  true: 'true',
  false: 'false',
  null: 'null',
} as const;

export type JsonExpected = keyof typeof JSON_EXPECTED_EN;

/** Names of the characters described by name rather than shown (the `charName` parameter). */
export const JSON_CHAR_NAMES_EN = {
  nul: 'NUL',
  backspace: 'backspace',
  tab: 'tab',
  lineFeed: 'line feed',
  verticalTab: 'vertical tab',
  formFeed: 'form feed',
  carriageReturn: 'carriage return',
  escape: 'escape',
  space: 'space',
  delete: 'delete',
  nextLine: 'next line',
  noBreakSpace: 'no-break space',
  oghamSpace: 'ogham space mark',
  lineSeparator: 'line separator',
  paragraphSeparator: 'paragraph separator',
  narrowNoBreakSpace: 'narrow no-break space',
  mediumMathSpace: 'medium mathematical space',
  ideographicSpace: 'ideographic space',
  bom: 'byte order mark / zero-width no-break space',
} as const;

export type JsonCharName = keyof typeof JSON_CHAR_NAMES_EN;

/** How a character is shown (the `charKind` parameter): itself (`plain`, `other` with its code
 *  point), by name (`named`), or by code point (`control`, `surrogate`). */
export const JSON_CHAR_KINDS_EN = {
  plain: "'{charText}'",
  named: '{charName} ({charLabel})',
  control: 'control character {charLabel}',
  surrogate: 'lone surrogate {charLabel}',
  other: "'{charText}' ({charLabel})",
} as const;

export type JsonCharKind = keyof typeof JSON_CHAR_KINDS_EN;

/** A refusal's parameters. `char`, `expected` and `charName` hold the English text; the codes
 *  behind them are in `charKind`/`charId` and `expectedId`, for another language. */
export type JsonErrorParams = Record<string, string | number>;

/** Pure. Fills `{name}` placeholders (each once, from left to right; values are not re-read). */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, p: string) => (Object.prototype.hasOwnProperty.call(params, p) ? String(params[p]) : m));
}

/** Pure. The English text of a refusal. */
export function jsonErrorMessage(code: JsonErrorCode, params: JsonErrorParams): string {
  return fillTemplate(JSON_ERROR_EN[code], params);
}
