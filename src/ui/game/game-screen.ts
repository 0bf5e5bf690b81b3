// The game screen: header, save notices, the office (or the dashboard) on the left, the decision
// panel and the quarter bar (this quarter's plan with its cost and the runway after, undo/redo,
// End the quarter) on the right. Every session change, from a click or from the test hook, arrives
// through one listener; the plan is committed only by End the quarter.
import type { Action, EngineEvent, State } from '../../engine/index';
import { collectChecks } from '../../engine/index';
import type { Session } from '../../session/session';
import type { Key, Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import { dashboard } from './dashboard';
import { decisionPanel, itemsFromActions, newPanelState } from './decision-panel';
import type { PanelState } from './decision-panel';
import { describeAction, describeRejection } from '../shared/describe';
import { fill, h } from '../shared/dom';
import { CardFlow, cardChecks } from './event-cards';
import { header } from './header';
import { modalOpen, openModal } from '../shared/modal';
import { planOutcome, PlanStore } from './plan';
import type { Plan } from './plan';
import { moneyShort } from '../shared/format';
import { decisionSpecs } from './decision-specs';
import type { OfficeView } from '../office/office-api';
import { mountOffice, OFFICE_MODE_KEY, simpleOffice } from '../office/host';
import { ReportView } from './quarter-report';

export interface GameHost {
  lang(): Lang;
  toggleLang(): void;
  save(manual: boolean): void;
  exportRun(): void;
  toTitle(): void;
  gameOver(): void;
  notices(): HTMLElement[];
}

export class GameScreen {
  readonly root: HTMLElement;
  private readonly slots: {
    header: HTMLElement;
    notices: HTMLElement;
    office: HTMLElement;
    dash: HTMLElement;
    panel: HTMLElement;
    bar: HTMLElement;
    mode: HTMLElement;
    progress: HTMLElement;
  };
  private office: OfficeView | null = null;
  private dashboardOpen = false;
  private readonly panelState: PanelState;
  private quarterStart: State;
  private overlay: CardFlow | ReportView | null = null;
  private readonly unsubscribe: () => void;
  private message = '';
  private officeReady: Promise<void>;
  /** The guided first quarter's strip above event card i (src/ui/game/tutorial sets it while it runs). */
  cardCoach: ((i: number) => HTMLElement | null) | null = null;
  /** Things living as long as this screen (the guided first quarter): told of language changes, torn down with it. */
  private readonly addOns: { setLang(l: Lang): void; destroy(): void }[] = [];
  /** This quarter's plan: committed by End the quarter. */
  readonly plan = new PlanStore();
  private confirming = false;

  constructor(
    private readonly host: GameHost,
    readonly session: Session,
  ) {
    this.panelState = newPanelState(session.scenario);
    this.quarterStart = session.state;
    const progress = h(
      'div',
      { class: 'preloader', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': '0' },
      h('div', { class: 'preloader-fill' }),
    );
    this.slots = {
      header: h('div', { class: 'header-slot' }),
      notices: h('div', { class: 'notices', role: 'status', 'aria-live': 'polite' }),
      office: h('div', { class: 'office-host', id: 'office' }, progress),
      dash: h('div', { class: 'dash-host', hidden: true }),
      panel: h('div', { class: 'panel-host', id: 'panel' }),
      bar: h('div', { class: 'quarter-bar', id: 'quarter-bar' }),
      mode: h('div', { class: 'office-mode' }),
      progress,
    };
    this.root = h(
      'div',
      { class: 'screen game', id: 'game' },
      this.slots.header,
      this.slots.notices,
      h(
        'div',
        { class: 'game-main' },
        h('section', { class: 'stage', 'aria-label': t(host.lang(), 'ui.office') }, this.slots.office, this.slots.dash, this.slots.mode),
        h('aside', { class: 'side' }, this.slots.panel, this.slots.bar),
      ),
    );
    // A save's open quarter comes back as the plan (undoable step by step), not as done decisions.
    if (session.current.length > 0) {
      const acts = [...session.current];
      while (session.undo()) {
        /* back to the quarter's start */
      }
      const items = itemsFromActions(session.scenario, session.state, acts);
      for (const it of items) {
        if (it.setting) this.plan.setSetting(it.card, '', it.values, it.action, false);
        else this.plan.add(it.card, it.values, it.action);
      }
    }
    this.quarterStart = session.state;
    session.planned = this.savablePlan();
    this.unsubscribe = session.subscribe((_s, events) => this.onChange(events));
    const unplan = this.plan.subscribe(() => this.onPlan());
    this.addOns.push({ setLang: () => undefined, destroy: unplan });
    // Ctrl+Z / Ctrl+Shift+Z (or Cmd) undo and redo the plan from anywhere but a text field.
    document.addEventListener('keydown', this.onKey);
    this.addOns.push({ setLang: () => undefined, destroy: () => document.removeEventListener('keydown', this.onKey) });
    this.officeReady = this.mount();
    this.slots.mode.addEventListener('click', () => this.switchOfficeMode());
    this.render();
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const k = e.key.toLowerCase();
    if (k !== 'z' && k !== 'y') return;
    const target = e.target as HTMLElement | null;
    const textual =
      target &&
      (target.tagName === 'TEXTAREA' ||
        target.isContentEditable ||
        (target.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit'].includes((target as HTMLInputElement).type)));
    if (textual || this.overlay || this.confirming || !this.root.isConnected || modalOpen()) return;
    e.preventDefault();
    if (k === 'y' || e.shiftKey) this.redo();
    else this.undo();
  };

  /** Undo the last change to the plan (or, with none, a decision made outside it). */
  undo(): void {
    if (!this.plan.undo()) this.session.undo();
  }

  redo(): void {
    this.plan.redo();
  }

  /** What a save keeps of the plan: the actions the engine accepts in order (a save must restore). */
  private savablePlan(): Action[] {
    const acts = this.plan.actions();
    const out = planOutcome(this.session.state, this.session.scenario, acts);
    return out.ok ? acts : acts.slice(0, out.index);
  }

  private onPlan(): void {
    this.session.planned = this.savablePlan();
    this.host.save(false);
    // While a number is being typed the card shows its own preview; re-rendering the panel would
    // move the caret. Everything else re-renders (an undo must show the fields it restores).
    const a = document.activeElement;
    if (a instanceof HTMLInputElement && a.type === 'number' && this.slots.panel.contains(a)) this.renderBar(this.host.lang());
    else this.render();
  }

  private async mount(): Promise<void> {
    try {
      this.office = await mountOffice({
        parent: this.slots.office,
        scenario: this.session.scenario,
        state: this.session.state,
        lang: this.host.lang(),
        onProgress: (f) => {
          const pct = Math.round(f * 100);
          this.slots.progress.setAttribute('aria-valuenow', String(pct));
          (this.slots.progress.firstElementChild as HTMLElement).style.width = `${pct}%`;
          if (f >= 1) this.slots.progress.hidden = true;
        },
        onError: (message) => {
          this.slots.office.append(h('p', { class: 'warn office-error' }, t(this.host.lang(), 'ui.officeFailed'), ' ', message));
        },
      });
      await this.office.ready();
      this.slots.progress.hidden = true;
    } catch (e) {
      this.slots.progress.hidden = true;
      this.slots.office.append(
        h('p', { class: 'warn' }, t(this.host.lang(), 'ui.officeFailed'), ' ', e instanceof Error ? e.message : String(e)),
      );
    }
  }

  /** Animated office ↔ simple summary; the choice is remembered for the next game. */
  private switchOfficeMode(): void {
    try {
      globalThis.localStorage?.setItem(OFFICE_MODE_KEY, simpleOffice() ? 'full' : 'simple');
    } catch {
      /* not remembered */
    }
    if (new URLSearchParams(location.search).get('office') === 'simple') return;
    this.office?.destroy();
    this.office = null;
    this.slots.office.replaceChildren(this.slots.progress);
    this.slots.progress.hidden = false;
    this.officeReady = this.mount();
    this.render();
  }

  /** Resolves when the office has drawn once (tests and screenshots wait for it). */
  ready(): Promise<void> {
    return this.officeReady;
  }

  attach(addOn: { setLang(l: Lang): void; destroy(): void }): void {
    this.addOns.push(addOn);
  }

  destroy(): void {
    for (const a of this.addOns) a.destroy();
    this.unsubscribe();
    this.office?.destroy();
    this.root.remove();
  }

  /** The mounted office view (null until it loads); the test hook reads its frame probe. */
  get officeView(): OfficeView | null {
    return this.office;
  }

  get busy(): boolean {
    return this.overlay !== null;
  }

  private onChange(events: EngineEvent[]): void {
    // An undo arrives with no events: the office jumps back without walking anyone out.
    this.office?.update(this.session.state, events, { instant: events.length === 0 });
    const closed = events.find((e) => e.type === 'quarterClosed');
    if (!closed) {
      this.host.save(false);
      this.render();
      return;
    }
    const before = this.quarterStart;
    this.quarterStart = this.session.state;
    this.panelState.drafts.clear();
    this.plan.clear();
    this.message = '';
    this.host.save(false);
    this.render();
    const checks = collectChecks(events);
    const report = () => {
      this.overlay = new ReportView(
        () => this.host.lang(),
        this.session.scenario,
        { before, after: this.session.state, events, checks, decisions: this.session.log[this.session.log.length - 1] ?? [] },
        () => this.host.toggleLang(),
        () => {
          this.overlay = null;
          if (this.session.state.status !== 'playing') this.host.gameOver();
          // Not on End the quarter: one more Enter must not end the next quarter by accident.
          else document.getElementById('qd-title')?.focus();
        },
      );
    };
    const cards = cardChecks(this.session.scenario, checks);
    if (cards.length === 0) report();
    else
      this.overlay = new CardFlow(
        {
          lang: () => this.host.lang(),
          sc: this.session.scenario,
          onLang: () => this.host.toggleLang(),
          onDone: () => {
            this.overlay = null;
            report();
          },
          coach: (i) => this.cardCoach?.(i) ?? null,
        },
        cards,
      );
  }

  setLang(l: Lang): void {
    this.office?.setLang(l);
    this.render();
    this.overlay?.render();
    for (const a of this.addOns) a.setLang(l);
  }

  render(): void {
    const L = this.host.lang();
    const s = this.session.state;
    const sc = this.session.scenario;
    const focusId =
      document.activeElement instanceof HTMLElement && this.root.contains(document.activeElement) ? document.activeElement.id : '';
    const scroll = this.slots.panel.scrollTop;
    fill(
      this.slots.header,
      header(L, sc, s, this.session.meta, {
        dashboardOpen: this.dashboardOpen,
        onDashboard: () => {
          this.dashboardOpen = !this.dashboardOpen;
          this.render();
        },
        onLang: () => this.host.toggleLang(),
        onSave: () => this.host.save(true),
        onExport: () => this.host.exportRun(),
        onMenu: () => this.host.toTitle(),
      }),
    );
    fill(this.slots.notices, this.host.notices());
    fill(
      this.slots.mode,
      this.dashboardOpen
        ? null
        : h(
            'button',
            { type: 'button', class: 'small', id: 'btn-office-mode', 'aria-pressed': simpleOffice() ? 'true' : 'false' },
            t(L, 'ui.simpleView'),
          ),
    );
    this.slots.office.hidden = this.dashboardOpen;
    this.slots.dash.hidden = !this.dashboardOpen;
    if (this.dashboardOpen) fill(this.slots.dash, dashboard(L, sc, s));
    else this.slots.dash.replaceChildren();
    fill(
      this.slots.panel,
      decisionPanel(L, sc, s, this.panelState, this.plan, () => this.render()),
    );
    this.renderBar(L);
    this.slots.panel.scrollTop = scroll;
    if (focusId) {
      const el = document.getElementById(focusId);
      if (el && !(el as HTMLButtonElement).disabled) el.focus();
      else el?.closest('form')?.querySelector<HTMLElement>('input, select')?.focus();
    }
  }

  private renderBar(L: Lang): void {
    const sc = this.session.scenario;
    const done = this.session.current;
    const items = this.plan.plan.items;
    const playing = this.session.state.status === 'playing';
    const n = done.length + items.length;
    const out = planOutcome(this.session.state, sc, this.plan.actions());
    const title = (card: string) => specTitle(L, card);
    fill(
      this.slots.bar,
      this.session.state.quarter === 0 && n === 0 ? h('p', { class: 'hint' }, t(L, 'ui.firstQuarterHint')) : null,
      h(
        'div',
        { class: 'plan-head' },
        h('h2', { id: 'qd-title', tabindex: '-1' }, t(L, 'plan.title', { n })),
        h(
          'span',
          { class: 'plan-history' },
          h(
            'button',
            {
              type: 'button',
              class: 'small',
              id: 'btn-undo',
              disabled: !this.plan.canUndo && done.length === 0,
              'aria-keyshortcuts': 'Control+Z',
              title: 'Ctrl+Z',
              onclick: () => this.undo(),
            },
            t(L, 'ui.undo'),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'small',
              id: 'btn-redo',
              disabled: !this.plan.canRedo,
              'aria-keyshortcuts': 'Control+Shift+Z',
              title: 'Ctrl+Shift+Z',
              onclick: () => this.redo(),
            },
            t(L, 'plan.redo'),
          ),
        ),
      ),
      n
        ? h(
            'ol',
            { class: 'quarter-decisions', id: 'plan-list', 'aria-labelledby': 'qd-title' },
            done.map((a) => h('li', { class: 'done' }, describeAction(L, sc, a))),
            items.map((it, i) =>
              h(
                'li',
                { class: it.action ? '' : 'warn', 'data-key': it.key },
                it.action ? describeAction(L, sc, it.action) : `⚠ ${t(L, 'plan.invalid', { what: title(it.card) })}`,
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'small remove',
                    id: `plan-remove-${i}`,
                    'aria-label': t(L, 'plan.removeThis', { what: it.action ? describeAction(L, sc, it.action) : title(it.card) }),
                    onclick: () => this.plan.remove(it.key),
                  },
                  '×',
                ),
              ),
            ),
          )
        : h('p', { class: 'muted' }, t(L, 'ui.noDecisionsYet')),
      out.ok
        ? h(
            'p',
            { class: 'plan-sum', id: 'plan-sum' },
            h('span', { id: 'plan-cost' }, t(L, 'plan.cost', { cost: moneyShort(L, out.cost) })),
            ' · ',
            h(
              'span',
              { id: 'plan-runway', class: out.runwayAfter < 2 ? 'warn' : '' },
              t(L, 'plan.runway', { n: runwayText(L, out.runwayAfter) }),
            ),
          )
        : h(
            'p',
            { class: 'warn', id: 'plan-sum' },
            '⚠ ',
            t(L, 'plan.refused', { what: describeAction(L, sc, this.plan.actions()[out.index]!) }),
            ' ',
            describeRejection(L, sc, out.rejection),
          ),
      this.message ? h('p', { class: 'warn', role: 'alert' }, this.message) : null,
      h(
        'button',
        { type: 'button', class: 'primary end', id: 'btn-end', disabled: !playing, onclick: () => this.endQuarter() },
        t(L, 'ui.endQuarter'),
      ),
    );
  }

  /** Why End the quarter should ask first: nothing planned, a short runway, an edit not added. */
  private doubts(L: Lang, runwayAfter: number): string[] {
    const out: string[] = [];
    if (this.plan.size === 0 && this.session.current.length === 0) out.push(t(L, 'plan.confirmEmpty'));
    if (runwayAfter < 2) out.push(t(L, 'plan.confirmRunway', { n: runwayText(L, runwayAfter) }));
    const pending = [...this.panelState.drafts.keys()].map((k) => SPEC_TITLES.get(k)).filter((x): x is Key => Boolean(x));
    if (pending.length) out.push(t(L, 'plan.confirmUnadded', { what: pending.map((k) => t(L, k)).join(L === 'zh' ? '、' : ', ') }));
    return out;
  }

  /** Commits the plan and ends the quarter; asks first when there is reason to doubt. */
  endQuarter(confirmed = false): void {
    if (this.overlay || this.confirming || this.session.state.status !== 'playing') return;
    const L = this.host.lang();
    const sc = this.session.scenario;
    const bad = this.plan.plan.items.find((i) => !i.action);
    if (bad) {
      this.message = t(L, 'plan.fixFirst', { what: specTitle(L, bad.card) });
      this.render();
      return;
    }
    const out = planOutcome(this.session.state, sc, this.plan.actions());
    if (!out.ok) {
      this.message = `${t(L, 'plan.refused', { what: describeAction(L, sc, this.plan.actions()[out.index]!) })} ${describeRejection(L, sc, out.rejection)}`;
      this.render();
      return;
    }
    const doubts = confirmed ? [] : this.doubts(L, out.runwayAfter);
    if (doubts.length) {
      this.confirm(L, doubts);
      return;
    }
    const taken: Plan = this.plan.plan;
    const actions = this.plan.actions();
    const before = this.session.current.length;
    this.plan.restore({ items: [], seq: taken.seq });
    for (const a of actions) {
      const r = this.session.dispatch(a);
      if (!r.ok) {
        while (this.session.current.length > before) this.session.undo();
        this.plan.restore(taken);
        this.message = describeRejection(L, sc, r.rejection);
        this.render();
        return;
      }
    }
    const r = this.session.dispatch({ type: 'endQuarter' });
    if (!r.ok) {
      this.message = describeRejection(L, sc, r.rejection);
      this.render();
    }
  }

  /** "End the quarter anyway?": focus starts on Keep planning, so a stray Enter changes nothing. */
  private confirm(L: Lang, doubts: string[]): void {
    this.confirming = true;
    const m = openModal('confirm-end-title', 'confirm-end', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        close();
      }
    });
    const close = () => {
      this.confirming = false;
      m.close();
    };
    const keep = h('button', { type: 'button', class: 'primary', id: 'btn-end-cancel', onclick: close }, t(L, 'plan.keepPlanning'));
    m.body.id = 'confirm-end';
    m.body.append(
      h('h2', { id: 'confirm-end-title' }, t(L, 'plan.confirmTitle')),
      h(
        'ul',
        {},
        doubts.map((d) => h('li', {}, d)),
      ),
      h(
        'div',
        { class: 'row' },
        keep,
        h(
          'button',
          {
            type: 'button',
            id: 'btn-end-confirm',
            onclick: () => {
              close();
              this.endQuarter(true);
            },
          },
          t(L, 'plan.endAnyway'),
        ),
      ),
    );
    keep.focus();
  }
}

const SPEC_TITLES = new Map<string, Key>(decisionSpecs().map((s) => [s.id, s.title]));

/** A plan card's title (its decision's name), or the card's id when no spec has it. */
function specTitle(L: Lang, card: string): string {
  const k = SPEC_TITLES.get(card);
  return k ? t(L, k) : card;
}

function runwayText(L: Lang, n: number): string {
  return n >= 99 ? t(L, 'ui.runwayNoBurn') : t(L, 'ui.quartersN', { n });
}
