// The browser app: language, screens (title → game → game over), the session and its autosave,
// save import/export and replay loading. The one place that holds effectful browser state.
import type { Action, Scenario } from '../engine/index';
import { hashState } from '../engine/index';
import { scenarioProblemLine } from '../i18n/details';
import type { Lang } from '../i18n/index';
import { t } from '../i18n/index';
import { exportReplay } from '../replay/format';
import type { Replay } from '../replay/format';
import { decodeSave, describeSaveProblem } from '../session/save';
import { runFileName } from '../workshop/handin';
import type { Save } from '../session/save';
import type { SessionMeta } from '../session/session';
import { browserStorage, SAVE_PREFIX, SaveStore } from '../session/save-store';
import { Session } from '../session/session';
import type { SaveNotice } from '../session/autosave';
import { Autosave, newSlotId } from '../session/autosave';
import { Catalog } from './title/catalog';
import type { CatalogEntry } from './title/catalog';
import { download, fill, h } from './shared/dom';
import { gameOverScreen } from './game/game-over';
import { GameScreen } from './game/game-screen';
import type { LoadedReplay } from './replay/dialog';
import type { ReplayScreen } from './replay/host';
import { originalOf, registerReplayApp, rememberOriginal } from './replay/host';
import { branchStart } from '../replay/branch';
import { TitleScreen } from './title/title-screen';
import { tutorialDue } from './game/tutorial/flag';

const LANG_KEY = 'aiss.lang';
export type ScreenName = 'title' | 'game' | 'over' | 'replay';

function initialLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(LANG_KEY);
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    /* storage disabled: fall back to the browser language */
  }
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export class App {
  lang: Lang = initialLang();
  readonly catalog = new Catalog();
  readonly store = new SaveStore(browserStorage());
  screen: ScreenName = 'title';
  session: Session | null = null;
  game: GameScreen | null = null;
  private title: TitleScreen | null = null;
  private autosave: Autosave | null = null;
  /** Called with every session shown (new, resumed, restored): the workshop's pause guard. */
  onSession: ((s: Session) => void) | null = null;
  private noticeList: { id: number; text: () => string; ok: boolean }[] = [];
  /** The replay viewer or a comparison (src/ui/replay), and the screen it was opened from. */
  private replayScreen: ReplayScreen | null = null;
  private beforeReplay: ScreenName = 'title';
  private noticeId = 0;

  constructor(private readonly root: HTMLElement) {
    window.addEventListener('storage', (e) => {
      this.autosave?.onStorage(e);
      if (this.screen === 'title') this.title?.render();
    });
    this.applyLang();
    registerReplayApp(this);
  }

  private applyLang(): void {
    document.documentElement.lang = this.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(this.lang, 'title.game');
  }

  setLang(l: Lang): void {
    this.lang = l;
    try {
      globalThis.localStorage?.setItem(LANG_KEY, l);
    } catch {
      /* the choice just is not remembered */
    }
    this.applyLang();
    if (this.screen === 'title') this.title?.render();
    else if (this.screen === 'game') this.game?.setLang(l);
    else if (this.screen === 'replay') this.replayScreen?.setLang(l);
    else this.showOver();
  }

  toggleLang(): void {
    this.setLang(this.lang === 'zh' ? 'en' : 'zh');
  }

  // ---- notices (save problems) --------------------------------------------------------------
  private notice(text: () => string, ok = false): void {
    this.noticeId += 1;
    this.noticeList = [...this.noticeList.slice(-2), { id: this.noticeId, text, ok }];
    if (this.screen === 'game') this.game?.render();
  }

  notices(): HTMLElement[] {
    // A success (saved) reads as one, not as a warning.
    return this.noticeList.map((n) =>
      h(
        'p',
        { class: n.ok ? 'notice ok' : 'notice' },
        n.ok ? '✓ ' : '⚠ ',
        n.text(),
        ' ',
        h(
          'button',
          {
            type: 'button',
            class: 'small',
            'aria-label': t(this.lang, 'ui.dismiss'),
            onclick: () => {
              this.noticeList = this.noticeList.filter((x) => x.id !== n.id);
              this.game?.render();
            },
          },
          '×',
        ),
      ),
    );
  }

  private onSaveNotice = (n: SaveNotice): void => {
    if (n.kind === 'unavailable') {
      if (!this.noticeList.some((x) => x.text() === t(this.lang, 'save.unavailable'))) this.notice(() => t(this.lang, 'save.unavailable'));
    } else if (n.kind === 'failed') this.notice(() => t(this.lang, 'save.failed', { reason: n.message }));
    else if (n.kind === 'conflict') this.notice(() => t(this.lang, 'save.conflict', { slot: n.newSlot }));
    else if (n.kind === 'foreign') this.notice(() => t(this.lang, 'save.foreign'));
  };

  storageWarning(): string | null {
    return this.store.available ? null : t(this.lang, 'save.unavailable');
  }

  // ---- screens --------------------------------------------------------------------------------
  showTitle(): void {
    this.leaveReplayScreen();
    this.game?.destroy();
    this.game = null;
    this.session = null;
    this.autosave = null;
    this.noticeList = [];
    this.screen = 'title';
    this.title = new TitleScreen({
      lang: () => this.lang,
      setLang: (l) => this.setLang(l),
      catalog: this.catalog,
      slots: () => this.store.list(),
      storageWarning: () => this.storageWarning(),
      start: (entry, seed, team) => this.start(entry, seed, team),
      continueSlot: (slot) => this.continueSlot(slot),
      exportSlot: (slot) => this.exportSlot(slot),
      importSave: (text) => this.importSave(text),
      // The replay reader (share codes, verification) loads on first use, off the title's path.
      openReplayDialog: () => this.replayDialog(),
    });
    fill(this.root, this.title.root);
    // After a reload in a workshop, the team's game is the newest save: Continue it, not a new game.
    const newest = this.store.list()[0];
    const resume =
      newest && newest.ok && newest.save.meta.workshop !== undefined && newest.save.summary.status === 'playing'
        ? document.getElementById(`slot-continue-${newest.slot}`)
        : null;
    (resume ?? (document.getElementById('btn-start') as HTMLElement | null))?.focus();
    // The bench reads this mark: navigation start to an interactive title screen.
    if (performance.getEntriesByName('title-interactive').length === 0) performance.mark('title-interactive');
    // A replay link (#replay=CODE) opens that run; the fragment is dropped so a reload starts clean.
    if (location.hash.startsWith('#replay=')) {
      const link = location.href;
      history.replaceState(null, '', location.pathname + location.search);
      this.replayDialog(link);
    }
  }

  /** "Load a replay / paste a code" (and a #replay= link): verified, then watched in the viewer, or
   *  continued as a game; a refusal or divergence is shown in the dialog. Loaded on first use. */
  private replayDialog(initial?: string): void {
    void Promise.all([import('./replay/dialog'), import('./replay/index')]).then(([d, m]) =>
      d.openReplayDialog(
        this.lang,
        this.catalog,
        (run) => this.openReplay(run),
        initial,
        (text) => {
          const v = m.openInViewer(this, text, { back: () => this.showTitle() });
          return v.status === 'verified' ? null : m.verdictFor(this, v, () => this.showTitle());
        },
      ),
    );
  }

  /** The run's share code and link (the code module loads on first use). */
  shareRun(): void {
    if (this.session) this.share(this.session.toReplay());
  }

  share(r: Replay): void {
    void Promise.all([import('../replay/share-code'), import('./replay/dialog')]).then(([sc, dlg]) => {
      const code = sc.encodeShareCode(r);
      dlg.openShareDialog(this.lang, code, sc.replayLink(location.href, code));
    });
  }

  // ---- replay screens (src/ui/replay) ------------------------------------------------------------
  showReplayScreen(v: ReplayScreen): void {
    if (this.screen !== 'replay') this.beforeReplay = this.screen;
    this.game?.destroy();
    this.game = null;
    this.replayScreen?.destroy();
    this.replayScreen = v;
    this.screen = 'replay';
    fill(this.root, v.root);
    v.mounted?.();
  }

  leaveReplayScreen(): void {
    if (!this.replayScreen) return;
    this.replayScreen.destroy();
    this.replayScreen = null;
    this.screen = this.beforeReplay;
  }

  /** A what-if branch played by the player: the session rebuilt from the original's decisions. */
  playFrom(entry: CatalogEntry, seed: string, log: Action[][], current: Action[], meta: SessionMeta): string | null {
    if (!this.catalog.byHash(entry.hash)) this.catalog.worlds.push(entry);
    const r = Session.restore(entry.scenario, entry.hash, seed, log, current, meta);
    if (!(r instanceof Session)) return r.error;
    this.showGame(r, entry.customText, newSlotId(), 0);
    this.save(false);
    return null;
  }

  private sessionEntry(s: Session): CatalogEntry {
    return this.catalog.byHash(s.scenarioHash) ?? { id: s.scenario.id, scenario: s.scenario, hash: s.scenarioHash };
  }

  private showGame(session: Session, scenarioText: string | undefined, slot: string, revision: number): void {
    this.leaveReplayScreen();
    this.title = null;
    this.session = session;
    this.autosave = new Autosave(this.store, session, scenarioText, slot, revision, this.onSaveNotice);
    // A what-if branch is an experiment, not a team's submission: no workshop pauses or bar.
    if (session.meta.branchOf === undefined) this.onSession?.(session);
    if (session.state.status !== 'playing') {
      this.showOver();
      return;
    }
    this.screen = 'game';
    this.game?.destroy();
    this.game = new GameScreen(
      {
        lang: () => this.lang,
        toggleLang: () => this.toggleLang(),
        save: (manual) => this.save(manual),
        exportRun: () => this.exportRun(),
        toTitle: () => this.showTitle(),
        gameOver: () => this.showOver(),
        notices: () => this.notices(),
      },
      session,
    );
    fill(this.root, this.game.root);
    if (!this.store.available) this.onSaveNotice({ kind: 'unavailable' });
    document.getElementById('btn-end')?.focus();
    // The guided first quarter (loaded only when due): a new player's first game, never a branch.
    const game = this.game;
    if (tutorialDue(session)) {
      game.root.dataset.tutorial = 'loading';
      void import('./game/tutorial/index').then((m) => {
        if (this.game !== game) return;
        // Loaded after the player ended the first quarter (a slow machine or network): the guide
        // teaches nothing now, and started under the quarter's cards it would take their keys.
        // It stays wanted for the next first quarter.
        if (tutorialDue(session)) m.startTutorial(game, () => this.lang);
        else delete game.root.dataset.tutorial;
      });
    }
  }

  showOver(): void {
    const s = this.session;
    if (!s) {
      this.showTitle();
      return;
    }
    this.leaveReplayScreen();
    this.game?.destroy();
    this.game = null;
    this.screen = 'over';
    const back = () => this.showOver();
    fill(
      this.root,
      gameOverScreen(
        this.lang,
        s.scenario,
        s.state,
        s.log,
        s.meta,
        {
          onExport: () => this.exportRun(),
          onShare: () => this.shareRun(),
          onNewGame: () => this.showTitle(),
          onLang: () => this.toggleLang(),
          onWatch: () => {
            void import('./replay/index').then((m) => m.watchReplay(this, s.toReplay(), this.sessionEntry(s), back));
          },
          onCompare: originalOf(s.meta.branchOf)
            ? () => {
                void import('./replay/index').then((m) => m.compareBranch(this, s.toReplay(), back));
              }
            : undefined,
          onWhatIf: (q) => {
            // Quarter q again, its decisions in the plan to change; the rest is the player's to play.
            const r = s.toReplay();
            const start = branchStart(r, q);
            const { bot: _bot, ...meta } = start.meta;
            const entry = this.sessionEntry(s);
            rememberOriginal(r, entry);
            this.playFrom(entry, start.seed, start.log, [...(r.quarters[q]?.d ?? [])], meta);
          },
        },
        s.seed,
      ),
    );
    document.getElementById('btn-export-replay')?.focus();
  }

  start(entry: CatalogEntry, seed: string, team: string, workshop?: string): void {
    const meta = { ...(team ? { team } : {}), ...(workshop ? { workshop } : {}) };
    const s = new Session(entry.scenario, entry.hash, seed, meta);
    this.showGame(s, entry.customText, newSlotId(), 0);
    this.save(false);
  }

  // ---- saves ----------------------------------------------------------------------------------
  save(manual: boolean): void {
    if (!this.autosave) return;
    const ok = this.autosave.save();
    if (ok && manual) this.notice(() => t(this.lang, 'save.saved'), true);
  }

  private scenarioFor(save: Save): { scenario: Scenario; hash: string; text?: string } | string {
    if (save.scenarioText !== undefined) {
      const r = this.catalog.addCustom(save.scenarioText);
      const first = r.ok ? undefined : r.problems[0];
      if (!r.ok) return t(this.lang, 'save.scenarioInvalid', { problem: first ? scenarioProblemLine(first, this.lang) : '' });
      if (r.entry.hash !== save.scenario.hash) return t(this.lang, 'save.scenarioChanged', { id: save.scenario.id });
      return { scenario: r.entry.scenario, hash: r.entry.hash, text: save.scenarioText };
    }
    const e = this.catalog.byHash(save.scenario.hash);
    if (e) return { scenario: e.scenario, hash: e.hash, ...(e.customText !== undefined ? { text: e.customText } : {}) };
    return this.catalog.byId(save.scenario.id)
      ? t(this.lang, 'save.scenarioChanged', { id: save.scenario.id })
      : t(this.lang, 'save.scenarioMissing', { id: save.scenario.id });
  }

  private restore(save: Save, slot: string, revision: number): string | null {
    const sc = this.scenarioFor(save);
    if (typeof sc === 'string') return sc;
    const r = Session.restore(sc.scenario, sc.hash, save.seed, save.log as Action[][], save.current as Action[], save.meta);
    if (!(r instanceof Session)) return t(this.lang, 'save.notHonest', { detail: r.error });
    this.showGame(r, sc.text, slot, revision);
    return null;
  }

  continueSlot(slot: string): string | null {
    const e = this.store.get(slot);
    if (!e) return t(this.lang, 'save.gone');
    if (!e.ok) return t(this.lang, 'save.damaged', { problem: describeSaveProblem(e.why, this.lang) });
    return this.restore(e.save, e.slot, e.save.revision);
  }

  /** A save file from disk continues in a new slot, so it never overwrites a local save. */
  importSave(text: string): string | null {
    const r = decodeSave(text);
    if (!r.ok) return t(this.lang, 'save.importProblem', { problem: describeSaveProblem(r.why, this.lang) });
    const err = this.restore(r.save, newSlotId(), 0);
    if (err) return err;
    this.save(false);
    return null;
  }

  exportSlot(slot: string): void {
    let raw: string | null;
    try {
      raw = globalThis.localStorage?.getItem(SAVE_PREFIX + slot) ?? null;
    } catch {
      raw = null;
    }
    if (raw !== null) download(`ai-startup-sim-save-${slot}.json`, raw);
  }

  exportRun(): void {
    const s = this.session;
    if (!s) return;
    // Team and quarter in the name: a class's hand-ins neither collide nor hide whose they are.
    download(
      runFileName({ team: s.meta.team, workshop: s.meta.workshop, scenarioId: s.scenario.id, seed: s.seed, quarters: s.log.length }),
      exportReplay(s.toReplay()),
    );
  }

  private openReplay(run: LoadedReplay): void {
    const r = Session.restore(run.scenario, run.hash, run.seed, run.log, [], run.meta);
    if (!(r instanceof Session)) return;
    this.showGame(r, run.customText, newSlotId(), 0);
    this.save(false);
  }

  /** For the test hook: the hash of the current state. */
  stateHash(): string | null {
    return this.session ? hashState(this.session.state) : null;
  }
}
