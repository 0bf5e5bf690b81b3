// One decision as a small form: labelled fields and a live preview of its cost and expected effect
// (or why the engine would refuse it). A setting's card is part of the quarter plan as soon as it
// differs from the setting in force (no button to forget); a one-off decision (a hire, a loan, a
// round) has an "Add to plan" button and keeps its edited fields as a draft until added.
import { actionSchema, marketView } from '../../engine/index';
import type { Scenario, State } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { keyFor, t } from '../../i18n/index';
import { describeAction, describeRejection, marketName } from '../shared/describe';
import type { DecisionSpec, Field, Value, Values } from './decision-specs';
import { decisionNotes, oddsLines, valuationLine } from './decision-notes';
import { fill, h } from '../shared/dom';
import { int, money, pct } from '../shared/format';
import type { PlanItem, PlanStore } from './plan';
import { blockedBy, previewAction } from './preview';

export interface CardCtx {
  lang: Lang;
  sc: Scenario;
  /** The state the quarter's plan starts from: settings in force, what "unchanged" means. */
  base: State;
  /** The state previews start from: the plan applied, this card's own change left out. */
  state: State;
  locked: boolean;
  /** Edited one-off cards not yet added to the plan. */
  drafts: Map<string, Values>;
  /** This setting card's entry in the plan, if it has one. */
  planned: PlanItem | undefined;
  plan: PlanStore;
}

function fieldControl(ctx: CardCtx, spec: DecisionSpec, f: Field, v: Values, onInput: (name: string, value: Value) => void): HTMLElement {
  const id = `d-${spec.id}-${f.name}`;
  const disabled = ctx.locked;
  const label = t(ctx.lang, f.label);
  if (f.kind === 'check') {
    return h(
      'div',
      { class: 'field check' },
      h('input', {
        type: 'checkbox',
        id,
        checked: v[f.name] === true,
        disabled,
        onchange: (e: Event) => onInput(f.name, (e.target as HTMLInputElement).checked),
      }),
      h('label', { for: id }, label),
    );
  }
  if (f.kind === 'markets') {
    // The field's running value: `v` holds the card's values at render time, and ticking several
    // boxes in a row (untick one market, tick another) happens without a re-render.
    let chosen = Array.isArray(v[f.name]) ? (v[f.name] as string[]) : [];
    const facts = new Map(marketView(ctx.state, ctx.sc).map((x) => [x.id, x]));
    const boxes = Object.keys(ctx.sc.markets)
      .sort()
      .map((m) => {
        const mid = `${id}-${m}`;
        const def = ctx.sc.markets[m]!;
        const traits = def.traits.map((x) => t(ctx.lang, `trait.${x}`)).join(' · ');
        const x = facts.get(m)!;
        const L = ctx.lang;
        const sep = L === 'zh' ? '；' : '; ';
        const factLine =
          t(L, 'marketFacts.line', {
            potential: int(x.potential),
            growth: pct(x.growthBp),
            price: money(x.price, L),
            competitors: x.competitors,
            regulation: pct(x.regulationBp, 0),
          }) +
          (x.entryCost > 0 ? sep + t(L, 'marketFacts.entry', { cost: money(x.entryCost, L) }) : '') +
          (x.customers > 0 ? sep + t(L, 'marketFacts.yours', { n: int(x.customers) }) : '');
        return h(
          'div',
          { class: 'field check market' },
          h('input', {
            type: 'checkbox',
            id: mid,
            checked: chosen.includes(m),
            disabled,
            onchange: (e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              chosen = on ? [...chosen.filter((x) => x !== m), m] : chosen.filter((x) => x !== m);
              onInput(f.name, chosen);
            },
          }),
          h(
            'label',
            { for: mid },
            marketName(ctx.lang, ctx.sc, m),
            traits ? h('span', { class: 'muted' }, ` (${traits})`) : null,
            h('span', { class: 'market-facts muted', id: `${mid}-facts` }, factLine),
          ),
        );
      });
    return h('fieldset', { class: 'field markets' }, h('legend', {}, label), boxes);
  }
  if (f.kind === 'select') {
    const opts = f.options ? f.options(ctx.sc, ctx.state) : [];
    const name = (o: string) => {
      if (f.optionPrefix === 'market') return marketName(ctx.lang, ctx.sc, o);
      const k = f.optionPrefix && keyFor(f.optionPrefix, o);
      return k ? t(ctx.lang, k) : o;
    };
    return h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      h(
        'select',
        { id, disabled, onchange: (e: Event) => onInput(f.name, (e.target as HTMLSelectElement).value) },
        opts.map((o) => h('option', { value: o, selected: v[f.name] === o }, name(o))),
      ),
    );
  }
  const echo = h(
    'span',
    { class: 'echo', id: `${id}-echo` },
    f.kind === 'money' ? `= ${money(Number(v[f.name]) || 0, ctx.lang)}` : f.kind === 'percent' ? '%' : '',
  );
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h('input', {
      type: 'number',
      id,
      inputmode: 'numeric',
      min: f.min,
      max: f.max,
      step: f.step ?? 1,
      value: String(v[f.name] ?? ''),
      disabled,
      'aria-describedby': `${id}-echo`,
      oninput: (e: Event) => {
        const raw = (e.target as HTMLInputElement).value;
        const n = raw.trim() === '' ? NaN : Number(raw);
        if (f.kind === 'money') echo.textContent = Number.isFinite(n) ? `= ${money(n, ctx.lang)}` : '';
        onInput(f.name, Number.isFinite(n) ? n : NaN);
      },
    }),
    echo,
  );
}

function renderPreview(ctx: CardCtx, spec: DecisionSpec, v: Values, box: HTMLElement, button: HTMLButtonElement | null): void {
  const L = ctx.lang;
  const action = spec.build(v);
  const parsed = actionSchema.safeParse(action);
  const disable = (d: boolean) => {
    if (button) button.disabled = d;
  };
  if (!parsed.success) {
    const name = String(parsed.error.issues[0]?.path[0] ?? '');
    const field =
      spec.fields.find(
        (f) =>
          action.type !== 'setProgramme' &&
          (f.name === name || (name === 'levelBp' && f.name === 'level') || (name === 'bonusBp' && f.name === 'bonus')),
      ) ?? spec.fields[0];
    const label = field ? t(L, field.label) : '';
    const numeric = field && (field.kind === 'int' || field.kind === 'money' || field.kind === 'percent');
    fill(
      box,
      h(
        'p',
        { class: 'warn' },
        '⚠ ',
        numeric
          ? t(L, 'ui.invalidInput', { field: label, min: field.min ?? 0, max: field.max ?? '' })
          : t(L, 'ui.invalidChoice', { field: label }),
      ),
    );
    disable(true);
    return;
  }
  if (spec.unchanged && spec.unchanged(ctx.base, parsed.data)) {
    fill(box, h('p', { class: 'muted' }, t(L, 'ui.currentSetting')));
    disable(true);
    return;
  }
  const p = previewAction(ctx.state, ctx.sc, parsed.data);
  if (!p.ok) {
    const val = p.investors ? valuationLine(L, p.investors) : null;
    fill(
      box,
      h('p', { class: 'warn' }, '⚠ ', t(L, 'ui.wouldRefuse'), ' ', describeRejection(L, ctx.sc, p.rejection!)),
      val ? h('p', { class: 'muted' }, val) : null,
    );
    disable(true);
    return;
  }
  const odds = oddsLines(L, ctx.sc, p);
  fill(
    box,
    h(
      'ul',
      { class: 'notes' },
      decisionNotes(L, ctx.sc, ctx.state, parsed.data, p).map((n) => h('li', {}, n)),
    ),
    odds.length
      ? h(
          'div',
          { class: 'odds' },
          h('p', { class: 'muted' }, t(L, 'ui.oddsIfEnded')),
          h(
            'ul',
            {},
            odds.map((o) =>
              h(
                'li',
                { class: o.up === o.good ? 'better' : 'worse' },
                o.up ? '▲ ' : '▼ ',
                o.text,
                ' ',
                h('span', { class: 'tag' }, t(L, o.up === o.good ? 'ui.better' : 'ui.worse')),
              ),
            ),
          ),
        )
      : null,
  );
  // A request the rules accept but that cannot succeed now (a grant on cooldown) is not offered.
  disable(blockedBy(p) !== null);
}

/** A described decision without its name: "Hire: 2 × ML engineer" → "2 × ML engineer" ("：" in Chinese). */
function afterName(d: string): string {
  const m = /: |：/.exec(d);
  return m ? d.slice(m.index + m[0].length) : d;
}

/** True for a card whose values are a setting (in the plan while they differ from it). */
export function isSetting(spec: DecisionSpec): boolean {
  return spec.unchanged !== undefined;
}

/** The card of one decision spec. */
export function decisionCard(ctx: CardCtx, spec: DecisionSpec): HTMLElement {
  const L = ctx.lang;
  const setting = isSetting(spec);
  let v: Values = (setting ? ctx.planned?.values : ctx.drafts.get(spec.id)) ?? spec.init(ctx.base, ctx.sc);
  const box = h('div', { class: 'preview', 'aria-live': 'polite', id: `d-${spec.id}-preview` });
  const title = t(L, spec.title);
  const helpKey = keyFor('help', spec.id);
  const button =
    ctx.locked || setting
      ? null
      : h(
          'button',
          { type: 'submit', class: 'add', id: `d-${spec.id}-add`, 'aria-label': `${t(L, 'plan.add')}: ${title}` },
          t(L, 'plan.add'),
        );
  const badge = h('span', { class: 'planned-tag', id: `d-${spec.id}-planned`, hidden: !ctx.planned }, t(L, 'plan.inPlan'));
  const fields: HTMLElement[] = [];
  const onInput = (name: string, value: Value) => {
    v = { ...v, [name]: value };
    if (spec.follow) {
      const next = spec.follow(name, v, ctx.base, ctx.sc);
      for (const f of spec.fields) {
        if (f.name === name || next[f.name] === v[f.name]) continue;
        const el = document.getElementById(`d-${spec.id}-${f.name}`) as HTMLInputElement | null;
        if (el) el.value = String(next[f.name]);
        const echo = document.getElementById(`d-${spec.id}-${f.name}-echo`);
        if (echo && f.kind === 'money') echo.textContent = `= ${money(Number(next[f.name]) || 0, ctx.lang)}`;
      }
      v = next;
    }
    renderPreview(ctx, spec, v, box, button);
    if (setting) {
      const parsed = actionSchema.safeParse(spec.build(v));
      const unchanged = parsed.success && spec.unchanged!(ctx.base, parsed.data);
      badge.hidden = unchanged;
      form.classList.toggle('planned', !unchanged);
      const kind = spec.fields.find((f) => f.name === name)?.kind;
      const typing = kind === 'int' || kind === 'money' || kind === 'percent' ? name : '';
      ctx.plan.setSetting(spec.id, typing, v, parsed.success ? parsed.data : null, unchanged);
    } else ctx.drafts.set(spec.id, v);
  };
  for (const f of spec.fields) fields.push(fieldControl(ctx, spec, f, v, onInput));
  const current = spec.unchanged ? describeAction(L, ctx.sc, spec.build(spec.init(ctx.base, ctx.sc))) : null;
  const form = h(
    'form',
    {
      class: 'card' + (ctx.locked ? ' locked' : '') + (ctx.planned ? ' planned' : ''),
      id: `d-${spec.id}`,
      'aria-labelledby': `d-${spec.id}-title`,
      novalidate: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        if (ctx.locked || setting) return;
        const parsed = actionSchema.safeParse(spec.build(v));
        if (!parsed.success || (button && button.disabled)) return;
        ctx.drafts.delete(spec.id);
        ctx.plan.add(spec.id, v, parsed.data);
      },
    },
    h('h4', { id: `d-${spec.id}-title` }, title, ' ', badge),
    helpKey ? h('p', { class: 'help' }, t(L, helpKey)) : null,
    current ? h('p', { class: 'now' }, t(L, 'ui.now'), ' ', afterName(current)) : null,
    // A locked decision shows only the setting in force: there is nothing to edit.
    ctx.locked ? (current ? null : h('p', { class: 'muted' }, t(L, 'ui.lockedDefault'))) : h('div', { class: 'fields' }, fields),
    ctx.locked ? null : box,
    button ? h('div', { class: 'row' }, button) : null,
  );
  if (!ctx.locked) renderPreview(ctx, spec, v, box, button);
  return form;
}
