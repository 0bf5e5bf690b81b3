// Test page for the shared dialog (test/e2e/modal.test.ts): exposes openModal on window.__modal and
// counts the keys that reach a document-level listener (the game's and the guide's shortcuts sit there).
import { h } from '../../src/ui/shared/dom';
import { modalOpen, openModal } from '../../src/ui/shared/modal';

const log: string[] = [];
document.addEventListener('keydown', (e) => log.push(`document:${e.key}`));

/** Opens dialog `name` with two buttons; Escape closes it and is logged as `name:Escape`. */
function open(name: string): void {
  const m = openModal(`${name}-title`, name, (e) => {
    log.push(`${name}:${e.key}`);
    if (e.key === 'Escape') {
      e.preventDefault();
      m.close();
    }
  });
  const first = h('button', { type: 'button', id: `${name}-a` }, 'A');
  m.body.append(h('h2', { id: `${name}-title` }, name), first, h('button', { type: 'button', id: `${name}-b` }, 'B'));
  first.focus();
}

declare global {
  interface Window {
    __modal: { open(name: string): void; isOpen(): boolean; log: string[] };
  }
}
window.__modal = { open, isOpen: modalOpen, log };
