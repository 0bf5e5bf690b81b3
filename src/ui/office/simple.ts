// The simple office: the company as plain, readable DOM (for slow machines, for screen readers,
// and whenever the Phaser office is not in the build). Same OfficeView contract, no animation.
import type { EngineEvent, State } from '../../engine/index';
import { PROGRAMMES, ROLES, totalShares } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { nameOf, t } from '../../i18n/index';
import { fill, h } from '../shared/dom';
import { int } from '../shared/format';
import type { OfficeOptions, OfficeView } from './office-api';

function meter(label: string, value: number, max: number): HTMLElement {
  const pct = Math.max(0, Math.min(100, Math.round((value * 100) / max)));
  return h(
    'div',
    { class: 'meter' },
    h('span', { class: 'meter-label' }, label),
    h('span', { class: 'bar-track', 'aria-hidden': 'true' }, h('span', { class: 'bar-fill', style: `width:${pct}%` })),
    h('span', { class: 'meter-value' }, `${int(value)} / ${int(max)}`),
  );
}

export function simpleOfficeView(opts: OfficeOptions): OfficeView {
  const root = h('div', { class: 'office-simple', id: 'office-simple' });
  opts.parent.append(root);
  let lang: Lang = opts.lang;
  let state: State = opts.state;
  const sc = opts.scenario;
  const draw = () => {
    const s = state;
    const L = lang;
    const sep = L === 'zh' ? '、' : ', ';
    const need = sc.models[s.policy.modelScale];
    const shares = totalShares(s);
    fill(
      root,
      h('h2', {}, t(L, 'placeholder.summary')),
      h(
        'div',
        { class: 'simple-grid' },
        h(
          'section',
          {},
          h('h3', {}, t(L, 'group.team')),
          h(
            'ul',
            { class: 'chips' },
            ROLES.filter((r) => s.staff[r] > 0).map((r) => h('li', {}, h('strong', {}, String(s.staff[r])), ' ', t(L, `role.${r}`))),
          ),
          s.arriving.length
            ? h(
                'p',
                { class: 'muted' },
                t(L, 'placeholder.arriving', { list: s.arriving.map((a) => `${a.count} × ${t(L, `role.${a.role}`)}`).join(sep) }),
              )
            : null,
          meter(t(L, 'ui.morale'), s.morale, 100),
        ),
        h(
          'section',
          {},
          h('h3', {}, t(L, 'group.product')),
          p(
            t(L, 'placeholder.compute', { owned: s.computeOwned, rented: s.policy.computeRent }) +
              ' · ' +
              t(L, 'placeholder.needs', { n: need.computeNeed.v }),
          ),
          p(t(L, 'placeholder.data', { have: int(s.dataUnits), need: int(need.dataNeed.v) })),
          meter(t(L, 'ui.quality'), s.quality, need.qualityCap.v),
        ),
        h(
          'section',
          {},
          h('h3', {}, t(L, 'group.market')),
          h(
            'ul',
            {},
            s.policy.markets.map((m) =>
              h(
                'li',
                {},
                `${sc.markets[m]?.name[L] ?? m}${L === 'zh' ? '：' : ': '}${t(L, 'placeholder.customers', { n: int(s.markets[m]?.customers ?? 0) })}`,
              ),
            ),
          ),
          meter(t(L, 'ui.brand'), s.brand, 1000),
        ),
        h(
          'section',
          {},
          h('h3', {}, t(L, 'group.compliance')),
          h(
            'ul',
            { class: 'chips' },
            PROGRAMMES.map((pr) =>
              h(
                'li',
                { class: s.policy.programmes.includes(pr) ? 'on' : 'off' },
                s.policy.programmes.includes(pr) ? '✓ ' : '✗ ',
                t(L, `programme.${pr}`),
              ),
            ),
          ),
        ),
        h(
          'section',
          {},
          h('h3', {}, t(L, 'placeholder.capTable')),
          h(
            'ul',
            {},
            s.capTable.map((c) => h('li', {}, `${nameOf(L, 'holder', c.holder)}: ${((c.shares * 100) / Math.max(1, shares)).toFixed(1)}%`)),
          ),
        ),
      ),
    );
  };
  const p = (text: string) => h('p', {}, text);
  draw();
  return {
    update(s: State, _events: readonly EngineEvent[]) {
      state = s;
      draw();
    },
    setLang(l: Lang) {
      lang = l;
      draw();
    },
    ready: () => Promise.resolve(),
    destroy() {
      root.remove();
    },
  };
}
