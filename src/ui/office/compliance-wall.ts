// The lobby's compliance wall: one plaque per programme (§1.14, §1.19). A funded programme shows its
// icon in full with a check badge and a solid frame; an unfunded one is faded with a dashed frame.
import type * as Phaser from 'phaser';
import type { Programme } from '../../engine/ids';
import { PROGRAMMES } from '../../engine/ids';
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import { DEPTH } from './backdrop';
import { GROUND_FLOOR_TOP, LOBBY } from './layout';
import { C, textStyle } from './theme';
import type { TextFactory } from './text-factory';
import { squeeze } from './text-factory';

const PW = 54;
const PH = 46;

interface Plaque { icon: Phaser.GameObjects.Image; check: Phaser.GameObjects.Image; label: Phaser.GameObjects.Text; x: number; y: number }

export class ComplianceWall {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly plaques = new Map<Programme, Plaque>();
  private on: Record<Programme, boolean> | null = null;

  constructor(private readonly scene: Phaser.Scene, tf: TextFactory) {
    this.g = scene.add.graphics().setDepth(DEPTH.room);
    scene.add.image(LOBBY.left + 16, GROUND_FLOOR_TOP + 16, 'icons', 'prop.shield').setDisplaySize(20, 20).setDepth(DEPTH.room);
    this.title = tf.text(LOBBY.left + 30, GROUND_FLOOR_TOP + 6, '', textStyle({ size: 13, bold: true })).setDepth(DEPTH.room);
    PROGRAMMES.forEach((p, i) => {
      const x = LOBBY.left + 6 + (i % 3) * (PW + 3);
      const y = GROUND_FLOOR_TOP + 30 + Math.floor(i / 3) * (PH + 4);
      const icon = scene.add.image(x + PW / 2, y + 15, 'icons', `prog.${p}`).setDisplaySize(22, 22).setDepth(DEPTH.room);
      const check = scene.add.image(x + PW - 8, y + 8, 'icons', 'prop.check').setDisplaySize(13, 13).setDepth(DEPTH.room);
      const label = tf.text(x + PW / 2, y + 34, '', textStyle({ size: 11 })).setOrigin(0.5).setDepth(DEPTH.room);
      this.plaques.set(p, { icon, check, label, x, y });
    });
  }

  render(on: Record<Programme, boolean>, lang: Lang, animate: boolean): void {
    this.title.setText(t(lang, 'office.compliance'));
    const g = this.g;
    g.clear();
    for (const p of PROGRAMMES) {
      const pl = this.plaques.get(p)!;
      const funded = on[p];
      squeeze(pl.label.setText(t(lang, `office.prog.${p}`)).setColor(funded ? C.ink : C.dim), PW - 4);
      pl.icon.setAlpha(funded ? 1 : 0.28);
      pl.check.setVisible(funded);
      if (funded) {
        g.fillStyle(C.card, 1).fillRoundedRect(pl.x, pl.y, PW, PH, 5);
        g.lineStyle(2, C.wallOuter, 1).strokeRoundedRect(pl.x, pl.y, PW, PH, 5);
      } else dashedRect(g, pl.x, pl.y, PW, PH);
      if (animate && this.on && funded && !this.on[p]) {
        this.scene.tweens.add({ targets: pl.icon, displayWidth: 32, displayHeight: 32, duration: 200, yoyo: true, ease: 'Quad.easeOut' });
        const s = this.scene.add.image(pl.x + PW / 2, pl.y, 'icons', 'emote.sparkles').setDisplaySize(22, 22).setDepth(DEPTH.fx);
        this.scene.tweens.add({ targets: s, y: pl.y - 24, alpha: 0, duration: 1100, onComplete: () => s.destroy() });
      }
    }
    this.on = { ...on };
  }
}

function dashedRect(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number): void {
  g.lineStyle(1.5, 0x8891a3, 1);
  const dash = 5;
  for (let i = 0; i < w; i += dash * 2) g.lineBetween(x + i, y, x + Math.min(w, i + dash), y).lineBetween(x + i, y + h, x + Math.min(w, i + dash), y + h);
  for (let i = 0; i < h; i += dash * 2) g.lineBetween(x, y + i, x, y + Math.min(h, i + dash)).lineBetween(x + w, y + i, x + w, y + Math.min(h, i + dash));
}
