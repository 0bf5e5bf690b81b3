// The game header: scenario and team, the quarter ("Q3 / 20" and its calendar quarter), and the
// figures a founder watches: cash, runway (the engine forecast's one figure, loan repayment and
// interest included; always visible, flagged in words when short), valuation and the founders'
// ownership; plus the screen's buttons.
import type { Scenario, State } from '../../engine/index';
import { founderBp, lastRevenue, valuation, forecast } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { LANGUAGE_NAMES, t } from '../../i18n/index';
import { h } from '../shared/dom';
import { calendar, moneyShort, pct } from '../shared/format';

export interface HeaderButtons {
  dashboardOpen: boolean;
  onDashboard(): void;
  onLang(): void;
  onSave(): void;
  onExport(): void;
  onMenu(): void;
}

function kpi(label: string, value: string, id: string, extra?: HTMLElement | null): HTMLElement {
  return h('div', { class: 'kpi', id }, h('span', { class: 'kpi-label' }, label), h('span', { class: 'kpi-value' }, value), extra ?? null);
}

export function currentValuation(s: State, sc: Scenario): number {
  const last = s.history[s.history.length - 1];
  return last && s.status !== 'playing' ? last.valuation : valuation(s, sc, lastRevenue(s));
}

export function header(lang: Lang, sc: Scenario, s: State, meta: { team?: string; workshop?: string }, b: HeaderButtons): HTMLElement {
  const total = sc.quarters.v;
  const q = Math.min(s.quarter + 1, total);
  const rw = forecast(s, sc).runway;
  const short = s.status === 'playing' && rw <= 2;
  const who = [meta.workshop, meta.team].filter((x): x is string => Boolean(x)).join(' · ');
  return h(
    'header',
    { class: 'game-header' },
    h(
      'div',
      { class: 'title-block' },
      h('h1', { class: 'scenario-title' }, sc.title[lang]),
      who ? h('p', { class: 'team', id: 'hdr-team' }, who) : null,
    ),
    h(
      'div',
      { class: 'kpis', role: 'group', 'aria-label': t(lang, 'ui.keyFigures') },
      kpi(
        t(lang, 'ui.quarter'),
        `Q${q} / ${total}`,
        'hdr-quarter',
        h('span', { class: 'kpi-sub' }, calendar(lang, sc.startYear.v, Math.min(s.quarter, total - 1))),
      ),
      kpi(t(lang, 'ui.cash'), moneyShort(lang, s.cash), 'hdr-cash'),
      h(
        'div',
        { class: 'kpi', id: 'hdr-runway', title: t(lang, 'forecast.runwayHint') },
        h('span', { class: 'kpi-label' }, t(lang, 'ui.runway')),
        h('span', { class: 'kpi-value' }, rw >= 99 ? t(lang, 'ui.runwayNoBurn') : t(lang, 'ui.quartersN', { n: rw })),
        short ? h('span', { class: 'kpi-warn' }, '⚠ ', t(lang, 'ui.runwayShort')) : null,
      ),
      kpi(t(lang, 'ui.valuation'), moneyShort(lang, currentValuation(s, sc)), 'hdr-valuation'),
      kpi(t(lang, 'ui.founders'), pct(founderBp(s)), 'hdr-founders'),
    ),
    h(
      'nav',
      { class: 'header-buttons', 'aria-label': t(lang, 'ui.gameMenu') },
      h(
        'button',
        { type: 'button', id: 'btn-dashboard', 'aria-pressed': b.dashboardOpen ? 'true' : 'false', onclick: b.onDashboard },
        t(lang, 'ui.dashboard'),
      ),
      h(
        'button',
        { type: 'button', id: 'btn-lang', lang: lang === 'zh' ? 'en' : 'zh', 'aria-label': t(lang, 'ui.switchLang'), onclick: b.onLang },
        LANGUAGE_NAMES[lang === 'zh' ? 'en' : 'zh'],
      ),
      h('button', { type: 'button', id: 'btn-save', onclick: b.onSave }, t(lang, 'ui.save')),
      h('button', { type: 'button', id: 'btn-export', onclick: b.onExport }, t(lang, 'ui.exportRun')),
      h('button', { type: 'button', id: 'btn-menu', onclick: b.onMenu }, t(lang, 'ui.menu')),
    ),
  );
}
