// The dashboard: the runway now (the engine forecast's one figure, as in the header), charts over
// the closed quarters (cash, runway, revenue against costs, customers per market, valuation,
// founders' ownership) and the six key elements of the seed's summary.
import type { Scenario, State } from '../../engine/index';
import { forecast } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import { lineChart, radarChart } from '../shared/charts';
import { h } from '../shared/dom';
import { moneyShort } from '../shared/format';
import { ELEMENTS, runScore } from './score-view';

/** Quarters of cash left at the end of each closed quarter, at that quarter's net burn (20 = plenty). */
function runwaySeries(s: State): number[] {
  return s.history.map((k) => {
    const burn = k.costs - k.revenue;
    return burn <= 0 ? 20 : Math.min(20, Math.max(0, Math.floor(k.cash / burn)));
  });
}

function sixElements(lang: Lang, sc: Scenario, s: State, id: string): HTMLElement {
  const score = runScore(sc, s);
  const title = t(lang, 'ui.sixElements') + (score.provisional ? ` (${t(lang, 'ui.provisional')})` : '');
  return radarChart(
    title,
    ELEMENTS.map((e) => ({ label: t(lang, `element.${e}`), value: score.elements[e] })),
    id,
  );
}

export function dashboard(lang: Lang, sc: Scenario, s: State): HTMLElement {
  const H = s.history;
  const xs = H.map((k) => `Q${k.quarter + 1}`);
  const m = (n: number) => moneyShort(lang, n);
  const common = { xLabels: xs, empty: t(lang, 'ui.noQuartersYet'), tableLabel: t(lang, 'ui.showNumbers') };
  const markets = Object.keys(sc.markets)
    .sort()
    .filter((id) => H.some((k) => (k.customers[id] ?? 0) > 0) || s.policy.markets.includes(id));
  const f = forecast(s, sc);
  return h(
    'section',
    { class: 'dashboard', id: 'dashboard', 'aria-label': t(lang, 'ui.dashboard') },
    h('h2', {}, t(lang, 'ui.dashboard')),
    s.status === 'playing'
      ? h(
          'p',
          { id: 'dash-runway', title: t(lang, 'forecast.runwayHint') },
          t(lang, 'forecast.runwayNow', {
            runway: f.runway >= 99 ? t(lang, 'ui.runwayNoBurn') : t(lang, 'ui.quartersN', { n: f.runway }),
            revenue: m(f.revenue),
            costs: m(f.costs),
            debt: m(f.debtService),
          }),
        )
      : null,
    h(
      'div',
      { class: 'chart-grid' },
      lineChart({
        ...common,
        id: 'chart-cash',
        title: t(lang, 'ui.chartCash'),
        format: m,
        series: [{ name: t(lang, 'ui.cash'), values: H.map((k) => k.cash) }],
      }),
      lineChart({
        ...common,
        id: 'chart-runway',
        title: t(lang, 'ui.chartRunway'),
        integer: true,
        format: (n) => String(Math.round(n)),
        series: [{ name: t(lang, 'ui.runway'), values: runwaySeries(s) }],
      }),
      lineChart({
        ...common,
        id: 'chart-revenue',
        title: t(lang, 'ui.chartRevenue'),
        format: m,
        series: [
          { name: t(lang, 'ui.revenue'), values: H.map((k) => k.revenue) },
          { name: t(lang, 'ui.costs'), values: H.map((k) => k.costs) },
        ],
      }),
      lineChart({
        ...common,
        id: 'chart-customers',
        title: t(lang, 'ui.chartCustomers'),
        integer: true,
        format: (n) => String(Math.round(n)),
        series: markets.map((id) => ({ name: sc.markets[id]!.name[lang], values: H.map((k) => k.customers[id] ?? 0) })),
      }),
      lineChart({
        ...common,
        id: 'chart-valuation',
        title: t(lang, 'ui.chartValuation'),
        format: m,
        series: [{ name: t(lang, 'ui.valuation'), values: H.map((k) => k.valuation) }],
      }),
      lineChart({
        ...common,
        id: 'chart-founders',
        title: t(lang, 'ui.chartFounders'),
        format: (n) => `${Math.round(n)}%`,
        series: [{ name: t(lang, 'ui.founders'), values: H.map((k) => k.founderBp / 100) }],
      }),
      sixElements(lang, sc, s, 'chart-elements'),
    ),
  );
}
