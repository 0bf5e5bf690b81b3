// Workshop routes in the page's fragment (no server needed): #workshop-new (instructor),
// #workshop=CODE (a team joins), #debrief=CODE (the instructor's debrief). Installs the pause
// guard on every workshop game the app starts or resumes.
import './workshop.css';
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import type { SlotEntry } from '../../session/save-store';
import type { Session } from '../../session/session';
import type { CatalogEntry, Catalog } from '../title/catalog';
import { fill, h } from '../shared/dom';
import { JoinPage, resolveWorkshop } from './join-page';
import { guardPauses } from './pause-guard';
import { workshopBar } from './bar';
import { classHandIn, rememberServer, resumeSection, splitServer } from '../../class/client';
import type { Action } from '../../engine/index';

/** What the workshop pages need from the app (src/ui/app.ts provides all of it). */
export interface WorkshopApp {
  lang: Lang;
  setLang(l: Lang): void;
  readonly catalog: Catalog;
  showTitle(): void;
  start(entry: CatalogEntry, seed: string, team: string, workshop?: string): void;
  exportRun(): void;
  /** Called with every session the app shows (new, resumed or restored). */
  onSession: ((s: Session) => void) | null;
  readonly session: Session | null;
  readonly game: { readonly busy: boolean } | null;
  readonly store: { list(): SlotEntry[] };
  continueSlot(slot: string): string | null;
  /** Starts a game from a decision log (a live class's team resumed on another device). */
  playFrom(
    entry: CatalogEntry,
    seed: string,
    log: Action[][],
    current: Action[],
    meta: { workshop?: string; team?: string },
  ): string | null;
}

type Route = { page: 'new' } | { page: 'join'; code: string } | { page: 'debrief'; code: string } | null;

/** Pure. The workshop route of a location fragment, or null for the game's own screens. */
export function parseRoute(hash: string): Route {
  const m = /^#(workshop-new|workshop|debrief)(?:=(.*))?$/.exec(hash);
  if (!m) return null;
  let code: string;
  try {
    code = decodeURIComponent(m[2] ?? '');
  } catch {
    code = m[2] ?? '';
  }
  if (m[1] === 'workshop-new') return { page: 'new' };
  if (m[1] === 'workshop') return m[2] === undefined ? { page: 'new' } : { page: 'join', code };
  return { page: 'debrief', code };
}

/** Shows the page for the current fragment; false when the fragment is not a workshop route. */
function showWorkshopRoute(app: WorkshopApp, root: HTMLElement): boolean {
  const route = parseRoute(location.hash);
  if (!route) return false;
  const host = {
    lang: () => app.lang,
    setLang: (l: Lang) => app.setLang(l),
    catalog: app.catalog,
    toTitle: () => {
      history.pushState(null, '', location.pathname + location.search);
      app.showTitle();
    },
    startWorkshop: (entry: CatalogEntry, seed: string, team: string, code: string) => {
      if (!app.catalog.byHash(entry.hash)) app.catalog.worlds.push(entry);
      // Leave the join fragment, so a reload resumes the saved game instead of the join page.
      history.replaceState(null, '', location.pathname + location.search);
      app.start(entry, seed, team, code);
    },
    saves: () => app.store.list(),
    continueSlot: (slot: string) => {
      const err = app.continueSlot(slot);
      if (err === null) history.replaceState(null, '', location.pathname + location.search);
      return err;
    },
  };
  if (route.page === 'join') {
    // A live class's link also carries the class server: remembered, and the code goes on alone.
    const split = splitServer(route.code);
    if (split.server) rememberServer(split.code, split.server);
    const join = new JoinPage(
      {
        ...host,
        classResume: (l: Lang, code: string, entry: CatalogEntry) =>
          resumeSection(l, code, (team, seed, log) => {
            const err = app.playFrom(entry, seed, log as Action[][], [], { workshop: code, team });
            if (err === null) history.replaceState(null, '', location.pathname + location.search);
            return err;
          }),
      },
      split.code,
    );
    fill(root, join.root);
    join.focus();
    return true;
  }
  // The instructor and debrief pages (QR encoder, debrief, report) load on demand: a team's game
  // never downloads them.
  const lang = app.lang;
  fill(root, h('p', { class: 'ws-loading' }, t(lang, 'workshop.ui.loading')));
  const hash = location.hash;
  const show = (page: { root: HTMLElement }) => {
    if (location.hash === hash) fill(root, page.root);
  };
  const load =
    route.page === 'new'
      ? import('./instructor-page').then((m) => show(new m.InstructorPage(host)))
      : import('./debrief-page').then((m) => show(new m.DebriefPage(host, route.code)));
  load.catch((e: unknown) => {
    console.error(e);
    if (location.hash === hash) fill(root, h('p', { class: 'ws-loading', role: 'alert' }, t(lang, 'workshop.ui.loadFailed')));
  });
  return true;
}

let unguard: (() => void) | null = null;
let unbar: (() => void) | null = null;
let unclass: (() => void) | null = null;

/** Wires the workshop into the app: routes now and on every fragment change, pause guards. */
export function installWorkshop(app: WorkshopApp, root: HTMLElement): boolean {
  // Saved workshop games resume in their derived world: make each one findable by its hash.
  const host = { lang: () => app.lang, setLang: (l: Lang) => app.setLang(l), catalog: app.catalog, toTitle: () => app.showTitle() };
  for (const s of app.store.list()) {
    const code = s.ok ? s.save.meta.workshop : undefined;
    if (!code) continue;
    const r = resolveWorkshop(code, host);
    if (r.ok && !app.catalog.byHash(r.entry.hash)) app.catalog.worlds.push(r.entry);
  }
  app.onSession = (s) => {
    unguard?.();
    unguard = guardPauses(s, { lang: () => app.lang, exportRun: () => app.exportRun(), busy: () => Boolean(app.game?.busy) });
    unbar?.();
    unbar = s.meta.workshop
      ? workshopBar(
          s,
          () => app.lang,
          () => app.session === s,
          root,
        )
      : null;
    unclass?.();
    unclass = s.meta.workshop ? classHandIn(s, () => app.lang, root) : null;
  };
  window.addEventListener('hashchange', () => {
    if (!showWorkshopRoute(app, root) && location.hash === '') app.showTitle();
  });
  return showWorkshopRoute(app, root);
}
