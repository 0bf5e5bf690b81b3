// The title screen's way into workshop mode: join with a code, run one, debrief one.
import type { Lang } from '../../i18n/index';
import { ui } from '../../workshop/ui-texts';
import { h } from '../shared/dom';

export function workshopLinks(l: Lang): HTMLElement {
  return h('p', { class: 'row wrap ws-links' }, h('strong', {}, ui(l, 'workshopMode')),
    h('a', { href: '#workshop=', id: 'link-workshop-join' }, ui(l, 'linkJoin')),
    h('a', { href: '#workshop-new', id: 'link-workshop-new' }, ui(l, 'linkCreate')),
    h('a', { href: '#debrief', id: 'link-workshop-debrief' }, ui(l, 'linkDebrief')));
}
