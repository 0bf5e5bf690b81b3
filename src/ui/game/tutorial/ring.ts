// Highlight rings: a thick two-tone outline around a target and a label with an arrow pointing at it
// (shape and words, not colour alone). Fixed-position and click-through, so they never get in the
// player's way; the coach repositions them every frame as panels re-render and scroll.
import { h } from '../../shared/dom';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a target is: its box, clipped to the scrolling panel or dialog it sits in, or which way it
 *  lies when scrolled out of that panel. */
export interface Place {
  box: Box | null;
  off: 'above' | 'below' | null;
  clip: Box | null;
}

export function placeOf(els: Element[]): Place {
  let b: Box | null = null;
  for (const el of els) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    b = b
      ? {
          left: Math.min(b.left, r.left),
          top: Math.min(b.top, r.top),
          right: Math.max(b.right, r.right),
          bottom: Math.max(b.bottom, r.bottom),
        }
      : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }
  const host = els[0]?.parentElement?.closest('.panel-host, .modal, .quarter-bar');
  if (!b || !host) return { box: b, off: null, clip: null };
  const c = host.getBoundingClientRect();
  const clip = { left: c.left, top: c.top, right: c.right, bottom: c.bottom };
  const box = {
    left: Math.max(b.left, c.left),
    top: Math.max(b.top, c.top),
    right: Math.min(b.right, c.right),
    bottom: Math.min(b.bottom, c.bottom),
  };
  if (box.bottom - box.top >= 24) return { box, off: null, clip };
  return { box: null, off: b.top >= c.bottom - 24 ? 'below' : 'above', clip };
}

/** How the label is placed: 'left' beside the target (the stage next to the side panel is free
 *  space), 'below-left' under the target ending at its left edge, else above or below it. */
export type Side = 'left' | 'below-left';

const PAD = 8;
const GAP = 6;

export interface RingView {
  place: Place;
  label: string;
  side?: Side;
}

export class Rings {
  private readonly views: { box: HTMLElement; label: HTMLElement; key: string }[] = [];

  /** Shows one ring per entry (a target not on screen shows no ring, or an arrow to scroll to it). */
  show(rings: RingView[]): void {
    while (this.views.length < rings.length) {
      const box = h('div', { class: 'coach-ring', 'aria-hidden': 'true' });
      const label = h('div', { class: 'coach-ring-label', 'aria-hidden': 'true' });
      document.body.append(box, label);
      this.views.push({ box, label, key: '' });
    }
    this.views.forEach((v, i) => {
      const r = rings[i];
      const key = r ? JSON.stringify([r.place, r.label, r.side, innerWidth, innerHeight]) : '';
      if (key === v.key) return;
      v.key = key;
      v.box.hidden = !r?.place.box;
      v.label.hidden = !r || (!r.place.box && !r.place.off);
      if (r) this.place(v, r);
    });
  }

  private place(v: { box: HTMLElement; label: HTMLElement }, r: RingView): void {
    const b = r.place.box;
    const at = (x: number, y: number) =>
      Object.assign(v.label.style, {
        left: `${Math.max(4, Math.min(innerWidth - v.label.offsetWidth - 4, x))}px`,
        top: `${Math.max(4, Math.min(innerHeight - v.label.offsetHeight - 4, y))}px`,
      });
    if (!b) {
      const c = r.place.clip;
      if (!c) return;
      v.label.textContent = r.label;
      at((c.left + c.right - v.label.offsetWidth) / 2, r.place.off === 'below' ? c.bottom - v.label.offsetHeight - GAP : c.top + GAP);
      return;
    }
    const left = b.left - PAD,
      top = b.top - PAD,
      width = b.right - b.left + 2 * PAD,
      height = b.bottom - b.top + 2 * PAD;
    Object.assign(v.box.style, { left: `${left}px`, top: `${top}px`, width: `${width}px`, height: `${height}px` });
    if (r.side === 'left') {
      v.label.textContent = `${r.label} ▶`;
      const lx = left - GAP - v.label.offsetWidth;
      if (lx >= 4) {
        at(lx, top + height / 2 - v.label.offsetHeight / 2);
        return;
      }
    }
    if (r.side === 'below-left') {
      v.label.textContent = `${r.label} ◥`;
      const lx = left - GAP / 2 - v.label.offsetWidth;
      if (lx >= 4) {
        at(lx, top + height + GAP / 2);
        return;
      }
    }
    v.label.textContent = `▼ ${r.label}`;
    const lh = v.label.offsetHeight;
    let ly = top - lh - GAP;
    if (ly < 0) {
      v.label.textContent = `▲ ${r.label}`;
      ly = top + height + GAP + lh <= innerHeight ? top + height + GAP : top + GAP;
    }
    at(left, ly);
  }

  destroy(): void {
    for (const v of this.views) {
      v.box.remove();
      v.label.remove();
    }
    this.views.length = 0;
  }
}
