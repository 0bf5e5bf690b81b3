// Mounts the office view: the Phaser office from src/ui/office when it is in the build (loaded on
// demand, so the title screen never waits for Phaser), else, or when the player asks for the
// simple view, a plain DOM summary of the company.
import type { EngineEvent } from '../engine/events-types';
import { ROLES } from '../engine/ids';
import type { State } from '../engine/state';
import type { Lang } from '../i18n/index';
import { t } from '../i18n/index';
import { fill, h } from './dom';
import type { OfficeOptions, OfficeView } from './office/office-api';

const modules = import.meta.glob('./office/index.ts');

export const OFFICE_MODE_KEY = 'aiss.office';

/** The simple (non-animated) office: for slow or WebGL-less classroom machines, chosen with
 *  `?office=simple` in the address or remembered from the title screen's choice. */
export function simpleOffice(): boolean {
  try {
    if (new URLSearchParams(location.search).get('office') === 'simple') return true;
    return globalThis.localStorage?.getItem(OFFICE_MODE_KEY) === 'simple';
  } catch {
    return false;
  }
}

export async function mountOffice(opts: OfficeOptions): Promise<OfficeView> {
  const load = simpleOffice() ? undefined : modules['./office/index.ts'];
  if (load) {
    const m = (await load()) as { createOffice(o: OfficeOptions): OfficeView };
    return m.createOffice(opts);
  }
  opts.onProgress?.(1);
  return placeholderOffice(opts);
}

/** A readable stand-in: staff by role, compute, data, markets, brand, morale and compliance. */
function placeholderOffice(opts: OfficeOptions): OfficeView {
  const root = h('div', { class: 'office-placeholder', role: 'img' });
  opts.parent.append(root);
  let lang = opts.lang;
  let state: State = opts.state;
  const draw = () => {
    const s = state;
    const sc = opts.scenario;
    root.setAttribute('aria-label', t(lang, 'placeholder.summary'));
    fill(root,
      h('h2', {}, t(lang, 'placeholder.summary')),
      h('ul', { class: 'staff' }, ROLES.filter((r) => s.staff[r] > 0).map((r) => h('li', {}, h('span', { class: 'count' }, String(s.staff[r])), ' ', t(lang, `role.${r}`)))),
      h('p', {}, t(lang, 'placeholder.compute', { owned: s.computeOwned, rented: s.policy.computeRent })),
      h('p', {}, t(lang, 'placeholder.markets', { list: s.policy.markets.map((m) => sc.markets[m]?.name[lang] ?? m).join(lang === 'zh' ? '、' : ', ') })),
      h('p', {}, t(lang, 'placeholder.mood', { brand: s.brand, morale: s.morale, programmes: s.policy.programmes.length })));
  };
  draw();
  return {
    update(s: State, _events: readonly EngineEvent[]) { state = s; draw(); },
    setLang(l: Lang) { lang = l; draw(); },
    ready: () => Promise.resolve(),
    destroy() { root.remove(); },
  };
}
