// What every workshop page needs from the app, and the language/back buttons they all show. Kept
// apart from the pages so the join page (loaded with the game) does not pull in the instructor page.
import type { Lang } from '../../i18n/index';
import { LANGUAGE_NAMES, t } from '../../i18n/index';
import type { Catalog } from '../title/catalog';
import { h } from '../shared/dom';

export interface PageHost {
  lang(): Lang;
  setLang(l: Lang): void;
  catalog: Catalog;
  toTitle(): void;
}

export function langSwitch(host: PageHost, rerender: () => void): HTMLElement {
  const l = host.lang();
  return h(
    'div',
    { class: 'lang-switch' },
    h(
      'button',
      {
        type: 'button',
        id: 'ws-lang',
        lang: l === 'zh' ? 'en' : 'zh',
        onclick: () => {
          host.setLang(l === 'zh' ? 'en' : 'zh');
          rerender();
        },
      },
      LANGUAGE_NAMES[l === 'zh' ? 'en' : 'zh'],
    ),
    h('button', { type: 'button', onclick: () => host.toTitle() }, t(l, 'workshop.ui.toTitle')),
  );
}
