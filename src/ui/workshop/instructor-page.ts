// The instructor's page (#workshop-new): scenario, seed (typed or drawn), quarters, unlocked groups,
// language and pause points → the workshop code, its link and QR, the go-ahead codes and the
// printable handout. Everything shown is text or our own escaped documents.
import { GROUPS } from '../../engine/index';
import type { Group } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { LANGUAGE_NAMES, t } from '../../i18n/index';
import type { WorkshopSettings } from '../../workshop/code';
import { checkSettings, encodeWorkshop, HASH_PREFIX_HEX } from '../../workshop/code';
import { workshopWorld } from '../../workshop/apply';
import { handoutHtml } from '../../workshop/handout';
import { goAheadSheet } from '../../workshop/pause';
import { describeWorkshopProblem } from '../../workshop/texts';
import { fill, h } from '../shared/dom';
import type { PageHost } from './page-host';
import { langSwitch } from './page-host';
import { PrintFrame } from './print-frame';

const SEED_CHARS = '23456789abcdefghjkmnpqrstuvwxyz';
function drawSeed(): string {
  const r = new Uint32Array(6);
  crypto.getRandomValues(r);
  return [...r].map((x) => SEED_CHARS[x % SEED_CHARS.length]).join('');
}

/** The workshop link for this build: the page's own address with the code in the fragment. */
function linkFor(code: string): string {
  return location.href.replace(/#.*$/, '') + '#workshop=' + code;
}

const KEEP_KEY = 'aiss.workshop.instructor';
interface Kept {
  scenarioHash: string;
  seed: string;
  quarters: number;
  groups: Group[];
  lang: Lang;
  pauses: string;
  created: boolean;
}

export class InstructorPage {
  readonly root = h('main', { class: 'screen ws-page', id: 'ws-instructor-page' });
  private scenarioHash: string;
  private seed = drawSeed();
  private quarters: number;
  private groups: Group[];
  private wsLang: Lang;
  private pauses = '';
  private error = '';
  private created: { settings: WorkshopSettings; code: string; link: string; qr: string } | null = null;
  private readonly handout = new PrintFrame('handout', 'ws-handout');

  constructor(private readonly host: PageHost) {
    const e = host.catalog.entries.find((x) => x.id === 'classic' && !x.customText) ?? host.catalog.entries[0]!;
    this.scenarioHash = e.hash;
    this.quarters = e.scenario.quarters.v;
    this.groups = GROUPS.filter((g) => e.scenario.unlocked.includes(g));
    this.wsLang = host.lang();
    // A reload (or a closed tab) gives the workshop back: the form and, once made, its code.
    const kept = this.load();
    this.render();
    if (kept) void this.create();
  }

  /** Restores the kept form; true when a workshop had been created from it. */
  private load(): boolean {
    let v: unknown;
    try {
      v = JSON.parse(localStorage.getItem(KEEP_KEY) ?? 'null');
    } catch {
      return false;
    }
    if (!v || typeof v !== 'object') return false;
    const k = v as Partial<Kept>;
    const e = this.host.catalog.entries.find((x) => x.hash === k.scenarioHash && !x.customText);
    if (!e) return false;
    this.scenarioHash = e.hash;
    if (typeof k.seed === 'string') this.seed = k.seed.slice(0, 32);
    if (typeof k.quarters === 'number') this.quarters = k.quarters;
    if (Array.isArray(k.groups)) this.groups = GROUPS.filter((g) => k.groups!.includes(g));
    if (k.lang === 'zh' || k.lang === 'en') this.wsLang = k.lang;
    if (typeof k.pauses === 'string') this.pauses = k.pauses.slice(0, 200);
    return k.created === true;
  }

  private keep(created: boolean): void {
    const k: Kept = {
      scenarioHash: this.scenarioHash,
      seed: this.seed,
      quarters: this.quarters,
      groups: this.groups,
      lang: this.wsLang,
      pauses: this.pauses,
      created,
    };
    try {
      localStorage.setItem(KEEP_KEY, JSON.stringify(k));
    } catch {
      /* not kept: the page still works */
    }
  }

  /** The instructor's "start over": forgets the kept workshop and shows a fresh form. */
  private startOver(): void {
    try {
      localStorage.removeItem(KEEP_KEY);
    } catch {
      /* nothing kept */
    }
    const e = this.host.catalog.entries.find((x) => x.id === 'classic' && !x.customText) ?? this.host.catalog.entries[0]!;
    this.scenarioHash = e.hash;
    this.quarters = e.scenario.quarters.v;
    this.groups = GROUPS.filter((g) => e.scenario.unlocked.includes(g));
    this.seed = drawSeed();
    this.pauses = '';
    this.created = null;
    this.error = '';
    this.render();
  }

  private entry() {
    return this.host.catalog.entries.find((x) => x.hash === this.scenarioHash)!;
  }

  private async create(): Promise<void> {
    const e = this.entry();
    const l = this.host.lang();
    const pauses = this.pauses.trim() === '' ? [] : this.pauses.split(',').map((x) => (/^\s*\d{1,3}\s*$/.test(x) ? Number(x) : NaN));
    const settings: WorkshopSettings = {
      scenarioId: e.id,
      scenarioHash: e.hash.slice(0, HASH_PREFIX_HEX),
      seed: this.seed.trim(),
      quarters: this.quarters,
      groups: this.groups,
      lang: this.wsLang,
      pauses,
    };
    const bad =
      checkSettings(settings) ??
      (() => {
        const w = workshopWorld(settings, e.scenario, e.hash);
        return w.ok ? null : w.problem;
      })();
    if (bad) {
      this.error = describeWorkshopProblem(bad, l);
      this.created = null;
      this.keep(false);
      this.render();
      return;
    }
    this.keep(true);
    const code = encodeWorkshop(settings);
    const link = linkFor(code);
    // The QR encoder is loaded only when an instructor makes a code (it is not part of the game).
    const { default: QRCode } = await import('qrcode');
    const qr = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    this.error = '';
    this.created = { settings, code, link, qr };
    this.render();
    await this.handout.show(handoutHtml({ settings, code, link, scenario: e.scenario, qrSvg: qr }));
  }

  render(): void {
    const l = this.host.lang();
    const e = this.entry();
    const shipped = this.host.catalog.entries.filter((x) => !x.customText);
    const field = (label: string, id: string, control: HTMLElement, hint?: string) =>
      h('div', { class: 'field' }, h('label', { for: id }, label), control, hint ? h('p', { class: 'muted small' }, hint) : null);
    const form = h(
      'form',
      {
        class: 'ws-form',
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          void this.create();
        },
      },
      field(
        t(l, 'workshop.ui.scenario'),
        'ws-scenario',
        h(
          'select',
          {
            id: 'ws-scenario',
            onchange: (ev: Event) => {
              this.scenarioHash = (ev.target as HTMLSelectElement).value;
              const sc = this.entry().scenario;
              this.quarters = sc.quarters.v;
              this.groups = GROUPS.filter((g) => sc.unlocked.includes(g));
              this.render();
            },
          },
          shipped.map((x) =>
            h(
              'option',
              { value: x.hash, 'data-id': x.id, selected: x.hash === this.scenarioHash },
              `${x.scenario.title[l]} (${x.scenario.quarters.v})`,
            ),
          ),
        ),
      ),
      h('p', { class: 'muted small' }, e.scenario.brief[l]),
      field(
        t(l, 'workshop.ui.seed'),
        'ws-seed',
        h(
          'div',
          { class: 'row' },
          h('input', {
            type: 'text',
            id: 'ws-seed',
            value: this.seed,
            maxlength: 32,
            oninput: (ev: Event) => {
              this.seed = (ev.target as HTMLInputElement).value;
            },
          }),
          h(
            'button',
            {
              type: 'button',
              id: 'ws-draw',
              onclick: () => {
                this.seed = drawSeed();
                this.render();
              },
            },
            t(l, 'workshop.ui.draw'),
          ),
        ),
      ),
      field(
        t(l, 'workshop.ui.quarters'),
        'ws-quarters',
        h('input', {
          type: 'number',
          id: 'ws-quarters',
          min: 1,
          max: e.scenario.quarters.v,
          value: this.quarters,
          oninput: (ev: Event) => {
            this.quarters = Number((ev.target as HTMLInputElement).value);
          },
        }),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, t(l, 'workshop.ui.groups')),
        GROUPS.map((g) =>
          h(
            'label',
            { class: 'ws-check' },
            h('input', {
              type: 'checkbox',
              id: `ws-group-${g}`,
              checked: this.groups.includes(g),
              onchange: (ev: Event) => {
                const on = (ev.target as HTMLInputElement).checked;
                this.groups = GROUPS.filter((x) => (x === g ? on : this.groups.includes(x)));
              },
            }),
            ' ',
            t(l, `workshop.ui.group.${g}`),
          ),
        ),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, t(l, 'workshop.ui.language')),
        (['zh', 'en'] as const).map((x) =>
          h(
            'label',
            { class: 'ws-check' },
            h('input', {
              type: 'radio',
              name: 'ws-lang',
              id: `ws-lang-${x}`,
              checked: this.wsLang === x,
              onchange: () => {
                this.wsLang = x;
              },
            }),
            ' ',
            LANGUAGE_NAMES[x],
          ),
        ),
      ),
      field(
        t(l, 'workshop.ui.pauses'),
        'ws-pauses',
        h('input', {
          type: 'text',
          id: 'ws-pauses',
          value: this.pauses,
          placeholder: '4,8',
          oninput: (ev: Event) => {
            this.pauses = (ev.target as HTMLInputElement).value;
          },
        }),
        t(l, 'workshop.ui.pausesHint'),
      ),
      this.error ? h('p', { class: 'warn', role: 'alert', id: 'ws-error' }, this.error) : null,
      h('button', { type: 'submit', class: 'primary big', id: 'ws-create' }, t(l, 'workshop.ui.create')),
    );
    const c = this.created;
    const out = c
      ? h(
          'section',
          { class: 'ws-created', 'aria-live': 'polite' },
          h(
            'div',
            { class: 'ws-join-box' },
            h('img', {
              class: 'ws-qr',
              alt: t(l, 'workshop.ui.qrAlt'),
              src: 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(c.qr),
            }),
            h(
              'div',
              {},
              h('p', {}, t(l, 'workshop.ui.code')),
              h('p', { class: 'ws-code', id: 'ws-code' }, c.code),
              h('p', {}, t(l, 'workshop.ui.link')),
              h('p', {}, h('a', { href: c.link, id: 'ws-link', class: 'ws-link' }, c.link)),
              h(
                'div',
                { class: 'row wrap' },
                h(
                  'button',
                  {
                    type: 'button',
                    id: 'ws-copy',
                    onclick: (ev: Event) => {
                      void navigator.clipboard?.writeText(c.link).then(
                        () => {
                          (ev.target as HTMLElement).textContent = t(l, 'workshop.ui.copied');
                        },
                        () => undefined,
                      );
                    },
                  },
                  t(l, 'workshop.ui.copyLink'),
                ),
                h(
                  'button',
                  { type: 'button', id: 'ws-print-handout', onclick: () => this.handout.print() },
                  t(l, 'workshop.ui.printHandout'),
                ),
                h('a', { href: '#debrief=' + c.code, id: 'ws-open-debrief', class: 'button-link' }, t(l, 'workshop.ui.openDebrief')),
              ),
              h(
                'p',
                { class: 'muted small' },
                t(l, 'workshop.ui.instructorRestored'),
                ' ',
                h(
                  'button',
                  { type: 'button', class: 'small', id: 'ws-start-over', onclick: () => this.startOver() },
                  t(l, 'workshop.ui.newWorkshop'),
                ),
              ),
            ),
          ),
          c.settings.pauses.length
            ? h(
                'div',
                { class: 'ws-goahead' },
                h('h3', {}, t(l, 'workshop.ui.goAhead')),
                h(
                  'ul',
                  { id: 'ws-goahead' },
                  goAheadSheet(c.settings).map((g) => h('li', {}, `Q${g.quarter}: `, h('b', { 'data-quarter': g.quarter }, g.code))),
                ),
                h('p', { class: 'muted small' }, t(l, 'workshop.ui.goAheadNote')),
              )
            : null,
          h('h3', {}, t(l, 'workshop.ui.handoutPreview')),
          this.handout.root,
        )
      : null;
    fill(
      this.root,
      h(
        'div',
        { class: 'row space' },
        h('h1', {}, t(l, 'workshop.ui.createTitle')),
        langSwitch(this.host, () => this.render()),
      ),
      h('p', { class: 'muted' }, t(l, 'workshop.ui.createIntro')),
      h('div', { class: 'ws-cols' }, h('section', {}, form), out),
    );
  }
}
