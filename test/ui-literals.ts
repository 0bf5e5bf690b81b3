// Finds literal text in browser UI source that a player would read without it going through the
// dictionary: string and template literals containing letters (Latin or CJK) that reach a text
// sink as written: a child of h()/svg()/fill()/append(), a title, aria-label, placeholder, alt or
// label attribute, textContent/title/placeholder assignments, setAttribute of those, alert and
// confirm, and Phaser's text(…)/setText(…). The literal is followed through +, templates, ?:, ||,
// ??, arrays and parentheses, not into calls (t(lang, 'key') is how text should arrive).
import ts from 'typescript';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const LETTER = /[A-Za-z\u3400-\u9fff]/;
const TEXT_ATTRS = new Set([
  'title',
  'aria-label',
  'placeholder',
  'alt',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'label',
]);
const TEXT_PROPS = new Set(['textContent', 'innerText', 'title', 'placeholder', 'ariaLabel', 'alt']);

export interface Literal {
  file: string;
  line: number;
  text: string;
  sink: string;
}

/** The string pieces of an expression that end up in the text as written (through +, templates, ?:, ||, ??, arrays, parentheses; not into calls). */
function pieces(e: ts.Expression, out: string[]): void {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) out.push(e.text);
  else if (ts.isTemplateExpression(e)) {
    out.push(e.head.text);
    for (const s of e.templateSpans) {
      out.push(s.literal.text);
      pieces(s.expression, out);
    }
  } else if (ts.isParenthesizedExpression(e)) pieces(e.expression, out);
  else if (ts.isConditionalExpression(e)) {
    pieces(e.whenTrue, out);
    pieces(e.whenFalse, out);
  } else if (
    ts.isBinaryExpression(e) &&
    [
      ts.SyntaxKind.PlusToken,
      ts.SyntaxKind.BarBarToken,
      ts.SyntaxKind.QuestionQuestionToken,
      ts.SyntaxKind.AmpersandAmpersandToken,
    ].includes(e.operatorToken.kind)
  ) {
    pieces(e.left, out);
    pieces(e.right, out);
  } else if (ts.isArrayLiteralExpression(e)) for (const x of e.elements) if (!ts.isSpreadElement(x)) pieces(x, out);
}

export function scanSource(file: string, src: string): Literal[] {
  const sf = ts.createSourceFile(file, src, ts.ScriptTarget.ES2022, true);
  const found: Literal[] = [];
  const report = (e: ts.Expression | undefined, sink: string) => {
    if (!e) return;
    const ps: string[] = [];
    pieces(e, ps);
    for (const p of ps)
      if (LETTER.test(p)) found.push({ file, line: sf.getLineAndCharacterOfPosition(e.getStart()).line + 1, text: p, sink });
  };
  const attrs = (o: ts.Expression | undefined, sink: string) => {
    if (!o || !ts.isObjectLiteralExpression(o)) return;
    for (const p of o.properties) {
      if (!ts.isPropertyAssignment(p)) continue;
      const name = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : '';
      if (TEXT_ATTRS.has(name)) report(p.initializer, `${sink} ${name}`);
    }
  };
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      const args = n.arguments;
      if (name === 'h' || name === 'svg') {
        attrs(args[1], name);
        args.slice(2).forEach((a) => report(a, `${name} child`));
      } else if (
        name === 'fill' ||
        name === 'append' ||
        name === 'replaceChildren' ||
        name === 'prepend' ||
        name === 'before' ||
        name === 'after'
      )
        args.slice(name === 'fill' ? 1 : 0).forEach((a) => report(a, `${name} child`));
      else if (name === 'setAttribute' && args[0] && ts.isStringLiteral(args[0]) && TEXT_ATTRS.has(args[0].text))
        report(args[1], `setAttribute ${args[0].text}`);
      else if (name === 'alert' || name === 'confirm' || name === 'prompt') report(args[0], name);
      else if (name === 'setText' || name === 'createTextNode') report(args[0], name);
      else if (name === 'setFitted') report(args[1], name);
      else if (name === 'text' && ts.isPropertyAccessExpression(callee) && args.length >= 3) report(args[2], 'Phaser text');
    }
    if (
      ts.isBinaryExpression(n) &&
      n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(n.left) &&
      TEXT_PROPS.has(n.left.name.text)
    )
      report(n.right, n.left.name.text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

export function uiFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(dir, f));
}

const HAN = /[\u4e00-\u9fff]/;

/** The lines of a source file that hold Han characters (U+4E00–U+9FFF) outside comments: each
 *  comment the parser finds (leading or trailing any token) is blanked first, line breaks kept. */
export function hanOutsideComments(file: string, src: string): { file: string; line: number; text: string }[] {
  if (!HAN.test(src)) return [];
  const sf = ts.createSourceFile(file, src, ts.ScriptTarget.ES2022, true);
  const ranges = new Map<number, number>();
  const collect = (r: ts.CommentRange[] | undefined) => r?.forEach((c) => ranges.set(c.pos, c.end));
  const visit = (n: ts.Node): void => {
    collect(ts.getLeadingCommentRanges(src, n.getFullStart()));
    collect(ts.getTrailingCommentRanges(src, n.getEnd()));
    for (const c of n.getChildren(sf)) visit(c);
  };
  visit(sf);
  let code = src;
  for (const [pos, end] of ranges) code = code.slice(0, pos) + code.slice(pos, end).replace(/[^\n]/g, ' ') + code.slice(end);
  return code
    .split('\n')
    .map((text, i) => ({ file, line: i + 1, text: text.trim() }))
    .filter((l) => HAN.test(l.text));
}
