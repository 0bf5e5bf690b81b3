// The viewer's side panel: the quarter at the scrub position (its decisions, its event cards as
// they were shown, the quarter report), every fired event of the run to jump to, and the "what if"
// actions. Builders only: the viewer owns the state and the actions.
import { BOT_NAMES } from '../../engine/index';
import type { Check, Scenario } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { nameOf, t } from '../../i18n/index';
import type { Timeline } from '../../replay/index';
import { describeAction, eventTitle } from '../shared/describe';
import { h } from '../shared/dom';
import { cardChecks, eventCardBody } from '../game/event-cards';
import { calendar, unit } from '../shared/format';
import { reportBody } from '../game/quarter-report';

/** One event card, folded to its headline; open when it is the one jumped to (or the only one). */
function card(L: Lang, sc: Scenario, c: Check, open: boolean, highlight: boolean): HTMLElement {
  const def = sc.events.find((e) => e.id === c.id);
  const body = eventCardBody(L, sc, c, sc.startYear.v);
  // Several cards share the page: the card's own heading id is for its modal, not for a list.
  body.querySelector('#card-title')?.removeAttribute('id');
  const mark = def?.good ? '✓' : '⚠';
  const result = c.fired ? t(L, 'card.happened') : t(L, 'card.notHappened');
  return h(
    'details',
    { class: 'replay-card' + (highlight ? ' highlight' : ''), open, 'data-event': c.id, id: `rc-${c.id}` },
    h(
      'summary',
      {},
      `${mark} `,
      t(L, 'rv.cardSummary', { title: def ? def.title[L] : c.id, result, roll: unit(c.roll), prob: unit(c.probabilityBp) }),
    ),
    body,
  );
}

export function quarterPanel(L: Lang, sc: Scenario, tl: Timeline, pos: number, highlight: string | null): HTMLElement {
  if (pos === 0)
    return h(
      'div',
      { class: 'replay-quarter', id: 'replay-quarter' },
      h('h2', {}, t(L, 'rv.openingTitle')),
      h('p', {}, t(L, 'rv.openingText')),
    );
  const step = tl.steps[pos - 1]!;
  const cards = cardChecks(sc, step.checks);
  return h(
    'div',
    { class: 'replay-quarter', id: 'replay-quarter', 'data-quarter': pos },
    h('h2', {}, t(L, 'rv.decisionsTitle', { q: pos }), ' ', h('span', { class: 'muted small' }, calendar(L, sc.startYear.v, pos - 1))),
    step.decisions.length
      ? h(
          'ol',
          { class: 'quarter-decisions', id: 'replay-decisions' },
          step.decisions.map((a) => h('li', {}, describeAction(L, sc, a))),
        )
      : h('p', { class: 'muted', id: 'replay-decisions' }, t(L, 'rv.noDecisions')),
    h('h2', {}, t(L, 'rv.cardsTitle', { n: cards.length })),
    cards.length
      ? h(
          'div',
          { class: 'replay-cards', id: 'replay-cards' },
          cards.map((c) => card(L, sc, c, c.id === highlight || cards.length === 1, c.id === highlight)),
        )
      : h('p', { class: 'muted', id: 'replay-cards' }, t(L, 'rv.noCards')),
    reportBody(L, sc, { before: step.before, after: step.after, events: step.events, checks: step.checks }),
  );
}

export function eventsPanel(L: Lang, sc: Scenario, tl: Timeline, pos: number, onJump: (quarter: number, id: string) => void): HTMLElement {
  if (tl.fired.length === 0) return h('p', { class: 'muted', id: 'replay-events' }, t(L, 'rv.noEvents'));
  return h(
    'div',
    {},
    h('h2', {}, t(L, 'rv.eventsTitle')),
    h(
      'ol',
      { class: 'replay-events', id: 'replay-events' },
      tl.fired.map((f) => {
        const title = eventTitle(L, sc, f.id);
        const when = calendar(L, sc.startYear.v, f.quarter);
        return h(
          'li',
          { class: f.good ? 'good' : 'bad' },
          h(
            'button',
            {
              type: 'button',
              class: 'link-like',
              'data-event': f.id,
              'data-quarter': f.quarter + 1,
              'aria-current': f.quarter + 1 === pos ? 'step' : null,
              onclick: () => onJump(f.quarter, f.id),
            },
            `${f.good ? '✓' : '⚠'} `,
            t(L, 'rv.jumpTo', { when, title }),
          ),
        );
      }),
    ),
  );
}

export interface WhatIfCtx {
  pos: number;
  /** The game is over in the state at `pos`: nothing to play on from there. */
  over: boolean;
  bot: string;
  error: string;
  setBot(b: string): void;
  playOn(): void;
  change(): void;
  runBot(): void;
}

export function whatIfPanel(L: Lang, c: WhatIfCtx): HTMLElement {
  const next = c.pos + 1;
  return h(
    'div',
    { class: 'what-if', id: 'what-if' },
    h('h2', {}, t(L, 'rv.whatIfTitle')),
    h('p', { class: 'muted small' }, t(L, 'rv.whatIfIntro')),
    c.over ? h('p', { class: 'warn', id: 'what-if-over' }, '⚠ ', t(L, 'rv.gameOverHere')) : null,
    h(
      'div',
      { class: 'what-if-action' },
      h(
        'button',
        { type: 'button', class: 'primary', id: 'what-if-play', disabled: c.over, onclick: () => c.playOn() },
        t(L, 'rv.playOn', { q: next }),
      ),
    ),
    h(
      'div',
      { class: 'what-if-action' },
      h(
        'button',
        {
          type: 'button',
          id: 'what-if-change',
          disabled: c.pos === 0,
          'aria-describedby': 'what-if-change-help',
          onclick: () => c.change(),
        },
        t(L, 'rv.change', { q: Math.max(1, c.pos) }),
      ),
      h(
        'p',
        { class: 'muted small', id: 'what-if-change-help' },
        c.pos === 0 ? t(L, 'rv.changeNone') : t(L, 'rv.changeHelp', { q: c.pos }),
      ),
    ),
    h(
      'div',
      { class: 'what-if-action' },
      h('p', { class: 'what-if-bot-title' }, t(L, 'rv.botOn', { q: next })),
      h(
        'div',
        { class: 'row wrap' },
        h('label', { for: 'what-if-bot' }, t(L, 'rv.botChoose')),
        h(
          'select',
          { id: 'what-if-bot', disabled: c.over, onchange: (e: Event) => c.setBot((e.target as HTMLSelectElement).value) },
          BOT_NAMES.map((b) => h('option', { value: b, selected: b === c.bot }, nameOf(L, 'rv.botName', b))),
        ),
        h('button', { type: 'button', id: 'what-if-bot-run', disabled: c.over, onclick: () => c.runBot() }, t(L, 'rv.botRun')),
      ),
    ),
    c.error ? h('p', { class: 'warn', role: 'alert', id: 'what-if-error' }, c.error) : null,
  );
}
