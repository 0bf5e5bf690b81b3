// The game-over screen: outcome, score (six elements), the quarter-by-quarter story in words
// (figures, decisions, events), the charts, and the run's export.
import type { Action } from '../engine/actions';
import type { Scenario } from '../engine/scenario-schema';
import { founderBp } from '../engine/selectors';
import type { Kpi, State } from '../engine/state';
import type { Lang } from '../i18n/index';
import { t } from '../i18n/index';
import { rv } from '../i18n/replay-ui';
import { dashboard } from './dashboard';
import { describeAction, eventTitle } from './describe';
import { h } from './dom';
import { calendar, int, moneyShort, pct } from './format';
import { ELEMENTS, runScore } from './score-view';

/** One line per closed quarter: key figures, the decisions taken and the events that fired. */
export function storyLines(lang: Lang, sc: Scenario, history: readonly Kpi[], log: readonly Action[][]): string[] {
  const sep = lang === 'zh' ? '；' : '; ';
  const stop = lang === 'zh' ? '。' : '.';
  return history.map((k, i) => {
    let customers = 0;
    for (const m of Object.keys(k.customers)) customers += k.customers[m]!;
    const figures = t(lang, 'story.figures', { cash: moneyShort(lang, k.cash), revenue: moneyShort(lang, k.revenue), customers: int(customers), staff: k.headcount });
    const decisions = (log[i] ?? []).map((a) => describeAction(lang, sc, a));
    const events = k.fired.map((id) => eventTitle(lang, sc, id));
    return `${calendar(lang, sc.startYear.v, k.quarter)} — ${figures}` +
      (decisions.length ? ` ${t(lang, 'story.decisions')}${decisions.join(sep)}${stop}` : ` ${t(lang, 'story.noDecisions')}`) +
      (events.length ? ` ${t(lang, 'story.events')}${events.join(sep)}${stop}` : ` ${t(lang, 'story.noEvents')}`);
  });
}

/** `onWatch`: open the run in the replay viewer; `onCompare`: a what-if branch against its original. */
export interface GameOverActions { onExport(): void; onShare(): void; onNewGame(): void; onLang(): void; onWatch?(): void; onCompare?: (() => void) | undefined }

export function gameOverScreen(lang: Lang, sc: Scenario, s: State, log: readonly Action[][], meta: { team?: string; workshop?: string }, a: GameOverActions): HTMLElement {
  const score = runScore(sc, s);
  const last = s.history[s.history.length - 1];
  const bankrupt = s.status === 'bankrupt';
  const who = [meta.workshop, meta.team].filter(Boolean).join(' · ');
  return h('main', { class: 'screen game-over', id: 'game-over' },
    h('div', { class: 'row space' },
      h('h1', {}, sc.title[lang]),
      h('button', { type: 'button', id: 'over-lang', 'aria-label': t(lang, 'ui.switchLang'), onclick: a.onLang }, lang === 'zh' ? 'English' : '中文')),
    who ? h('p', { class: 'team' }, who) : null,
    h('p', { class: `outcome ${bankrupt ? 'bad' : 'good'}`, id: 'outcome' }, bankrupt ? `⚠ ${t(lang, 'over.bankrupt', { n: s.history.length })}` : `✓ ${t(lang, 'over.finished', { n: s.history.length })}`),
    h('div', { class: 'over-figures' },
      h('div', { class: 'kpi' }, h('span', { class: 'kpi-label' }, t(lang, 'over.score') + (score.provisional ? ` (${t(lang, 'ui.provisional')})` : '')), h('span', { class: 'kpi-value', id: 'over-score' }, `${score.total} / 100`)),
      h('div', { class: 'kpi' }, h('span', { class: 'kpi-label' }, t(lang, 'ui.cash')), h('span', { class: 'kpi-value' }, moneyShort(lang, s.cash))),
      h('div', { class: 'kpi' }, h('span', { class: 'kpi-label' }, t(lang, 'ui.valuation')), h('span', { class: 'kpi-value' }, moneyShort(lang, last?.valuation ?? 0))),
      h('div', { class: 'kpi' }, h('span', { class: 'kpi-label' }, t(lang, 'ui.founders')), h('span', { class: 'kpi-value' }, pct(founderBp(s)))),
      h('div', { class: 'kpi' }, h('span', { class: 'kpi-label' }, t(lang, 'ui.revenue')), h('span', { class: 'kpi-value' }, moneyShort(lang, last?.revenue ?? 0)))),
    h('details', { class: 'score-parts', id: 'score-parts' },
      h('summary', {}, t(lang, 'over.parts')),
      h('ul', {}, ELEMENTS.map((e) => h('li', {}, h('strong', {}, `${t(lang, `element.${e}`)} ${score.elements[e]}`), ' = ',
        Object.keys(score.parts[e]).map((k) => `${t(lang, `part.${k}`)} ${score.parts[e][k]}`).join(' + '))))),
    h('div', { class: 'row' },
      h('button', { type: 'button', class: 'primary', id: 'btn-export-replay', onclick: a.onExport }, t(lang, 'over.export')),
      h('button', { type: 'button', id: 'btn-share', onclick: a.onShare }, t(lang, 'over.share')),
      a.onWatch ? h('button', { type: 'button', id: 'btn-watch-replay', onclick: a.onWatch }, rv(lang, 'watch')) : null,
      a.onCompare ? h('button', { type: 'button', id: 'btn-compare-original', onclick: a.onCompare }, rv(lang, 'compareWithOriginal')) : null,
      h('button', { type: 'button', id: 'btn-new-game', onclick: a.onNewGame }, t(lang, 'over.newGame'))),
    h('section', { class: 'story', 'aria-labelledby': 'story-title' },
      h('h2', { id: 'story-title' }, t(lang, 'over.story')),
      h('ol', { id: 'story' }, storyLines(lang, sc, s.history, log).map((l) => h('li', {}, l)))),
    dashboard(lang, sc, s));
}
