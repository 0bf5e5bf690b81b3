// Prints what a build weighs (run after `npx vite build`: `npx tsx tools/build-size.ts [DIR]`): the
// whole dist folder, its fonts by format, and the title page's first load, i.e. the entry script,
// the chunks index.html preloads and its stylesheet, gzipped (zlib's default level; KB = 1024 bytes,
// as `npm run bench -- browser` counts the script it sees transferred).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = resolve(process.argv[2] ?? 'dist');
const files: string[] = [];
const walk = (d: string) => {
  for (const f of readdirSync(d)) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
};
walk(dir);
const bytes = (ps: string[]) => ps.reduce((n, p) => n + statSync(p).size, 0);
const mb = (n: number) => (n / 1e6).toFixed(2) + ' MB';
const kb = (n: number) => (n / 1024).toFixed(0) + ' KB';
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const first = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => join(dir, m[1]!));
const gz = (p: string) => gzipSync(readFileSync(p)).length;
const js = first.filter((p) => p.endsWith('.js'));
const css = first.filter((p) => p.endsWith('.css'));
console.log(`dist: ${mb(bytes(files))} in ${files.length} files`);
for (const ext of ['woff2', 'woff']) {
  const fs = files.filter((f) => f.endsWith('.' + ext));
  console.log(`  .${ext}: ${fs.length} files, ${mb(bytes(fs))}`);
}
console.log(
  `title page first load: ${kb(js.reduce((n, p) => n + gz(p), 0))} gzip of script in ${js.length} chunks (${kb(bytes(js))} raw), ${kb(css.reduce((n, p) => n + gz(p), 0))} gzip of CSS`,
);
