// The team legend along the street: each role's figure badge, its name and how many are on staff, so a
// player can tell who is who in the office without relying on colour.
import type * as Phaser from 'phaser';
import type { Role } from '../../engine/ids';
import { ROLES } from '../../engine/ids';
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import { DEPTH } from './backdrop';
import { GROUND_Y, WORLD_W } from './layout';
import type { OfficeModel } from './model';
import { C, textStyle } from './theme';
import type { TextFactory } from './text-factory';
import { squeeze } from './text-factory';

const TOP = GROUND_Y + 12;
const H = 50;
const FIRST_W = 108;

interface Entry { name: Phaser.GameObjects.Text; count: Phaser.GameObjects.Text; icon: Phaser.GameObjects.Image }

export class Legend {
  private readonly total: Phaser.GameObjects.Text;
  private readonly extra: Phaser.GameObjects.Text;
  private readonly entries = new Map<Role, Entry>();
  private readonly prev = new Map<Role, number>();
  private entryW = 100;

  constructor(private readonly scene: Phaser.Scene, tf: TextFactory) {
    const g = scene.add.graphics().setDepth(DEPTH.hud);
    g.fillStyle(C.panel, 1).fillRoundedRect(8, TOP, WORLD_W - 16, H, 10);
    scene.add.image(26, TOP + H / 2, 'icons', 'prop.people').setDisplaySize(26, 26).setDepth(DEPTH.hud);
    this.total = tf.text(42, TOP + 16, '', textStyle({ size: 15, bold: true, color: C.panelText })).setOrigin(0, 0.5).setDepth(DEPTH.hud);
    this.extra = tf.text(42, TOP + 35, '', textStyle({ size: 11, color: '#c9d1dc' })).setOrigin(0, 0.5).setDepth(DEPTH.hud);
    const w = (WORLD_W - 16 - FIRST_W) / ROLES.length;
    this.entryW = w;
    ROLES.forEach((r, i) => {
      const x = 8 + FIRST_W + i * w;
      g.fillStyle(0xffffff, 0.12).fillRect(x, TOP + 8, 1, H - 16);
      this.entries.set(r, {
        icon: scene.add.image(x + 18, TOP + H / 2, 'icons', `badge.${r}`).setDisplaySize(24, 24).setDepth(DEPTH.hud),
        name: tf.text(x + 34, TOP + 15, '', textStyle({ size: 12, color: '#c9d1dc' })).setOrigin(0, 0.5).setDepth(DEPTH.hud),
        count: tf.text(x + 34, TOP + 34, '', textStyle({ size: 16, bold: true, color: C.panelText })).setOrigin(0, 0.5).setDepth(DEPTH.hud),
      });
    });
  }

  render(m: OfficeModel, overflow: number, lang: Lang, animate: boolean): void {
    const staff = m.staff;
    this.total.setText(t(lang, 'office.headcount', { n: m.headcount }));
    const extra: string[] = [];
    if (m.arrivingTotal > 0) extra.push(t(lang, 'office.arriving', { n: m.arrivingTotal }));
    if (overflow > 0) extra.push(t(lang, 'office.overflow', { n: overflow }));
    squeeze(this.extra.setText(extra.join(' · ')), FIRST_W - 40);
    squeeze(this.total, FIRST_W - 40);
    // One scale for all names, so no role's label looks smaller than another's.
    let k = 1;
    for (const r of ROLES) {
      const e = this.entries.get(r)!;
      e.name.setScale(1).setText(t(lang, `office.role.${r}`));
      k = Math.min(k, (this.entryW - 38) / e.name.width);
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
