// The guided first quarter's steps, in order: what each highlights (found by the ids the game screen
// already renders), which decision completes it, and the decision group it needs (a step whose group
// the scenario locks is left out).
import type { Action, Group, State } from '../../../engine/index';
import { PROGRAMMES } from '../../../engine/index';
import type { Side } from './ring';
import type { KeyTail } from '../../../i18n/index';

export type StepId = 'cash' | 'groups' | 'hire' | 'market' | 'programme' | 'end' | 'card';

export interface RingSpec {
  /** The ring's label: its key under tutorial. */
  label: KeyTail<'tutorial'>;
  side?: Side;
  /** The elements the ring goes around (their bounding box); none found means no ring now. */
  find(state: State): Element[];
}

export interface Step {
  id: StepId;
  group?: Group;
  rings: RingSpec[];
  /** The player's decision that does what the step asks. */
  doneBy?(a: Action): boolean;
}

const byId = (...ids: string[]): Element[] => ids.flatMap((id) => document.getElementById(id) ?? []);
/** The decision card when its group is open, else the group's toggle (open it first). */
const cardOr = (card: string, group: Group): Element[] => (byId(card).length ? byId(card) : byId(`g-${group}-toggle`));

const STEPS: readonly Step[] = [
  { id: 'cash', rings: [{ label: 'cash.ring', side: 'below-left', find: () => byId('hdr-cash', 'hdr-runway') }] },
  { id: 'groups', rings: [{ label: 'groups.ring', side: 'left', find: () => byId('panel') }] },
  {
    id: 'hire',
    group: 'team',
    rings: [{ label: 'hire.ring', side: 'left', find: () => cardOr('d-hire', 'team') }],
    doneBy: (a) => a.type === 'hire',
  },
  {
    id: 'market',
    group: 'market',
    rings: [{ label: 'market.ring', side: 'left', find: () => cardOr('d-setMarkets', 'market') }],
    doneBy: (a) => a.type === 'setMarkets' || a.type === 'setPositioning',
  },
  {
    id: 'programme',
    group: 'compliance',
    rings: [
      {
        label: 'programme.ring',
        side: 'left',
        // The first programme not yet funded: that is the one to tick.
        find: (s) => cardOr(`d-programme-${PROGRAMMES.find((p) => !s.policy.programmes.includes(p)) ?? PROGRAMMES[0]}`, 'compliance'),
      },
    ],
    doneBy: (a) => a.type === 'setProgramme' && a.on,
  },
  { id: 'end', rings: [{ label: 'end.ring', side: 'left', find: () => byId('btn-end') }] },
  {
    id: 'card',
    rings: [
      { label: 'card.ringRoll', side: 'left', find: () => [...document.querySelectorAll('.modal.cards .roll')] },
      { label: 'card.ringWhy', side: 'left', find: () => [...document.querySelectorAll('.modal.cards .why')] },
    ],
  },
];

/** The steps this scenario can teach: groups it locks are skipped. */
export function stepsFor(unlocked: readonly string[]): Step[] {
  return STEPS.filter((s) => s.group === undefined || unlocked.includes(s.group));
}
