// "What if" compared: the original and a branch side by side. Each key figure as one chart with
// both runs (solid original, dashed branch, named in the legend), both outcomes in words, and the
// table of event checks that differ: same roll, other probability or outcome, with the factor pulls.
import type { Scenario } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import type { Key } from '../../i18n/index';
import { nameOf, t } from '../../i18n/index';
import type { Comparison, EventDifference, CheckSide, KpiKey, Replay } from '../../replay/index';
import { compareReplays, exportReplay } from '../../replay/index';
import { lineChart } from '../shared/charts';
import { eventTitle } from '../shared/describe';
import { download, fill, h } from '../shared/dom';
import { calendar, int, moneyShort, pct, points, unit } from '../shared/format';
import type { VerifiedRun } from './open';

export interface CompareOptions {
  lang(): Lang;
  scenario: Scenario;
  original: Replay;
  branch: VerifiedRun;
  onBack(): void;
  /** The back button's text key (default: back to the replay). */
  backKey?: Key;
  onWatchBranch(): void;
  share(r: Replay): void;
}

const CHARTS = ['cash', 'valuation', 'revenue', 'customers', 'headcount', 'founderBp'] as const satisfies readonly KpiKey[];

/** A run's values up to the quarter it ended (the comparison pads the shorter run with nulls). */
function upToEnd(xs: readonly (number | null)[], scale = 1): number[] {
  const out: number[] = [];
  for (const x of xs) {
    if (x === null) break;
    out.push(x / scale);
  }
  return out;
}

/** Pure. What a reader looks for first: an event that happened in one run and not in the other. */
export function happenedInOne(d: EventDifference): boolean {
  return d.change === 'outcome' || (d.change === 'onlyA' && Boolean(d.a?.fired)) || (d.change === 'onlyB' && Boolean(d.b?.fired));
}

/** Pure. The rows of the table: differences while both runs were playing (after one ended, every
 *  check of the other is "only in one run": those are summed up in a line instead). */
export function differenceRows(c: Comparison, a: Replay, b: Replay): { rows: EventDifference[]; after: EventDifference[]; shared: number } {
  const shared = Math.min(a.quarters.length, b.quarters.length);
  return { rows: c.events.filter((e) => e.quarter < shared), after: c.events.filter((e) => e.quarter >= shared), shared };
}

export class CompareView {
  readonly root = h('section', { class: 'compare', id: 'what-if-compare', 'aria-labelledby': 'compare-title' });
  readonly comparison: Comparison;
  private onlyOutcome: boolean;

  constructor(private readonly o: CompareOptions) {
    const c = compareReplays(o.scenario, o.original, o.branch.replay);
    if (!c.ok) throw new Error(c.message);
    this.comparison = c.comparison;
    this.onlyOutcome = differenceRows(c.comparison, o.original, o.branch.replay).rows.some(happenedInOne);
    this.render();
  }

  private outcome(L: Lang, name: string, r: Replay): HTMLElement {
    const res = r.result;
    const what =
      res.outcome === 'bankrupt'
        ? t(L, 'rv.outcomeBankrupt', { q: res.quarters })
        : res.outcome === 'finished'
          ? t(L, 'rv.outcomeFinished', { q: res.quarters })
          : t(L, 'rv.outcomePlaying', { q: res.quarters });
    return h(
      'li',
      { class: res.outcome === 'bankrupt' ? 'bad' : 'good' },
      res.outcome === 'bankrupt' ? '⚠ ' : '✓ ',
      t(L, 'rv.outcomeLine', {
        name,
        outcome: what,
        valuation: moneyShort(L, res.valuation),
        cash: moneyShort(L, res.cash),
        founders: pct(res.founderBp),
      }),
    );
  }

  private side(L: Lang, s: CheckSide | null): string {
    if (!s) return t(L, 'rv.sideNone');
    if (s.cooldown) return t(L, 'rv.sideCooldown');
    return t(L, s.fired ? 'rv.sideFired' : 'rv.sideMissed', { roll: unit(s.roll), prob: unit(s.probabilityBp) });
  }

  private row(L: Lang, d: EventDifference): HTMLElement {
    const sc = this.o.scenario;
    return h(
      'tr',
      { class: `change-${d.change}`, 'data-event': d.id, 'data-quarter': d.quarter + 1 },
      h('td', {}, calendar(L, sc.startYear.v, d.quarter)),
      h('th', { scope: 'row' }, eventTitle(L, sc, d.id)),
      h('td', { class: 'change' }, t(L, `rv.change.${d.change}`)),
      h('td', {}, this.side(L, d.a)),
      h('td', {}, this.side(L, d.b)),
      h(
        'td',
        { class: 'pulls' },
        d.pulls.length
          ? h(
              'ul',
              {},
              d.pulls.map((p) => h('li', {}, t(L, 'rv.pull', { factor: nameOf(L, 'factor', p.factor), a: points(p.a), b: points(p.b) }))),
            )
          : '',
      ),
    );
  }

  render(): void {
    const L = this.o.lang();
    const sc = this.o.scenario;
    const c = this.comparison;
    const b = this.o.branch.replay;
    const names = { a: t(L, 'rv.original'), b: t(L, 'rv.branch') };
    const xLabels = Array.from({ length: c.quarters }, (_, i) => `Q${i + 1}`);
    const money = (n: number) => moneyShort(L, n);
    const count = (n: number) => int(n);
    const charts = CHARTS.map((key) => {
      const scale = key === 'founderBp' ? 100 : 1;
      const format = key === 'founderBp' ? (n: number) => `${Math.round(n)}%` : key === 'customers' || key === 'headcount' ? count : money;
      return lineChart({
        id: `cmp-${key}`,
        title: t(L, `rv.kpi_${key}`),
        xLabels,
        format,
        integer: key === 'customers' || key === 'headcount',
        empty: t(L, 'ui.noQuartersYet'),
        tableLabel: t(L, 'ui.showNumbers'),
        series: [
          { name: names.a, values: upToEnd(c.series[key].a, scale) },
          { name: names.b, values: upToEnd(c.series[key].b, scale) },
        ],
      });
    });
    const { rows, after, shared } = differenceRows(c, this.o.original, b);
    const shown = this.onlyOutcome ? rows.filter(happenedInOne) : rows;
    const longer = this.o.original.quarters.length > b.quarters.length ? names.a : names.b;
    const afterFired = after.filter((d) => d.a?.fired || d.b?.fired).length;
    const q = (b.meta.branchQuarter ?? 0) + 1;
    const who = b.meta.bot ? t(L, 'rv.whoBot', { bot: b.meta.bot }) : t(L, 'rv.whoPlayer');
    const file = `ai-startup-sim-${sc.id}-seed${b.seed}-branch-q${q}${b.meta.bot ? '-' + b.meta.bot : ''}.replay.json`;
    fill(
      this.root,
      h(
        'div',
        { class: 'row space wrap' },
        h('h2', { id: 'compare-title' }, t(L, 'rv.compareTitle')),
        h(
          'div',
          { class: 'row wrap' },
          h('button', { type: 'button', id: 'compare-back', onclick: () => this.o.onBack() }, t(L, this.o.backKey ?? 'rv.backToReplay')),
          h(
            'button',
            { type: 'button', class: 'primary', id: 'compare-watch', onclick: () => this.o.onWatchBranch() },
            t(L, 'rv.watchBranch'),
          ),
          h('button', { type: 'button', id: 'compare-export', onclick: () => download(file, exportReplay(b)) }, t(L, 'rv.exportBranch')),
          h('button', { type: 'button', id: 'compare-share', onclick: () => this.o.share(b) }, t(L, 'rv.shareBranch')),
        ),
      ),
      h('p', {}, t(L, 'rv.compareWho', { who, q })),
      h(
        'ul',
        { class: 'compare-outcomes', id: 'compare-outcomes' },
        this.outcome(L, names.a, this.o.original),
        this.outcome(L, names.b, b),
      ),
      h('h3', {}, t(L, 'rv.chartsTitle')),
      h('div', { class: 'chart-grid compare-charts' }, charts),
      h('h3', { id: 'compare-events-title' }, t(L, 'rv.diffTitle', { n: shown.length })),
      h('p', { class: 'muted small' }, t(L, 'rv.diffIntro')),
      rows.length === 0
        ? h('p', { id: 'compare-no-events' }, t(L, 'rv.diffNone'))
        : h(
            'div',
            {},
            h(
              'div',
              { class: 'field check' },
              h('input', {
                type: 'checkbox',
                id: 'compare-only-outcome',
                checked: this.onlyOutcome,
                onchange: (e: Event) => {
                  this.onlyOutcome = (e.target as HTMLInputElement).checked;
                  this.render();
                  document.getElementById('compare-only-outcome')?.focus();
                },
              }),
              h('label', { for: 'compare-only-outcome' }, t(L, 'rv.diffOnlyOutcome')),
            ),
            h(
              'div',
              { class: 'table-scroll' },
              h(
                'table',
                { class: 'report-table compare-events', id: 'compare-events', 'aria-labelledby': 'compare-events-title' },
                h(
                  'thead',
                  {},
                  h(
                    'tr',
                    {},
                    [t(L, 'rv.colQuarter'), t(L, 'rv.colEvent'), t(L, 'rv.colChange'), names.a, names.b, t(L, 'rv.colPulls')].map((x) =>
                      h('th', { scope: 'col' }, x),
                    ),
                  ),
                ),
                h(
                  'tbody',
                  {},
                  shown.map((d) => this.row(L, d)),
                ),
              ),
            ),
          ),
      after.length
        ? h(
            'p',
            { class: 'muted', id: 'compare-after-end' },
            t(L, 'rv.afterEnd', { q: shared, name: longer, n: after.length, fired: afterFired }),
          )
        : null,
    );
  }
}
