// Joining a workshop (#workshop=CODE): the code is checked (typos refused with the reason), the
// world is derived from the shipped scenario it names, the team enters its name and plays.
import type { Lang } from '../../i18n/index';
import { checkTeamName, workshopWorld } from '../../workshop/apply';
import { decodeWorkshop } from '../../workshop/code';
import type { WorkshopSettings } from '../../workshop/code';
import { describeWorkshopProblem, workshopProblem } from '../../workshop/texts';
import { ui } from '../../workshop/ui-texts';
import type { CatalogEntry } from '../catalog';
import { fill, h } from '../dom';
import type { PageHost } from './instructor-page';
import { langSwitch } from './instructor-page';

export interface JoinHost extends PageHost {
  /** Starts the game on the workshop's world; the replay will carry the code and the team. */
  startWorkshop(entry: CatalogEntry, seed: string, team: string, code: string): void;
}

const TEAM_KEY = 'aiss.workshop.team';

/** `entry`: the derived world the teams play; `file`: the shipped scenario it derives from. */
export type Resolved = { ok: true; code: string; settings: WorkshopSettings; entry: CatalogEntry; file: CatalogEntry } | { ok: false; message: string };

/** The workshop a code names, on this build's shipped scenarios, or why it cannot be played here. */
export function resolveWorkshop(codeText: string, host: PageHost): Resolved {
  const l = host.lang();
  const d = decodeWorkshop(codeText);
  if (!d.ok) return { ok: false, message: describeWorkshopProblem(d.problem, l) };
  const file = host.catalog.entries.find((e) => e.id === d.settings.scenarioId && !e.customText);
  if (!file) return { ok: false, message: describeWorkshopProblem(workshopProblem('scenarioMissing', 'scenario', { id: d.settings.scenarioId, known: host.catalog.entries.map((e) => e.id).join(', ') }), l) };
  const w = workshopWorld(d.settings, file.scenario, file.hash);
  if (!w.ok) return { ok: false, message: describeWorkshopProblem(w.problem, l) };
  return { ok: true, code: d.code, settings: d.settings, entry: { id: w.scenario.id, scenario: w.scenario, hash: w.hash }, file };
}

export class JoinPage {
  readonly root = h('main', { class: 'screen ws-page', id: 'ws-join-page' });
  private team = '';
  private teamError = '';

  constructor(private readonly host: JoinHost, private codeText: string) {
    try { this.team = localStorage.getItem(TEAM_KEY) ?? ''; } catch { /* no storage: type it */ }
    this.render();
  }

  private join(r: Extract<Resolved, { ok: true }>): void {
    const t = checkTeamName(this.team);
    if (!t.ok) { this.teamError = describeWorkshopProblem(t.problem, this.host.lang()); this.render(); return; }
    try { localStorage.setItem(TEAM_KEY, t.team); } catch { /* not remembered */ }
    this.host.startWorkshop(r.entry, r.settings.seed, t.team, r.code);
  }

  render(): void {
    const l: Lang = this.host.lang();
    const r = resolveWorkshop(this.codeText, this.host);
    const codeForm = h('form', { class: 'row wrap', onsubmit: (e: Event) => { e.preventDefault(); this.codeText = (document.getElementById('ws-join-code') as HTMLInputElement).value; this.render(); } },
      h('label', { for: 'ws-join-code' }, ui(l, 'joinCode')),
      h('input', { type: 'text', id: 'ws-join-code', value: r.ok ? r.code : this.codeText, size: 36, autocomplete: 'off', spellcheck: 'false' }),
      h('button', { type: 'submit' }, ui(l, 'joinOpen')));
    let body: (HTMLElement | null)[];
    if (!r.ok) body = [h('p', { class: 'warn', role: 'alert', id: 'ws-join-error' }, r.message)];
    else {
      const s = r.settings, sc = r.entry.scenario;
      const colon = l === 'zh' ? '：' : ': ';
      body = [
        h('h2', { id: 'ws-join-scenario' }, sc.title[l]),
        h('p', {}, sc.brief[l]),
        h('ul', { class: 'ws-facts' },
          h('li', {}, `${ui(l, 'seed')}${colon}${s.seed}`),
          h('li', {}, `${ui(l, 'quarters')}${colon}${s.quarters}`),
          h('li', {}, `${ui(l, 'groups')}${colon}${s.groups.map((g) => ui(l, `group.${g}`)).join(l === 'zh' ? '、' : ', ')}`),
          h('li', {}, `${ui(l, 'pauses')}${colon}${s.pauses.length ? s.pauses.map((p) => 'Q' + p).join(l === 'zh' ? '、' : ', ') : ui(l, 'none')}`)),
        h('form', { class: 'ws-team', onsubmit: (e: Event) => { e.preventDefault(); this.join(r); } },
          h('label', { for: 'ws-team' }, ui(l, 'teamName')),
          h('div', { class: 'row wrap' },
            h('input', { type: 'text', id: 'ws-team', value: this.team, maxlength: 40, autocomplete: 'off', oninput: (e: Event) => { this.team = (e.target as HTMLInputElement).value; } }),
            h('button', { type: 'submit', class: 'primary big', id: 'ws-join' }, ui(l, 'join'))),
          this.teamError ? h('p', { class: 'warn', role: 'alert' }, this.teamError) : null),
      ];
    }
    fill(this.root,
      h('div', { class: 'row space' }, h('h1', {}, ui(l, 'joinTitle')), langSwitch(this.host, () => this.render())),
      codeForm, ...body);
    (document.getElementById(r.ok ? 'ws-team' : 'ws-join-code') as HTMLElement | null)?.focus();
  }
}
