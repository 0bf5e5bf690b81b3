// The coach of the guided first quarter: a small non-modal panel over the office that explains one
// step at a time and rings its target, advancing when the player does what it asks (it listens to the
// session) or presses Next. Back, Skip and Escape work from the keyboard; step changes are announced.
import type { Lang } from '../../../i18n/index';
import { t } from '../../../i18n/index';
import type { Session } from '../../../session/session';
import type { PlanStore } from '../plan';
import { h } from '../../shared/dom';
import { modalOpen } from '../../shared/modal';
import { setTutorialWanted } from './flag';
import { placeOf, Rings } from './ring';
import type { Step } from './steps';
import { stepsFor } from './steps';

/** What the coach needs from the game screen (src/ui/game/game-screen.ts provides it). */
export interface CoachHost {
  readonly root: HTMLElement;
  readonly session: Session;
  /** The quarter plan: a step is done when its decision is in the plan. */
  readonly plan: PlanStore;
  /** Content the event cards show above card i (the coach's last step lives there). */
  cardCoach: ((i: number) => HTMLElement | null) | null;
  attach(addOn: { setLang(l: Lang): void; destroy(): void }): void;
}

export class Coach {
  private readonly steps: Step[];
  private i = 0;
  private readonly done = new Set<string>();
  private readonly panel = h('section', { class: 'coach', id: 'coach', role: 'region', 'aria-labelledby': 'coach-title' });
  private readonly live = h('p', { class: 'sr-only', id: 'coach-live', 'aria-live': 'polite' });
  private readonly rings = new Rings();
  private frame = 0;
  /** The id of the element last scrolled into view for this step. */
  private revealed = '';
  private ended = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly host: CoachHost,
    private readonly lang: () => Lang,
  ) {
    this.steps = stepsFor(host.session.scenario.unlocked as string[]);
    host.root.append(this.live);
    (host.root.querySelector('.stage') ?? host.root).append(this.panel);
    const offSession = host.session.subscribe((s, events) =>
      this.onSession(
        s,
        events.some((e) => e.type === 'quarterClosed'),
      ),
    );
    const offPlan = host.plan.subscribe(() => this.onPlan());
    this.unsubscribe = () => {
      offSession();
      offPlan();
    };
    host.cardCoach = (i) => this.inCard(i);
    host.root.addEventListener('click', this.onClick);
    this.panel.addEventListener('keydown', this.onKey);
    document.addEventListener('keydown', this.onDocKey);
    host.attach({ setLang: () => this.render(), destroy: () => this.teardown() });
    // The game screen says where the guide is (on, done, skipped): for tests and for styling.
    host.root.dataset.tutorial = 'on';
    // Focus moves into the coach, unless a dialog (End the quarter anyway?) is open over the page.
    this.show(0, modalOpen() ? null : 'coach-next');
    this.tick();
  }

  private get step(): Step {
    return this.steps[this.i]!;
  }

  // ---- what the player does ---------------------------------------------------------------------
  private onSession(_s: Session, closed: boolean): void {
    if (this.ended) return;
    if (closed) {
      // The cards opened before this listener ran (inCard moved the coach there); no cards, no step.
      if (this.step.id !== 'card') this.finish();
      return;
    }
    this.onPlan();
  }

  /** A decision in the plan (or made outside it) does its step. */
  private onPlan(): void {
    if (this.ended) return;
    const all = [...this.host.session.current, ...this.host.plan.actions()];
    let furthest = -1;
    this.steps.forEach((st, k) => {
      if (!this.done.has(st.id) && st.doneBy && all.some((a) => st.doneBy!(a))) {
        this.done.add(st.id);
        furthest = k;
      }
    });
    // Doing this step, or one further on, moves past it: the player has read what came before.
    if (furthest >= this.i) this.past(furthest, false);
  }

  /** Opening a group is what the groups step asks for. */
  private readonly onClick = (e: Event): void => {
    const k = this.steps.findIndex((st) => st.id === 'groups');
    if (this.ended || k < this.i || !(e.target instanceof Element) || !e.target.closest('.group-toggle')) return;
    this.done.add('groups');
    this.past(k, false);
  };

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    // Inside the cards' dialog Escape would skip every card: here it skips only the guide.
    e.stopPropagation();
    this.skip();
  };

  private readonly onDocKey = (e: KeyboardEvent): void => {
    if (
      e.key === 'Escape' &&
      !e.defaultPrevented &&
      (document.activeElement === document.body || document.activeElement === null) &&
      !modalOpen()
    )
      this.skip();
  };

  // ---- moving between steps ---------------------------------------------------------------------
  /** Forward to the first step after step k not already done; after the last, the guide is finished. */
  private past(k: number, byButton: boolean): void {
    let j = k + 1;
    while (j < this.steps.length && this.done.has(this.steps[j]!.id)) j += 1;
    // The card step starts when the quarter's cards open, not on a button.
    if (j >= this.steps.length || (this.steps[j]!.id === 'card' && !document.querySelector('.modal.cards'))) {
      if (this.step.id === 'card') this.finish();
      return;
    }
    this.show(j, byButton ? 'coach-next' : null);
  }

  /** Shows step j. Asked for with a button, its target is scrolled into view; reached by a decision,
   *  the panel stays where the player is working and a label points the way. */
  private show(j: number, focus: string | null): void {
    this.i = j;
    this.render();
    this.announce();
    if (focus) this.focusIn(focus);
    this.revealed = focus ? '' : this.targetId();
  }

  private announce(): void {
    const L = this.lang();
    const id = this.step.id;
    this.live.textContent = t(L, 'tutorial.announce', {
      step: t(L, 'tutorial.stepOf', { i: this.i + 1, n: this.steps.length }),
      title: t(L, `tutorial.${id}.title`),
      text: t(L, `tutorial.${id}.text`),
    });
  }

  private targetId(): string {
    return this.step.rings[0]?.find(this.host.session.state)[0]?.id ?? '';
  }

  private focusIn(id: string): void {
    const root = this.step.id === 'card' ? document.querySelector('.modal.cards #coach') : this.panel;
    const el =
      root?.querySelector<HTMLButtonElement>(`#${id}:not([disabled])`) ?? root?.querySelector<HTMLButtonElement>('button:not([disabled])');
    el?.focus();
  }

  /** The event cards ask for the coach above card i: the first card is the last step. */
  private inCard(i: number): HTMLElement | null {
    if (this.ended) return null;
    if (i > 0) {
      this.finish();
      return null;
    }
    if (this.step.id !== 'card') {
      this.i = this.steps.findIndex((s) => s.id === 'card');
      this.panel.remove();
      this.announce();
    }
    const el = h('section', { class: 'coach in-card', id: 'coach', role: 'region', 'aria-labelledby': 'coach-title' });
    el.addEventListener('keydown', this.onKey);
    this.fill(el);
    return el;
  }

  // ---- drawing ----------------------------------------------------------------------------------
  render(): void {
    if (this.ended) return;
    if (this.step.id === 'card') {
      // The cards redraw themselves (and ask inCard again) on a language switch.
      return;
    }
    const focused = this.panel.contains(document.activeElement) ? (document.activeElement?.id ?? '') : '';
    this.fill(this.panel);
    if (focused) this.focusIn(focused);
  }

  private fill(el: HTMLElement): void {
    const L = this.lang();
    const st = this.step;
    const last = st.id === 'card';
    el.dataset.step = st.id;
    el.replaceChildren(
      h('p', { class: 'coach-kicker' }, t(L, 'tutorial.name'), ' · ', t(L, 'tutorial.stepOf', { i: this.i + 1, n: this.steps.length })),
      h('h2', { id: 'coach-title', tabindex: '-1' }, t(L, `tutorial.${st.id}.title`)),
      h('p', { class: 'coach-text' }, t(L, `tutorial.${st.id}.text`)),
      h(
        'div',
        { class: 'coach-buttons' },
        h(
          'button',
          {
            type: 'button',
            class: 'small',
            id: 'coach-back',
            disabled: this.i === 0 || last,
            onclick: () => this.show(this.i - 1, 'coach-back'),
          },
          t(L, 'tutorial.back'),
        ),
        // The end step is done by ending the quarter itself; the cards' step ends the guide.
        h(
          'button',
          {
            type: 'button',
            class: 'small primary',
            id: 'coach-next',
            disabled: st.id === 'end',
            onclick: () => (last ? this.finish() : this.past(this.i, true)),
          },
          t(L, last ? 'tutorial.finish' : 'tutorial.next'),
        ),
        h('button', { type: 'button', class: 'small', id: 'coach-skip', onclick: () => this.skip() }, t(L, 'tutorial.skip')),
      ),
      h('p', { class: 'coach-keys' }, t(L, 'tutorial.keys')),
    );
  }

  /** Rings follow their targets as panels re-render, open and scroll. */
  private tick = (): void => {
    if (this.ended) return;
    if (!this.host.root.isConnected) {
      this.teardown();
      return;
    }
    if (this.step.id === 'card' && !document.querySelector('.modal.cards')) {
      this.finish();
      return;
    }
    const L = this.lang();
    const s = this.host.session.state;
    // A new target (the step's, or its card once the player opens the group) is scrolled into view once.
    const first = this.step.rings[0]?.find(s)[0];
    if (first && first.id !== this.revealed) {
      this.revealed = first.id;
      const panel = first.closest('.panel-host');
      first.scrollIntoView({ block: panel && first.getBoundingClientRect().height > panel.clientHeight ? 'start' : 'nearest' });
    }
    this.rings.show(
      this.step.rings.map((r) => {
        const place = placeOf(r.find(s));
        const label = t(L, `tutorial.${r.label}`);
        return {
          place,
          label: place.off ? t(L, place.off === 'below' ? 'tutorial.scrollDown' : 'tutorial.scrollUp', { label }) : label,
          ...(r.side ? { side: r.side } : {}),
        };
      }),
    );
    this.frame = requestAnimationFrame(this.tick);
  };

  // ---- the end ----------------------------------------------------------------------------------
  private finish(): void {
    this.end('done');
  }

  skip(): void {
    this.end('skipped');
  }

  private end(how: 'done' | 'skipped'): void {
    if (this.ended) return;
    const hadFocus = this.panel.contains(document.activeElement) || Boolean(document.activeElement?.closest('#coach'));
    setTutorialWanted(false);
    this.teardown();
    this.host.root.dataset.tutorial = how;
    this.live.textContent = t(this.lang(), `tutorial.${how}`);
    if (hadFocus) (document.getElementById('card-next') ?? document.getElementById('btn-end'))?.focus();
  }

  private teardown(): void {
    if (this.ended) return;
    this.ended = true;
    cancelAnimationFrame(this.frame);
    this.unsubscribe();
    this.host.cardCoach = null;
    this.host.root.removeEventListener('click', this.onClick);
    document.removeEventListener('keydown', this.onDocKey);
    this.panel.remove();
    document.querySelector('.modal.cards #coach')?.remove();
    this.rings.destroy();
  }
}
