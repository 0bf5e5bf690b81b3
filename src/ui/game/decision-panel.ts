// The decision panel: the five groups as the seed groups them (team; market; product and
// technology; risk and compliance; funding), each a collapsible section of decision cards.
// Groups the scenario does not unlock stay collapsed and read-only, showing the defaults in force.
import type { Action, Group, Scenario, State } from '../../engine/index';
import { step, GROUPS } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import { decisionCard, isSetting } from './decision-card';
import type { Values } from './decision-specs';
import { decisionSpecs } from './decision-specs';
import { h } from '../shared/dom';
import type { PlanStore } from './plan';
import { planOutcome } from './plan';

export interface PanelState {
  open: Set<Group>;
  drafts: Map<string, Values>;
}

export function newPanelState(sc: Scenario): PanelState {
  const first = GROUPS.find((g) => (sc.unlocked as string[]).includes(g));
  return { open: new Set(first ? [first] : []), drafts: new Map() };
}

const SPECS = decisionSpecs();

/** The state a card's preview starts from: the plan applied without the card's own change (the
 *  state in force when the plan is refused somewhere: End the quarter names the refusal). */
function previewBase(sc: Scenario, base: State, plan: PlanStore, skip: string | null): State {
  const acts = plan.plan.items.flatMap((i) => (i.action && i.key !== skip ? [i.action] : []));
  if (acts.length === 0) return base;
  const r = planOutcome(base, sc, acts);
  return r.ok ? r.after : base;
}

export function decisionPanel(lang: Lang, sc: Scenario, state: State, ps: PanelState, plan: PlanStore, onToggle: () => void): HTMLElement {
  const shared = previewBase(sc, state, plan, null);
  const ctxFor = (spec: (typeof SPECS)[number], locked: boolean) => {
    const planned = isSetting(spec) ? plan.plan.items.find((i) => i.key === spec.id) : undefined;
    return {
      lang,
      sc,
      base: state,
      state: planned ? previewBase(sc, state, plan, planned.key) : shared,
      locked,
      drafts: ps.drafts,
      planned,
      plan,
    };
  };
  const sections = GROUPS.map((g) => {
    const locked = !(sc.unlocked as string[]).includes(g);
    const open = ps.open.has(g);
    const bodyId = `g-${g}-body`;
    const toggle = h(
      'button',
      {
        type: 'button',
        class: 'group-toggle',
        id: `g-${g}-toggle`,
        'aria-expanded': open ? 'true' : 'false',
        'aria-controls': bodyId,
        onclick: () => {
          if (ps.open.has(g)) ps.open.delete(g);
          else ps.open.add(g);
          onToggle();
        },
      },
      h('span', { class: 'chev', 'aria-hidden': 'true' }, open ? '▾' : '▸'),
      ' ',
      t(lang, `group.${g}`),
      locked ? h('span', { class: 'badge' }, t(lang, 'ui.locked')) : null,
    );
    const cards = open ? SPECS.filter((s) => s.group === g).map((spec) => decisionCard(ctxFor(spec, locked), spec)) : [];
    return h(
      'section',
      { class: 'group' + (locked ? ' locked' : ''), 'aria-labelledby': `g-${g}-toggle` },
      h('h3', {}, toggle),
      open
        ? h(
            'div',
            { class: 'group-body', id: bodyId },
            h('p', { class: 'help' }, t(lang, `help.group.${g}`)),
            locked ? h('p', { class: 'muted' }, t(lang, 'ui.lockedGroup')) : null,
            cards,
          )
        : null,
    );
  });
  return h(
    'div',
    { class: 'decision-panel', role: 'region', 'aria-label': t(lang, 'ui.decisions') },
    h('h2', { class: 'sr-only' }, t(lang, 'ui.decisions')),
    sections,
  );
}

/** The card an action belongs to (programme cards by programme). */
function specOf(a: Action): (typeof SPECS)[number] | undefined {
  if (a.type === 'setProgramme') return SPECS.find((s) => s.id === `programme-${a.programme}`);
  return SPECS.find((s) => s.type === a.type);
}

/** Pure. Plan items for decisions already made (a save's open quarter): a setting's card values
 *  are read back from the state the decision leads to. */
export function itemsFromActions(
  sc: Scenario,
  base: State,
  actions: readonly Action[],
): { card: string; values: Values; action: Action; setting: boolean }[] {
  const out: { card: string; values: Values; action: Action; setting: boolean }[] = [];
  let s = base;
  for (const a of actions) {
    const r = step(s, a, sc);
    if (r.ok) s = r.state;
    const spec = specOf(a);
    if (!spec) continue;
    out.push({ card: spec.id, values: isSetting(spec) ? spec.init(s, sc) : {}, action: a, setting: isSetting(spec) });
  }
  return out;
}
