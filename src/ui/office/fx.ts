// One-off effects that make consequences visible: a warning or sparkles over the roof when an event
// fires (bad or good: different icons, not just colours), and the end-of-game sign.
import type * as Phaser from 'phaser';
import type { EngineEvent } from '../../engine/events-types';
import type { Scenario } from '../../engine/scenario-schema';
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import { DEPTH } from './backdrop';
import { BUILDING, GROUND_Y, SHAFT, WORLD_H, WORLD_W } from './layout';
import type { OfficeModel } from './model';
import { textStyle } from './theme';
import type { TextFactory } from './text-factory';

export class Fx {
  private readonly shade: Phaser.GameObjects.Graphics;
  private readonly endIcon: Phaser.GameObjects.Image;
  private readonly endText: Phaser.GameObjects.Text;

  constructor(private readonly scene: Phaser.Scene, tf: TextFactory, private readonly scenario: Scenario) {
    this.shade = scene.add.graphics().setDepth(DEPTH.fx).setVisible(false);
    this.shade.fillStyle(0x1b2230, 0.35).fillRect(-2000, -1200, WORLD_W + 4000, WORLD_H + 2400);
    this.endIcon = scene.add.image(WORLD_W / 2, WORLD_H / 2 - 40, 'icons', 'prop.stop').setDisplaySize(64, 64).setDepth(DEPTH.fx).setVisible(false);
    this.endText = tf.text(WORLD_W / 2, WORLD_H / 2 + 20, '', textStyle({ size: 30, bold: true, color: '#ffffff', stroke: '#263040' }))
      .setOrigin(0.5).setDepth(DEPTH.fx).setVisible(false);
  }

  /** Plays what the engine reported: each fired event gets an icon burst over the building. */
  events(events: readonly EngineEvent[], roofY: number): void {
    let k = 0;
    for (const e of events) {
      if (e.type !== 'check' || !e.check.fired) continue;
      const def = this.scenario.events.find((d) => d.id === e.check.id);
      const good = def ? def.good : false;
      const x = BUILDING.left + 120 + ((k * 157) % (BUILDING.right - BUILDING.left - 240));
      const icon = this.scene.add.image(x, roofY - 10, 'icons', good ? 'emote.sparkles' : 'prop.warning').setDisplaySize(6, 6).setDepth(DEPTH.fx);
      this.scene.tweens.chain({
        tweens: [
          { targets: icon, displayWidth: 40, displayHeight: 40, delay: k * 350, duration: 260, ease: 'Back.easeOut' },
          { targets: icon, y: roofY - 60, alpha: 0, delay: 1400, duration: 700, onComplete: () => icon.destroy() },
        ],
      });
      k++;
    }
  }

  /** Game over: bankrupt closes the door with a stop sign; a finished game shows a trophy. */
  status(m: OfficeModel, lang: Lang): void {
    const over = m.status !== 'playing';
    this.shade.setVisible(m.status === 'bankrupt');
    this.endIcon.setVisible(over).setFrame(m.status === 'bankrupt' ? 'prop.stop' : 'prop.trophy');
    this.endText.setVisible(over).setText(m.status === 'bankrupt' ? t(lang, 'office.bankrupt') : t(lang, 'office.finished'));
    if (m.status === 'bankrupt') this.endIcon.setPosition((SHAFT.left + SHAFT.right) / 2, GROUND_Y - 90).setDisplaySize(44, 44);
    else this.endIcon.setPosition(WORLD_W / 2, WORLD_H / 2 - 40).setDisplaySize(64, 64);
    this.endText.setPosition(WORLD_W / 2 - 100, WORLD_H / 2 - 60);
  }
}
