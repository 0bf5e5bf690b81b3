// Writes the broken-scenario corpus: one file per rule of the scenario format and per JSON edge
// case, each a small change to base.json (a valid scenario), and expected.json: for each file the
// exit code check-scenario must give and a problem it must report (JSON path + message keyword).
// Run: npx tsx test/scenario-corpus/generate.ts  (then review the diff; the files are committed).
import { readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJsonSafe } from '../../src/formats/safe-json';

const DIR = dirname(fileURLToPath(import.meta.url));
const baseText = readFileSync(join(DIR, 'base.json'), 'utf8');
// `any` on purpose: the generator edits arbitrary JSON.
type Doc = Record<string, any>;
const base = (): Doc => {
  const r = parseJsonSafe(baseText, { maxBytes: 1_000_000, maxDepth: 32 });
  if (!r.ok) throw new Error('base.json must be valid JSON');
  return r.value as Doc;
};

/** Same layout as base.json: one {v, source} or {zh, en} per line. */
export function format(x: unknown): string {
  return JSON.stringify(x, null, 1)
    .replace(/\{\n\s*"v": (-?[\d.e+]+|"[^"]*"|null|true|false),\n\s*"source": ("[^"]*")\n\s*\}/g, '{"v": $1, "source": $2}')
    .replace(/\{\n\s*"zh": ("[^"]*"),\n\s*"en": ("[^"]*")\n\s*\}/g, '{"zh": $1, "en": $2}') + '\n';
}

/** `path` ending in * matches any path that starts with the rest. */
interface Expect { exit: 1 | 2; path: string; keyword: string; rule: string }
type Case = [file: string, rule: string, make: () => string, exit: 1 | 2, path: string, keyword: string];
const edit = (f: (d: Doc) => void) => () => { const d = base(); f(d); return format(d); };
const text = (f: (t: string) => string) => () => f(baseText);
const changes = (x: unknown) => () => JSON.stringify(x, null, 1) + '\n';
/** base.json's starting cash, whose line several cases change. */
const CASH = '"cash": {"v": 3000000, "source": "§1.4.1"}';
const once = (t: string, a: string, b: string): string => {
  if (!t.includes(a)) throw new Error(`corpus generator: "${a}" not in base.json`);
  return t.replace(a, b);
};

const CASES: Case[] = [
  // --- not JSON, or not readable: exit 2, with line and column ---
  ['json-truncated.json', 'a file cut off in the middle', text((t) => t.slice(0, 2000)), 2, '$.start.policy.career', 'ends early'],
  ['json-bom.json', 'a byte order mark before the JSON', text((t) => '\uFEFF' + t), 2, '$', 'byte order mark'],
  ['json-trailing-comma.json', 'a trailing comma', text((t) => once(t, '"funding"\n ]', '"funding",\n ]')), 2, '$.unlocked', 'trailing comma'],
  ['json-comment.json', 'a // comment', text((t) => once(t, ' "difficulty"', ' // the level\n "difficulty"')), 2, '$', 'comment'],
  ['json-single-quotes.json', 'single-quoted strings', text((t) => once(t, '"difficulty": "normal"', "'difficulty': 'normal'")), 2, '$', 'single quotes'],
  ['json-empty.json', 'an empty file', () => '', 2, '$', 'empty'],
  ['json-whitespace-only.json', 'a file of blanks', () => '  \n\n  ', 2, '$', 'empty'],
  ['json-unquoted-key.json', 'a key without quotes', text((t) => once(t, '"difficulty":', 'difficulty:')), 2, '$', 'double quotes'],
  ['json-nan.json', 'NaN as a number', text((t) => once(t, '"quarters": {"v": 20', '"quarters": {"v": NaN')), 2, '$.quarters.v', 'NaN'],
  ['json-infinity.json', 'Infinity as a number', text((t) => once(t, '"quarters": {"v": 20', '"quarters": {"v": Infinity')), 2, '$.quarters.v', 'Infinity'],
  ['json-leading-zero.json', 'a number with a leading zero', text((t) => once(t, '"quarters": {"v": 20', '"quarters": {"v": 020')), 2, '$.quarters.v', 'leading zero'],
  ['json-hex.json', 'a hexadecimal number', text((t) => once(t, '"quarters": {"v": 20', '"quarters": {"v": 0x14')), 2, '$.quarters.v', 'hexadecimal'],
  ['json-plus-sign.json', 'a number with a + sign', text((t) => once(t, '"quarters": {"v": 20', '"quarters": {"v": +20')), 2, '$.quarters.v', "'+'"],
  ['json-python-true.json', 'True instead of true', text((t) => once(t, '"equityGrants": false', '"equityGrants": False')), 2, '$.start.policy.equityGrants', 'lowercase'],
  ['json-not-json.json', 'plain text, not JSON', () => 'title: my scenario\nquarters: 20\n', 2, '$', 'unexpected'],
  ['json-two-documents.json', 'two JSON documents in one file', text((t) => t + '{}\n'), 2, '$', 'unexpected'],
  ['json-unclosed-string.json', 'a string that never ends', text((t) => t.slice(0, t.indexOf('"normal"') + 4)), 2, '$.difficulty', 'closing'],
  ['json-control-char.json', 'a raw tab inside a string', text((t) => once(t, '"Corpus base scenario"', '"Corpus\tbase scenario"')), 2, '$.title.en', 'tab'],
  ['json-over-cap.json', 'a file over the 1,000,000-byte cap (checked before reading)', text((t) => t.replace(/\n$/, ' '.repeat(1_000_001 - t.length) + '\n')), 2, '$', 'limit'],
  // --- JSON the safe parser refuses: exit 1, named by path (and line, column) ---
  ['num-1e400.json', 'a number beyond double range (1e400)', text((t) => once(t, '"quarters": {"v": 20', '"quarters": {"v": 1e400')), 1, '$.quarters.v', 'out of range'],
  ['num-beyond-2-53.json', 'an integer beyond 2^53', text((t) => once(t, '"cash": {"v": 3000000', '"cash": {"v": 9007199254740993')), 1, '$.start.cash.v', '2^53'],
  ['num-negative-beyond-2-53.json', 'a negative integer beyond -2^53', text((t) => once(t, '"cash": {"v": 3000000', '"cash": {"v": -90071992547409930')), 1, '$.start.cash.v', '2^53'],
  ['key-duplicate.json', 'the same key twice in one object', text((t) => once(t, '"difficulty": "normal",', '"difficulty": "normal",\n "difficulty": "hard",')), 1, '$.difficulty', 'duplicate key'],
  ['key-duplicate-nested.json', 'a duplicate key deep inside', text((t) => once(t, CASH, '"cash": {"v": 3000000, "v": 1, "source": "§1.4.1"}')),
    1, '$.start.cash.v', 'duplicate key'],
  ['key-proto.json', 'a __proto__ key', text((t) => once(t, '"difficulty": "normal",', '"difficulty": "normal",\n "__proto__": {"polluted": true},')), 1, '$.__proto__', '__proto__'],
  ['key-constructor.json', 'a constructor key', text((t) => once(t, CASH, '"cash": {"v": 3000000, "source": "§1.4.1", "constructor": 1}')),
    1, '$.start.cash.constructor', 'constructor'],
  ['json-deep-nesting.json', 'nesting deeper than the limit of 32', text((t) => once(t, '"goals": []', '"goals": ' + '['.repeat(40) + ']'.repeat(40))),
    1, '$.facilitator.goals[0][0]*', 'nesting is too deep'],
  // --- the schema: exit 1, the field by JSON path ---
  ['root-array.json', 'the file is a list, not an object', () => '[]\n', 1, '$', 'expected an object'],
  ['root-number.json', 'the file is a number', () => '42\n', 1, '$', 'expected an object'],
  ['format-version.json', 'an unknown formatVersion', edit((d) => { d.formatVersion = 2; }), 1, '$.formatVersion', 'exactly 1'],
  ['id-invalid.json', 'a scenario id that is not kebab-case like its file name', edit((d) => { d.id = 'Corpus Base!'; }), 1, '$.id', 'joined by "-"'],
  ['source-missing.json', 'a number without its source', edit((d) => { delete d.quarters.source; }), 1, '$.quarters.source', 'missing'],
  ['source-empty.json', 'an empty source', edit((d) => { d.start.cash.source = ''; }), 1, '$.start.cash.source', 'character'],
  ['source-vague.json', 'a source that cites nothing', edit((d) => { d.roles.mlEngineer.salary.source = 'tbd'; }), 1, '$.roles.mlEngineer.salary.source', 'does not say where'],
  ['source-unknown-section.json', 'a source citing a section the seed lacks', edit((d) => { d.start.cash.source = '§2.9 the budget'; }), 1, '$.start.cash.source', '§2.9'],
  ['number-bare.json', 'a bare number where {v, source} is required', edit((d) => { d.startYear = 2024; }), 1, '$.startYear', 'source'],
  ['number-as-string.json', 'a number written as text', edit((d) => { d.quarters.v = '20'; }), 1, '$.quarters.v', 'expected a whole number'],
  ['number-fraction.json', 'a fraction where whole numbers are required', edit((d) => { d.economics.computeRentPerUnit.v = 2999.5; }), 1, '$.economics.computeRentPerUnit.v', 'whole number'],
  ['number-null.json', 'null where a number is required', edit((d) => { d.start.brand.v = null; }), 1, '$.start.brand.v', 'null'],
  ['salary-negative.json', 'a negative salary', edit((d) => { d.roles.dataScientist.salary.v = -45000; }), 1, '$.roles.dataScientist.salary.v', 'below'],
  ['quarters-too-many.json', 'more quarters than the limit', edit((d) => { d.quarters.v = 61; }), 1, '$.quarters.v', 'above'],
  ['quarters-zero.json', 'zero quarters', edit((d) => { d.quarters.v = 0; }), 1, '$.quarters.v', 'below'],
  ['cash-beyond-cap.json', 'money beyond the 10^12 cap', edit((d) => { d.start.cash.v = 10_000_000_000_000; }), 1, '$.start.cash.v', 'above'],
  ['bp-beyond-cap.json', 'basis points above 100%', edit((d) => { d.markets.finance.regulationBp.v = 10001; }), 1, '$.markets.finance.regulationBp.v', 'above'],
  ['price-level-range.json', 'a starting price level outside 50%..200%', edit((d) => { d.start.policy.priceLevelBp.v = 30000; }), 1, '$.start.policy.priceLevelBp.v', 'above'],
  ['year-range.json', 'a start year before 1990', edit((d) => { d.startYear.v = 1899; }), 1, '$.startYear.v', 'below'],
  ['key-unknown-near.json', 'a misspelt key close to a real one', edit((d) => {
    d.economics.overheadPerHed = d.economics.overheadPerHead;
    delete d.economics.overheadPerHead;
  }), 1, '$.economics.overheadPerHed', 'did you mean "overheadPerHead"'],
  ['key-unknown-near-top.json', 'a misspelt top-level key', edit((d) => { d.quartres = d.quarters; delete d.quarters; }), 1, '$.quartres', 'did you mean "quarters"'],
  ['key-unknown-far.json', 'an unknown key nothing like a real one', edit((d) => { d.economics.zzz = { v: 1, source: 'design' }; }), 1, '$.economics.zzz', 'unknown key'],
  ['key-extra-in-number.json', 'an extra key beside v and source', edit((d) => { d.quarters.note = 'x'; }), 1, '$.quarters.note', 'unknown key'],
  ['key-missing-role.json', 'a role missing from the staff', edit((d) => { delete d.start.staff.domainExpert; }), 1, '$.start.staff.domainExpert', 'missing'],
  ['text-missing-en.json', 'a title without English', edit((d) => { delete d.title.en; }), 1, '$.title.en', 'missing'],
  ['text-missing-zh.json', 'a brief without Chinese', edit((d) => { delete d.brief.zh; }), 1, '$.brief.zh', 'missing'],
  ['text-too-long.json', 'a text over 4000 characters', edit((d) => { d.title.en = 'x'.repeat(4001); }), 1, '$.title.en', 'at most 4000'],
  ['text-is-string.json', 'a plain string where both languages are required', edit((d) => { d.brief = 'A brief'; }), 1, '$.brief', 'both languages'],
  ['difficulty-invalid.json', 'an unknown difficulty', edit((d) => { d.difficulty = 'medium'; }), 1, '$.difficulty', 'one of: easy, normal, hard'],
  ['positioning-invalid.json', 'an unknown positioning', edit((d) => { d.start.policy.positioning = 'premium'; }), 1, '$.start.policy.positioning', 'not allowed'],
  ['boolean-as-string.json', '"yes" where true/false is required', edit((d) => { d.start.policy.equityGrants = 'yes'; }), 1, '$.start.policy.equityGrants', 'true or false'],
  ['unlocked-unknown.json', 'an unknown decision group', edit((d) => { d.unlocked[0] = 'teem'; }), 1, '$.unlocked[0]', 'did you mean "team"'],
  ['unlocked-empty.json', 'no decision group unlocked', edit((d) => { d.unlocked = []; }), 1, '$.unlocked', 'at least 1'],
  ['unlocked-duplicate.json', 'a decision group listed twice', edit((d) => { d.unlocked.push('team'); }), 1, '$.unlocked[5]', 'twice'],
  ['markets-empty.json', 'no markets', edit((d) => { d.markets = {}; d.start.policy.markets = []; }), 1, '$.markets', 'at least one market'],
  ['market-id-invalid.json', 'a market named with a hyphen', edit((d) => { d.markets['fin-tech'] = d.markets.finance; }), 1, '$.markets["fin-tech"]', 'lower-camel-case'],
  ['market-trait-unknown.json', 'a misspelt market trait', edit((d) => { d.markets.finance.traits[0] = 'regulatd'; }), 1, '$.markets.finance.traits[0]', 'did you mean "regulated"'],
  ['market-missing-field.json', 'a market without its price', edit((d) => { delete d.markets.retail.refPrice; }), 1, '$.markets.retail.refPrice', 'missing'],
  ['start-market-unknown.json', 'a start market no market defines', edit((d) => { d.start.policy.markets = ['healthcare']; }), 1, '$.start.policy.markets[0]', 'unknown market "healthcare"'],
  ['start-market-typo.json', 'a misspelt start market', edit((d) => { d.start.policy.markets = ['retial']; }), 1, '$.start.policy.markets[0]', 'did you mean "retail"'],
  ['start-market-duplicate.json', 'a start market listed twice', edit((d) => { d.start.policy.markets = ['retail', 'retail']; }), 1, '$.start.policy.markets[1]', 'twice'],
  ['start-programme-duplicate.json', 'a compliance programme listed twice', edit((d) => { d.start.policy.programmes = ['audit', 'audit']; }), 1, '$.start.policy.programmes[1]', 'twice'],
  ['model-cap-falls.json', 'a larger model with a lower quality cap', edit((d) => { d.models.large.qualityCap.v = 500; }), 1, '$.models.large.qualityCap.v', 'below the medium'],
  ['model-compute-falls.json', 'a larger model needing less compute', edit((d) => { d.models.medium.computeNeed.v = 5; }), 1, '$.models.medium.computeNeed.v', 'below the small'],
  ['round-amount-min-above-max.json', 'a round whose minimum is above its maximum', edit((d) => { d.funding.rounds.angel.minAmount.v = 5_000_000; }),
    1, '$.funding.rounds.angel.minAmount.v', 'above maxAmount'],
  ['round-premoney-min-above-max.json', 'a pre-money range upside down', edit((d) => { d.funding.rounds.seriesA.minPreMoney.v = 90_000_000; }),
    1, '$.funding.rounds.seriesA.minPreMoney.v', 'above maxPreMoney'],
  ['round-missing.json', 'a round kind missing', edit((d) => { delete d.funding.rounds.crowdfunding; }), 1, '$.funding.rounds.crowdfunding', 'missing'],
  ['loan-term-zero.json', 'a loan repaid over zero quarters', edit((d) => { d.funding.loan.termQuarters.v = 0; }), 1, '$.funding.loan.termQuarters.v', 'below'],
  ['events-empty.json', 'no events', edit((d) => { d.events = []; }), 1, '$.events', 'at least 1'],
  ['event-id-duplicate.json', 'two events with one id', edit((d) => { d.events[1].id = d.events[0].id; }), 1, '$.events[1].id', 'duplicate event id'],
  ['event-factor-unknown.json', 'an event weighing a factor that does not exist', edit((d) => { d.events[0].factors[0].factor = 'testng'; }),
    1, '$.events[0].factors[0].factor', 'did you mean "testing"'],
  ['event-factor-duplicate.json', 'the same factor twice in one event', edit((d) => { d.events[0].factors.push(d.events[0].factors[0]); }), 1, '$.events[0].factors[4].factor', 'twice'],
  ['event-effect-kind-unknown.json', 'an unknown effect kind', edit((d) => { d.events[0].effects[0].kind = 'customer'; }), 1, '$.events[0].effects[0].kind', 'did you mean "customers"'],
  ['event-effect-role-unknown.json', 'a staff effect on a role that does not exist', edit((d) => {
    d.events[0].effects.push({ kind: 'staff', role: 'mlEngineers', delta: { v: -1, source: 'design' } });
  }), 1, '$.events[0].effects[2].role', 'did you mean "mlEngineer"'],
  ['event-effect-field-missing.json', 'an effect without its amount', edit((d) => { delete d.events[0].effects[1].delta; }), 1, '$.events[0].effects[1].delta', 'missing'],
  ['event-min-above-max.json', 'an event whose minimum probability is above its maximum', edit((d) => {
    d.events[0].min = { v: 5000, source: 'design' };
    d.events[0].max = { v: 1000, source: 'design' };
  }), 1, '$.events[0].min.v', 'above max'],
  ['event-market-unknown.json', 'an event naming an unknown market', edit((d) => { d.events[0].markets = ['healthcare']; }), 1, '$.events[0].markets[0]', 'unknown market "healthcare"'],
  ['event-when-mismatch.json', 'closing a round on an event that is not a round', edit((d) => { d.events[2].when = 'always'; }), 1, '$.events[2].when', 'roundPending'],
  ['event-grant-when-mismatch.json', 'awarding a grant on an event that is not a grant', edit((d) => { d.events[1].when = 'roundPending'; }), 1, '$.events[1].when', 'grantPending'],
  ['event-when-unknown.json', 'an unknown trigger', edit((d) => { d.events[0].when = 'sometimes'; }), 1, '$.events[0].when', 'not allowed'],
  ['event-section-unknown.json', 'an event citing a section the seed lacks', edit((d) => { d.events[0].section = ['§1.25']; }), 1, '$.events[0].section[0]', 'does not exist in the seed'],
  ['event-section-format.json', 'a section written without §', edit((d) => { d.events[0].section = ['1.12.1']; }), 1, '$.events[0].section[0]', 'seed section'],
  ['event-probability-range.json', 'a base probability above 100%', edit((d) => { d.events[0].base.v = 12000; }), 1, '$.events[0].base.v', 'above'],
  ['facilitator-section-unknown.json', 'a facilitator note citing a section the seed lacks', edit((d) => { d.facilitator.sections = ['§1.99']; }), 1, '$.facilitator.sections[0]', 'does not exist'],
  ['facilitator-answers-count.json', 'an answer key with more answers than questions', edit((d) => {
    d.facilitator.questions = [{ zh: '问题？', en: 'A question?' }];
    d.facilitator.answers = [{ zh: '答案一。', en: 'Answer one.' }, { zh: '答案二。', en: 'Answer two.' }];
  }), 1, '$.facilitator.answers', '2 answers for 1 question'],
  ['flavour-duplicate.json', 'a section declared flavour twice', edit((d) => { d.flavourSections.push(d.flavourSections[0]); }), 1, '$.flavourSections[2].section', 'twice'],
  ['flavour-why-empty.json', 'a flavour section without a reason', edit((d) => { d.flavourSections[0].why = ''; }), 1, '$.flavourSections[0].why', 'character'],
  // --- the worst case against the engine's ceilings (issue 14): refused with the path and the bound ---
  ['bound-potential-growth.json', 'a market growing 50% a quarter for 60 quarters', edit((d) => { d.quarters.v = 60; d.markets.retail.growthBp.v = 5000; }),
    1, '$.markets.retail.growthBp.v', "above the engine's ceiling of 10,000,000,000"],
  ['bound-cash-event.json', 'an event paying 2 × 10^12 that can fire in each of 60 quarters', edit((d) => {
    d.quarters.v = 60;
    for (let i = 0; i < 2; i++) d.events[0].effects.push({ kind: 'cash', amount: { v: 1_000_000_000_000, source: 'design' } });
  }), 1, '$.events[0].effects[2].amount.v', "above the engine's ceiling of 100,000,000,000,000"],
  ['bound-compute-rent.json', 'compute rented at 10^12 a unit', edit((d) => { d.economics.computeRentPerUnit.v = 1_000_000_000_000; }),
    1, '$.economics.computeRentPerUnit.v', 'the most rented compute'],
];

const MULTI: [string, string, () => string, { path: string; keyword: string }[]][] = [
  ['multi-type-and-reference.json', 'a type error, a misspelt key and an unknown market at once: all three are reported', edit((d) => {
    d.quarters.v = 'twenty';
    d.economics.overheadPerHed = d.economics.overheadPerHead;
    delete d.economics.overheadPerHead;
    d.start.policy.markets = ['healthcare'];
  }), [{ path: '$.quarters.v', keyword: 'expected' }, { path: '$.economics.overheadPerHed', keyword: 'did you mean' }, { path: '$.start.policy.markets[0]', keyword: 'unknown market' }]],
  // --- `extends` (docs/authoring.md): a file that is a shipped scenario plus changes ---
  ['extends-unknown.json', 'extends a scenario that is not shipped: the shipped ids are listed', changes({ extends: 'clasic', id: 'my-case' }),
    [
      { path: '$.extends', keyword: 'unknown base scenario "clasic"' },
      { path: '$.extends', keyword: 'did you mean "classic"' },
      { path: '$.extends', keyword: 'case-a-fintech-2015, case-b-health-2018' },
    ]],
  ['extends-cycle-a.json', 'two files that extend each other: the cycle is named', changes({ extends: 'extends-cycle-b', id: 'extends-cycle-a' }),
    [{ path: '$.extends', keyword: 'cycle: "extends-cycle-b" extends "extends-cycle-a" extends "extends-cycle-b"' }]],
  ['extends-cycle-b.json', 'the other half of the cycle', changes({ extends: 'extends-cycle-a', id: 'extends-cycle-b' }),
    [{ path: '$.extends', keyword: 'cycle: "extends-cycle-a" extends "extends-cycle-b" extends "extends-cycle-a"' }]],
  ['extends-self.json', 'a file that extends itself', changes({ extends: 'extends-self', id: 'extends-self' }), [{ path: '$.extends', keyword: 'cycle: "extends-self" extends "extends-self"' }]],
  ['extends-not-string.json', 'extends given as a list, not text', changes({ extends: ['classic'], id: 'my-case' }), [{ path: '$.extends', keyword: 'as text' }]],
  ['extends-missing-key.json', 'a change to a key the base does not have (a misspelling)', changes({ extends: 'classic', id: 'my-case', economics: { overheadPerHed: { v: 1, source: 'design' } } }),
    [{ path: '$.economics.overheadPerHed', keyword: 'change to a missing key' }, { path: '$.economics.overheadPerHed', keyword: 'did you mean "overheadPerHead"' }]],
  ['extends-missing-key-in-entry.json', 'a change to a missing key inside an event changed by id',
    changes({ extends: 'classic', id: 'my-case', events: [{ id: 'roundCloses', bsae: { v: 100, source: 'design' } }] }),
    [{ path: '$.events[0].bsae', keyword: 'change to a missing key "bsae"' }, { path: '$.events[0].bsae', keyword: 'did you mean "base"' }]],
  ['extends-remove-unknown-id.json', 'removing an event the base does not have', changes({ extends: 'classic', id: 'my-case', events: [{ id: 'roundClose', $remove: true }] }),
    [{ path: '$.events[0].id', keyword: 'cannot be removed' }, { path: '$.events[0].id', keyword: 'did you mean "roundCloses"' }]],
  ['extends-entry-without-id.json', 'a list entry without the id that names what it changes', changes({ extends: 'classic', id: 'my-case', events: [{ base: { v: 100, source: 'design' } }] }),
    [{ path: '$.events[0]', keyword: 'each named by its "id"' }]],
  ['extends-number-without-source.json', 'a number changed without its source', changes({ extends: 'classic', id: 'my-case', quarters: { v: 8 } }),
    [{ path: '$.quarters.source', keyword: 'needs its source too' }]],
  ['extends-unknown-directive.json', 'a misspelt $remove', changes({ extends: 'classic', id: 'my-case', start: { cash: { $remvoe: true } } }),
    [{ path: '$.start.cash["$remvoe"]', keyword: 'did you mean "$remove"' }]],
  ['extends-resolved-invalid.json', 'changes that resolve to a scenario breaking a rule: reported at its path', changes({ extends: 'classic', id: 'my-case', quarters: { v: 0, source: 'design' } }),
    [{ path: '$.quarters.v', keyword: 'below' }]],
  ['extends-answers-stale.json', 'new questions that keep the base\'s answer key: the count is refused',
    changes({ extends: 'classic', id: 'my-case', facilitator: { questions: [{ zh: '问题？', en: 'A question?' }] } }),
    [{ path: '$.facilitator.answers', keyword: 'answers for 1 question' }, { path: '$.facilitator.answers', keyword: '"$remove": true' }]],
  ['multi-refusals.json', 'two duplicate keys and a 1e400: all reported in one run, then the schema too', text((t) => {
    const twice = once(t, '"difficulty": "normal",', '"difficulty": "normal",\n "difficulty": "hard",');
    return once(once(twice, '"quarters": {"v": 20', '"quarters": {"v": 1e400'), CASH, '"cash": {"v": 3000000, "source": "§1.4.1", "source": "x"}');
  }),
    [{ path: '$.difficulty', keyword: 'duplicate key' }, { path: '$.quarters.v', keyword: 'out of range' }, { path: '$.start.cash.source', keyword: 'duplicate key' }]],
];

function main(): void {
  for (const f of readdirSync(DIR)) if (f.endsWith('.json') && f !== 'base.json' && f !== 'expected.json') unlinkSync(join(DIR, f));
  const expected: Record<string, Expect | { exit: 1; rule: string; all: { path: string; keyword: string }[] }> = {};
  for (const [file, rule, make, exit, path, keyword] of CASES) {
    writeFileSync(join(DIR, file), make());
    expected[file] = { exit, path, keyword, rule };
  }
  for (const [file, rule, make, all] of MULTI) {
    writeFileSync(join(DIR, file), make());
    expected[file] = { exit: 1, rule, all };
  }
  writeFileSync(join(DIR, 'not-utf8.json'), Buffer.concat([Buffer.from('{"id": "'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}\n')]));
  expected['not-utf8.json'] = { exit: 2, path: '$', keyword: 'UTF-8', rule: 'bytes that are not UTF-8 text' };
  writeFileSync(join(DIR, 'expected.json'), JSON.stringify(expected, null, 1) + '\n');
  console.log(`${Object.keys(expected).length} broken files written`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
