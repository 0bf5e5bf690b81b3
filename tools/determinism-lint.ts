// Determinism lint gate for src/engine/**: bans ambient nondeterminism (random, clocks, timers, locale,
// environment), engine-dependent transcendental math, unordered iteration traps and imports that leave
// the engine. Syntax-only (ts.createSourceFile, no type checker), so it is fast and runs anywhere.
// Escape hatch: `// determinism-lint-allow: <rule> <reason>` on the line(s) right above the flagged line.
import ts from 'typescript';
import { builtinModules } from 'node:module';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Violation { file: string; line: number; col: number; rule: string; message: string }

const RULES = ['math-random', 'transcendental', 'date', 'performance', 'timer', 'intl', 'locale', 'ambient',
  'import-boundary', 'for-in', 'sort-no-comparator', 'non-integer-exponent', 'radix-tostring', 'unicode-version', 'eval', 'bad-allow'] as const;

const TRANSCENDENTAL = new Set(['exp', 'log', 'log2', 'log10', 'log1p', 'expm1', 'pow', 'sin', 'cos', 'tan', 'asin',
  'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'cbrt', 'hypot', 'fround']);
const LOCALE = new Set(['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString', 'toLocaleUpperCase',
  'toLocaleLowerCase', 'localeCompare']);
/** Global names banned wherever they are referenced (unless shadowed by a local declaration). */
const GLOBALS = new Map<string, [rule: string, message: string]>([
  ['Date', ['date', 'Date reads the wall clock and local time zone; carry time as integer quarters in state']],
  ['performance', ['performance', 'performance reads a clock; the engine must not observe time']],
  ['Intl', ['intl', 'Intl output depends on the host locale and ICU data']],
  ['eval', ['eval', 'eval runs code not visible to this lint']],
  ...['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'requestAnimationFrame'].map(
    (n): [string, [string, string]] => [n, ['timer', `${n} makes results depend on scheduling; the engine is synchronous`]]),
  ...['process', 'globalThis', 'window', 'document', 'navigator', 'crypto', 'WeakRef', 'FinalizationRegistry'].map(
    (n): [string, [string, string]] => [n, ['ambient', `${n} is ambient host state; pass what you need in as input`]]),
]);
const BANNED_MODULES = new Set([...builtinModules, 'phaser']);
const ALLOW_RE = /\/\/\s*determinism-lint-allow:\s*([\w-]+)\s+\S/;

/** Names a binding pattern declares: `a`, `{ a, b: c }`, `[d, ...e]`. */
function bindingNames(name: ts.BindingName, out: string[] = []): string[] {
  if (ts.isIdentifier(name)) out.push(name.text);
  else for (const el of name.elements) if (!ts.isOmittedExpression(el)) bindingNames(el.name, out);
  return out;
}

/** Names declared directly in a scope-creating node (blocks, functions, loops, catch, the file). */
function scopeNames(node: ts.Node): string[] | undefined {
  const names: string[] = [];
  const fromStatements = (stmts: readonly ts.Statement[]) => {
    for (const s of stmts) {
      if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) bindingNames(d.name, names);
      else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isEnumDeclaration(s)) && s.name) names.push(s.name.text);
      else if (ts.isImportDeclaration(s) && s.importClause) {
        const c = s.importClause;
        if (c.name) names.push(c.name.text);
        if (c.namedBindings && ts.isNamespaceImport(c.namedBindings)) names.push(c.namedBindings.name.text);
        else if (c.namedBindings) for (const e of c.namedBindings.elements) names.push(e.name.text);
      }
    }
  };
  if (ts.isSourceFile(node) || ts.isBlock(node) || ts.isModuleBlock(node)) fromStatements(node.statements);
  else if (ts.isCaseBlock(node)) for (const c of node.clauses) fromStatements(c.statements);
  else if (ts.isFunctionLike(node)) {
    for (const p of node.parameters) bindingNames(p.name, names);
    if ((ts.isFunctionExpression(node) || ts.isClassExpression(node)) && node.name) names.push(node.name.text);
  } else if ((ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node))
    && node.initializer && ts.isVariableDeclarationList(node.initializer)) {
    for (const d of node.initializer.declarations) bindingNames(d.name, names);
  } else if (ts.isCatchClause(node) && node.variableDeclaration) bindingNames(node.variableDeclaration.name, names);
  else return undefined;
  return names;
}

/** True when an identifier is a name slot (property key, member name, label), not a reference to a binding. */
function isNameSlot(id: ts.Identifier): boolean {
  const p = id.parent;
  if ((ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p)) && (ts.isPropertyAccessExpression(p) ? p.name : p.right) === id) return true;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) || ts.isPropertySignature(p)
    || ts.isMethodSignature(p) || ts.isGetAccessor(p) || ts.isSetAccessor(p) || ts.isEnumMember(p)) && p.name === id) return true;
  if ((ts.isBindingElement(p) || ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) && p.propertyName === id) return true;
  if (ts.isExportSpecifier(p) && p.name === id) return true;
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isBindingElement(p) || ts.isFunctionDeclaration(p)
    || ts.isFunctionExpression(p) || ts.isClassLike(p) || ts.isImportClause(p) || ts.isImportSpecifier(p)
    || ts.isNamespaceImport(p) || ts.isEnumDeclaration(p) || ts.isInterfaceDeclaration(p) || ts.isTypeAliasDeclaration(p)) && p.name === id) return true;
  return ts.isLabeledStatement(p) || ts.isBreakOrContinueStatement(p);
}

/** The engine directory a file belongs to: the enclosing `src/engine` if any, else `fallback` (or its own dir). */
function engineRootOf(file: string, fallback?: string): string {
  const abs = resolve(file);
  const marker = `${sep}src${sep}engine${sep}`;
  const at = abs.lastIndexOf(marker);
  return at >= 0 ? abs.slice(0, at + marker.length - 1) : resolve(fallback ?? dirname(abs));
}

/** Pure: lints one file's text. Imports that resolve outside `engineRoot` break the boundary. */
export function lintSource(fileName: string, text: string, engineRoot = engineRootOf(fileName)): Violation[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true,
    fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Violation[] = [];
  const report = (node: ts.Node, rule: string, message: string) => {
    const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    out.push({ file: fileName, line: line + 1, col: character + 1, rule, message });
  };
  // Pre-pass: aliases of Math (`const M = Math`), so `M.pow` is caught like `Math.pow`.
  const mathNames = new Set(['Math']);
  const findAliases = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && ts.isIdentifier(n.initializer)
      && mathNames.has(n.initializer.text)) mathNames.add(n.name.text);
    ts.forEachChild(n, findAliases);
  };
  for (let size = 0; size !== mathNames.size;) { size = mathNames.size; findAliases(sf); }
  const isMath = (e: ts.Expression) => ts.isIdentifier(e) && mathNames.has(e.text);
  const mathMember = (node: ts.Node, name: string) => {
    if (name === 'random') report(node, 'math-random', 'Math.random is unseeded; draw from the named rng streams in state');
    else if (TRANSCENDENTAL.has(name)) report(node, 'transcendental', `Math.${name} is not exactly specified and differs between JS engines; use arithmetic or a lookup table`);
  };
  const checkImport = (node: ts.Node, spec: string) => {
    const bare = spec.startsWith('node:') ? spec : spec.split('/')[0];
    if (spec.startsWith('node:') || BANNED_MODULES.has(bare ?? "")) {
      report(node, 'import-boundary', `'${spec}' is a host/UI module; the engine runs unchanged in Node, browser and worker`);
    } else if (spec.startsWith('.') || spec.startsWith('/')) {
      const rel = relative(engineRoot, resolve(dirname(resolve(fileName)), spec));
      const formats = rel.startsWith(`..${sep}formats${sep}`); // src/formats: the pure file readers, linted like the engine
      if (!formats && (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))) report(node, 'import-boundary', `'${spec}' leaves src/engine; the engine imports nothing from ui/, session/ or cli/`);
    }
  };
  const scopes: string[][] = [];
  const shadowed = (name: string) => scopes.some((s) => s.includes(name));

  const visit = (node: ts.Node): void => {
    const names = scopeNames(node);
    if (names) scopes.push(names);
    if (ts.isIdentifier(node) && !isNameSlot(node)) {
      const banned = GLOBALS.get(node.text);
      if (banned && !shadowed(node.text)) report(node, ...banned);
      const p = node.parent;
      if (node.text === 'Math' && !(ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && !(ts.isVariableDeclaration(p) && p.initializer === node)
        && !ts.isTypeQueryNode(p) && !shadowed('Math')) report(node, 'transcendental', 'Math escapes as a value; its members cannot be checked');
    } else if (ts.isPropertyAccessExpression(node)) {
      if (isMath(node.expression)) mathMember(node, node.name.text);
      if (LOCALE.has(node.name.text)) report(node.name, 'locale', `${node.name.text} depends on the host locale and ICU data`);
    } else if (ts.isElementAccessExpression(node)) {
      const key = node.argumentExpression;
      const lit = ts.isStringLiteralLike(key) ? key.text : undefined;
      if (isMath(node.expression)) {
        if (lit === undefined) report(node, 'transcendental', 'computed Math member cannot be checked');
        else mathMember(node, lit);
      }
      if (lit && LOCALE.has(lit)) report(key, 'locale', `${lit} depends on the host locale and ICU data`);
    } else if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer && isMath(node.initializer)) {
      for (const el of node.name.elements) {
        const key = el.propertyName ?? el.name;
        if (ts.isIdentifier(key) || ts.isStringLiteralLike(key)) mathMember(el, key.text);
        else report(el, 'transcendental', 'computed Math member cannot be checked');
      }
    } else if (ts.isForInStatement(node)) {
      report(node, 'for-in', 'for-in order of numeric-like keys is a trap; iterate Object.keys(...) in an explicit order');
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const method = ts.isPropertyAccessExpression(callee) ? callee.name.text
        : ts.isElementAccessExpression(callee) && ts.isStringLiteralLike(callee.argumentExpression) ? callee.argumentExpression.text : undefined;
      const noCmp = node.arguments.length === 0 || (node.arguments[0] !== undefined && ts.isIdentifier(node.arguments[0]) && node.arguments[0].text === 'undefined');
      if ((method === 'sort' || method === 'toSorted') && noCmp) report(node, 'sort-no-comparator', `.${method}() without a comparator sorts by UTF-16 string order; pass an explicit comparator`);
      // Measured: V8 and JavaScriptCore print different digits for (i/7 + 0.1).toString(36).
      const radix = node.arguments[0];
      if (method === 'toString' && radix && !(ts.isNumericLiteral(radix) && radix.text === '10')) report(node, 'radix-tostring', 'Number#toString(radix) of a non-integer is implementation-approximated and differs between engines; format integers in base 10');
      if (method === 'normalize') report(node, 'unicode-version', 'String#normalize uses the engine\'s Unicode tables, which change between engine versions');
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteralLike(arg) && (node.expression.kind === ts.SyntaxKind.ImportKeyword
        || (ts.isIdentifier(callee) && callee.text === 'require'))) checkImport(node, arg.text);
      if (ts.isIdentifier(callee) && callee.text === 'Function') report(node, 'eval', 'Function() compiles code at run time');
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Function') {
      report(node, 'eval', 'new Function compiles code at run time');
    } else if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteralLike(node.moduleSpecifier)) {
      checkImport(node, node.moduleSpecifier.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteralLike(node.argument.literal)) {
      checkImport(node, node.argument.literal.text);
    } else if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.AsteriskAsteriskToken
      || node.operatorToken.kind === ts.SyntaxKind.AsteriskAsteriskEqualsToken)) {
      const r = node.right;
      if (!(ts.isNumericLiteral(r) && Number.isInteger(Number(r.text)))) report(node.operatorToken, 'non-integer-exponent', `${node.operatorToken.getText(sf)} with a non-integer-literal exponent is pow(); only x ** <integer literal> is allowed`);
    } else if (ts.isRegularExpressionLiteral(node) && /\\[pP]\{/.test(node.text)) {
      report(node, 'unicode-version', 'a Unicode property escape matches by the engine\'s Unicode version; list the characters explicitly');
    } else if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) {
      report(node, 'ambient', 'import.meta is host state');
    }
    ts.forEachChild(node, visit);
    if (names) scopes.pop();
  };
  visit(sf);

  // Allow comments: each must name a known rule and give a reason; it covers the next non-allow line.
  const lines = text.split(/\r?\n/);
  lines.forEach((l, i) => {
    if (!l.includes('determinism-lint-allow')) return;
    const m = ALLOW_RE.exec(l);
    if (!m || !(RULES as readonly string[]).includes(m[1] ?? "")) {
      out.push({ file: fileName, line: i + 1, col: l.indexOf('determinism-lint-allow') + 1, rule: 'bad-allow',
        message: `allow comment must be '// determinism-lint-allow: <rule> <reason>' with a rule from: ${RULES.join(', ')}` });
    }
  });
  const allowed = (v: Violation) => {
    for (let i = v.line - 2; i >= 0 && ALLOW_RE.test(lines[i] ?? ""); i--) if (ALLOW_RE.exec(lines[i] ?? "")![1] === v.rule) return true;
    return false;
  };
  return out.filter((v) => v.rule === 'bad-allow' || !allowed(v)).sort((a, b) => a.line - b.line || a.col - b.col);
}

const isLintable = (f: string) => /\.(ts|tsx|mts|cts)$/.test(f) && !/\.test\.(ts|tsx|mts|cts)$/.test(f);

/** Files to lint under each path (recursively, sorted), skipping `*.test.ts` and node_modules. */
function collectFiles(paths: string[]): { file: string; root: string }[] {
  const out: { file: string; root: string }[] = [];
  const walk = (dir: string, root: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) { if (name !== 'node_modules' && !name.startsWith('.')) walk(full, root); }
      else if (isLintable(name)) out.push({ file: full, root });
    }
  };
  for (const p of paths) {
    if (statSync(p).isDirectory()) walk(p, p);
    else if (isLintable(p)) out.push({ file: p, root: dirname(p) });
  }
  return out;
}

/** Lints every file under `paths`; a file's engine root is its enclosing src/engine, else the path it was found under. */
export function lintPaths(paths: string[]): Violation[] {
  return collectFiles(paths).flatMap(({ file, root }) => lintSource(file, readFileSync(file, 'utf8'), engineRootOf(file, root)));
}

function main(argv: string[]): number {
  const explicit = argv.length > 0;
  const paths = explicit ? argv : ['src/engine', 'src/formats'];
  const missing = paths.filter((p) => !existsSync(p));
  if (explicit && missing.length) { console.error(`determinism lint: no such path: ${missing.join(', ')}`); return 2; }
  const files = collectFiles(paths.filter((p) => existsSync(p)));
  const violations = files.flatMap(({ file, root }) => lintSource(file, readFileSync(file, 'utf8'), engineRootOf(file, root)));
  for (const v of violations) console.log(`${v.file}:${v.line}:${v.col}  ${v.rule}  ${v.message}`);
  console.log(`determinism lint: ${files.length} files, ${violations.length} violations`);
  return violations.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main(process.argv.slice(2));
