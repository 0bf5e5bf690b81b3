// The decision panel: the five groups as the seed groups them (team; market; product and
// technology; risk and compliance; funding), each a collapsible section of decision cards.
// Groups the scenario does not unlock stay collapsed and read-only, showing the defaults in force.
import type { Action } from '../engine/actions';
import { GROUPS } from '../engine/ids';
import type { Group } from '../engine/ids';
import type { Scenario } from '../engine/scenario-schema';
import type { State } from '../engine/state';
import type { Lang } from '../i18n/index';
import { t } from '../i18n/index';
import { decisionCard } from './decision-card';
import type { Values } from './decision-specs';
import { decisionSpecs } from './decision-specs';
import { h } from './dom';

export interface PanelState {
  open: Set<Group>;
  drafts: Map<string, Values>;
}

export function newPanelState(sc: Scenario): PanelState {
  const first = GROUPS.find((g) => (sc.unlocked as string[]).includes(g));
  return { open: new Set(first ? [first] : []), drafts: new Map() };
}

const SPECS = decisionSpecs();

export function decisionPanel(lang: Lang, sc: Scenario, state: State, ps: PanelState, commit: (a: Action) => string | null, onToggle: () => void): HTMLElement {
  const sections = GROUPS.map((g) => {
    const locked = !(sc.unlocked as string[]).includes(g);
    const open = ps.open.has(g);
    const bodyId = `g-${g}-body`;
    const toggle = h('button', {
      type: 'button', class: 'group-toggle', id: `g-${g}-toggle`, 'aria-expanded': open ? 'true' : 'false', 'aria-controls': bodyId,
      onclick: () => {
        if (ps.open.has(g)) ps.open.delete(g);
        else ps.open.add(g);
        onToggle();
      },
    },
    h('span', { class: 'chev', 'aria-hidden': 'true' }, open ? '▾' : '▸'), ' ', t(lang, `group.${g}`),
    locked ? h('span', { class: 'badge' }, t(lang, 'ui.locked')) : null);
    const cards = open ? SPECS.filter((s) => s.group === g).map((spec) => decisionCard({ lang, sc, state, locked, drafts: ps.drafts, commit }, spec)) : [];
    return h('section', { class: 'group' + (locked ? ' locked' : ''), 'aria-labelledby': `g-${g}-toggle` },
      h('h3', {}, toggle),
      open ? h('div', { class: 'group-body', id: bodyId }, h('p', { class: 'help' }, t(lang, `help.group.${g}`)), locked ? h('p', { class: 'muted' }, t(lang, 'ui.lockedGroup')) : null, cards) : null);
  });
  return h('div', { class: 'decision-panel', role: 'region', 'aria-label': t(lang, 'ui.decisions') }, h('h2', { class: 'sr-only' }, t(lang, 'ui.decisions')), sections);
}

/** Every action type the panel can produce (the i18n test checks all engine actions appear). */
export function panelActionTypes(): string[] {
  return [...new Set(SPECS.map((s) => s.type))];
}
