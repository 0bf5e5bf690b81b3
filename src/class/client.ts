// The game's side of a live class (browser only, loaded with the workshop pages): when the join link
// carried the class server's address (#workshop=CODE&server=http://host:port), every quarter end
// hands the run in by a POST of the replay text. It never blocks the game: a hand-in that fails is
// tried again later (the latest run includes every earlier quarter, so only it is sent). Without a
// server address nothing here runs and the workshop works from files and codes as before.
import type { Lang } from '../i18n/index';
import { t } from '../i18n/index';
import { exportReplay } from '../replay/format';
import { describeProblem } from '../replay/problems';
import type { Session } from '../session/session';
import { h } from '../ui/shared/dom';
import { decodeWorkshop } from '../workshop/code';
import { teamKey } from '../workshop/handin';
import { readRun } from '../workshop/replay-adapter';

const SERVER_KEY = (code: string) => `aiss.class.server.${code}`;
const PIN_KEY = (code: string, team: string) => `aiss.class.pin.${code}.${teamKey(team)}`;

function get(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function set(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* this tab only */
  }
}

/** Pure. The server address a join fragment carries ("&server=URL" after the code), if it is an
 *  http(s) address; the code without it. */
export function splitServer(codeText: string): { code: string; server: string | null } {
  const i = codeText.indexOf('&server=');
  if (i < 0) return { code: codeText, server: null };
  let server = codeText.slice(i + '&server='.length).split('&')[0] ?? '';
  try {
    server = decodeURIComponent(server);
  } catch {
    /* as typed */
  }
  let ok: boolean;
  try {
    const u = new URL(server);
    ok = u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    ok = false;
  }
  return { code: codeText.slice(0, i), server: ok ? server.replace(/\/+$/, '') : null };
}

/** Remembers the class server of a workshop (from its join link) in this browser. */
export function rememberServer(codeText: string, server: string): void {
  const d = decodeWorkshop(codeText);
  if (d.ok) set(SERVER_KEY(d.code), server);
}

function serverFor(codeText: string | undefined): { code: string; server: string } | null {
  if (!codeText) return null;
  const d = decodeWorkshop(codeText);
  if (!d.ok) return null;
  const server = get(SERVER_KEY(d.code));
  return server ? { code: d.code, server } : null;
}

/** Hands in a workshop session's run at every quarter end; returns the stop function. */
export function classHandIn(session: Session, lang: () => Lang, root: HTMLElement): () => void {
  const team = session.meta.team;
  const where = serverFor(session.meta.workshop);
  if (!where || !team) return () => undefined;
  const { code, server } = where;
  // In the workshop bar (top left, beside "copy run code"), where it covers none of the game.
  const badge = h('span', { id: 'class-handin', role: 'status', 'aria-live': 'polite' });
  const slot = document.getElementById('ws-class-slot');
  if (slot) slot.append(badge);
  else root.after(badge);
  let sent = -1;
  let sending = false;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let wait = 5_000;
  const show = (text: string) => {
    badge.textContent = text;
  };
  const send = async (): Promise<void> => {
    if (stopped || sending) return;
    const q = session.log.length;
    if (q === 0 || q <= sent) return;
    sending = true;
    const pin = get(PIN_KEY(code, team));
    try {
      const r = await fetch(`${server}/api/handin`, {
        method: 'POST',
        body: exportReplay(session.toReplay()),
        headers: { 'content-type': 'text/plain', ...(pin ? { 'x-class-pin': pin } : {}) },
        signal: AbortSignal.timeout(15_000),
      });
      const body = (await r.json().catch(() => ({}))) as { pin?: unknown; reason?: unknown; reasonZh?: unknown };
      if (r.ok) {
        if (typeof body.pin === 'string') set(PIN_KEY(code, team), body.pin);
        sent = q;
        wait = 5_000;
        const p = get(PIN_KEY(code, team));
        show(t(lang(), 'class.sent', { q }) + (p ? (lang() === 'zh' ? '　' : ' · ') + t(lang(), 'class.pin', { pin: p }) : ''));
      } else if (r.status >= 400 && r.status < 500) {
        // Refused (the reason is the debrief's): not tried again until the next quarter.
        sent = q;
        const reason = String((lang() === 'zh' ? body.reasonZh : body.reason) ?? r.status);
        show(t(lang(), 'class.refused', { reason }));
      } else throw new Error(String(r.status));
    } catch {
      show(t(lang(), 'class.offline', { q }));
      if (!stopped && retry === null)
        retry = setTimeout(() => {
          retry = null;
          void send();
        }, wait);
      wait = Math.min(wait * 2, 60_000);
    } finally {
      sending = false;
    }
    // A quarter closed while this one was on the way: send the newer run now.
    if (!stopped && retry === null && session.log.length > sent) void send();
  };
  const off = session.subscribe(() => {
    void send();
  });
  void send();
  return () => {
    stopped = true;
    off();
    if (retry !== null) clearTimeout(retry);
    badge.remove();
  };
}

/** Where the join page starts a resumed team's game: the decisions of its latest hand-in. */
export type StartFromRun = (team: string, seed: string, log: unknown[][]) => string | null;

/** The join page's "continue on this device" form (only when the link named a class server). */
export function resumeSection(l: Lang, codeText: string, start: StartFromRun): HTMLElement | null {
  const where = serverFor(codeText);
  if (!where) return null;
  const team = h('input', { type: 'text', id: 'class-resume-team', dir: 'auto', maxlength: 40, autocomplete: 'off' });
  const pin = h('input', { type: 'text', id: 'class-resume-pin', inputmode: 'numeric', maxlength: 6, size: 8, autocomplete: 'off' });
  const msg = h('p', { class: 'warn', role: 'alert', id: 'class-resume-error' });
  const submit = async (e: Event) => {
    e.preventDefault();
    msg.textContent = '';
    try {
      const r = await fetch(`${where.server}/api/resume`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ team: team.value.trim(), pin: pin.value.trim() }),
        signal: AbortSignal.timeout(15_000),
      });
      const body = (await r.json()) as { ok?: boolean; team?: string; run?: string; reason?: string; reasonZh?: string };
      if (!r.ok || typeof body.run !== 'string' || typeof body.team !== 'string') {
        msg.textContent = t(l, 'class.resumeFailed', { reason: String((l === 'zh' ? body.reasonZh : body.reason) ?? r.status) });
        return;
      }
      const run = readRun(body.run);
      if (!run.ok) {
        msg.textContent = t(l, 'class.resumeFailed', { reason: describeProblem(run.problem, l) });
        return;
      }
      set(PIN_KEY(where.code, body.team), pin.value.trim());
      const err = start(
        body.team,
        run.claim.seed,
        run.claim.quarters.map((q) => q.d),
      );
      if (err) msg.textContent = t(l, 'class.resumeFailed', { reason: err });
    } catch (x) {
      msg.textContent = t(l, 'class.resumeFailed', { reason: x instanceof Error ? x.message : String(x) });
    }
  };
  return h(
    'section',
    { class: 'ws-resume', id: 'class-resume', 'aria-labelledby': 'class-resume-title' },
    h('h2', { id: 'class-resume-title' }, t(l, 'class.resumeTitle')),
    h(
      'form',
      {
        class: 'row wrap',
        onsubmit: (e: Event) => {
          void submit(e);
        },
      },
      h('label', { for: 'class-resume-team' }, t(l, 'class.resumeTeam')),
      team,
      h('label', { for: 'class-resume-pin' }, t(l, 'class.resumePin')),
      pin,
      h('button', { type: 'submit', id: 'class-resume-go' }, t(l, 'class.resumeGo')),
    ),
    msg,
  );
}
