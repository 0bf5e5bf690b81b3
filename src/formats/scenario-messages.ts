// The scenario loader's problems (src/engine/scenario/load.ts: the schema's; checks.ts: the
// cross-references; extends.ts: a file's changes to its base; bounds.ts: the worst case against the
// engine's ceilings) as codes and parameters, with their English text (what the CLI prints).
// src/i18n/details.ts holds the Chinese of each code and takes the English from here, so the game's
// page shows a refused custom scenario in the player's language; the texts sit beside the JSON
// reader's for the same reason (the dictionary may import them without the engine). The problems of
// a base that is itself a custom file (a cycle, a chain too deep, a base's own problems: the CLI's,
// not the game's) are English only for now. Pure.
import { fillTemplate } from './safe-json-messages';

export const SCENARIO_PROBLEM_EN = {
  unknownKey: 'unknown key "{key}"',
  unknownKeyNear: 'unknown key "{key}"; did you mean "{near}"?',
  unknownKeyMissing: 'unknown key "{key}"; did you mean "{near}"? ({near} is required and missing)',
  missing: 'this required field is missing; add it: {expected}',
  notWhole: '{found} is not a whole number: money is in whole USD and rates in basis points (1% = 100)',
  type: 'expected {expected}, found {foundKind}',
  listTooShort: 'the list has {count} {count|item|items}; at least {limit} expected',
  listTooLong: 'the list has {count} {count|item|items}; at most {limit} expected',
  textTooShort: 'the text is {count} {count|character|characters} long; at least {limit} expected',
  textTooLong: 'the text is {count} {count|character|characters} long; at most {limit} expected',
  numberTooSmall: '{found} is below the smallest value allowed here ({limit})',
  numberTooLarge: '{found} is above the largest value allowed here ({limit})',
  notAllowed: '{found} is not allowed here',
  notAllowedNear: '{found} is not allowed here; did you mean "{near}"?',
  unknownKind: '{found} is not a known {disc}',
  unknownKindNear: '{found} is not a known {disc}; did you mean "{near}"?',
  noForm: '{foundKind} matches none of the allowed forms',
  badForm: '{found} is not in the right form: {rule}',
  badName: 'the name "{key}" is not allowed: {rule}',
  other: '{rule}',
  tooMany: 'and {n} more problems: only the first {max} are listed; fix these and check again',
  // The cross-reference checks (src/engine/scenario/checks.ts).
  unknownMarket: 'unknown market "{market}"',
  unknownMarketNear: 'unknown market "{market}"; did you mean "{near}"?',
  marketTwice: 'market "{name}" is listed twice',
  programmeTwice: 'programme "{name}" is listed twice',
  groupTwice: 'group "{name}" is listed twice',
  rangeInverted: '{lo} {a} is above {hi} {b}',
  eventIdTwice: 'duplicate event id "{id}"',
  factorTwice: 'factor "{name}" appears twice in this event',
  effectNeedsWhen:
    'the effect "{kind}" (effects[{index}]) only does something when the event rolls on a pending request, but "when" is "{when}"',
  modelOrder: "{key} of the {scale} model ({b}) is below the {smaller} model's ({a})",
  answersCount: '{a} {a|answer|answers} for {q} {q|question|questions}',
  sourceUncited: 'the source does not say where the number comes from',
  sourceUnknownSection: 'the source cites {section}, which the seed does not have',
  sourceUnknownSectionNear: 'the source cites {section}, which the seed does not have; did you mean "{near}"?',
  sectionUnknown: 'section {section} does not exist in the seed',
  sectionUnknownNear: 'section {section} does not exist in the seed; did you mean "{near}"?',
  noMarket: 'a scenario needs at least one market',
  flavourTwice: 'section {section} is declared flavour twice',
  // A file that extends another (src/engine/scenario/extends.ts).
  extendsRemoveKey: '"$remove" drops this key: write {"$remove": true} and nothing else',
  extendsRemoveEntry: '"$remove" drops the entry with this id: write {"id": "...", "$remove": true} and nothing else',
  extendsReplace: '"$replace" takes a value whole: write {"$replace": value} and nothing else beside it',
  extendsSource: 'a changed number needs its source too: the base\'s "{source}" was written for {value}; give "source" beside "v"',
  extendsDirective:
    '"{key}" is not a change this format knows (there are two: {"$remove": true} in place of a value or beside a list entry\'s id, and {"$replace": value})',
  extendsDirectiveNear:
    '"{key}" is not a change this format knows (there are two: {"$remove": true} in place of a value or beside a list entry\'s id, and {"$replace": value}); did you mean "{near}"?',
  extendsNoKey: '"{key}" cannot be removed: the base "{base}" has no such key here',
  extendsNoKeyNear: '"{key}" cannot be removed: the base "{base}" has no such key here; did you mean "{near}"?',
  extendsMissingKey: 'change to a missing key "{key}": the base "{base}" has no "{key}" here and the scenario format does not offer it',
  extendsMissingKeyNear:
    'change to a missing key "{key}": the base "{base}" has no "{key}" here and the scenario format does not offer it; did you mean "{near}"?',
  extendsListById:
    'this list is changed entry by entry, each named by its "id": give the id of the entry to change, add or remove (to replace the whole list write {"$replace": [...]})',
  extendsIdTwice: 'the id "{id}" is changed twice in this list: merge the two changes into one entry',
  extendsNoEntry: '"{id}" cannot be removed: the base "{base}" has no entry with this id here',
  extendsNoEntryNear: '"{id}" cannot be removed: the base "{base}" has no entry with this id here; did you mean "{near}"?',
  extendsNotText: '"extends" names the scenario this file changes, as text (e.g. "extends": "classic"), not {foundKind}',
  extendsUnknownBase: 'unknown base scenario "{id}": the shipped scenarios are {known}',
  extendsUnknownBaseNear: 'unknown base scenario "{id}": the shipped scenarios are {known}; did you mean "{near}"?',
  extendsNoBases: 'unknown base scenario "{id}": no scenarios are available to extend here',
  // The worst case against the engine's ceilings (src/engine/scenario/bounds.ts): {kind}, {unit}
  // and {what} are the English of BOUND_KIND_EN, BOUND_UNIT_EN and BOUND_WHAT_EN (codes kindId,
  // unitId, whatId).
  bound:
    "in the worst case {kind} could reach {worst} {unit} within the scenario's {quarters} quarters, above the engine's ceiling of {ceiling}; the largest part is {what} ({value})",
} as const;

/** What could grow past a ceiling. */
export const BOUND_KIND_EN = {
  potential: 'the potential customers of market "{market}"',
  revenue: "a quarter's revenue",
  cash: 'cash or a ledger category',
  valuation: 'the valuation',
  data: 'the data units',
} as const;

export const BOUND_UNIT_EN = { USD: 'USD', customers: 'customers', units: 'units' } as const;

/** The largest part of a worst case. */
export const BOUND_WHAT_EN = {
  growth: 'its growth per quarter in bp',
  topPrice: 'market "{market}" at its top price',
  startCash: 'the starting cash',
  revenue: 'revenue over every quarter',
  loans: 'bank loans, re-borrowed every quarter',
  eventPays: 'event "{event}" paying out every quarter',
  eventCosts: 'event "{event}" costing money',
  round: 'a {round} round closing every quarter (event "{event}")',
  grant: 'a grant every quarter (event "{event}")',
  fine: 'the fine of event "{event}"',
  salaries: 'salaries of {staff} staff per role with the top bonus',
  overhead: 'overhead of a full team',
  rentedCompute: 'the most rented compute at the top compute price',
  ownedCompute: 'upkeep of the most owned compute',
  augmentation: 'data augmentation',
  programmes: 'every compliance programme',
  partnerships: 'every partnership in every market',
  loanRepaid: 'a loan repaid in one quarter with interest and penalty',
  budgets: 'the largest marketing, R&D and data budgets',
  multiple: 'the top revenue times the multiple',
  quality: 'the top model quality',
  customers: 'every potential customer',
  startData: 'the starting data',
  dataGained: 'data gained every quarter',
  eventData: 'event "{event}" every quarter',
} as const;

export type BoundKind = keyof typeof BOUND_KIND_EN;
export type BoundUnit = keyof typeof BOUND_UNIT_EN;
export type BoundWhat = keyof typeof BOUND_WHAT_EN;

export type ScenarioProblemCode = keyof typeof SCENARIO_PROBLEM_EN;

/** A problem's code and parameters. Besides those its English uses, `node*` parameters say what
 *  the schema expects (nodeKind and its bounds, values or keys) and `foundType` what was found, so
 *  another language can say them; `inEvent` names the event of a resolved scenario it is in. */
export interface ProblemSays {
  code: ScenarioProblemCode;
  params: Record<string, string | number>;
}

/** Pure. `{name}` and `{n|one|other}` (English plural: one for 1) filled in. */
function fillPlural(template: string, params: Readonly<Record<string, string | number>>): string {
  const plural = template.replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (m, p: string, one: string, other: string) =>
    Object.prototype.hasOwnProperty.call(params, p) ? (Number(params[p]) === 1 ? one : other) : m,
  );
  return fillTemplate(plural, params);
}

/** Pure. The English text of a problem. */
export function scenarioProblemMessage(s: ProblemSays): string {
  return fillPlural(SCENARIO_PROBLEM_EN[s.code], s.params);
}
