// Small pure HTML builders for the handout and the report: escaping (every text goes through
// `esc`), number formats without Intl, and inline SVG line charts that print crisply.

/** Pure. Text safe inside an element or a double-quoted attribute. */
export function esc(v: string | number): string {
  return String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Pure. Whole dollars with thousands separators ($1,234,567), locale-independent. */
export function usd(n: number): string {
  return (n < 0 ? '-' : '') + '$' + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Pure. Basis points as a percentage with two decimals (5123 → 51.23%). */
export function pctBp(bp: number): string {
  const a = Math.abs(bp);
  return (bp < 0 ? '-' : '') + Math.floor(a / 100) + '.' + String(a % 100).padStart(2, '0') + '%';
}

/** Team colours: distinguishable in print (varied lightness) and for common colour blindness. */
const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000', '#8c564b', '#7f7f7f', '#bcbd22'];
const DASHES = ['', '6 3', '2 2', '8 3 2 3'];
export function teamStroke(i: number): { color: string; dash: string } {
  return { color: PALETTE[i % PALETTE.length]!, dash: DASHES[Math.floor(i / PALETTE.length) % DASHES.length]! };
}

export interface Series {
  name: string;
  values: number[];
}

/** Beyond this many series a chart colours only the highlighted ones (others thin and grey). */
export const CHART_COLOURED_MAX = 10;

/** Pure. An overlaid line chart as an inline SVG string (axes, min/max labels, one line per series).
 *  `highlight`: the series drawn in colour, on top; the others thin and grey. By default every
 *  series is coloured up to CHART_COLOURED_MAX, beyond that the first five (the leaders). */
export function lineChart(
  title: string,
  series: readonly Series[],
  format: (n: number) => string,
  w = 520,
  h = 220,
  highlight?: readonly number[],
): string {
  const padL = 70,
    padR = 10,
    padT = 24,
    padB = 24;
  let lo = 0,
    hi = 1,
    n = 1;
  for (const s of series)
    for (const v of s.values) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  for (const s of series) n = Math.max(n, s.values.length);
  const x = (i: number) => padL + (n <= 1 ? 0 : (i * (w - padL - padR)) / (n - 1));
  const y = (v: number) => padT + ((hi - v) * (h - padT - padB)) / (hi - lo || 1);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${esc(title)}" class="chart">`,
    `<text x="${padL}" y="14" font-size="13" font-weight="600">${esc(title)}</text>`,
    `<line x1="${padL}" y1="${y(hi)}" x2="${padL}" y2="${h - padB}" stroke="#999"/>`,
    `<line x1="${padL}" y1="${y(0)}" x2="${w - padR}" y2="${y(0)}" stroke="#999"/>`,
    `<text x="${padL - 4}" y="${y(hi) + 4}" font-size="10" text-anchor="end">${esc(format(hi))}</text>`,
    `<text x="${padL - 4}" y="${y(lo) + 4}" font-size="10" text-anchor="end">${esc(format(lo))}</text>`,
    `<text x="${padL}" y="${h - 8}" font-size="10">Q1</text>`,
    `<text x="${w - padR}" y="${h - 8}" font-size="10" text-anchor="end">Q${n}</text>`,
  ];
  const coloured = new Set(highlight ?? (series.length <= CHART_COLOURED_MAX ? series.map((_, i) => i) : [0, 1, 2, 3, 4]));
  const line = (s: Series, i: number) => {
    if (s.values.length === 0) return;
    const pts = s.values.map((v, j) => `${x(j).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    if (!coloured.has(i)) {
      parts.push(`<polyline fill="none" stroke="#c4c8cc" stroke-width="1" points="${pts}"><title>${esc(s.name)}</title></polyline>`);
      return;
    }
    const { color, dash } = teamStroke(i);
    const width = highlight ? 3 : 1.8;
    parts.push(
      `<polyline fill="none" stroke="${color}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''} points="${pts}" data-highlight="${i}"><title>${esc(s.name)}</title></polyline>`,
    );
  };
  series.forEach((s, i) => {
    if (!coloured.has(i)) line(s, i);
  });
  series.forEach((s, i) => {
    if (coloured.has(i)) line(s, i);
  });
  parts.push('</svg>');
  return parts.join('');
}

/** Pure. Accepts only an SVG document from the QR library (no script, no event handlers, no links). */
export function safeSvg(svg: string): string {
  const s = svg.trim().replace(/^<\?xml[^>]*>\s*/, '');
  if (!s.startsWith('<svg') || /<script|\son\w+\s*=|javascript:|<foreignObject|href\s*=/i.test(s)) return '';
  return s;
}

/** Print CSS shared by the handout and the report: A4, no page chrome, tables that split cleanly. */
export const PRINT_CSS = `
@page { size: A4; margin: 14mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; color: #111; margin: 0 auto; max-width: 190mm; font-size: 11pt; line-height: 1.4; }
h1 { font-size: 18pt; margin: 0 0 4mm; } h2 { font-size: 13pt; margin: 5mm 0 2mm; border-bottom: 1px solid #ccc; } h3 { font-size: 11pt; margin: 3mm 0 1mm; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; } th, td { border: 1px solid #bbb; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; } tr { break-inside: avoid; } thead { display: table-header-group; }
.code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 20pt; letter-spacing: 0.08em; font-weight: 700; }
.muted { color: #555; } .flag { color: #a40000; } .fired { font-weight: 700; color: #a40000; } .chart { max-width: 100%; height: auto; }
.cols { display: flex; gap: 6mm; } .cols > * { flex: 1; } .swatch { display: inline-block; width: 5mm; height: 0; border-top: 2px solid; vertical-align: middle; margin-right: 1mm; }
.page { break-after: page; } .nobreak { break-inside: avoid; }
@media screen { body { padding: 8mm; } }
`;
