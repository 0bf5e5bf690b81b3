// The quarter report after the cards: key figures before and after, where the money came from and
// went, who arrived, and every event rolled this quarter (roll against probability, happened or not).
import type { Action, Check, EngineEvent, Scenario, State } from '../../engine/index';
import { BRAND_FADE_PCT, moraleTarget, LEDGER_KEYS, founderBp, headcount, totalCustomers } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { LANGUAGE_NAMES, t } from '../../i18n/index';
import { eventTitle } from '../shared/describe';
import { h } from '../shared/dom';
import { calendar, int, money, pct, signed, unit } from '../shared/format';
import { currentValuation } from './header';
import type { Modal } from '../shared/modal';
import { openModal } from '../shared/modal';

/** `decisions`: the quarter's decisions (departures lower the morale the team drifts toward). */
export interface ReportData {
  before: State;
  after: State;
  events: EngineEvent[];
  checks: Check[];
  decisions?: readonly Action[];
}

/** Why morale and brand moved: the events' share (from the checks) and the drift the engine applies
 *  every quarter (toward the morale target it computes; the brand's fade against what lifts it). */
function driftLines(lang: Lang, d: ReportData): HTMLElement | null {
  const byEvents = (kind: 'morale' | 'brand') =>
    d.checks.reduce((n, c) => n + c.effects.reduce((m, e) => m + (e.kind === kind ? e.amount : 0), 0), 0);
  const left =
    (d.decisions ?? []).reduce((n, a) => n + (a.type === 'fire' ? a.count : 0), 0) -
    d.checks.reduce((n, c) => n + c.effects.reduce((m, e) => m + (e.kind === 'staff' && e.amount < 0 ? e.amount : 0), 0), 0);
  const ev = (n: number) => (n === 0 ? '' : t(lang, 'report.byEvents', { n: signed(n) }));
  const lines: string[] = [];
  const b = d.before,
    a = d.after;
  if (a.morale !== b.morale)
    lines.push(
      t(lang, 'report.moraleWhy', { from: b.morale, to: a.morale, target: moraleTarget(a.policy, left), events: ev(byEvents('morale')) }),
    );
  if (a.brand !== b.brand)
    lines.push(t(lang, 'report.brandWhy', { from: b.brand, to: a.brand, pct: BRAND_FADE_PCT, events: ev(byEvents('brand')) }));
  return lines.length
    ? h(
        'div',
        { class: 'drift', id: 'report-drift' },
        h('h3', {}, t(lang, 'report.whyTitle')),
        h(
          'ul',
          {},
          lines.map((x) => h('li', {}, x)),
        ),
      )
    : null;
}

function kpiRows(lang: Lang, sc: Scenario, d: ReportData): HTMLElement {
  const b = d.before,
    a = d.after;
  const rows: [string, string, string, string][] = [
    [t(lang, 'ui.cash'), money(b.cash, lang), money(a.cash, lang), (a.cash >= b.cash ? '+' : '−') + money(Math.abs(a.cash - b.cash), lang)],
    [
      t(lang, 'report.revenueRow'),
      money(b.history[b.history.length - 1]?.revenue ?? 0, lang),
      money(a.history[a.history.length - 1]?.revenue ?? 0, lang),
      '',
    ],
    [t(lang, 'ui.customers'), int(totalCustomers(b)), int(totalCustomers(a)), signed(totalCustomers(a) - totalCustomers(b))],
    [t(lang, 'ui.headcount'), int(headcount(b)), int(headcount(a)), signed(headcount(a) - headcount(b))],
    [t(lang, 'ui.quality'), int(b.quality), int(a.quality), signed(a.quality - b.quality)],
    [t(lang, 'ui.brand'), int(b.brand), int(a.brand), signed(a.brand - b.brand)],
    [t(lang, 'ui.morale'), int(b.morale), int(a.morale), signed(a.morale - b.morale)],
    // End = what the header shows next quarter (one valuation, not the end-of-quarter record).
    [t(lang, 'ui.valuation'), money(currentValuation(b, sc), lang), money(currentValuation(a, sc), lang), ''],
    [t(lang, 'ui.founders'), pct(founderBp(b)), pct(founderBp(a)), ''],
  ];
  return h(
    'table',
    { class: 'report-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, ''),
        h('th', { scope: 'col' }, t(lang, 'report.start')),
        h('th', { scope: 'col' }, t(lang, 'report.end')),
        h('th', { scope: 'col' }, t(lang, 'report.change')),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r[0]), h('td', {}, r[1]), h('td', {}, r[2]), h('td', {}, r[3]))),
    ),
  );
}

function moneyFlow(lang: Lang, d: ReportData): HTMLElement {
  const lines = LEDGER_KEYS.map((k) => [k, d.after.ledger[k] - d.before.ledger[k]] as const).filter(([, v]) => v !== 0);
  return h(
    'div',
    { class: 'flow' },
    h('h3', {}, t(lang, 'report.flow')),
    h(
      'ul',
      {},
      lines.map(([k, v]) =>
        h('li', {}, h('span', {}, t(lang, `ledger.${k}`)), h('span', { class: 'num' }, `${v > 0 ? '+' : '−'}${money(Math.abs(v), lang)}`)),
      ),
    ),
  );
}

function rolled(lang: Lang, sc: Scenario, checks: Check[]): HTMLElement {
  const sorted = [...checks].sort((x, y) => Number(y.fired) - Number(x.fired));
  return h(
    'details',
    { class: 'rolled', open: checks.length <= 8 },
    h('summary', {}, t(lang, 'report.rolled', { n: checks.length, fired: checks.filter((c) => c.fired).length })),
    h(
      'table',
      { class: 'report-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t(lang, 'report.event')),
          h('th', { scope: 'col' }, t(lang, 'report.probability')),
          h('th', { scope: 'col' }, t(lang, 'report.roll')),
          h('th', { scope: 'col' }, t(lang, 'report.result')),
        ),
      ),
      h(
        'tbody',
        {},
        sorted.map((c) =>
          h(
            'tr',
            { class: c.fired ? 'fired' : '' },
            h('th', { scope: 'row' }, eventTitle(lang, sc, c.id)),
            h('td', {}, c.cooldown ? t(lang, 'report.cooldown') : pct(c.probabilityBp)),
            h('td', {}, unit(c.roll)),
            h('td', {}, c.fired ? `✓ ${t(lang, 'card.happened')}` : `– ${t(lang, 'card.notHappened')}`),
          ),
        ),
      ),
    ),
  );
}

export function reportBody(lang: Lang, sc: Scenario, d: ReportData): HTMLElement {
  const arrivals = d.events.flatMap((e) =>
    e.type === 'staffArrived' ? [t(lang, 'report.arrived', { n: e.count, role: t(lang, `role.${e.role}`) })] : [],
  );
  const covenant = d.events.find((e) => e.type === 'covenantBreached');
  const over = d.events.find((e) => e.type === 'gameOver');
  return h(
    'div',
    { class: 'report' },
    h('h2', { id: 'report-title' }, t(lang, 'report.title', { q: calendar(lang, sc.startYear.v, d.before.quarter) })),
    over && over.type === 'gameOver'
      ? h('p', { class: 'warn big' }, over.outcome === 'bankrupt' ? `⚠ ${t(lang, 'report.bankrupt')}` : `✓ ${t(lang, 'report.finished')}`)
      : null,
    h('div', { class: 'report-cols' }, kpiRows(lang, sc, d), moneyFlow(lang, d)),
    driftLines(lang, d),
    arrivals.length ? h('p', {}, arrivals.join(lang === 'zh' ? '；' : '; ')) : null,
    covenant && covenant.type === 'covenantBreached'
      ? h('p', { class: 'warn' }, '⚠ ', t(lang, 'report.covenant', { penalty: money(covenant.penalty, lang) }))
      : null,
    rolled(lang, sc, d.checks),
  );
}

export class ReportView {
  private modal: Modal;
  constructor(
    private readonly lang: () => Lang,
    private readonly sc: Scenario,
    private readonly d: ReportData,
    private readonly onLang: () => void,
    private readonly onDone: () => void,
  ) {
    this.modal = openModal('report-title', 'report-modal', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        this.done();
      }
    });
    this.render();
  }

  done(): void {
    this.modal.close();
    this.onDone();
  }

  render(): void {
    const L = this.lang();
    const go = h(
      'button',
      { type: 'button', class: 'primary', id: 'report-continue', onclick: () => this.done() },
      t(L, 'report.continue'),
    );
    this.modal.body.replaceChildren(
      h(
        'div',
        { class: 'modal-top' },
        h('span', {}, ''),
        h(
          'button',
          { type: 'button', class: 'small', id: 'report-lang', 'aria-label': t(L, 'ui.switchLang'), onclick: this.onLang },
          LANGUAGE_NAMES[L === 'zh' ? 'en' : 'zh'],
        ),
      ),
      reportBody(L, this.sc, this.d),
      h('div', { class: 'row end' }, go),
    );
    go.focus();
  }
}
