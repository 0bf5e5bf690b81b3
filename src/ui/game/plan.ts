// The quarter plan: every change made in the decision panel this quarter, held as a draft until
// End the quarter commits it (one validated action per change, so replays keep their format).
// The draft and its undo/redo are immer patches; what the plan leads to (cost, runway after) is
// asked of the engine through one function, planOutcome.
import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import type { Draft, Patch } from 'immer';
import type { Action, Rejection, Scenario, State } from '../../engine/index';
import { step } from '../../engine/index';
import type { Values } from './decision-specs';
import { runwayAhead } from './preview';

enablePatches();

/** One change: a setting card's new values (key = the card id, replaced as it is edited) or a
 *  one-off decision added to the plan (key = card id + '#' + a sequence number). `action` is null
 *  while the card's fields do not make a valid action (End the quarter then names the card). */
export interface PlanItem {
  key: string;
  card: string;
  values: Values;
  action: Action | null;
}

export interface Plan {
  items: PlanItem[];
  seq: number;
}

interface Entry {
  tag: string;
  redo: Patch[];
  undo: Patch[];
}

export type PlanOutcome =
  | { ok: true; cost: number; runwayBefore: number; runwayAfter: number; after: State }
  | { ok: false; index: number; rejection: Rejection };

/** Pure. What the plan's actions lead to, asked of the engine: each action stepped on a copy in
 *  order; the cash they cost and the runway before and after (the one runway the plan shows). */
export function planOutcome(s: State, sc: Scenario, actions: readonly Action[]): PlanOutcome {
  let cur = s;
  let cost = 0;
  for (let i = 0; i < actions.length; i++) {
    const r = step(cur, actions[i]!, sc);
    if (!r.ok) return { ok: false, index: i, rejection: r.rejection };
    for (const e of r.events) if (e.type === 'decided') cost += e.cost;
    cur = r.state;
  }
  return { ok: true, cost, runwayBefore: runwayAhead(s, sc), runwayAfter: runwayAhead(cur, sc), after: cur };
}

/** The plan with undo and redo. Edits of one field in a row (typing a number) are one undo step. */
export class PlanStore {
  plan: Plan = { items: [], seq: 0 };
  private past: Entry[] = [];
  private future: Entry[] = [];
  private readonly listeners = new Set<() => void>();

  subscribe(l: () => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  /** The plan's actions in order (items still invalid left out). */
  actions(): Action[] {
    return this.plan.items.flatMap((i) => (i.action ? [i.action] : []));
  }

  get size(): number {
    return this.plan.items.length;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  private change(tag: string, recipe: (d: Draft<Plan>) => void): void {
    const [next, redo, undo] = produceWithPatches(this.plan, recipe);
    if (redo.length === 0) return;
    this.plan = next;
    const last = this.past[this.past.length - 1];
    // Typing "120000" is one change, not six: the first edit's inverse undoes them all.
    if (tag && last && last.tag === tag && this.future.length === 0)
      this.past[this.past.length - 1] = { tag, redo: [...last.redo, ...redo], undo: [...undo, ...last.undo] };
    else this.past.push({ tag, redo, undo });
    this.future = [];
    this.emit();
  }

  /** A setting card's values: in the plan while they differ from the setting in force. `typing`
   *  names a number field being typed into: edits of it in a row are one undo step. */
  setSetting(card: string, typing: string, values: Values, action: Action | null, unchanged: boolean): void {
    this.change(typing ? `${card}:${typing}` : '', (d) => {
      const i = d.items.findIndex((x) => x.key === card);
      if (unchanged) {
        if (i >= 0) d.items.splice(i, 1);
        return;
      }
      const item = { key: card, card, values: values as Draft<Values>, action: action as Draft<Action> | null };
      if (i >= 0) d.items[i] = item;
      else d.items.push(item);
    });
  }

  /** Adds a one-off decision (a hire, a loan, a round...). */
  add(card: string, values: Values, action: Action): void {
    this.change('', (d) => {
      d.seq += 1;
      d.items.push({ key: `${card}#${d.seq}`, card, values: values as Draft<Values>, action: action as Draft<Action> });
    });
  }

  remove(key: string): void {
    this.change('', (d) => {
      const i = d.items.findIndex((x) => x.key === key);
      if (i >= 0) d.items.splice(i, 1);
    });
  }

  undo(): boolean {
    const e = this.past.pop();
    if (!e) return false;
    this.plan = applyPatches(this.plan, e.undo);
    this.future.push(e);
    this.emit();
    return true;
  }

  redo(): boolean {
    const e = this.future.pop();
    if (!e) return false;
    this.plan = applyPatches(this.plan, e.redo);
    this.past.push({ ...e, tag: '' });
    this.emit();
    return true;
  }

  /** A new quarter (or a committed plan): empty, with no history. */
  clear(): void {
    this.plan = { items: [], seq: this.plan.seq };
    this.past = [];
    this.future = [];
    this.emit();
  }

  /** Puts back a plan taken out to be committed (the engine refused part of it). */
  restore(p: Plan): void {
    this.plan = p;
    this.emit();
  }
}
