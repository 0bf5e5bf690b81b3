// ESLint over the whole tree (`npm run lint`): typescript-eslint's recommended rules (syntax only, no type
// information, so it stays fast), the determinism gate for src/engine and src/formats, and the engine door.
// The escape hatch is ESLint's own `// eslint-disable-next-line <rule> -- <reason>`: the reason is required
// (local/disable-needs-reason) and a disable that hides nothing is an error (reportUnusedDisableDirectives).
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------------------------------------
// Determinism: src/engine and src/formats run unchanged in Node, browsers, workers, Bun and QuickJS, and must
// give bit-identical results on all of them (test/crossengine.test.ts compares the hashes).

const TRANSCENDENTAL = [
  'exp',
  'log',
  'log2',
  'log10',
  'log1p',
  'expm1',
  'pow',
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'atan2',
  'sinh',
  'cosh',
  'tanh',
  'asinh',
  'acosh',
  'atanh',
  'cbrt',
  'hypot',
  'fround',
];
const LOCALE = ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString', 'toLocaleUpperCase', 'toLocaleLowerCase', 'localeCompare'];

const timer = (name) => ({
  name,
  message: `${name} makes results depend on scheduling; the engine is synchronous: do the work in the step.`,
});
const ambient = (name) => ({
  name,
  message: `${name} is ambient host state; pass what the engine needs in as input (state, scenario or arguments).`,
});
const DETERMINISM_GLOBALS = [
  { name: 'Date', message: 'Date reads the wall clock and the local time zone; carry time as integer quarters in state.' },
  { name: 'performance', message: 'performance reads a clock; the engine must not observe time. Measure in tools/bench instead.' },
  { name: 'Intl', message: 'Intl output depends on the host locale and ICU data; format in the UI (src/i18n), not in the engine.' },
  { name: 'eval', message: 'eval runs code the gate cannot see; write the code out.' },
  { name: 'Function', message: 'Function() compiles code at run time; write the code out.' },
  ...['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'requestAnimationFrame'].map(timer),
  ...[
    'process',
    'globalThis',
    'window',
    'self',
    'global',
    'document',
    'navigator',
    'location',
    'localStorage',
    'crypto',
    'WeakRef',
    'FinalizationRegistry',
    'require',
    'Buffer',
    '__dirname',
    '__filename',
  ].map(ambient),
];

const DETERMINISM_PROPERTIES = [
  { object: 'Math', property: 'random', message: 'Math.random is unseeded; draw from the named rng streams in state (src/engine/rng.ts).' },
  ...TRANSCENDENTAL.map((property) => ({
    object: 'Math',
    property,
    message: `Math.${property} is not exactly specified and differs between JS engines; use integer arithmetic or a lookup table.`,
  })),
  ...LOCALE.map((property) => ({
    property,
    message: `${property} depends on the host locale and ICU data; compare code units (byString) or format in the UI.`,
  })),
  {
    property: 'normalize',
    message: "String#normalize uses the engine's Unicode tables, which change between engine versions; keep text as given.",
  },
];

// esquery cannot hold a '/' inside a /regex/, so '/' is written \x2F there.
const DETERMINISM_SYNTAX = [
  {
    selector: 'ForInStatement',
    message: 'for-in order of numeric-like keys is a trap; iterate Object.keys(...) sorted with an explicit comparator.',
  },
  {
    selector: 'CallExpression[arguments.length=0] > MemberExpression.callee[property.name=/^(sort|toSorted)$/]',
    message: 'sort() without a comparator sorts by UTF-16 string order; pass one (byString for ids, (a, b) => a - b for numbers).',
  },
  {
    selector: 'CallExpression[arguments.length=0] > MemberExpression.callee[property.value=/^(sort|toSorted)$/]',
    message: 'sort() without a comparator sorts by UTF-16 string order; pass one (byString for ids, (a, b) => a - b for numbers).',
  },
  {
    selector:
      "CallExpression[arguments.0.type='Identifier'][arguments.0.name='undefined'] > MemberExpression.callee[property.name=/^(sort|toSorted)$/]",
    message: 'sort(undefined) sorts by UTF-16 string order; pass a comparator.',
  },
  {
    selector: "BinaryExpression[operator='**']:not([right.type='Literal'][right.raw=/^[0-9][0-9_]*$/])",
    message:
      'x ** y with a non-integer-literal exponent is Math.pow, which differs between engines; only x ** <integer literal> is allowed (or multiply in a loop).',
  },
  {
    selector: "AssignmentExpression[operator='**=']:not([right.type='Literal'][right.raw=/^[0-9][0-9_]*$/])",
    message:
      'x **= y with a non-integer-literal exponent is Math.pow, which differs between engines; only an integer literal exponent is allowed.',
  },
  {
    selector: "CallExpression[arguments.length>0]:not([arguments.0.raw='10']) > MemberExpression.callee[property.name='toString']",
    message: 'Number#toString(radix) of a non-integer is approximated differently by each engine; format integers in base 10.',
  },
  {
    selector: 'Literal[regex.pattern=/\\\\[pP]\\{/]',
    message: "A Unicode property escape (\\p{...}) matches by the engine's Unicode version; list the characters or ranges explicitly.",
  },
  // Math only as `Math.member` or `Math['member']`: an alias (`const M = Math`, `const { pow } = Math`, `f(Math)`)
  // would hide which member is used from the checks above.
  {
    selector: `Identifier[name='Math']:not(${[
      'MemberExpression > Identifier.object',
      'MemberExpression[computed=false] > Identifier.property',
      'Property[computed=false] > Identifier.key',
      'TSPropertySignature > Identifier.key',
      'TSTypeQuery > Identifier.exprName',
    ].join(', ')})`,
    message:
      'Math escapes as a value (an alias or an argument), so the gate cannot see which member is used; call Math.floor(...) etc. directly.',
  },
  {
    selector: "MemberExpression[object.name='Math'][computed=true]:not([property.type='Literal'])",
    message: 'A computed Math member cannot be checked; name the member (Math.floor, Math.imul, ...).',
  },
  // Types too: no-restricted-globals sees only values, and `at: Date` in state means a clock value flows in.
  {
    selector:
      ':matches(TSTypeReference > Identifier.typeName, TSTypeQuery > Identifier.exprName, TSQualifiedName > Identifier.left)' +
      `[name=/^(${[...DETERMINISM_GLOBALS.map((g) => g.name), 'NodeJS'].join('|')})$/]`,
    message: 'A host type (clock, locale, timer or host object) in the engine; carry plain data (integers, strings) instead.',
  },
  { selector: "MetaProperty[meta.name='import']", message: 'import.meta is host state; pass what the engine needs in as input.' },
  { selector: 'ImportExpression', message: 'A dynamic import makes the engine asynchronous and host-dependent; use a static import.' },
];

const hostModules = (where) => ({
  paths: [...builtinModules, 'phaser'].map((name) => ({
    name,
    message: `'${name}' is a host or UI module; ${where} runs unchanged in Node, browsers and workers: pass what it needs in as input.`,
  })),
  patterns: [
    { group: ['node:*'], message: `Node builtins are host modules; ${where} runs unchanged in Node, browsers and workers.` },
    { group: ['phaser/*'], message: `Phaser is the UI's renderer; ${where} imports none of it.` },
  ],
});

/** Regex source for a relative specifier, from a file `depth` folders below `root`, that leaves `root` other than into `allowed`. */
const leaves = (depth, allowed) => `^(\\.\\./){${depth + 1}}(?!(${allowed.join('|')})/)|^/`;

// ---------------------------------------------------------------------------------------------------------
// The engine door: code outside src/engine imports the engine only through its entry, src/engine/index.ts.

const DOOR = '^\\.\\.?/(.*/)?engine/(?!index(\\.[jt]s)?$)';
const DOOR_MESSAGE =
  'Outside src/engine, import the engine only through its entry (../engine or ../engine/index); export what you need from src/engine/index.ts.';
const doorPattern = { regex: DOOR, message: DOOR_MESSAGE };
const DOOR_SYNTAX = [
  { selector: 'ImportExpression[source.value=/^\\.\\.?\\x2F(.*\\x2F)?engine\\x2F(?!index(\\.[jt]s)?$)/]', message: DOOR_MESSAGE },
  { selector: 'TSImportType[argument.literal.value=/^\\.\\.?\\x2F(.*\\x2F)?engine\\x2F(?!index(\\.[jt]s)?$)/]', message: DOOR_MESSAGE },
];

const ENGINE_DEPTHS = [0, 1, 2, 3];
const stars = (depth) => ['*', ...Array(depth).fill('*')].join('/');

/** Flat-config blocks for one pure layer (engine or formats): per folder depth, because the import boundary is relative. */
function pureLayer(root, allowed, { door, may }) {
  const where = root;
  return ENGINE_DEPTHS.map((depth) => ({
    name: `determinism/${root}/depth-${depth}`,
    files: [`${root}/${stars(depth)}.ts`],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...DETERMINISM_GLOBALS],
      'no-restricted-properties': ['error', ...DETERMINISM_PROPERTIES],
      'no-restricted-syntax': ['error', ...DETERMINISM_SYNTAX, ...(door ? DOOR_SYNTAX : [])],
      'no-restricted-imports': [
        'error',
        {
          paths: hostModules(where).paths,
          patterns: [
            ...hostModules(where).patterns,
            {
              regex: leaves(depth, allowed),
              message: `This import leaves ${root}; ${root} imports only ${may} and pure npm packages (zod, seedrandom, @noble/hashes).`,
            },
            ...(door ? [doorPattern] : []),
          ],
        },
      ],
    },
  }));
}

// ---------------------------------------------------------------------------------------------------------
// Disable comments must say why, and rules are configured here, not in comments.

const local = {
  rules: {
    'disable-needs-reason': {
      meta: {
        type: 'problem',
        schema: [],
        docs: { description: 'eslint-disable comments must give a reason after --; inline rule configuration is refused' },
      },
      create(context) {
        return {
          Program() {
            for (const c of context.sourceCode.getAllComments()) {
              const text = c.value.trim();
              const m = /^(eslint-disable(?:-next-line|-line)?|eslint(?=\s)|eslint-env|global|globals|exported)\b/.exec(text);
              // ESLint reads rule and global configuration only from block comments; disables from both kinds.
              if (!m || (c.type !== 'Block' && !m[1].startsWith('eslint-disable'))) continue;
              if (m[1].startsWith('eslint-disable')) {
                if (!/\s--\s*\S/.test(text))
                  context.report({ loc: c.loc, message: `'${m[1]}' needs a reason: // ${m[1]} <rule> -- <why this is safe>.` });
                else if (/^eslint-disable\S*\s+--/.test(text))
                  context.report({ loc: c.loc, message: `'${m[1]}' must name the rule(s) it disables.` });
              } else {
                context.report({
                  loc: c.loc,
                  message: `Configure rules and globals in eslint.config.js, not with an inline '${m[1]}' comment.`,
                });
              }
            }
          },
        };
      },
    },
  },
};

export default defineConfig(
  { name: 'ignores', ignores: ['dist/**', 'coverage/**', 'test-output/**', '.vite/**'] },
  {
    name: 'linter-options',
    linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'house',
    plugins: { local },
    rules: {
      'local/disable-needs-reason': 'error',
      // House style: a leading underscore marks a binding kept on purpose (a destructured field dropped from a rest,
      // a parameter a callback signature requires).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    name: 'tests',
    files: ['test/**/*.ts', 'src/**/*.test.ts'],
    rules: {
      // Tests edit arbitrary replay/scenario JSON to plant faults; `any` there is deliberate and commented.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  // The door for everything outside src/engine (src/formats gets it inside its own blocks below).
  {
    name: 'engine-door',
    files: ['**/*.ts', '**/*.js'],
    ignores: ['src/engine/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [doorPattern] }],
      'no-restricted-syntax': ['error', ...DOOR_SYNTAX],
    },
  },
  ...pureLayer('src/engine', ['formats', 'engine'], { door: false, may: 'src/engine, src/formats' }),
  ...pureLayer('src/formats', ['formats'], { door: true, may: 'src/formats' }),
);
