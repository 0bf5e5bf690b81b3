// The replay viewer: a verified run stepped or scrubbed quarter by quarter (slider, buttons, ← → Home
// End, play/pause on the page's own timer), with the office, the dashboard up to that quarter, the
// quarter's event cards, a jump list of fired events, and "what if" branches compared side by side.
import './replay.css';
import { hashState, founderBp } from '../../engine/index';
import type { Scenario } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { LANGUAGE_NAMES, t } from '../../i18n/index';
import type { Timeline } from '../../replay/index';
import { branchReplay, branchStart, buildTimeline, describeProblem, exportReplay, stateAt, verifyReplay } from '../../replay/index';
import { dashboard } from '../game/dashboard';
import { download, fill, h, svg } from '../shared/dom';
import { modalOpen } from '../shared/modal';
import { calendar, moneyShort, pct } from '../shared/format';
import { currentValuation } from '../game/header';
import type { OfficeView } from '../office/office-api';
import { mountOffice } from '../office/host';
import { CompareView } from './compare-view';
import type { ReplayApp, ReplayScreen } from './host';
import { rememberOriginal } from './host';
import type { VerifiedRun } from './open';
import { verdictTitle } from './open';
import { eventsPanel, quarterPanel, whatIfPanel } from './viewer-side';

export interface ViewerOptions {
  app: ReplayApp;
  run: VerifiedRun;
  back(): void;
  /** Scrub position to open at (0: the opening, n: after quarter n). */
  position?: number;
  /** A verified branch of this run to open the comparison with. */
  compareWith?: VerifiedRun;
  /** Replaces the "verified" line: the matching part of a diverging file says so. */
  note?: (l: Lang) => string;
}

type Tab = 'quarter' | 'events' | 'whatif';

/** Transport icons drawn as SVG: the media-control glyphs are missing from many classroom fonts. */
function icon(kind: 'first' | 'prev' | 'next' | 'last'): SVGElement {
  const paths = { first: 'M3 2h2v12H3zM14 2v12L6 8z', prev: 'M12 2v12L4 8z', next: 'M4 2v12l8-6z', last: 'M11 2h2v12h-2zM2 2v12l8-6z' };
  return svg(
    'svg',
    { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true', focusable: 'false' },
    svg('path', { d: paths[kind], fill: 'currentColor' }),
  );
}
const TICK_MS = 1500;

export class ReplayViewer implements ReplayScreen {
  readonly root = h('main', { class: 'screen replay-viewer', id: 'replay-viewer' });
  private readonly tl: Timeline;
  private readonly sc: Scenario;
  private readonly openingHash: string;
  private pos: number;
  private office: OfficeView | null = null;
  private stage: 'office' | 'charts' = 'office';
  private tab: Tab = 'quarter';
  private highlight: string | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private bot = 'balanced';
  private whatIfError = '';
  private compare: CompareView | null = null;
  private destroyed = false;
  private readonly el = {
    header: h('div', { class: 'header-slot' }),
    transport: h('div', { class: 'transport', role: 'group' }),
    main: h('div', { class: 'game-main replay-main' }),
    office: h('div', { class: 'office-host', id: 'office' }),
    dash: h('div', { class: 'dash-host', hidden: true }),
    stageToggle: h('div', { class: 'office-mode', role: 'group' }),
    side: h('div', { class: 'panel-host replay-side', id: 'replay-side' }),
    tabs: h('div', { class: 'replay-tabs', role: 'group' }),
    compare: h('div', { class: 'compare-host', hidden: true }),
    position: h('p', { class: 'replay-position', id: 'replay-position', 'aria-live': 'polite' }),
    markers: h('div', { class: 'replay-markers', 'aria-hidden': 'true' }),
    buttons: h('div', { class: 'transport-buttons' }),
    keys: h('p', { class: 'muted small transport-keys' }),
  };
  private readonly slider: HTMLInputElement;

  constructor(private readonly o: ViewerOptions) {
    this.sc = o.run.entry.scenario;
    const b = buildTimeline(this.sc, o.run.replay.seed, o.run.replay.quarters);
    if (!b.ok) throw new Error(`a verified replay does not rebuild (quarter ${b.quarter + 1}: ${b.code})`);
    this.tl = b.timeline;
    this.openingHash = hashState(this.tl.initial);
    this.pos = Math.max(0, Math.min(o.position ?? 0, this.n));
    this.slider = h('input', { type: 'range', id: 'replay-slider', min: 0, max: this.n, step: 1, value: this.pos, disabled: this.n === 0 });
    this.slider.addEventListener('input', () => {
      this.pause();
      this.go(Number(this.slider.value), true);
    });
    this.el.transport.append(
      this.el.buttons,
      h(
        'div',
        { class: 'scrub' },
        h('label', { for: 'replay-slider', class: 'sr-only', id: 'replay-slider-label' }, ''),
        this.el.markers,
        this.slider,
      ),
      this.el.position,
      this.el.keys,
    );
    this.root.append(this.el.header, this.el.transport, h('div', { class: 'replay-body' }, this.el.main, this.el.compare));
    this.el.main.append(
      h('section', { class: 'stage', id: 'replay-stage' }, this.el.stageToggle, this.el.office, this.el.dash),
      h('aside', { class: 'side' }, this.el.tabs, this.el.side),
    );
    document.addEventListener('keydown', this.onKey);
    this.render();
    if (o.compareWith) this.showCompare(o.compareWith);
  }

  private get n(): number {
    return this.tl.steps.length;
  }

  private get L(): Lang {
    return this.o.app.lang;
  }

  /** Called once the root is in the document: the office needs its box to size itself. */
  mounted(): void {
    void mountOffice({ parent: this.el.office, scenario: this.sc, state: stateAt(this.tl, this.pos), lang: this.L, dateOf: 'closed' }).then(
      (v) => {
        if (this.destroyed) v.destroy();
        else this.office = v;
      },
      (e: unknown) =>
        this.el.office.append(h('p', { class: 'warn' }, t(this.L, 'ui.officeFailed'), ' ', e instanceof Error ? e.message : String(e))),
    );
    document.getElementById(this.n > 0 ? 'replay-play' : 'replay-back')?.focus();
  }

  /** Resolves when the office has drawn once (tests and screenshots wait for it). */
  async ready(): Promise<void> {
    for (let i = 0; i < 200 && !this.office && !this.destroyed; i++) await new Promise((r) => setTimeout(r, 50));
    await this.office?.ready();
  }

  setLang(l: Lang): void {
    this.office?.setLang(l);
    this.render();
  }

  destroy(): void {
    this.destroyed = true;
    this.pause();
    document.removeEventListener('keydown', this.onKey);
    this.office?.destroy();
    this.root.remove();
  }

  // ---- navigation -------------------------------------------------------------------------------
  /** Moves to scrub position p; one step forward plays the quarter's events in the office. */
  go(p: number, animate = false): void {
    const to = Math.max(0, Math.min(this.n, Math.round(p)));
    if (to === this.pos) return;
    const step = to === this.pos + 1 && animate ? this.tl.steps[to - 1] : undefined;
    this.pos = to;
    this.highlight = null;
    this.whatIfError = '';
    this.office?.update(stateAt(this.tl, to), step ? step.events : [], { instant: !step });
    if (to === this.n) this.pause();
    this.render();
  }

  /** Jump to an event: its quarter, with its card open and marked. */
  jump(quarter: number, id: string): void {
    this.pause();
    this.go(quarter + 1);
    this.highlight = id;
    this.tab = 'quarter';
    this.render();
    const c = document.getElementById(`rc-${id}`);
    c?.scrollIntoView({ block: 'nearest' });
    c?.querySelector('summary')?.focus();
  }

  play(): void {
    if (this.timer !== null || this.n === 0) return;
    if (this.pos === this.n) this.go(0);
    this.timer = setInterval(() => this.go(this.pos + 1, true), TICK_MS);
    this.renderTransport();
  }

  pause(): void {
    if (this.timer === null) return;
    clearInterval(this.timer);
    this.timer = null;
    if (!this.destroyed) this.renderTransport();
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (this.destroyed || !this.root.isConnected || this.compare || modalOpen()) return;
    const el = e.target as HTMLElement;
    const tag = el.tagName;
    if (tag === 'TEXTAREA' || tag === 'SELECT' || (tag === 'INPUT' && el !== this.slider) || e.ctrlKey || e.metaKey || e.altKey) return;
    // The slider moves itself on arrows, Home and End (its input event does the rest).
    if (el === this.slider && e.key !== ' ') return;
    if (e.key === ' ' && (tag === 'BUTTON' || tag === 'SUMMARY' || tag === 'A')) return;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => {
        this.pause();
        this.go(this.pos - 1);
      },
      ArrowRight: () => {
        this.pause();
        this.go(this.pos + 1, true);
      },
      Home: () => {
        this.pause();
        this.go(0);
      },
      End: () => {
        this.pause();
        this.go(this.n);
      },
      ' ': () => (this.timer ? this.pause() : this.play()),
    };
    const f = moves[e.key];
    if (!f) return;
    e.preventDefault();
    f();
  };

  // ---- what if ----------------------------------------------------------------------------------
  private playOn(current: 'none' | 'original'): void {
    const r = this.o.run.replay;
    const q = current === 'original' ? this.pos - 1 : this.pos;
    const start = branchStart(r, q);
    // The branch is the player's from here on, whoever played the original.
    const { bot: _bot, ...meta } = start.meta;
    rememberOriginal(r, this.o.run.entry);
    const err = this.o.app.playFrom(this.o.run.entry, start.seed, start.log, current === 'original' ? [...r.quarters[q]!.d] : [], meta);
    if (err) {
      this.whatIfError = t(this.L, 'rv.branchFailed', { why: err });
      this.render();
    }
  }

  private runBot(): void {
    const { entry, replay } = this.o.run;
    const input = { scenario: entry.scenario, hash: entry.hash };
    const b = branchReplay(replay, input, { quarter: this.pos, then: { kind: 'bot', bot: this.bot } });
    const v = b.ok ? verifyReplay(b.replay, input) : null;
    if (!b.ok || !v || v.status !== 'verified') {
      this.whatIfError = t(this.L, 'rv.branchFailed', {
        why: b.ok
          ? v && v.status !== 'verified'
            ? describeProblem(v.problem, this.L)
            : ''
          : b.problem
            ? describeProblem(b.problem, this.L)
            : b.message,
      });
      this.render();
      return;
    }
    this.showCompare({ entry, replay: v.replay, hashes: v.hashes });
  }

  private showCompare(branch: VerifiedRun): void {
    this.pause();
    this.tab = 'whatif';
    const app = this.o.app;
    this.compare = new CompareView({
      lang: () => this.L,
      scenario: this.sc,
      original: this.o.run.replay,
      branch,
      share: (r) => app.share(r),
      onBack: () => {
        this.compare = null;
        this.render();
        document.getElementById('tab-whatif')?.focus();
      },
      onWatchBranch: () => {
        const back = () => {
          const v = new ReplayViewer({ ...this.o, position: this.pos, compareWith: branch });
          app.showReplayScreen(v);
        };
        app.showReplayScreen(new ReplayViewer({ app, run: branch, back, position: branch.replay.meta.branchQuarter ?? 0 }));
      },
    });
    this.render();
    document.getElementById('compare-title')?.scrollIntoView({ block: 'start' });
    document.getElementById('compare-watch')?.focus();
  }

  // ---- drawing ----------------------------------------------------------------------------------
  private stateHash(): string {
    return this.pos === 0 ? this.openingHash : this.o.run.hashes[this.pos - 1]!;
  }

  render(): void {
    const L = this.L;
    const focusId =
      document.activeElement instanceof HTMLElement && this.root.contains(document.activeElement) ? document.activeElement.id : '';
    this.root.setAttribute('aria-label', t(L, 'rv.viewerLabel'));
    this.root.dataset.position = String(this.pos);
    this.root.dataset.hash = this.stateHash();
    this.root.dataset.finalHash = this.o.run.replay.result.finalHash;
    this.renderHeader(L);
    this.renderTransport();
    const comparing = this.compare !== null;
    this.el.transport.hidden = comparing;
    this.el.main.hidden = comparing;
    this.el.compare.hidden = !comparing;
    if (this.compare) {
      this.compare.render();
      fill(this.el.compare, this.compare.root);
    } else this.el.compare.replaceChildren();
    if (!comparing) this.renderStage(L);
    if (!comparing) this.renderSide(L);
    if (focusId) document.getElementById(focusId)?.focus();
  }

  private renderHeader(L: Lang): void {
    const r = this.o.run.replay;
    const s = stateAt(this.tl, this.pos);
    const who = [r.meta.workshop, r.meta.team].filter((x): x is string => Boolean(x)).join(' · ');
    const facts = [
      t(L, 'rv.seed', { seed: r.seed }),
      r.meta.bot ? t(L, 'rv.bot', { bot: r.meta.bot }) : '',
      r.meta.branchQuarter !== undefined ? t(L, 'rv.branchOf', { q: r.meta.branchQuarter }) : '',
    ].filter(Boolean);
    const kpi = (label: string, value: string, id: string) =>
      h('div', { class: 'kpi', id }, h('span', { class: 'kpi-label' }, label), h('span', { class: 'kpi-value' }, value));
    const where = this.pos === 0 ? t(L, 'rv.positionStartShort') : t(L, 'rv.positionShort', { q: this.pos }) + ` / ${this.n}`;
    fill(
      this.el.header,
      h(
        'header',
        { class: 'game-header replay-header' },
        h(
          'div',
          { class: 'title-block' },
          h('h1', { class: 'scenario-title' }, this.sc.title[L]),
          who ? h('p', { class: 'team', id: 'replay-team' }, who) : null,
          h('p', { class: 'team', id: 'replay-facts' }, facts.join(' · ')),
          h(
            'p',
            {
              class: 'verdict-line' + (this.o.note ? ' partial' : ''),
              id: 'replay-verdict',
              'data-status': this.o.note ? 'partial' : 'verified',
            },
            this.o.note ? this.o.note(L) : verdictTitle(L, { status: 'verified', run: this.o.run }),
          ),
          h(
            'p',
            { class: 'team hash-line', title: this.stateHash() },
            t(L, 'rv.stateHash'),
            ' ',
            h('span', { class: 'mono' }, `${this.stateHash().slice(0, 16)}…`),
          ),
        ),
        this.compare
          ? null
          : h(
              'div',
              { class: 'kpis', role: 'group', 'aria-label': t(L, 'ui.keyFigures') },
              kpi(t(L, 'ui.quarter'), where, 'replay-quarter-kpi'),
              kpi(t(L, 'ui.cash'), moneyShort(L, s.cash), 'replay-cash'),
              kpi(t(L, 'ui.valuation'), moneyShort(L, currentValuation(s, this.sc)), 'replay-valuation'),
              kpi(t(L, 'ui.founders'), pct(founderBp(s)), 'replay-founders'),
              kpi(
                t(L, 'rv.status'),
                (s.status === 'bankrupt' ? '⚠ ' : s.status === 'finished' ? '✓ ' : '') + t(L, `outcome.${s.status}`),
                'replay-status',
              ),
            ),
        h(
          'nav',
          { class: 'header-buttons', 'aria-label': t(L, 'rv.viewerLabel') },
          h(
            'button',
            {
              type: 'button',
              id: 'replay-lang',
              lang: L === 'zh' ? 'en' : 'zh',
              'aria-label': t(L, 'ui.switchLang'),
              onclick: () => this.o.app.setLang(L === 'zh' ? 'en' : 'zh'),
            },
            LANGUAGE_NAMES[L === 'zh' ? 'en' : 'zh'],
          ),
          h(
            'button',
            {
              type: 'button',
              id: 'replay-export',
              onclick: () => download(`ai-startup-sim-${this.sc.id}-seed${r.seed}-q${r.quarters.length}.replay.json`, exportReplay(r)),
            },
            t(L, 'rv.exportFile'),
          ),
          h('button', { type: 'button', id: 'replay-share', onclick: () => this.o.app.share(r) }, t(L, 'rv.shareCode')),
          h('button', { type: 'button', id: 'replay-back', onclick: () => this.o.back() }, t(L, 'rv.back')),
        ),
      ),
    );
  }

  private renderTransport(): void {
    const L = this.L;
    const playing = this.timer !== null;
    const btn = (id: string, icon: SVGElement, label: string, disabled: boolean, f: () => void) =>
      h('button', { type: 'button', id, class: 'icon', 'aria-label': label, title: label, disabled, onclick: f }, icon);
    fill(
      this.el.buttons,
      btn('replay-first', icon('first'), t(L, 'rv.first'), this.pos === 0, () => {
        this.pause();
        this.go(0);
      }),
      btn('replay-prev', icon('prev'), t(L, 'rv.prev'), this.pos === 0, () => {
        this.pause();
        this.go(this.pos - 1);
      }),
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          id: 'replay-play',
          'aria-label': t(L, playing ? 'rv.pauseLabel' : 'rv.playLabel'),
          'aria-pressed': playing ? 'true' : 'false',
          disabled: this.n === 0,
          onclick: () => (this.timer ? this.pause() : this.play()),
        },
        t(L, playing ? 'rv.pause' : 'rv.play'),
      ),
      btn('replay-next', icon('next'), t(L, 'rv.next'), this.pos === this.n, () => {
        this.pause();
        this.go(this.pos + 1, true);
      }),
      btn('replay-last', icon('last'), t(L, 'rv.last'), this.pos === this.n, () => {
        this.pause();
        this.go(this.n);
      }),
    );
    this.el.transport.setAttribute('aria-label', t(L, 'rv.slider'));
    const text =
      this.pos === 0
        ? t(L, 'rv.positionStart')
        : t(L, 'rv.position', { q: this.pos, n: this.n, when: calendar(L, this.sc.startYear.v, this.pos - 1) });
    const label = this.root.querySelector('#replay-slider-label');
    if (label) label.textContent = t(L, 'rv.slider');
    this.slider.value = String(this.pos);
    this.slider.setAttribute('aria-valuetext', text);
    this.el.position.textContent = text;
    this.el.keys.textContent = t(L, 'rv.keys');
    this.el.markers.title = t(L, 'rv.markers');
    const byQ = new Map<number, { good: boolean; bad: boolean }>();
    for (const f of this.tl.fired) {
      const m = byQ.get(f.quarter) ?? { good: false, bad: false };
      if (f.good) m.good = true;
      else m.bad = true;
      byQ.set(f.quarter, m);
    }
    fill(
      this.el.markers,
      [...byQ.entries()].map(([q, m]) =>
        h(
          'span',
          { class: 'marker' + (q + 1 === this.pos ? ' here' : ''), style: `left:${this.n ? ((q + 1) * 100) / this.n : 0}%` },
          (m.good ? '✓' : '') + (m.bad ? '⚠' : ''),
        ),
      ),
    );
  }

  private renderStage(L: Lang): void {
    const charts = this.stage === 'charts';
    this.el.office.hidden = charts;
    this.el.dash.hidden = !charts;
    if (charts) fill(this.el.dash, dashboard(L, this.sc, stateAt(this.tl, this.pos)));
    else this.el.dash.replaceChildren();
    this.el.stageToggle.setAttribute('aria-label', t(L, 'rv.stageView'));
    fill(
      this.el.stageToggle,
      h('span', { class: 'label', 'aria-hidden': 'true' }, t(L, 'rv.stageView')),
      h(
        'button',
        {
          type: 'button',
          class: 'small',
          id: 'replay-view-office',
          'aria-pressed': charts ? 'false' : 'true',
          onclick: () => {
            this.stage = 'office';
            this.render();
          },
        },
        t(L, 'rv.viewOffice'),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'small',
          id: 'replay-view-charts',
          'aria-pressed': charts ? 'true' : 'false',
          onclick: () => {
            this.stage = 'charts';
            this.render();
          },
        },
        t(L, 'rv.viewCharts'),
      ),
    );
  }

  private renderSide(L: Lang): void {
    const tab = (id: Tab, text: string) =>
      h(
        'button',
        {
          type: 'button',
          class: 'small',
          id: `tab-${id}`,
          'aria-pressed': this.tab === id ? 'true' : 'false',
          'aria-controls': 'replay-side',
          onclick: () => {
            this.tab = id;
            this.render();
          },
        },
        text,
      );
    this.el.tabs.setAttribute('aria-label', t(L, 'rv.tabs'));
    fill(
      this.el.tabs,
      tab('quarter', t(L, 'rv.tabQuarter')),
      tab('events', t(L, 'rv.tabEvents', { n: this.tl.fired.length })),
      tab('whatif', t(L, 'rv.tabWhatIf')),
    );
    const scroll = this.el.side.scrollTop;
    if (this.tab === 'quarter') fill(this.el.side, quarterPanel(L, this.sc, this.tl, this.pos, this.highlight));
    else if (this.tab === 'events')
      fill(
        this.el.side,
        eventsPanel(L, this.sc, this.tl, this.pos, (q, id) => this.jump(q, id)),
      );
    else {
      fill(
        this.el.side,
        whatIfPanel(L, {
          pos: this.pos,
          over: stateAt(this.tl, this.pos).status !== 'playing',
          bot: this.bot,
          error: this.whatIfError,
          setBot: (b) => {
            this.bot = b;
          },
          playOn: () => this.playOn('none'),
          change: () => this.playOn('original'),
          runBot: () => this.runBot(),
        }),
      );
    }
    this.el.side.scrollTop = this.tab === 'quarter' && !this.highlight ? 0 : scroll;
  }
}
