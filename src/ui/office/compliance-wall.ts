// The lobby's compliance wall: one plaque per programme (§1.14, §1.19), a row each with its icon and
// name. A funded programme shows its icon in full with a check badge and a solid frame; an unfunded
// one is faded, unframed and unchecked.
import type * as Phaser from 'phaser';
import type { Programme } from '../../engine/index';
import { PROGRAMMES } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import { DEPTH } from './backdrop';
import { GROUND_FLOOR_TOP, LOBBY } from './layout';
import { C, MIN_TEXT, textStyle } from './theme';
import type { TextFactory } from './text-factory';
import { squeeze } from './text-factory';

// One row per plaque: names in MIN_TEXT need the lobby's width, so plaques stack rather than tile.
const PW = LOBBY.right - LOBBY.left - 12;
const PH = 24;
const ROW = 25;

interface Plaque {
  icon: Phaser.GameObjects.Image;
  check: Phaser.GameObjects.Image;
  label: Phaser.GameObjects.Text;
  x: number;
  y: number;
}

export class ComplianceWall {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly plaques = new Map<Programme, Plaque>();
  private on: Record<Programme, boolean> | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    tf: TextFactory,
  ) {
    this.g = scene.add.graphics().setDepth(DEPTH.room);
    scene.add
      .image(LOBBY.left + 16, GROUND_FLOOR_TOP + 16, 'icons', 'prop.shield')
      .setDisplaySize(20, 20)
      .setDepth(DEPTH.room);
    this.title = tf.text(LOBBY.left + 30, GROUND_FLOOR_TOP + 5, '', textStyle({ size: MIN_TEXT, bold: true })).setDepth(DEPTH.room);
    PROGRAMMES.forEach((p, i) => {
      const x = LOBBY.left + 6;
      const y = GROUND_FLOOR_TOP + 32 + i * ROW;
      const icon = scene.add
        .image(x + 13, y + PH / 2, 'icons', `prog.${p}`)
        .setDisplaySize(18, 18)
        .setDepth(DEPTH.room);
      const check = scene.add
        .image(x + PW - 11, y + PH / 2, 'icons', 'prop.check')
        .setDisplaySize(15, 15)
        .setDepth(DEPTH.room);
      const label = tf
        .text(x + 26, y + PH / 2, '', textStyle({ size: MIN_TEXT }))
        .setOrigin(0, 0.5)
        .setDepth(DEPTH.room);
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
      squeeze(pl.label.setText(t(lang, `office.prog.${p}`)).setColor(funded ? C.ink : C.dim), PW - 48);
      pl.icon.setAlpha(funded ? 1 : 0.28);
      pl.check.setVisible(funded);
      // Rows sit close: a dashed frame round every unfunded one would crowd the names.
      if (funded) {
        g.fillStyle(C.card, 1).fillRoundedRect(pl.x, pl.y, PW, PH, 4);
        g.lineStyle(2, C.wallOuter, 1).strokeRoundedRect(pl.x, pl.y, PW, PH, 4);
      }
      if (animate && this.on && funded && !this.on[p]) {
        this.scene.tweens.add({ targets: pl.icon, displayWidth: 28, displayHeight: 28, duration: 200, yoyo: true, ease: 'Quad.easeOut' });
        const s = this.scene.add
          .image(pl.x + 13, pl.y, 'icons', 'emote.sparkles')
          .setDisplaySize(22, 22)
          .setDepth(DEPTH.fx);
        this.scene.tweens.add({ targets: s, y: pl.y - 24, alpha: 0, duration: 1100, onComplete: () => s.destroy() });
      }
    }
    this.on = { ...on };
  }
}
