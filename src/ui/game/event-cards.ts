// The quarter's events as cards, one at a time: what happened, the roll against the probability
// (numbers and a bar), the factors that moved the probability, the effects applied and the seed
// sections. Enter or Space goes on, Escape skips the rest.
import type { Check, EventDef, Scenario } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { LANGUAGE_NAMES, t } from '../../i18n/index';
import { describeEffect } from '../shared/describe';
import { h, svg } from '../shared/dom';
import { calendar, pct, points, unit } from '../shared/format';
import type { Modal } from '../shared/modal';
import { openModal } from '../shared/modal';

/** The checks worth a card: everything that happened, and every answer to a request the player made. */
export function cardChecks(sc: Scenario, checks: readonly Check[]): Check[] {
  return checks.filter((c) => c.fired || sc.events.find((e) => e.id === c.id)?.when !== 'always');
}

/** The roll against the probability as a bar: the probability is a hatched band from 0, the roll a marker. */
function rollBar(lang: Lang, roll: number, prob: number): SVGElement {
  const W = 320,
    X0 = 8,
    X1 = W - 8;
  const x = (bp: number) => X0 + ((X1 - X0) * bp) / 10000;
  const root = svg('svg', {
    viewBox: `0 0 ${W} 46`,
    class: 'roll-bar',
    role: 'img',
    'aria-label': t(lang, 'card.rollVs', { roll: unit(roll), prob: unit(prob) }),
  });
  const pat = svg(
    'pattern',
    { id: 'hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    svg('rect', { width: 6, height: 6, fill: '#cfe3f3' }),
    svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#0072B2', 'stroke-width': 2.5 }),
  );
  root.append(svg('defs', {}, pat));
  root.append(svg('rect', { x: X0, y: 12, width: X1 - X0, height: 14, fill: '#f4f4f4', stroke: '#555' }));
  root.append(svg('rect', { x: X0, y: 12, width: Math.max(0, x(prob) - X0), height: 14, fill: 'url(#hatch)', stroke: '#0072B2' }));
  root.append(svg('text', { x: X0, y: 40, class: 'tick' }, '0'), svg('text', { x: X1, y: 40, 'text-anchor': 'end', class: 'tick' }, '1'));
  root.append(
    svg('text', { x: Math.min(X1 - 40, Math.max(X0 + 40, x(prob))), y: 40, 'text-anchor': 'middle', class: 'tick' }, `p ${unit(prob)}`),
  );
  const rx = x(roll);
  root.append(svg('line', { x1: rx, x2: rx, y1: 6, y2: 30, stroke: '#000', 'stroke-width': 2.5 }));
  root.append(svg('polygon', { points: `${rx - 5},2 ${rx + 5},2 ${rx},9`, fill: '#000' }));
  return root;
}

function whyList(lang: Lang, c: Check, def: EventDef | undefined): HTMLElement {
  const moved = c.pulls.filter((p) => p.deltaBp !== 0).sort((a, b) => Math.abs(b.deltaBp) - Math.abs(a.deltaBp));
  const helpful = def && !c.cooldown ? c.pulls.filter((p) => (def.good ? p.effect > 0 : p.effect < 0) && p.level < 10000) : [];
  const raw = c.baseBp + moved.reduce((a, p) => a + p.deltaBp, 0);
  return h(
    'div',
    { class: 'why' },
    h('h3', {}, t(lang, 'card.why')),
    h(
      'ul',
      {},
      h('li', {}, t(lang, 'card.base', { pct: pct(c.baseBp) })),
      moved.map((p) =>
        h(
          'li',
          { class: p.deltaBp > 0 ? 'up' : 'down' },
          p.deltaBp > 0 ? '▲ ' : '▼ ',
          t(lang, `factor.${p.factor}`),
          ` ${points(p.deltaBp)} ${t(lang, 'ui.pts')}`,
        ),
      ),
      h(
        'li',
        { class: 'total' },
        c.cooldown
          ? t(lang, 'card.cooldown')
          : t(lang, 'card.total', { pct: pct(c.probabilityBp) }) + (raw !== c.probabilityBp ? ` (${t(lang, 'card.clamped')})` : ''),
      ),
    ),
    helpful.length
      ? h(
          'p',
          { class: 'muted' },
          t(lang, def!.good ? 'card.couldRaise' : 'card.couldLower'),
          ' ',
          helpful
            .map(
              (p) =>
                `${t(lang, `factor.${p.factor}`)} (${points(Math.trunc((p.effect * (10000 - p.level)) / 10000))} ${t(lang, 'ui.pts')})`,
            )
            .join(lang === 'zh' ? '；' : '; '),
        )
      : null,
  );
}

/** The body of one event card (also used by the replay and debrief views). */
export function eventCardBody(lang: Lang, sc: Scenario, c: Check, startYear: number): HTMLElement {
  const def = sc.events.find((e) => e.id === c.id);
  const good = def?.good ?? false;
  const text = c.fired ? def?.text[lang] : (def?.missText?.[lang] ?? t(lang, 'card.didNotHappen'));
  return h(
    'article',
    { class: `event-card ${good ? 'good' : 'bad'} ${c.fired ? 'fired' : 'missed'}` },
    h(
      'p',
      { class: 'kind' },
      h('span', { class: 'badge' }, good ? `✓ ${t(lang, 'card.opportunity')}` : `⚠ ${t(lang, 'card.risk')}`),
      ' ',
      h('span', { class: 'badge happened' }, c.fired ? t(lang, 'card.happened') : t(lang, 'card.notHappened')),
      ' ',
      h('span', { class: 'muted' }, calendar(lang, startYear, c.quarter)),
    ),
    h('h2', { id: 'card-title' }, def ? def.title[lang] : c.id),
    h('p', { class: 'card-text' }, text ?? ''),
    h(
      'div',
      { class: 'roll' },
      h(
        'p',
        { class: 'roll-line' },
        t(lang, 'card.rollVs', { roll: unit(c.roll), prob: unit(c.probabilityBp) }),
        ' → ',
        h('strong', {}, c.fired ? t(lang, 'card.rollBelow') : t(lang, 'card.rollAbove')),
      ),
      rollBar(lang, c.roll, c.probabilityBp),
    ),
    whyList(lang, c, def),
    c.effects.length
      ? h(
          'div',
          { class: 'effects' },
          h('h3', {}, t(lang, 'card.effects')),
          h(
            'ul',
            {},
            c.effects.map((e) => h('li', {}, describeEffect(lang, sc, e))),
          ),
        )
      : null,
    def
      ? h('p', { class: 'sections' }, t(lang, 'card.seed'), lang === 'zh' ? '' : ' ', def.section.join(lang === 'zh' ? '、' : ', '))
      : null,
  );
}

export interface CardFlowCtx {
  lang(): Lang;
  sc: Scenario;
  onLang(): void;
  onDone(): void;
  /** Extra content above card i (the guided first quarter explains the first card there). */
  coach?(i: number): HTMLElement | null;
}

/** Shows the cards one by one in a modal; `render` redraws in the current language. */
export class CardFlow {
  private i = 0;
  private modal: Modal;

  constructor(
    private readonly ctx: CardFlowCtx,
    private readonly checks: Check[],
  ) {
    this.modal = openModal('card-title', 'cards', (e) => this.key(e));
    this.render();
  }

  private key(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.finish();
      return;
    }
    // Enter and Space on the card's own buttons and details press them; anywhere else (the card's
    // text, or focus lost outside the dialog) they go to the next card.
    const target = e.target as HTMLElement;
    const own = this.modal.body.contains(target) && (target instanceof HTMLButtonElement || target.tagName === 'SUMMARY');
    if ((e.key === 'Enter' || e.key === ' ') && !own) {
      e.preventDefault();
      this.next();
    }
  }

  next(): void {
    this.i += 1;
    if (this.i >= this.checks.length) this.finish();
    else this.render();
  }

  finish(): void {
    this.modal.close();
    this.ctx.onDone();
  }

  render(): void {
    const L = this.ctx.lang();
    const c = this.checks[this.i]!;
    const last = this.i === this.checks.length - 1;
    const next = h(
      'button',
      { type: 'button', class: 'primary', id: 'card-next', onclick: () => this.next() },
      last ? t(L, 'card.toReport') : t(L, 'card.next'),
    );
    this.modal.body.replaceChildren(
      h(
        'div',
        { class: 'modal-top' },
        h('p', { class: 'card-count', 'aria-live': 'polite' }, t(L, 'card.count', { i: this.i + 1, n: this.checks.length })),
        h(
          'button',
          { type: 'button', class: 'small', id: 'card-lang', 'aria-label': t(L, 'ui.switchLang'), onclick: () => this.ctx.onLang() },
          LANGUAGE_NAMES[L === 'zh' ? 'en' : 'zh'],
        ),
      ),
      this.ctx.coach?.(this.i) ?? '',
      eventCardBody(L, this.ctx.sc, c, this.ctx.sc.startYear.v),
      h(
        'div',
        { class: 'row end' },
        h('button', { type: 'button', id: 'card-skip', onclick: () => this.finish() }, t(L, 'card.skipAll')),
        next,
      ),
      h('p', { class: 'hint muted' }, t(L, 'card.keys')),
    );
    next.focus();
  }
}
