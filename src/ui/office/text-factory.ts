// Creates every Phaser text of the office at the current raster resolution and re-rasterises them
// all when the zoom changes (a projector), so Chinese glyphs stay sharp at any size.
import type * as Phaser from 'phaser';

export class TextFactory {
  private readonly all: Phaser.GameObjects.Text[] = [];
  private res = 2;

  constructor(private readonly scene: Phaser.Scene) {}

  text(x: number, y: number, s: string, style: Record<string, unknown>): Phaser.GameObjects.Text {
    const tx = this.scene.add.text(x, y, s, style as Phaser.Types.GameObjects.Text.TextStyle).setResolution(this.res);
    this.all.push(tx);
    tx.once('destroy', () => {
      const i = this.all.indexOf(tx);
      if (i >= 0) this.all.splice(i, 1);
    });
    return tx;
  }

  setResolution(r: number): void {
    if (r === this.res) return;
    this.res = r;
    for (const tx of this.all) tx.setResolution(r);
  }
}

/**
 * Sets untrusted or long text on one line within `maxWidth` (scenario names may be long or hold line
 * breaks): whitespace runs become one space and the end is cut with an ellipsis if needed.
 */
export function setFitted(tx: Phaser.GameObjects.Text, s: string, maxWidth: number): void {
  const flat = s.replace(/\s+/g, ' ').trim().slice(0, 200);
  tx.setText(flat);
  if (tx.width <= maxWidth) return;
  const chars = [...flat];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    tx.setText(`${chars.slice(0, mid).join('')}…`);
    if (tx.width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  tx.setText(`${chars.slice(0, lo).join('')}…`);
}

/** Shrinks a one-line label uniformly so it fits `maxWidth` (short labels in narrow plaques). */
export function squeeze(tx: Phaser.GameObjects.Text, maxWidth: number): Phaser.GameObjects.Text {
  tx.setScale(1);
  if (tx.width > maxWidth) tx.setScale(maxWidth / tx.width);
  return tx;
}
