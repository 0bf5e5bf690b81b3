// Imported text can never run as script: the source has no HTML sinks outside a reviewed list
// (the UI renders untrusted text with textContent and Phaser text objects), and the two string
// builders that do emit HTML for printouts, esc() and safeSvg(), are fuzzed with hostile input.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { esc, safeSvg } from '../src/workshop/html';
import { guarded, int, newStats, pick, prototypeSnapshot, rng, summary } from './fuzz-support';

const ROOT = join(__dirname, '..');
const SINKS = new RegExp(
  [
    /\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|\.srcdoc\b|createContextualFragment/,
    /parseFromString\([^)]*text\/html|\bnew Function\b|\beval\(|setAttribute\(\s*['"]on|\.add\.dom\(|javascript:/,
  ]
    .map((r) => r.source)
    .join('|'),
);
/** Reviewed uses, file → why it is safe. A new sink fails the test until it is reviewed here. */
const REVIEWED: Record<string, string> = {
  'tools/bench/workshop.ts': 'the bench renders its own report (every text through esc) in a throwaway headless page',
  'src/workshop/html.ts': 'safeSvg rejects "javascript:" (the regex literal is the match)',
  'src/ui/workshop/print-frame.ts': 'printouts built by src/workshop (all text through esc) in an iframe sandboxed without allow-scripts',
};

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) sources(full, out);
    else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) out.push(full);
  }
  return out;
}

const stats = newStats();
const before = prototypeSnapshot();

describe('no script from imported content', () => {
  afterAll(() => console.log(summary('html escaping', stats)));

  it('the source has no HTML sink outside the reviewed list', () => {
    const hits: string[] = [];
    for (const f of sources(join(ROOT, 'src'))) {
      const rel = relative(ROOT, f);
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (SINKS.test(line) && !REVIEWED[rel]) hits.push(`${rel}:${i + 1}: ${line.trim().slice(0, 120)}`);
        });
    }
    expect(hits).toEqual([]);
    const stale = Object.keys(REVIEWED).filter((f) => {
      try {
        return !SINKS.test(readFileSync(join(ROOT, f), 'utf8'));
      } catch {
        return true;
      }
    });
    expect(stale, 'reviewed files that no longer hold a sink: remove them from REVIEWED').toEqual([]);
  });

  it('esc() leaves no markup in 2,000 hostile strings and loses no text', () => {
    const r = rng('fuzz-esc');
    const parts = [
      '<',
      '>',
      '"',
      "'",
      '&',
      '&amp;',
      '<script>',
      '</title>',
      'onerror=',
      '`',
      '\u0000',
      '\u2028',
      '队',
      '💥',
      'javascript:',
      '&#x3C;',
      '\\',
    ];
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: int(r, 0, 30) }, () => (r() < 0.6 ? pick(r, parts) : String.fromCharCode(int(r, 32, 0x2fff)))).join(
        '',
      );
      guarded(stats, `esc#${i}`, 1, () => {
        const e = esc(s);
        if (/[<>"']/.test(e)) return `markup survives in ${JSON.stringify(e)}`;
        const back = e
          .replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&gt;/g, '>')
          .replace(/&lt;/g, '<')
          .replace(/&amp;/g, '&');
        return back === s ? 'accepted' : `text lost: ${JSON.stringify(s)}`;
      });
    }
    expect(stats.failures.slice(0, 5)).toEqual([]);
  });

  it('safeSvg() refuses 400 SVGs carrying script, handlers, links or foreign content', () => {
    const r = rng('fuzz-svg');
    const bad = [
      '<script>alert(1)</script>',
      '<g onload="alert(1)"/>',
      '<a href="javascript:alert(1)">x</a>',
      '<a xlink:href="https://evil">x</a>',
      '<foreignObject><div/></foreignObject>',
      '<g ONCLICK = "x"/>',
      '<use href="#a"/>',
      '<SCRIPT>x</SCRIPT>',
      '<image href="x"/>',
    ];
    for (let i = 0; i < 400; i++) {
      const svg = `${r() < 0.3 ? '<?xml version="1.0"?>\n' : ''}<svg xmlns="http://www.w3.org/2000/svg">${'<rect width="1"/>'.repeat(int(r, 0, 3))}${pick(r, bad)}</svg>`;
      guarded(stats, `svg#${i}`, 1, () => (safeSvg(svg) === '' ? 'refused' : `let through: ${svg}`));
    }
    expect(safeSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1"/></svg>')).not.toBe('');
    expect(stats.failures.slice(0, 5)).toEqual([]);
    expect(prototypeSnapshot()).toBe(before);
  });
});
