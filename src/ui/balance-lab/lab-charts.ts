// The balance lab's charts as tables with inline SVG: every row names its subject and writes its
// numbers, and the picture (a dot with its interval on a shared axis, or a bar) only repeats them,
// so nothing is read from colour or shape alone and a screen reader gets the same content.
import { h, svg } from '../shared/dom';

// Wide view boxes scaled to the cell's width keep circles round and rows about 18 px high.
const W = 600,
  PAD = 12;

/** One estimate with its interval on the axis [dlo, dhi]; the zero line drawn when inside. */
export function intervalSvg(value: number, lo: number, hi: number, dlo: number, dhi: number, conclusive?: boolean): SVGElement {
  const span = dhi - dlo || 1;
  const x = (v: number) => PAD + ((Math.min(dhi, Math.max(dlo, v)) - dlo) / span) * (W - 2 * PAD);
  const root = svg('svg', { viewBox: `0 0 ${W} 22`, class: 'interval', 'aria-hidden': 'true' });
  root.append(svg('line', { x1: PAD, x2: W - PAD, y1: 11, y2: 11, class: 'track' }));
  if (dlo < 0 && dhi > 0) root.append(svg('line', { x1: x(0), x2: x(0), y1: 1, y2: 21, class: 'zero' }));
  const cls = conclusive === undefined ? 'est' : conclusive ? 'est sure' : 'est unsure';
  root.append(svg('line', { x1: x(lo), x2: x(hi), y1: 11, y2: 11, class: cls + ' whisker' }));
  root.append(
    svg('line', { x1: x(lo), x2: x(lo), y1: 6, y2: 16, class: cls + ' whisker' }),
    svg('line', { x1: x(hi), x2: x(hi), y1: 6, y2: 16, class: cls + ' whisker' }),
  );
  root.append(
    conclusive === false
      ? svg('circle', { cx: x(value), cy: 11, r: 5, class: cls + ' dot', fill: '#fff' })
      : svg('circle', { cx: x(value), cy: 11, r: 5, class: cls + ' dot' }),
  );
  return root;
}

/** The axis header of a forest: its two ends and zero. */
function axisSvg(dlo: number, dhi: number, fmt: (x: number) => string): SVGElement {
  const span = dhi - dlo || 1;
  const x = (v: number) => PAD + ((v - dlo) / span) * (W - 2 * PAD);
  const root = svg('svg', { viewBox: `0 0 ${W} 18`, class: 'interval axis', 'aria-hidden': 'true' });
  root.append(svg('text', { x: PAD, y: 14, class: 'tick', 'text-anchor': 'start' }, fmt(dlo)));
  root.append(svg('text', { x: W - PAD, y: 14, class: 'tick', 'text-anchor': 'end' }, fmt(dhi)));
  if (dlo < 0 && dhi > 0) root.append(svg('text', { x: x(0), y: 14, class: 'tick', 'text-anchor': 'middle' }, '0'));
  return root;
}

export interface ForestRow {
  label: string;
  sub?: string;
  value: number;
  lo: number;
  hi: number;
  text: string;
  conclusive?: boolean;
  key: string;
}

/** A forest plot: one row per estimate, a shared axis, the numbers written beside each bar. */
export function forest(o: {
  id: string;
  caption: string;
  rows: ForestRow[];
  dlo: number;
  dhi: number;
  fmt: (x: number) => string;
  cols: [string, string, string];
}): HTMLElement {
  return h(
    'table',
    { class: 'forest', id: o.id },
    h('caption', {}, o.caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, o.cols[0]),
        h('th', { scope: 'col', class: 'plot' }, h('span', { class: 'sr-only' }, o.cols[1]), axisSvg(o.dlo, o.dhi, o.fmt)),
        h('th', { scope: 'col' }, o.cols[2]),
      ),
    ),
    h(
      'tbody',
      {},
      o.rows.map((r) =>
        h(
          'tr',
          { 'data-key': r.key },
          h('th', { scope: 'row' }, r.label, r.sub ? h('span', { class: 'sub' }, r.sub) : null),
          h('td', { class: 'plot' }, intervalSvg(r.value, r.lo, r.hi, o.dlo, o.dhi, r.conclusive)),
          h('td', { class: 'num' }, r.text),
        ),
      ),
    ),
  );
}

/** A bar proportional to value/max, for a table cell that also writes the value. */
export function barSvg(value: number, max: number): SVGElement {
  const w = max > 0 ? Math.max(0, Math.min(1, value / max)) * 100 : 0;
  return svg(
    'svg',
    { viewBox: '0 0 100 10', class: 'bar', 'aria-hidden': 'true', preserveAspectRatio: 'none' },
    svg('rect', { x: 0, y: 0, width: 100, height: 10, class: 'bar-bg' }),
    svg('rect', { x: 0, y: 0, width: w, height: 10, class: 'bar-fg' }),
  );
}
