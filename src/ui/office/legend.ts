// The team legend along the street: each role's figure badge, its name and how many are on staff, so a
// player can tell who is who in the office without relying on colour.
import type * as Phaser from 'phaser';
import type { Role } from '../../engine/index';
import { ROLES } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import { DEPTH } from './backdrop';
import { GROUND_Y, WORLD_W } from './layout';
import type { OfficeModel } from './model';
import { C, MIN_TEXT, textStyle } from './theme';
import type { TextFactory } from './text-factory';
import { squeeze } from './text-factory';

const TOP = GROUND_Y + 10;
const H = 80;
const FIRST_W = 134;

interface Entry {
  name: Phaser.GameObjects.Text;
  count: Phaser.GameObjects.Text;
  icon: Phaser.GameObjects.Image;
}

export class Legend {
  private readonly total: Phaser.GameObjects.Text;
  private readonly extra: Phaser.GameObjects.Text;
  private readonly entries = new Map<Role, Entry>();
  private readonly prev = new Map<Role, number>();
  private entryW = 100;

  constructor(
    private readonly scene: Phaser.Scene,
    tf: TextFactory,
  ) {
    const g = scene.add.graphics().setDepth(DEPTH.hud);
    g.fillStyle(C.panel, 1).fillRoundedRect(8, TOP, WORLD_W - 16, H, 10);
    scene.add
      .image(27, TOP + 16, 'icons', 'prop.people')
      .setDisplaySize(22, 22)
      .setDepth(DEPTH.hud);
    this.total = tf
      .text(42, TOP + 16, '', textStyle({ size: MIN_TEXT + 1, bold: true, color: C.panelText }))
      .setOrigin(0, 0.5)
      .setDepth(DEPTH.hud);
    // Under the icon too: "1 on the way" needs the block's whole width (two lines at most).
    this.extra = tf
      .text(14, TOP + 30, '', { ...textStyle({ size: MIN_TEXT, color: '#c9d1dc', wrap: FIRST_W - 12 }), lineSpacing: -4 })
      .setDepth(DEPTH.hud);
    const w = (WORLD_W - 16 - FIRST_W) / ROLES.length;
    this.entryW = w;
    ROLES.forEach((r, i) => {
      const x = 8 + FIRST_W + i * w;
      g.fillStyle(0xffffff, 0.12).fillRect(x, TOP + 8, 1, H - 16);
      // The count beside the badge, the name under both on up to two lines (long names wrap, not shrink).
      this.entries.set(r, {
        icon: scene.add
          .image(x + 17, TOP + 16, 'icons', `badge.${r}`)
          .setDisplaySize(22, 22)
          .setDepth(DEPTH.hud),
        name: tf
          .text(x + 6, TOP + 29, '', { ...textStyle({ size: MIN_TEXT, color: '#c9d1dc', wrap: w - 10 }), lineSpacing: -4 })
          .setDepth(DEPTH.hud),
        count: tf
          .text(x + 32, TOP + 16, '', textStyle({ size: MIN_TEXT + 1, bold: true, color: C.panelText }))
          .setOrigin(0, 0.5)
          .setDepth(DEPTH.hud),
      });
    });
  }

  render(m: OfficeModel, overflow: number, lang: Lang, animate: boolean): void {
    const staff = m.staff;
    this.total.setText(t(lang, 'office.headcount', { n: m.headcount }));
    const extra: string[] = [];
    if (m.arrivingTotal > 0) extra.push(t(lang, 'office.arriving', { n: m.arrivingTotal }));
    if (overflow > 0) extra.push(t(lang, 'office.overflow', { n: overflow }));
    this.extra.setText(extra.join(' · '));
    squeeze(this.total, FIRST_W - 40);
    // One scale for all names, so no role's label looks smaller than another's; names wrap onto two
    // lines first, and only a name that still does not fit shrinks them all.
    let k = 1;
    for (const r of ROLES) {
      const e = this.entries.get(r)!;
      // Wrapped at spaces only, never inside a word: Chinese names carry their own line break between
      // words (机器学习 / 工程师), never 机器学习工 / 程师.
      e.name
        .setScale(1)
        .setWordWrapWidth(this.entryW - 10, false)
        .setText(t(lang, `office.role.${r}`));
      k = Math.min(k, (this.entryW - 8) / e.name.width, (H - 30) / e.name.height);
    }
    for (const r of ROLES) {
      const e = this.entries.get(r)!;
      e.name.setScale(k);
      e.count.setText(String(staff[r]));
      const before = this.prev.get(r);
      if (animate && before !== undefined && before !== staff[r]) {
        this.scene.tweens.add({ targets: e.icon, displayWidth: 34, displayHeight: 34, duration: 180, yoyo: true, repeat: 1 });
      }
      this.prev.set(r, staff[r]);
    }
  }
}
