// "Load a replay file / paste a code": a dialog that reads a replay file or a share code (via the
// replay module's reader), verifies it against the matching scenario, and rebuilds the run.
import type { Action, Scenario } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import { describeProblem, readReplayInput, verifyReplay } from '../../replay/index';
import type { Catalog } from '../title/catalog';
import { h } from '../shared/dom';
import { openModal } from '../shared/modal';

export interface LoadedReplay {
  scenario: Scenario;
  hash: string;
  seed: string;
  log: Action[][];
  meta: { workshop?: string; team?: string };
  customText?: string;
}

/** Reads, finds the scenario, verifies. Never throws; the error is in the player's language. */
function loadReplayText(lang: Lang, catalog: Catalog, text: string): { ok: true; run: LoadedReplay } | { ok: false; message: string } {
  const r = readReplayInput(text);
  if (!r.ok) return { ok: false, message: describeProblem(r.error, lang) };
  const claim = r.claim;
  const entry =
    catalog.entries.find((e) => e.id === claim.scenario.id && claim.scenario.hash.length >= 16 && e.hash.startsWith(claim.scenario.hash)) ??
    catalog.entries.find((e) => e.id === claim.scenario.id);
  if (!entry)
    return {
      ok: false,
      message: t(lang, 'loadReplay.unknownScenario', { id: claim.scenario.id, known: catalog.entries.map((e) => e.id).join(', ') }),
    };
  const v = verifyReplay(claim, { scenario: entry.scenario, hash: entry.hash });
  if (v.status !== 'verified') return { ok: false, message: describeProblem(v.problem, lang) };
  const meta: LoadedReplay['meta'] = {};
  if (v.replay.meta.workshop) meta.workshop = v.replay.meta.workshop;
  if (v.replay.meta.team) meta.team = v.replay.meta.team;
  const run: LoadedReplay = {
    scenario: entry.scenario,
    hash: entry.hash,
    seed: v.replay.seed,
    log: v.replay.quarters.map((q) => q.d),
    meta,
  };
  if (entry.customText !== undefined) run.customText = entry.customText;
  return { ok: true, run };
}

/** `initial`: text to load straight away (a replay link the page was opened with). `onWatch`: open
 *  the text in the replay viewer; returns null when it opened, else the verdict to show here. */
export function openReplayDialog(
  lang: Lang,
  catalog: Catalog,
  onLoaded: (run: LoadedReplay) => void,
  initial?: string,
  onWatch?: (text: string) => HTMLElement | null,
): void {
  const modal = openModal('replay-title', 'replay-dialog', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      modal.close();
    }
  });
  const area = h('textarea', { id: 'replay-text', rows: 8, spellcheck: 'false', 'aria-describedby': 'replay-help' });
  const msg = h('p', { class: 'warn', role: 'alert', id: 'replay-error' });
  const verdict = h('div', { class: 'verdict-slot' });
  const load = (text: string) => {
    verdict.replaceChildren();
    const r = loadReplayText(lang, catalog, text);
    if (!r.ok) {
      msg.textContent = `⚠ ${r.message}`;
      return;
    }
    modal.close();
    onLoaded(r.run);
  };
  const watch = (text: string) => {
    msg.textContent = '';
    const bad = onWatch!(text);
    if (!bad) {
      modal.close();
      return;
    }
    verdict.replaceChildren(bad);
  };
  const open = onWatch ? watch : load;
  const file = h('input', { type: 'file', id: 'replay-file', accept: '.json,.txt,application/json', class: 'file' });
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    if (f.size > 4_000_000) {
      msg.textContent = `⚠ ${t(lang, 'title.fileTooBig', { size: f.size })}`;
      return;
    }
    open(await f.text());
  });
  modal.body.append(
    h('h2', { id: 'replay-title' }, t(lang, 'loadReplay.title')),
    h('p', { id: 'replay-help', class: 'muted' }, t(lang, 'loadReplay.help')),
    h('div', { class: 'field' }, h('label', { for: 'replay-file' }, t(lang, 'loadReplay.file')), file),
    h('div', { class: 'field' }, h('label', { for: 'replay-text' }, t(lang, 'loadReplay.paste')), area),
    msg,
    verdict,
    h(
      'div',
      { class: 'row end' },
      h('button', { type: 'button', id: 'replay-cancel', onclick: () => modal.close() }, t(lang, 'ui.cancel')),
      h(
        'button',
        { type: 'button', class: onWatch ? '' : 'primary', id: 'replay-load', onclick: () => load(area.value) },
        onWatch ? t(lang, 'rv.continuePlaying') : t(lang, 'loadReplay.load'),
      ),
      onWatch
        ? h('button', { type: 'button', class: 'primary', id: 'replay-watch', onclick: () => watch(area.value) }, t(lang, 'rv.watch'))
        : null,
    ),
  );
  area.focus();
  if (initial !== undefined) {
    area.value = initial;
    open(initial);
  }
}

/** A dialog showing this run's share link and code, each with its own Copy: the link alone pastes
 *  into an address bar, the code alone into a workshop form. */
export function openShareDialog(lang: Lang, code: string, link: string): void {
  const modal = openModal('share-title', 'share-dialog', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      modal.close();
    }
  });
  const status = h('p', { role: 'status', class: 'muted', id: 'share-status' });
  const field = (id: string, label: string, value: string, rows: number) => {
    const box = h('textarea', { id, rows, readonly: true, spellcheck: 'false', 'aria-describedby': 'share-help' });
    box.value = value;
    const copy = h(
      'button',
      {
        type: 'button',
        id: `${id}-copy`,
        'aria-label': `${t(lang, 'share.copy')}: ${label}`,
        onclick: () => {
          box.focus();
          box.select();
          navigator.clipboard?.writeText(value).then(
            () => {
              status.textContent = t(lang, 'share.copied');
            },
            () => {
              status.textContent = t(lang, 'share.selectHint');
            },
          );
        },
      },
      t(lang, 'share.copy'),
    );
    return { box, el: h('div', { class: 'field share-field' }, h('label', { for: id }, label), box, h('div', { class: 'row' }, copy)) };
  };
  const linkField = field('share-link', t(lang, 'share.link'), link, 3);
  const codeField = field('share-code', t(lang, 'share.code'), code, 3);
  modal.body.append(
    h('h2', { id: 'share-title' }, t(lang, 'share.title')),
    h('p', { id: 'share-help', class: 'muted' }, t(lang, 'share.help')),
    linkField.el,
    codeField.el,
    status,
    h(
      'div',
      { class: 'row end' },
      h('button', { type: 'button', class: 'primary', id: 'share-close', onclick: () => modal.close() }, t(lang, 'share.close')),
    ),
  );
  linkField.box.focus();
  linkField.box.select();
}
