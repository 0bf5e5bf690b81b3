// Joining a workshop (#workshop=CODE): the code is checked (typos refused with the reason), the
// world is derived from the shipped scenario it names, the team enters its name and plays.
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import type { SlotEntry } from '../../session/save-store';
import { checkTeamName, workshopWorld } from '../../workshop/apply';
import { briefFor } from '../../workshop/handout';
import { nearDuplicate, teamKey } from '../../workshop/handin';
import { decodeWorkshop } from '../../workshop/code';
import type { WorkshopSettings } from '../../workshop/code';
import { describeWorkshopProblem, workshopProblem } from '../../workshop/texts';
import type { CatalogEntry } from '../title/catalog';
import { fill, h } from '../shared/dom';
import type { PageHost } from './page-host';
import { langSwitch } from './page-host';

export interface JoinHost extends PageHost {
  /** Starts the game on the workshop's world; the replay will carry the code and the team. */
  startWorkshop(entry: CatalogEntry, seed: string, team: string, code: string): void;
  /** This browser's saves (newest first) and resuming one (null, or why it cannot be resumed). */
  saves(): SlotEntry[];
  continueSlot(slot: string): string | null;
  /** A live class's "continue on this device" form (name and PIN), when the link named a class server. */
  classResume?: (l: Lang, code: string, entry: CatalogEntry) => HTMLElement | null;
}

/** A save of this workshop in this browser: the team's game to resume after a lost tab. */
interface TeamSave {
  slot: string;
  team: string;
  quarter: number;
  status: string;
}

/** The saves of workshop `code` (canonical), newest first, one per team (the newest). */
export function teamSaves(code: string, saves: readonly SlotEntry[]): TeamSave[] {
  const out: TeamSave[] = [];
  for (const s of saves) {
    if (!s.ok || s.save.meta.team === undefined) continue;
    const d = s.save.meta.workshop === undefined ? null : decodeWorkshop(s.save.meta.workshop);
    if (!d || !d.ok || d.code !== code) continue;
    if (out.some((x) => teamKey(x.team) === teamKey(s.save.meta.team!))) continue;
    out.push({ slot: s.slot, team: s.save.meta.team, quarter: s.save.summary.quarter, status: s.save.summary.status });
  }
  return out;
}

const TEAM_KEY = 'aiss.workshop.team';

/** `entry`: the derived world the teams play; `file`: the shipped scenario it derives from. */
export type Resolved =
  | { ok: true; code: string; settings: WorkshopSettings; entry: CatalogEntry; file: CatalogEntry }
  | { ok: false; message: string };

/** The workshop a code names, on this build's shipped scenarios, or why it cannot be played here. */
export function resolveWorkshop(codeText: string, host: PageHost): Resolved {
  const l = host.lang();
  const d = decodeWorkshop(codeText);
  if (!d.ok) return { ok: false, message: describeWorkshopProblem(d.problem, l) };
  const file = host.catalog.entries.find((e) => e.id === d.settings.scenarioId && !e.customText);
  if (!file)
    return {
      ok: false,
      message: describeWorkshopProblem(
        workshopProblem('scenarioMissing', 'scenario', {
          id: d.settings.scenarioId,
          known: host.catalog.entries.map((e) => e.id).join(', '),
        }),
        l,
      ),
    };
  const w = workshopWorld(d.settings, file.scenario, file.hash);
  if (!w.ok) return { ok: false, message: describeWorkshopProblem(w.problem, l) };
  return { ok: true, code: d.code, settings: d.settings, entry: { id: w.scenario.id, scenario: w.scenario, hash: w.hash }, file };
}

export class JoinPage {
  readonly root = h('main', { class: 'screen ws-page', id: 'ws-join-page' });
  private team = '';
  private teamError = '';

  constructor(
    private readonly host: JoinHost,
    private codeText: string,
  ) {
    try {
      this.team = localStorage.getItem(TEAM_KEY) ?? '';
    } catch {
      /* no storage: type it */
    }
    this.render();
  }

  private resume(slot: string): void {
    const err = this.host.continueSlot(slot);
    if (err) {
      this.teamError = err;
      this.render();
    }
  }

  private join(r: Extract<Resolved, { ok: true }>): void {
    const t = checkTeamName(this.team);
    if (!t.ok) {
      this.teamError = describeWorkshopProblem(t.problem, this.host.lang());
      this.render();
      return;
    }
    try {
      localStorage.setItem(TEAM_KEY, t.team);
    } catch {
      /* not remembered */
    }
    // The same team (names ignore case and spacing) already plays here: its game goes on, never a
    // second one from Q1 under the same name.
    const same = teamSaves(r.code, this.host.saves()).find((x) => teamKey(x.team) === teamKey(t.team));
    if (same) {
      this.resume(same.slot);
      return;
    }
    this.host.startWorkshop(r.entry, r.settings.seed, t.team, r.code);
  }

  render(): void {
    const l: Lang = this.host.lang();
    const r = resolveWorkshop(this.codeText, this.host);
    const codeForm = h(
      'form',
      {
        class: 'row wrap',
        onsubmit: (e: Event) => {
          e.preventDefault();
          this.codeText = (document.getElementById('ws-join-code') as HTMLInputElement).value;
          this.render();
        },
      },
      h('label', { for: 'ws-join-code' }, t(l, 'workshop.ui.joinCode')),
      h('input', {
        type: 'text',
        id: 'ws-join-code',
        value: r.ok ? r.code : this.codeText,
        size: 36,
        autocomplete: 'off',
        spellcheck: 'false',
      }),
      h('button', { type: 'submit' }, t(l, 'workshop.ui.joinOpen')),
    );
    let body: (HTMLElement | null)[];
    const warnEl = h('p', { class: 'warn', role: 'status', id: 'ws-team-warning' });
    if (!r.ok) body = [h('p', { class: 'warn', role: 'alert', id: 'ws-join-error' }, r.message)];
    else {
      const s = r.settings,
        sc = r.entry.scenario;
      const mine = teamSaves(r.code, this.host.saves());
      const near =
        this.team.trim() === ''
          ? null
          : nearDuplicate(
              this.team.trim().replace(/\s+/g, ' '),
              mine.map((x) => x.team),
            );
      const exact = mine.find((x) => x.team === this.team.trim().replace(/\s+/g, ' '));
      const warn = near
        ? t(l, 'workshop.ui.nearDuplicate', { typed: this.team.trim(), known: near })
        : exact
          ? t(l, 'workshop.ui.sameName', { team: exact.team })
          : '';
      const colon = l === 'zh' ? '：' : ': ';
      body = [
        mine.length
          ? h(
              'section',
              { class: 'ws-resume', id: 'ws-resume', 'aria-labelledby': 'ws-resume-title' },
              h('h2', { id: 'ws-resume-title' }, t(l, 'workshop.ui.resumeTitle')),
              h(
                'div',
                { class: 'row wrap' },
                mine.map((x, i) =>
                  h(
                    'button',
                    {
                      type: 'button',
                      class: i === 0 ? 'primary big' : '',
                      id: i === 0 ? 'ws-resume-go' : `ws-resume-${i}`,
                      'data-slot': x.slot,
                      onclick: () => this.resume(x.slot),
                    },
                    t(l, 'workshop.ui.resumeAs', {
                      team: '\u2068' + x.team + '\u2069',
                      q: Math.min(x.quarter + 1, s.quarters),
                      of: s.quarters,
                    }),
                  ),
                ),
              ),
              h('p', { class: 'muted small' }, t(l, 'workshop.ui.resumeNote')),
            )
          : null,
        this.host.classResume?.(l, r.code, r.entry) ?? null,
        h('h2', { id: 'ws-join-scenario' }, sc.title[l]),
        h('p', {}, briefFor(r.file.scenario, s.quarters, l)),
        h(
          'ul',
          { class: 'ws-facts' },
          h('li', {}, `${t(l, 'workshop.ui.seed')}${colon}${s.seed}`),
          h('li', {}, `${t(l, 'workshop.ui.quarters')}${colon}${s.quarters}`),
          h(
            'li',
            {},
            `${t(l, 'workshop.ui.groups')}${colon}${s.groups.map((g) => t(l, `workshop.ui.group.${g}`)).join(l === 'zh' ? '、' : ', ')}`,
          ),
          h(
            'li',
            {},
            `${t(l, 'workshop.ui.pauses')}${colon}${s.pauses.length ? s.pauses.map((p) => 'Q' + p).join(l === 'zh' ? '、' : ', ') : t(l, 'workshop.ui.none')}`,
          ),
        ),
        h(
          'form',
          {
            class: 'ws-team',
            onsubmit: (e: Event) => {
              e.preventDefault();
              this.join(r);
            },
          },
          mine.length ? h('h3', {}, t(l, 'workshop.ui.newTeam')) : null,
          h('label', { for: 'ws-team' }, t(l, 'workshop.ui.teamName')),
          h(
            'div',
            { class: 'row wrap' },
            h('input', {
              type: 'text',
              id: 'ws-team',
              dir: 'auto',
              value: this.team,
              maxlength: 40,
              autocomplete: 'off',
              oninput: (e: Event) => {
                this.team = (e.target as HTMLInputElement).value;
                const typed = this.team.trim().replace(/\s+/g, ' ');
                const n =
                  typed === ''
                    ? null
                    : nearDuplicate(
                        typed,
                        mine.map((x) => x.team),
                      );
                const same = mine.find((x) => x.team === typed);
                warnEl.textContent = n
                  ? t(l, 'workshop.ui.nearDuplicate', { typed, known: n })
                  : same
                    ? t(l, 'workshop.ui.sameName', { team: same.team })
                    : '';
              },
            }),
            h('button', { type: 'submit', class: mine.length ? '' : 'primary big', id: 'ws-join' }, t(l, 'workshop.ui.join')),
          ),
          warnEl,
          this.teamError ? h('p', { class: 'warn', role: 'alert' }, this.teamError) : null,
        ),
      ];
      warnEl.textContent = warn;
    }
    fill(
      this.root,
      h(
        'div',
        { class: 'row space' },
        h('h1', {}, t(l, 'workshop.ui.joinTitle')),
        langSwitch(this.host, () => this.render()),
      ),
      codeForm,
      ...body,
    );
    this.focus();
  }

  /** A team that already plays here (a lost tab, a reload) lands on Continue, not on a new name. */
  focus(): void {
    const el = this.root.querySelector('#ws-resume-go') ?? this.root.querySelector('#ws-team') ?? this.root.querySelector('#ws-join-code');
    (el as HTMLElement | null)?.focus();
  }
}
