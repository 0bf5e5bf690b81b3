// The replay screens' doors, loaded on demand: open pasted text or a link in the viewer (verified
// first), watch a run just played, open a workshop team's run in its derived world, and compare a
// branch the player finished with the original it came from.
import type { Lang } from '../../i18n/index';
import { LANGUAGE_NAMES, t } from '../../i18n/index';
import type { Replay } from '../../replay/index';
import { describeProblem, exportReplay } from '../../replay/index';
import type { CatalogEntry } from '../title/catalog';
import { fill, h } from '../shared/dom';
import { CompareView } from './compare-view';
import type { ReplayApp, ReplayScreen } from './host';
import { originalOf } from './host';
import type { Verdict } from './open';
import { verdictTitle, verdictView, verifyText } from './open';
import { ReplayViewer } from './viewer';

export interface OpenOptions {
  back(): void;
  /** Verify in this world only (a workshop's derived world). */
  world?: CatalogEntry;
  position?: number;
}

/** Verifies `text`; when it verifies, the viewer replaces the current screen. The verdict either way. */
export function openInViewer(app: ReplayApp, text: string, o: OpenOptions): Verdict {
  const v = verifyText(app.lang, app.catalog, text, o.world);
  if (v.status === 'verified') app.showReplayScreen(new ReplayViewer({ app, run: v.run, back: o.back, position: o.position ?? 0 }));
  return v;
}

/** The verdict for the load dialog; a diverging replay's matching quarters open in the viewer
 *  (the dialog is closed through its own Cancel, so focus handling stays the dialog's). */
export function verdictFor(app: ReplayApp, v: Verdict, back: () => void): HTMLElement {
  return verdictView(app.lang, v, (run) => {
    document.getElementById('replay-cancel')?.click();
    app.showReplayScreen(
      new ReplayViewer({
        app,
        run,
        back,
        note: (l) => `${verdictTitle(l, v)} · ${t(l, 'rv.matchingNote', { n: run.replay.quarters.length })}`,
      }),
    );
  });
}

/** The viewer for a run this page holds (a game just over): verified like any other replay. */
export function watchReplay(app: ReplayApp, r: Replay, entry: CatalogEntry, back: () => void): Verdict {
  return openInViewer(app, exportReplay(r), { back, world: entry });
}

/** A comparison on a page of its own (from a branch's game over), with its own language switch. */
class CompareScreen implements ReplayScreen {
  readonly root = h('main', { class: 'screen compare-screen', id: 'compare-screen' });
  constructor(
    private readonly app: ReplayApp,
    private readonly view: CompareView,
  ) {
    this.render();
  }
  private render(): void {
    const L: Lang = this.app.lang;
    this.view.render();
    fill(
      this.root,
      h(
        'div',
        { class: 'row end' },
        h(
          'button',
          { type: 'button', id: 'compare-lang', lang: L === 'zh' ? 'en' : 'zh', onclick: () => this.app.setLang(L === 'zh' ? 'en' : 'zh') },
          LANGUAGE_NAMES[L === 'zh' ? 'en' : 'zh'],
        ),
      ),
      this.view.root,
    );
  }
  setLang(): void {
    this.render();
  }
  mounted(): void {
    document.getElementById('compare-watch')?.focus();
  }
  destroy(): void {
    this.root.remove();
  }
}

/** Compares a branch the player finished with its original; false when the original is not known. */
export function compareBranch(app: ReplayApp, branch: Replay, back: () => void): string | null {
  const orig = originalOf(branch.meta.branchOf);
  if (!orig) return t(app.lang, 'rv.branchFailed', { why: t(app.lang, 'rv.originalGone') });
  const v = verifyText(app.lang, app.catalog, exportReplay(branch), orig.entry);
  if (v.status !== 'verified') return describeProblem(v.problem, app.lang);
  const reopen = () => {
    app.showReplayScreen(new CompareScreen(app, view));
  };
  const view: CompareView = new CompareView({
    lang: () => app.lang,
    scenario: orig.entry.scenario,
    original: orig.replay,
    branch: v.run,
    share: (r) => app.share(r),
    onBack: back,
    backKey: 'rv.back',
    onWatchBranch: () =>
      app.showReplayScreen(new ReplayViewer({ app, run: v.run, back: reopen, position: branch.meta.branchQuarter ?? 0 })),
  });
  reopen();
  return null;
}
