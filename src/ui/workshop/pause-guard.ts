// Pause points in the browser: once a team has closed a pause quarter, a dialog covers the game
// until the instructor's go-ahead code is typed. Passing is remembered per workshop, team and
// quarter (a reload does not ask again). A classroom convenience, not security (see pause.ts).
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import type { Session } from '../../session/session';
import { decodeWorkshop } from '../../workshop/code';
import type { WorkshopSettings } from '../../workshop/code';
import { checkGoAhead, pauseAt } from '../../workshop/pause';
import { describeWorkshopProblem, workshopProblem } from '../../workshop/texts';
import { h } from '../shared/dom';
import { openModal } from '../shared/modal';
import type { Modal } from '../shared/modal';

const key = (code: string, team: string, q: number) => `aiss.workshop.go.${code}.${team}.${q}`;

function passed(code: string, team: string, q: number): boolean {
  try {
    return localStorage.getItem(key(code, team, q)) === '1';
  } catch {
    return false;
  }
}

/** `busy`: the quarter's cards or report are open (the pause waits until they are read). */
export interface GuardHost {
  lang(): Lang;
  exportRun(): void;
  busy(): boolean;
}

/** Watches a workshop session (no-op for any other); returns the unsubscribe function. */
export function guardPauses(session: Session, host: GuardHost): () => void {
  const code = session.meta.workshop;
  const team = session.meta.team ?? '';
  if (!code) return () => undefined;
  const d = decodeWorkshop(code);
  if (!d.ok) return () => undefined;
  const settings: WorkshopSettings = d.settings;
  let open: { modal: Modal; q: number } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const check = () => {
    const q = session.log.length;
    const waiting = session.state.status === 'playing' && session.current.length === 0 && pauseAt(settings, q) && !passed(d.code, team, q);
    if (!waiting || open?.q === q || stopped) return;
    if (host.busy()) {
      if (timer === null)
        timer = setTimeout(() => {
          timer = null;
          check();
        }, 150);
      return;
    }
    open?.modal.close();
    open = {
      modal: showPause(settings, d.code, team, q, host, () => {
        open = null;
      }),
      q,
    };
  };
  // Deferred: the game screen, subscribed after this guard, opens the quarter's cards in the same
  // notification; the pause waits until they and the report are read.
  const later = () => {
    if (timer === null)
      timer = setTimeout(() => {
        timer = null;
        check();
      }, 150);
  };
  const off = session.subscribe(later);
  later();
  return () => {
    stopped = true;
    off();
    if (timer !== null) clearTimeout(timer);
    open?.modal.close();
  };
}

function showPause(s: WorkshopSettings, code: string, team: string, q: number, host: GuardHost, done: () => void): Modal {
  const l = host.lang();
  const m = openModal('ws-pause-title', 'ws-pause');
  m.root.classList.add('ws-pause-backdrop');
  const input = h('input', { type: 'text', id: 'ws-goahead-input', maxlength: 12, autocomplete: 'off', spellcheck: 'false' });
  const msg = h('p', { class: 'warn', role: 'alert', id: 'ws-goahead-error' });
  const submit = (e: Event) => {
    e.preventDefault();
    if (!checkGoAhead(s, q, input.value)) {
      msg.textContent = describeWorkshopProblem(workshopProblem('goAheadWrong', 'code', {}), l);
      input.select();
      return;
    }
    try {
      localStorage.setItem(key(code, team, q), '1');
    } catch {
      /* asked again after a reload */
    }
    m.close();
    done();
  };
  m.body.append(
    h('h2', { id: 'ws-pause-title' }, t(l, 'workshop.ui.pauseTitle', { q })),
    h('p', {}, t(l, 'workshop.ui.pauseText')),
    h(
      'form',
      { class: 'row wrap', onsubmit: submit },
      h('label', { for: 'ws-goahead-input' }, t(l, 'workshop.ui.pauseCode')),
      input,
      h('button', { type: 'submit', class: 'primary', id: 'ws-goahead-go' }, t(l, 'workshop.ui.pauseGo')),
    ),
    msg,
    h(
      'p',
      {},
      h(
        'button',
        { type: 'button', class: 'small', id: 'ws-pause-export', onclick: () => host.exportRun() },
        t(l, 'workshop.ui.pauseExport'),
      ),
    ),
  );
  input.focus();
  return m;
}
