// An accessible modal dialog: labelled, focus moved inside and kept there (Tab wraps), focus
// returned to where it was on close. Escape is left to the caller (cards use it to skip all).
//
// While a dialog is open it owns the keyboard, wherever focus happens to be: a key pressed in the
// dialog goes to its handler and no further (the game's and the guide's document shortcuts never see
// it); a key whose target is outside the topmost dialog (focus left on the page behind, or on body
// after the element that had it was redrawn) is taken by a capture-phase listener on the document
// before anything behind the dialog sees it, handed to the topmost dialog's handler, and focus goes
// back into that dialog. With dialogs stacked, only the topmost one reacts.
import { h } from './dom';

export interface Modal {
  root: HTMLElement;
  body: HTMLElement;
  close(): void;
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Keys whose default action would act on the focused element or scroll the page behind. */
const ACTING = new Set([
  'Enter',
  ' ',
  'Escape',
  'Tab',
  'Backspace',
  'Delete',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

interface Open {
  body: HTMLElement;
  /** Tab trap, then the caller's handler. */
  key(e: KeyboardEvent): void;
  /** Moves focus back into the dialog (the element last focused there, else the dialog itself). */
  refocus(): void;
}

/** Open dialogs, oldest first: the last one is on top. */
const stack: Open[] = [];

/** True while any dialog is open (document-level shortcuts stand down). */
export function modalOpen(): boolean {
  return stack.length > 0;
}

/** Document, capture phase: runs before any listener on the page. A key aimed inside the topmost
 *  dialog goes on to it (its bubbling listener handles it); any other key is the topmost dialog's. */
function capture(e: KeyboardEvent): void {
  const top = stack[stack.length - 1];
  if (!top || (e.target instanceof Node && top.body.contains(e.target))) return;
  e.stopPropagation();
  if (e.key === 'Tab') {
    e.preventDefault();
    const items = focusables(top.body);
    (e.shiftKey ? items[items.length - 1] : items[0])?.focus();
    if (!top.body.contains(document.activeElement)) top.body.focus();
    return;
  }
  // Nothing behind the dialog acts on the key (no button clicks, no field takes the character).
  if (!e.ctrlKey && !e.metaKey && !e.altKey && (e.key.length === 1 || ACTING.has(e.key))) e.preventDefault();
  top.key(e);
  if (stack[stack.length - 1] === top) top.refocus();
}

function focusables(body: HTMLElement): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((x) => x.offsetParent !== null);
}

export function openModal(labelId: string, className: string, onKey?: (e: KeyboardEvent) => void): Modal {
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const body = h('div', { class: `modal ${className}`, role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': labelId, tabindex: '-1' });
  const root = h('div', { class: 'modal-backdrop' }, body);
  let lastFocused: HTMLElement | null = null;
  body.addEventListener('focusin', (e) => {
    if (e.target instanceof HTMLElement) lastFocused = e.target;
  });
  const key = (e: KeyboardEvent) => {
    if (e.key === 'Tab') {
      const items = focusables(body);
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
  const open: Open = {
    body,
    key,
    refocus() {
      if (body.contains(document.activeElement)) return;
      if (lastFocused && body.contains(lastFocused) && lastFocused.offsetParent !== null) lastFocused.focus();
      else body.focus();
    },
  };
  // A key aimed inside this dialog: handled here, and it goes no further up (document listeners are
  // the page's shortcuts). Content inside the dialog that stops the key first keeps it to itself.
  body.addEventListener('keydown', (e) => {
    key(e);
    e.stopPropagation();
  });
  if (stack.length === 0) document.addEventListener('keydown', capture, true);
  stack.push(open);
  document.body.append(root);
  let closed = false;
  return {
    root,
    body,
    close() {
      if (closed) return;
      closed = true;
      const at = stack.indexOf(open);
      if (at >= 0) stack.splice(at, 1);
      if (stack.length === 0) document.removeEventListener('keydown', capture, true);
      root.remove();
      if (before && before.isConnected) before.focus();
    },
  };
}
