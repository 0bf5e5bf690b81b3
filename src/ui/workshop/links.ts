// The title screen's way into workshop mode: join with a code, run one, debrief one.
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import { h } from '../shared/dom';

export function workshopLinks(l: Lang): HTMLElement {
  return h(
    'p',
    { class: 'row wrap ws-links' },
    h('strong', {}, t(l, 'workshop.ui.workshopMode')),
    h('a', { href: '#workshop=', id: 'link-workshop-join' }, t(l, 'workshop.ui.linkJoin')),
    h('a', { href: '#workshop-new', id: 'link-workshop-new' }, t(l, 'workshop.ui.linkCreate')),
    h('a', { href: '#debrief', id: 'link-workshop-debrief' }, t(l, 'workshop.ui.linkDebrief')),
  );
}
