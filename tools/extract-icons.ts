// Builds the office's sprite sheets from the iconify JSON packages (run: npx tsx tools/extract-icons.ts).
// Writes assets/office/{people,icons}.svg, src/ui/office/asset-frames.ts (frame names by cell) and
// assets/LICENSES.md, so what ships, where it came from and under which licence never drift apart.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = '@iconify-json/fluent-emoji-flat';

interface IconSet {
  prefix: string;
  width?: number;
  height?: number;
  icons: Record<string, { body: string; width?: number; height?: number }>;
  aliases?: Record<string, { parent: string }>;
}
const set = JSON.parse(readFileSync(join(root, 'node_modules', PKG, 'icons.json'), 'utf8')) as IconSet;
const pkgVersion = (JSON.parse(readFileSync(join(root, 'node_modules', PKG, 'package.json'), 'utf8')) as { version: string }).version;

function icon(name: string): { body: string; w: number; h: number } {
  let n = name;
  for (let i = 0; i < 4 && !set.icons[n]; i++) n = set.aliases?.[n]?.parent ?? n;
  const ic = set.icons[n];
  if (!ic) throw new Error(`icon ${name} not in ${PKG}`);
  return { body: ic.body, w: ic.width ?? set.width ?? 32, h: ic.height ?? set.height ?? 32 };
}

let uid = 0;
/** One icon placed in a sheet cell; ids are prefixed so gradients and clips of different icons never collide. */
function place(name: string, x: number, y: number, size: number): string {
  const ic = icon(name);
  const p = `i${uid++}-`;
  const body = ic.body
    .replace(/id="([^"]+)"/g, `id="${p}$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${p}$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${p}$1"`);
  return `<svg x="${x}" y="${y}" width="${size}" height="${size}" viewBox="0 0 ${ic.w} ${ic.h}">${body}</svg>`;
}

// Each role: a distinct figure plus a badge, so roles differ by shape and icon, never by colour alone.
const ROLE_ART: Record<string, { figure: string; badge: string }> = {
  dataScientist: { figure: 'scientist', badge: 'bar-chart' },
  mlEngineer: { figure: 'mechanic', badge: 'brain' },
  softwareEngineer: { figure: 'technologist', badge: 'laptop' },
  productManager: { figure: 'office-worker', badge: 'clipboard' },
  marketing: { figure: 'tipping-hand', badge: 'megaphone' },
  compliance: { figure: 'judge', badge: 'shield' },
  domainExpert: { figure: 'teacher', badge: 'graduation-cap' },
};
// Six people per role, mixed genders and skin tones (no yellow default tone: these are people).
const VARIANTS = ['person-%-light', 'woman-%-medium', 'man-%-dark', 'woman-%-medium-light', 'man-%-medium', 'person-%-medium-dark'];
const figureName = (fig: string, v: string): string => {
  const n = v.replace('%', fig);
  return fig === 'tipping-hand' || fig === 'in-tuxedo' ? n : n.replace(/^person-/, '');
};

const PEOPLE: { frame: string; figure: string; badge: string }[] = [];
for (const [role, art] of Object.entries(ROLE_ART)) {
  VARIANTS.forEach((v, i) => PEOPLE.push({ frame: `person.${role}.${i}`, figure: figureName(art.figure, v), badge: art.badge }));
}
['person-%-medium-light', 'woman-%-dark', 'man-%-light'].forEach((v, i) =>
  PEOPLE.push({ frame: `person.investor.${i}`, figure: v.replace('%', 'in-tuxedo'), badge: 'money-bag' }),
);

const ICONS: Record<string, string> = {
  'badge.dataScientist': 'bar-chart',
  'badge.mlEngineer': 'brain',
  'badge.softwareEngineer': 'laptop',
  'badge.productManager': 'clipboard',
  'badge.marketing': 'megaphone',
  'badge.compliance': 'shield',
  'badge.domainExpert': 'graduation-cap',
  'prog.audit': 'magnifying-glass-tilted-left',
  'prog.privacy': 'locked',
  'prog.fairness': 'balance-scale',
  'prog.encryption': 'key',
  'prog.accessControl': 'identification-card',
  'prog.backups': 'floppy-disk',
  'market.finance': 'bank',
  'market.retail': 'shopping-cart',
  'market.healthcare': 'hospital',
  'market.supplyChain': 'factory',
  'market.education': 'books',
  'market.transport': 'delivery-truck',
  'market.other': 'globe-showing-asia-australia',
  'mood.great': 'grinning-face-with-big-eyes',
  'mood.good': 'slightly-smiling-face',
  'mood.meh': 'neutral-face',
  'mood.bad': 'worried-face',
  'mood.awful': 'tired-face',
  'emote.heart': 'red-heart',
  'emote.anger': 'anger-symbol',
  'emote.sweat': 'sweat-droplets',
  'emote.coffee': 'hot-beverage',
  'emote.sparkles': 'sparkles',
  'emote.zzz': 'zzz',
  'emote.idea': 'light-bulb',
  'prop.plant': 'potted-plant',
  'prop.cloud': 'cloud',
  'prop.lock': 'locked',
  'prop.money': 'money-bag',
  'prop.star': 'star',
  'prop.starGlow': 'glowing-star',
  'prop.trophy': 'trophy',
  'prop.party': 'party-popper',
  'prop.warning': 'warning',
  'prop.hourglass': 'hourglass-not-done',
  'prop.handshake': 'handshake',
  'prop.check': 'check-mark-button',
  'prop.cross': 'cross-mark',
  'prop.crane': 'construction',
  'prop.people': 'busts-in-silhouette',
  'prop.bank': 'bank',
  'prop.sun': 'sun',
  'prop.chart': 'chart-increasing',
  'prop.stop': 'stop-sign',
  'prop.shield': 'shield',
  'prop.bell': 'bell',
  'prop.laptop': 'laptop',
  'prop.books': 'books',
};

function sheet(cells: string[], cell: number, cols: number, rows: number): string {
  const w = cell * cols;
  const h = cell * rows;
  if (cells.length > cols * rows) throw new Error(`sheet overflow: ${cells.length} > ${cols * rows}`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">\n${cells.join('\n')}\n</svg>\n`;
}

const PEOPLE_CELL = 128;
const PEOPLE_COLS = 8;
const peopleCells = PEOPLE.map((p, i) => {
  const x = (i % PEOPLE_COLS) * PEOPLE_CELL;
  const y = Math.floor(i / PEOPLE_COLS) * PEOPLE_CELL;
  // The badge sits on a white disc at shoulder height, so it still shows above a desk.
  return `<g>${place(p.figure, x + 2, y + 8, 108)}<circle cx="${x + 102}" cy="${y + 50}" r="24" fill="#ffffff" stroke="#3b4252" stroke-width="3"/>${place(p.badge, x + 83, y + 31, 38)}</g>`;
});
const ICON_CELL = 64;
const ICON_COLS = 8;
const iconNames = Object.keys(ICONS);
const iconCells = iconNames.map((k, i) =>
  place(ICONS[k]!, (i % ICON_COLS) * ICON_CELL + 2, Math.floor(i / ICON_COLS) * ICON_CELL + 2, ICON_CELL - 4),
);

mkdirSync(join(root, 'assets', 'office'), { recursive: true });
// Power-of-two sheets so WebGL can mipmap them: staff are drawn well below their raster size.
writeFileSync(join(root, 'assets/office/people.svg'), sheet(peopleCells, PEOPLE_CELL, PEOPLE_COLS, 8));
writeFileSync(join(root, 'assets/office/icons.svg'), sheet(iconCells, ICON_CELL, ICON_COLS, 8));

const frames = `// GENERATED by tools/extract-icons.ts: frame names of the office sprite sheets, in cell order.
// Edit the tool, not this file.
export const PEOPLE_SHEET = { cell: ${PEOPLE_CELL}, cols: ${PEOPLE_COLS}, size: ${PEOPLE_CELL * PEOPLE_COLS} } as const;
export const PEOPLE_FRAMES: readonly string[] = ${JSON.stringify(PEOPLE.map((p) => p.frame))};
export const ICON_SHEET = { cell: ${ICON_CELL}, cols: ${ICON_COLS}, size: ${ICON_CELL * ICON_COLS} } as const;
export const ICON_FRAMES: readonly string[] = ${JSON.stringify(iconNames)};
export const PEOPLE_VARIANTS = ${VARIANTS.length};
`;
writeFileSync(join(root, 'src/ui/office/asset-frames.ts'), frames);

const used = (xs: string[]) => [...new Set(xs)].sort().join(', ');
const fluent = `[Fluent Emoji Flat](https://github.com/microsoft/fluentui-emoji) by Microsoft, npm \`${PKG}@${pkgVersion}\``;
/** The licence table's rows: file, what, source, licence. */
const licenceRows = [
  ['`assets/office/people.svg`', 'Staff and investor figures, each with a role badge, composed into one sheet', fluent, 'MIT'],
  ['`assets/office/icons.svg`', 'Role badges, market, programme, mood and prop icons', fluent, 'MIT'],
  [
    'Noto Sans SC (bundled by Vite from npm `@fontsource/noto-sans-sc`)',
    'The font of all office text, Chinese and Latin',
    'Google / Adobe, [Noto CJK](https://github.com/notofonts/noto-cjk)',
    'SIL Open Font License 1.1',
  ],
].map((cells) => `| ${cells.join(' | ')} |`);
const licences = `# Asset licences

Every file the game ships besides its own code. Generated by \`tools/extract-icons.ts\` (edit the tool, not this file).

| File | What | Source | Licence |
|---|---|---|---|
${licenceRows.join('\n')}

Everything else in the office (floors, desks, racks, clouds' outlines, the cap-table pie, signs) is drawn
in code by this project (MIT, like the rest of the game).

## Icons used

- people.svg figures: ${used(PEOPLE.map((p) => p.figure))}
- people.svg badges: ${used(PEOPLE.map((p) => p.badge))}
- icons.svg: ${used(Object.values(ICONS))}

## MIT licence of Fluent Emoji (Microsoft)

MIT License. Copyright (c) Microsoft Corporation. Permission is hereby granted, free of charge, to any
person obtaining a copy of this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to use, copy, modify, merge,
publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions: The above copyright notice and this
permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE
IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
DEALINGS IN THE SOFTWARE.
`;
writeFileSync(join(root, 'assets/LICENSES.md'), licences);
console.log(`people: ${PEOPLE.length} cells, icons: ${iconNames.length} cells`);
