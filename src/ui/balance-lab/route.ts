// The balance lab's route (#balance-lab): the page in the app's root, with the app's language, its
// scenario catalog (files loaded on the title screen appear too) and a way back to the title.
import type { Lang } from '../../i18n/index';
import type { Catalog } from '../title/catalog';
import { fill } from '../shared/dom';
import { BalanceLabPage } from './page';

export interface LabApp {
  lang: Lang;
  setLang(l: Lang): void;
  readonly catalog: Catalog;
  showTitle(): void;
  leaveReplayScreen(): void;
}

let current: BalanceLabPage | null = null;

export function showBalanceLab(app: LabApp, root: HTMLElement): BalanceLabPage {
  current?.destroy();
  app.leaveReplayScreen();
  const page: BalanceLabPage = new BalanceLabPage({
    lang: () => app.lang,
    setLang: (l) => {
      app.setLang(l);
      page.render();
    },
    catalog: app.catalog,
    toTitle: () => {
      page.destroy();
      current = null;
      history.pushState(null, '', location.pathname + location.search);
      app.showTitle();
    },
  });
  current = page;
  fill(root, page.root);
  // Leaving by the address bar or Back stops the workers too.
  const leave = () => {
    if (location.hash === '#balance-lab') return;
    window.removeEventListener('hashchange', leave);
    if (current === page) {
      page.destroy();
      current = null;
    }
  };
  window.addEventListener('hashchange', leave);
  document.getElementById('lab-run')?.focus();
  return page;
}
