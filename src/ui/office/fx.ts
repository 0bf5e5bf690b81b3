// One-off effects that make consequences visible: a warning or sparkles over the roof when an event
// fires (bad or good: different icons, not just colours), and the end-of-game sign.
import type * as Phaser from 'phaser';
import type { EngineEvent, Scenario } from '../../engine/index';
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
  private readonly doorSign: Phaser.GameObjects.Image;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly tf: TextFactory,
    private readonly scenario: Scenario,
  ) {
    // Under the HUD: the legend and status card stay readable after the end.
    this.shade = scene.add
      .graphics()
      .setDepth(DEPTH.emote + 1)
      .setVisible(false);
    this.shade.fillStyle(0x1b2230, 0.35).fillRect(-2000, -1200, WORLD_W + 4000, WORLD_H + 2400);
    this.endIcon = scene.add
      .image(0, 0, 'icons', 'prop.stop')
      .setDepth(DEPTH.fx + 1)
      .setVisible(false);
    this.endText = tf
      .text(0, 0, '', textStyle({ size: 28, bold: true, color: '#ffffff' }))
      .setOrigin(0, 0.5)
      .setDepth(DEPTH.fx)
      .setVisible(false)
      .setBackgroundColor('#263040')
      .setPadding(64, 12, 20, 12);
    this.doorSign = scene.add
      .image((SHAFT.left + SHAFT.right) / 2, GROUND_Y - 90, 'icons', 'prop.stop')
      .setDisplaySize(40, 40)
      .setDepth(DEPTH.fx)
      .setVisible(false);
  }

  /** Plays what the engine reported: each fired event gets an icon burst over the building. */
  events(events: readonly EngineEvent[], roofY: number): void {
    let k = 0;
    for (const e of events) {
      if (e.type !== 'check' || !e.check.fired) continue;
      const def = this.scenario.events.find((d) => d.id === e.check.id);
      const good = def ? def.good : false;
      const x = BUILDING.left + 120 + ((k * 157) % (BUILDING.right - BUILDING.left - 240));
      const icon = this.scene.add
        .image(x, roofY - 10, 'icons', good ? 'emote.sparkles' : 'prop.warning')
        .setDisplaySize(6, 6)
        .setDepth(DEPTH.fx);
      this.scene.tweens.chain({
        tweens: [
          { targets: icon, displayWidth: 40, displayHeight: 40, delay: k * 350, duration: 260, ease: 'Back.easeOut' },
          { targets: icon, y: roofY - 60, alpha: 0, delay: 1400, duration: 700, onComplete: () => icon.destroy() },
        ],
      });
      k++;
    }
  }

  /** A milestone a player should notice (a round closed, the first customer, a fine): a banner
   *  over the building that rises and fades; the k-th of a quarter's milestones waits its turn. */
  milestone(text: string, good: boolean, k: number, roofY: number): void {
    const banner = this.tf
      .text((BUILDING.left + BUILDING.right) / 2, roofY - 40, text, textStyle({ size: 24, bold: true, color: '#ffffff' }))
      .setOrigin(0.5)
      .setDepth(DEPTH.fx)
      .setBackgroundColor(good ? '#1d6b3a' : '#8a2b12')
      .setPadding(14, 8, 14, 8)
      .setAlpha(0);
    this.scene.tweens.chain({
      tweens: [
        { targets: banner, alpha: 1, y: roofY - 70, delay: k * 1600, duration: 300, ease: 'Back.easeOut' },
        { targets: banner, alpha: 0, y: roofY - 110, delay: 2200, duration: 600, onComplete: () => banner.destroy() },
      ],
    });
  }

  /** Game over: bankrupt closes the door with a stop sign; a finished game shows a trophy. */
  status(m: OfficeModel, lang: Lang): void {
    const over = m.status !== 'playing';
    this.shade.setVisible(m.status === 'bankrupt');
    this.endIcon.setVisible(over).setFrame(m.status === 'bankrupt' ? 'prop.stop' : 'prop.trophy');
    this.endText.setVisible(over).setText(m.status === 'bankrupt' ? t(lang, 'office.bankrupt') : t(lang, 'office.finished'));
    // A dark board in the middle of the sky, its icon (stop sign or trophy) inside on the left.
    const x = (BUILDING.left + BUILDING.right) / 2 - this.endText.width / 2;
    const y = 250;
    this.endText.setPosition(x, y);
    this.endIcon.setPosition(x + 34, y).setDisplaySize(40, 40);
    this.doorSign.setVisible(m.status === 'bankrupt');
  }
}
