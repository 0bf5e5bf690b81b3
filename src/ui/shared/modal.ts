// An accessible modal dialog: labelled, focus moved inside and kept there (Tab wraps), focus
// returned to where it was on close. Escape is left to the caller (cards use it to skip all).
import { h } from './dom';

export interface Modal {
  root: HTMLElement;
  body: HTMLElement;
  close(): void;
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

export function openModal(labelId: string, className: string, onKey?: (e: KeyboardEvent) => void): Modal {
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const body = h('div', { class: `modal ${className}`, role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': labelId, tabindex: '-1' });
  const root = h('div', { class: 'modal-backdrop' }, body);
  const keydown = (e: KeyboardEvent) => {
    if (e.key === 'Tab') {
      const items = [...body.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((x) => x.offsetParent !== null);
      if (items.length === 0) {
        e.preventDefault();
        return;
      }
      const first = items[0]!;
      const last = items[items.length - 1]!;
      if (e.shiftKey && (document.activeElement === first || document.activeElement === body)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
      return;
    }
    onKey?.(e);
  };
  root.addEventListener('keydown', keydown);
  document.body.append(root);
  return {
    root,
    body,
    close() {
      root.remove();
      if (before && before.isConnected) before.focus();
    },
  };
}
