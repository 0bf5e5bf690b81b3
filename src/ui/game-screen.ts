// The game screen: header, save notices, the office (or the dashboard) on the left, the decision
// panel and the quarter bar (this quarter's decisions with undo, End quarter) on the right.
// Every session change, from a click or from the test hook, arrives through one listener.
import type { Action } from '../engine/actions';
import type { EngineEvent } from '../engine/events-types';
import { collectChecks } from '../engine/run';
import type { State } from '../engine/state';
import type { Session } from '../session/session';
import type { Lang } from '../i18n/index';
import { t } from '../i18n/index';
import { dashboard } from './dashboard';
import { decisionPanel, newPanelState } from './decision-panel';
import type { PanelState } from './decision-panel';
import { describeAction, describeRejection } from './describe';
import { fill, h } from './dom';
import { CardFlow, cardChecks } from './event-cards';
import { header } from './header';
import type { OfficeView } from './office/office-api';
import { mountOffice, OFFICE_MODE_KEY, simpleOffice } from './office-host';
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
  private readonly slots: { header: HTMLElement; notices: HTMLElement; office: HTMLElement; dash: HTMLElement; panel: HTMLElement; bar: HTMLElement; mode: HTMLElement; progress: HTMLElement };
  private office: OfficeView | null = null;
  private dashboardOpen = false;
  private readonly panelState: PanelState;
  private quarterStart: State;
  private overlay: CardFlow | ReportView | null = null;
  private readonly unsubscribe: () => void;
  private message = '';
  private officeReady: Promise<void>;
  /** The guided first quarter's strip above event card i (src/ui/tutorial sets it while it runs). */
  cardCoach: ((i: number) => HTMLElement | null) | null = null;
  /** Things living as long as this screen (the guided first quarter): told of language changes, torn down with it. */
  private readonly addOns: { setLang(l: Lang): void; destroy(): void }[] = [];

  constructor(private readonly host: GameHost, readonly session: Session) {
    this.panelState = newPanelState(session.scenario);
    this.quarterStart = session.state;
    const progress = h('div', { class: 'preloader', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': '0' }, h('div', { class: 'preloader-fill' }));
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
    this.root = h('div', { class: 'screen game', id: 'game' },
      this.slots.header, this.slots.notices,
      h('div', { class: 'game-main' },
        h('section', { class: 'stage', 'aria-label': t(host.lang(), 'ui.office') }, this.slots.office, this.slots.dash, this.slots.mode),
        h('aside', { class: 'side' }, this.slots.panel, this.slots.bar)));
    this.unsubscribe = session.subscribe((_s, events) => this.onChange(events));
    // Ctrl+Z (or Cmd+Z) undoes the last decision of the quarter, outside text fields.
    this.root.addEventListener('keydown', (e) => {
      const target = e.target as HTMLElement;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !this.overlay && !['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) {
        e.preventDefault();
        this.session.undo();
      }
    });
    this.officeReady = this.mount();
    this.slots.mode.addEventListener('click', () => this.switchOfficeMode());
    this.render();
  }

  private async mount(): Promise<void> {
    try {
      this.office = await mountOffice({
        parent: this.slots.office, scenario: this.session.scenario, state: this.session.state, lang: this.host.lang(),
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
      this.slots.office.append(h('p', { class: 'warn' }, t(this.host.lang(), 'ui.officeFailed'), ' ', e instanceof Error ? e.message : String(e)));
    }
  }

  /** Animated office ↔ simple summary; the choice is remembered for the next game. */
  private switchOfficeMode(): void {
    try { globalThis.localStorage?.setItem(OFFICE_MODE_KEY, simpleOffice() ? 'full' : 'simple'); } catch { /* not remembered */ }
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
    this.message = '';
    this.host.save(false);
    this.render();
    const checks = collectChecks(events);
    const report = () => {
      this.overlay = new ReportView(() => this.host.lang(), this.session.scenario, { before, after: this.session.state, events, checks }, () => this.host.toggleLang(), () => {
        this.overlay = null;
        if (this.session.state.status !== 'playing') this.host.gameOver();
        else document.getElementById('btn-end')?.focus();
      });
    };
    const cards = cardChecks(this.session.scenario, checks);
    if (cards.length === 0) report();
    else this.overlay = new CardFlow({ lang: () => this.host.lang(), sc: this.session.scenario, onLang: () => this.host.toggleLang(), onDone: () => { this.overlay = null; report(); }, coach: (i) => this.cardCoach?.(i) ?? null }, cards);
  }

  private commit(a: Action): string | null {
    const r = this.session.dispatch(a);
    if (r.ok) return null;
    return describeRejection(this.host.lang(), this.session.scenario, r.rejection);
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
    const focusId = document.activeElement instanceof HTMLElement && this.root.contains(document.activeElement) ? document.activeElement.id : '';
    const scroll = this.slots.panel.scrollTop;
    fill(this.slots.header, header(L, sc, s, this.session.meta, {
      dashboardOpen: this.dashboardOpen,
      onDashboard: () => { this.dashboardOpen = !this.dashboardOpen; this.render(); },
      onLang: () => this.host.toggleLang(),
      onSave: () => this.host.save(true),
      onExport: () => this.host.exportRun(),
      onMenu: () => this.host.toTitle(),
    }));
    fill(this.slots.notices, this.host.notices());
    fill(this.slots.mode, this.dashboardOpen ? null : h('button', { type: 'button', class: 'small', id: 'btn-office-mode', 'aria-pressed': simpleOffice() ? 'true' : 'false' }, t(L, 'ui.simpleView')));
    this.slots.office.hidden = this.dashboardOpen;
    this.slots.dash.hidden = !this.dashboardOpen;
    if (this.dashboardOpen) fill(this.slots.dash, dashboard(L, sc, s));
    else this.slots.dash.replaceChildren();
    fill(this.slots.panel, decisionPanel(L, sc, s, this.panelState, (a) => this.commit(a), () => this.render()));
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
    const cur = this.session.current;
    const playing = this.session.state.status === 'playing';
    fill(this.slots.bar,
      this.session.state.quarter === 0 && cur.length === 0 ? h('p', { class: 'hint' }, t(L, 'ui.firstQuarterHint')) : null,
      h('h2', { id: 'qd-title' }, t(L, 'ui.thisQuarter', { n: cur.length })),
      cur.length
        ? h('ol', { class: 'quarter-decisions', 'aria-labelledby': 'qd-title' }, cur.map((a, i) => h('li', {}, describeAction(L, sc, a),
          i === cur.length - 1 ? h('button', { type: 'button', class: 'small', id: 'btn-undo', 'aria-label': t(L, 'ui.undoThis', { what: describeAction(L, sc, a) }), onclick: () => { this.session.undo(); } }, t(L, 'ui.undo')) : null)))
        : h('p', { class: 'muted' }, t(L, 'ui.noDecisionsYet')),
      this.message ? h('p', { class: 'warn', role: 'alert' }, this.message) : null,
      h('button', { type: 'button', class: 'primary end', id: 'btn-end', disabled: !playing, onclick: () => this.endQuarter() }, t(L, 'ui.endQuarter')));
  }

  endQuarter(): void {
    if (this.overlay) return;
    const r = this.session.dispatch({ type: 'endQuarter' });
    if (!r.ok) {
      this.message = describeRejection(this.host.lang(), this.session.scenario, r.rejection);
      this.render();
    }
  }
}
