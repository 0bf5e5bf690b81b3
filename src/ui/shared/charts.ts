// Small inline-SVG charts for the dashboard and the game-over screen: line charts over quarters
// (each series with its own dash pattern and marker shape, so colour is never the only cue) and a
// radar of the six key elements. Every chart also offers its numbers as a table.
import { h, svg } from './dom';

/** Okabe-Ito palette: distinguishable with the common colour-vision deficiencies. */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4'];
const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'plus'] as const;

export interface Series {
  name: string;
  values: number[];
}

function marker(kind: (typeof MARKERS)[number], x: number, y: number, color: string): SVGElement {
  const r = 3.2;
  switch (kind) {
    case 'circle':
      return svg('circle', { cx: x, cy: y, r, fill: color });
    case 'square':
      return svg('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill: color });
    case 'triangle':
      return svg('polygon', { points: `${x},${y - r - 1} ${x - r - 0.5},${y + r} ${x + r + 0.5},${y + r}`, fill: color });
    case 'diamond':
      return svg('polygon', { points: `${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`, fill: color });
    case 'cross':
      return svg('path', {
        d: `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`,
        stroke: color,
        'stroke-width': 2,
      });
    case 'plus':
      return svg('path', {
        d: `M${x - r - 1},${y}L${x + r + 1},${y}M${x},${y - r - 1}L${x},${y + r + 1}`,
        stroke: color,
        'stroke-width': 2,
      });
  }
}

function niceStep(range: number): number {
  const raw = range / 4;
  const mag = 10 ** Math.floor(Math.log10(raw || 1));
  for (const m of [1, 2, 2.5, 5, 10]) if (raw <= m * mag) return m * mag;
  return 10 * mag;
}

export interface LineChartOpts {
  title: string;
  xLabels: string[];
  series: Series[];
  format: (n: number) => string;
  empty: string;
  tableLabel: string;
  id: string;
  /** Counts: ticks on whole numbers only. */
  integer?: boolean;
}

/** A titled line chart with legend and a "show numbers" table. */
export function lineChart(o: LineChartOpts): HTMLElement {
  const W = 420,
    H = 200,
    L = 62,
    R = 10,
    T = 10,
    B = 26;
  const all = o.series.flatMap((s) => s.values);
  const figure = h('figure', { class: 'chart', id: o.id });
  const caption = h('figcaption', {}, o.title);
  if (all.length === 0) {
    figure.append(caption, h('p', { class: 'muted' }, o.empty));
    return figure;
  }
  let lo = Math.min(0, ...all);
  let hi = Math.max(...all);
  if (hi === lo) hi = lo + 1;
  const step = o.integer ? Math.max(1, Math.ceil(niceStep(hi - lo))) : niceStep(hi - lo);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const n = o.xLabels.length;
  const x = (i: number) => L + (n <= 1 ? (W - L - R) / 2 : (i * (W - L - R)) / (n - 1));
  const y = (v: number) => T + ((hi - v) * (H - T - B)) / (hi - lo);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': o.title, class: 'chart-svg' });
  for (let v = lo; v <= hi + step / 2; v += step) {
    root.append(svg('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: v === 0 ? 'axis zero' : 'grid' }));
    root.append(svg('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, o.format(v)));
  }
  const every = Math.max(1, Math.ceil(n / 10));
  o.xLabels.forEach((lab, i) => {
    // The last label always shows; a thinned label too close before it would overlap it.
    if ((i % every === 0 && n - 1 - i >= every) || i === n - 1)
      root.append(svg('text', { x: x(i), y: H - 8, 'text-anchor': 'middle', class: 'tick' }, lab));
  });
  o.series.forEach((s, si) => {
    const color = PALETTE[si % PALETTE.length]!;
    const pts = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    root.append(
      svg('polyline', { points: pts, fill: 'none', stroke: color, 'stroke-width': 2, 'stroke-dasharray': DASHES[si % DASHES.length]! }),
    );
    s.values.forEach((v, i) => root.append(marker(MARKERS[si % MARKERS.length]!, x(i), y(v), color)));
  });
  const legend =
    o.series.length > 1
      ? h(
          'ul',
          { class: 'legend' },
          o.series.map((s, si) => {
            const color = PALETTE[si % PALETTE.length]!;
            const sw = svg(
              'svg',
              { width: 34, height: 12, 'aria-hidden': 'true' },
              svg('line', {
                x1: 1,
                x2: 33,
                y1: 6,
                y2: 6,
                stroke: color,
                'stroke-width': 2,
                'stroke-dasharray': DASHES[si % DASHES.length]!,
              }),
              marker(MARKERS[si % MARKERS.length]!, 17, 6, color),
            );
            return h('li', {}, sw, ' ', s.name);
          }),
        )
      : null;
  const table = h(
    'details',
    { class: 'chart-table' },
    h('summary', {}, o.tableLabel),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, ''),
          o.series.map((s) => h('th', { scope: 'col' }, s.name)),
        ),
      ),
      h(
        'tbody',
        {},
        o.xLabels.map((lab, i) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, lab),
            o.series.map((s) => h('td', {}, i < s.values.length ? o.format(s.values[i]!) : '–')),
          ),
        ),
      ),
    ),
  );
  figure.append(caption, root, legend ?? '', table);
  return figure;
}

/** A radar of 0..100 scores with each value written beside its axis. */
export function radarChart(title: string, axes: { label: string; value: number }[], id: string): HTMLElement {
  const W = 460,
    HT = 270,
    CX = W / 2,
    CY = HT / 2,
    R = 92;
  const root = svg('svg', { viewBox: `0 0 ${W} ${HT}`, role: 'img', 'aria-label': title, class: 'chart-svg radar' });
  const g = svg('g', {});
  const pt = (i: number, r: number) => {
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / axes.length;
    return [CX + r * Math.cos(a), CY + r * Math.sin(a)] as const;
  };
  for (const ring of [25, 50, 75, 100]) {
    g.append(svg('polygon', { points: axes.map((_, i) => pt(i, (R * ring) / 100).join(',')).join(' '), class: 'grid', fill: 'none' }));
  }
  axes.forEach((a, i) => {
    const [x, y] = pt(i, R);
    g.append(svg('line', { x1: CX, y1: CY, x2: x, y2: y, class: 'grid' }));
    const [lx, ly] = pt(i, R + 14);
    g.append(
      svg(
        'text',
        { x: lx, y: ly + 4, 'text-anchor': lx < CX - 5 ? 'end' : lx > CX + 5 ? 'start' : 'middle', class: 'radar-label' },
        `${a.label} ${Math.round(a.value)}`,
      ),
    );
  });
  g.append(
    svg('polygon', {
      points: axes.map((a, i) => pt(i, (R * Math.max(0, Math.min(100, a.value))) / 100).join(',')).join(' '),
      fill: 'rgba(0,114,178,0.25)',
      stroke: PALETTE[0]!,
      'stroke-width': 2,
    }),
  );
  axes.forEach((a, i) => {
    const [x, y] = pt(i, (R * Math.max(0, Math.min(100, a.value))) / 100);
    g.append(marker('circle', x, y, PALETTE[0]!));
  });
  root.append(g);
  return h(
    'figure',
    { class: 'chart radar-chart', id },
    h('figcaption', {}, title),
    root,
    h(
      'ul',
      { class: 'bars' },
      axes.map((a) =>
        h(
          'li',
          {},
          h('span', { class: 'bar-label' }, a.label),
          h(
            'span',
            { class: 'bar-track', 'aria-hidden': 'true' },
            h('span', { class: 'bar-fill', style: `width:${Math.max(0, Math.min(100, a.value))}%` }),
          ),
          h('span', { class: 'bar-value' }, String(Math.round(a.value))),
        ),
      ),
    ),
  );
}
