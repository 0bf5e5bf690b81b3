// A small corner control on every workshop game (playing and game over): the run as a share code
// to hand in at any time (the header's Export gives the file). Text only.
import { encodeShareCode } from '../../replay/share-code';
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import type { Session } from '../../session/session';
import { fill, h } from '../shared/dom';

export function workshopBar(session: Session, lang: () => Lang, isCurrent: () => boolean, root: HTMLElement): () => void {
  const bar = h('aside', { class: 'ws-bar', id: 'ws-bar', 'aria-label': t(lang(), 'workshop.ui.barLabel') });
  // The live class's hand-in line (src/class/client.ts) lives here, kept across renders.
  const slot = h('span', { id: 'ws-class-slot' });
  let shown = '';
  const render = () => {
    const l = lang();
    const s = session.state;
    const q = Math.min(s.quarter + 1, session.scenario.quarters.v);
    const code = h('textarea', { id: 'ws-run-code', readonly: true, rows: 2, hidden: shown === '' }, shown);
    // The header already names the workshop, team and quarter; here they are the button's tooltip.
    bar.title = `${session.meta.workshop ?? ''} · ${session.meta.team ?? ''} · Q${q} / ${session.scenario.quarters.v}`;
    fill(
      bar,
      h(
        'button',
        {
          type: 'button',
          class: 'small',
          id: 'ws-copy-run',
          onclick: () => {
            shown = encodeShareCode(session.toReplay());
            void navigator.clipboard?.writeText(shown).catch(() => undefined);
            render();
            (document.getElementById('ws-run-code') as HTMLTextAreaElement | null)?.select();
          },
        },
        t(l, 'workshop.ui.copyRunCode'),
      ),
      code,
      slot,
    );
  };
  const off = session.subscribe(() => {
    shown = '';
    render();
  });
  // Leaving the game (title, another route) removes the bar.
  const obs = new MutationObserver(() => {
    if (!isCurrent()) stop();
  });
  const stop = () => {
    off();
    obs.disconnect();
    bar.remove();
  };
  obs.observe(root, { childList: true });
  render();
  document.body.append(bar);
  return stop;
}
