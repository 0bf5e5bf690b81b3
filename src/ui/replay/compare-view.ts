// "What if" compared: the original and a branch side by side. Each key figure as one chart with
// both runs (solid original, dashed branch, named in the legend), both outcomes in words, and the
// table of event checks that differ: same roll, other probability or outcome, with the factor pulls.
import type { Scenario } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import { rv } from '../../i18n/replay-ui';
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
  backKey?: string;
  onWatchBranch(): void;
  share(r: Replay): void;
}

const CHARTS: KpiKey[] = ['cash', 'valuation', 'revenue', 'customers', 'headcount', 'founderBp'];

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
    const what = res.outcome === 'bankrupt' ? rv(L, 'outcomeBankrupt', { q: res.quarters }) : res.outcome === 'finished' ? rv(L, 'outcomeFinished', { q: res.quarters }) : rv(L, 'outcomePlaying', { q: res.quarters });
    return h('li', { class: res.outcome === 'bankrupt' ? 'bad' : 'good' }, (res.outcome === 'bankrupt' ? '⚠ ' : '✓ '),
      rv(L, 'outcomeLine', { name, outcome: what, valuation: moneyShort(L, res.valuation), cash: moneyShort(L, res.cash), founders: pct(res.founderBp) }));
  }

  private side(L: Lang, s: CheckSide | null): string {
    if (!s) return rv(L, 'sideNone');
    if (s.cooldown) return rv(L, 'sideCooldown');
    return rv(L, s.fired ? 'sideFired' : 'sideMissed', { roll: unit(s.roll), prob: unit(s.probabilityBp) });
  }

  private row(L: Lang, d: EventDifference): HTMLElement {
    const sc = this.o.scenario;
    return h('tr', { class: `change-${d.change}`, 'data-event': d.id, 'data-quarter': d.quarter + 1 },
      h('td', {}, calendar(L, sc.startYear.v, d.quarter)),
      h('th', { scope: 'row' }, eventTitle(L, sc, d.id)),
      h('td', { class: 'change' }, rv(L, `change.${d.change}`)),
      h('td', {}, this.side(L, d.a)),
      h('td', {}, this.side(L, d.b)),
      h('td', { class: 'pulls' }, d.pulls.length ? h('ul', {}, d.pulls.map((p) => h('li', {}, rv(L, 'pull', { factor: t(L, `factor.${p.factor}`), a: points(p.a), b: points(p.b) })))) : ''));
  }

  render(): void {
    const L = this.o.lang();
    const sc = this.o.scenario;
    const c = this.comparison;
    const b = this.o.branch.replay;
    const names = { a: rv(L, 'original'), b: rv(L, 'branch') };
    const xLabels = Array.from({ length: c.quarters }, (_, i) => `Q${i + 1}`);
    const money = (n: number) => moneyShort(L, n);
    const count = (n: number) => int(n);
    const charts = CHARTS.map((key) => {
      const scale = key === 'founderBp' ? 100 : 1;
      const format = key === 'founderBp' ? (n: number) => `${Math.round(n)}%` : key === 'customers' || key === 'headcount' ? count : money;
      return lineChart({
        id: `cmp-${key}`, title: rv(L, `kpi_${key}`), xLabels, format, integer: key === 'customers' || key === 'headcount',
        empty: t(L, 'ui.noQuartersYet'), tableLabel: t(L, 'ui.showNumbers'),
        series: [{ name: names.a, values: upToEnd(c.series[key].a, scale) }, { name: names.b, values: upToEnd(c.series[key].b, scale) }],
      });
    });
    const { rows, after, shared } = differenceRows(c, this.o.original, b);
    const shown = this.onlyOutcome ? rows.filter(happenedInOne) : rows;
    const longer = this.o.original.quarters.length > b.quarters.length ? names.a : names.b;
    const afterFired = after.filter((d) => d.a?.fired || d.b?.fired).length;
    const q = (b.meta.branchQuarter ?? 0) + 1;
    const who = b.meta.bot ? rv(L, 'whoBot', { bot: b.meta.bot }) : rv(L, 'whoPlayer');
    const file = `ai-startup-sim-${sc.id}-seed${b.seed}-branch-q${q}${b.meta.bot ? '-' + b.meta.bot : ''}.replay.json`;
    fill(this.root,
      h('div', { class: 'row space wrap' },
        h('h2', { id: 'compare-title' }, rv(L, 'compareTitle')),
        h('div', { class: 'row wrap' },
          h('button', { type: 'button', id: 'compare-back', onclick: () => this.o.onBack() }, rv(L, this.o.backKey ?? 'backToReplay')),
          h('button', { type: 'button', class: 'primary', id: 'compare-watch', onclick: () => this.o.onWatchBranch() }, rv(L, 'watchBranch')),
          h('button', { type: 'button', id: 'compare-export', onclick: () => download(file, exportReplay(b)) }, rv(L, 'exportBranch')),
          h('button', { type: 'button', id: 'compare-share', onclick: () => this.o.share(b) }, rv(L, 'shareBranch')))),
      h('p', {}, rv(L, 'compareWho', { who, q })),
      h('ul', { class: 'compare-outcomes', id: 'compare-outcomes' }, this.outcome(L, names.a, this.o.original), this.outcome(L, names.b, b)),
      h('h3', {}, rv(L, 'chartsTitle')),
      h('div', { class: 'chart-grid compare-charts' }, charts),
      h('h3', { id: 'compare-events-title' }, rv(L, 'diffTitle', { n: shown.length })),
      h('p', { class: 'muted small' }, rv(L, 'diffIntro')),
      rows.length === 0 ? h('p', { id: 'compare-no-events' }, rv(L, 'diffNone')) : h('div', {},
        h('div', { class: 'field check' }, h('input', { type: 'checkbox', id: 'compare-only-outcome', checked: this.onlyOutcome,
          onchange: (e: Event) => { this.onlyOutcome = (e.target as HTMLInputElement).checked; this.render(); document.getElementById('compare-only-outcome')?.focus(); } }),
          h('label', { for: 'compare-only-outcome' }, rv(L, 'diffOnlyOutcome'))),
        h('div', { class: 'table-scroll' },
          h('table', { class: 'report-table compare-events', id: 'compare-events', 'aria-labelledby': 'compare-events-title' },
            h('thead', {}, h('tr', {}, [rv(L, 'colQuarter'), rv(L, 'colEvent'), rv(L, 'colChange'), names.a, names.b, rv(L, 'colPulls')].map((x) => h('th', { scope: 'col' }, x)))),
            h('tbody', {}, shown.map((d) => this.row(L, d)))))),
      after.length ? h('p', { class: 'muted', id: 'compare-after-end' }, rv(L, 'afterEnd', { q: shared, name: longer, n: after.length, fired: afterFired })) : null);
  }
}
