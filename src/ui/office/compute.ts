// Compute, owned versus rented, told apart by place and shape as well as by label: owned compute is
// server racks with a padlock in the ground-floor server room; rented compute is clouds in the sky.
// Each icon stands for a stated number of units; the last one is partly lit for a remainder.
import type * as Phaser from 'phaser';
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import { DEPTH } from './backdrop';
import { CLOUD_AREA, GROUND_FLOOR_TOP, GROUND_Y, MAX_CLOUDS, MAX_RACKS, SERVER_ROOM, SIDE, cloudPos, rackX, unitsPerIcon } from './layout';
import { C, MIN_TEXT, fmtInt, textStyle } from './theme';
import type { TextFactory } from './text-factory';

const RACK_W = 24;
const RACK_H = 74;
const SLOTS = 10;

export class ComputeLayer {
  private readonly racks: Phaser.GameObjects.Graphics;
  private readonly roomTitle: Phaser.GameObjects.Text;
  private readonly roomSub: Phaser.GameObjects.Text;
  private readonly cloudTitle: Phaser.GameObjects.Text;
  private readonly cloudSub: Phaser.GameObjects.Text;
  private readonly clouds: Phaser.GameObjects.Image[] = [];
  private readonly cloudGlyphs: Phaser.GameObjects.Graphics;
  private prevOwnedIcons = -1;
  private prevCloudIcons = -1;
  private time = 0;
  private cloudCount = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    tf: TextFactory,
  ) {
    this.racks = scene.add.graphics().setDepth(DEPTH.room);
    scene.add
      .image(SERVER_ROOM.left + 16, GROUND_FLOOR_TOP + 16, 'icons', 'prop.lock')
      .setDisplaySize(20, 20)
      .setDepth(DEPTH.room);
    this.roomTitle = tf
      .text(SERVER_ROOM.left + 30, GROUND_FLOOR_TOP + 5, '', textStyle({ size: MIN_TEXT, bold: true }))
      .setDepth(DEPTH.room);
    this.roomSub = tf
      .text(
        SERVER_ROOM.left + 8,
        GROUND_FLOOR_TOP + 32,
        '',
        textStyle({ size: MIN_TEXT, color: C.dim, wrap: SERVER_ROOM.right - SERVER_ROOM.left - 14 }),
      )
      .setDepth(DEPTH.room);
    this.cloudTitle = tf
      .text(SIDE.left, CLOUD_AREA.top, '', textStyle({ size: MIN_TEXT, bold: true, stroke: '#ffffff' }))
      .setDepth(DEPTH.sign);
    this.cloudSub = tf
      .text(SIDE.left, CLOUD_AREA.top + 28, '', textStyle({ size: MIN_TEXT, color: C.ink, stroke: '#ffffff' }))
      .setDepth(DEPTH.sign);
    for (let i = 0; i < MAX_CLOUDS; i++) {
      const p = cloudPos(i);
      this.clouds.push(scene.add.image(p.x, p.y, 'icons', 'prop.cloud').setDisplaySize(96, 96).setDepth(DEPTH.sky).setVisible(false));
    }
    this.cloudGlyphs = scene.add.graphics().setDepth(DEPTH.sky);
  }

  render(owned: number, rented: number, lang: Lang, animate: boolean): void {
    const perRack = unitsPerIcon(owned, MAX_RACKS);
    const nRacks = Math.min(MAX_RACKS, Math.ceil(owned / perRack));
    this.roomTitle.setText(t(lang, 'office.serverRoom'));
    this.roomSub.setText(owned > 0 ? t(lang, 'office.owned', { n: fmtInt(owned), per: perRack }) : t(lang, 'office.noOwned'));
    this.drawRacks(owned, perRack, nRacks);
    if (animate && this.prevOwnedIcons >= 0 && nRacks > this.prevOwnedIcons) {
      this.racks.setAlpha(0.3);
      this.scene.tweens.add({ targets: this.racks, alpha: 1, duration: 500, repeat: 1 });
    }
    this.prevOwnedIcons = nRacks;

    const perCloud = unitsPerIcon(rented, MAX_CLOUDS);
    const nClouds = Math.min(MAX_CLOUDS, Math.ceil(rented / perCloud));
    this.cloudTitle.setText(rented > 0 ? t(lang, 'office.rented', { n: fmtInt(rented) }) : t(lang, 'office.noRented'));
    this.cloudSub.setText(rented > 0 ? t(lang, 'office.rentedScale', { per: perCloud }) : '');
    this.clouds.forEach((c, i) => {
      const was = c.visible;
      c.setVisible(i < nClouds);
      if (animate && !was && i < nClouds && this.prevCloudIcons >= 0) {
        c.setAlpha(0);
        this.scene.tweens.add({ targets: c, alpha: 1, duration: 700, delay: i * 120 });
      }
    });
    this.cloudCount = nClouds;
    this.prevCloudIcons = nClouds;
    this.drawCloudGlyphs();
  }

  private drawRacks(owned: number, per: number, n: number): void {
    const g = this.racks;
    g.clear();
    const top = GROUND_Y - RACK_H - 2;
    for (let i = 0; i < n; i++) {
      const x = rackX(i);
      const units = Math.min(per, owned - i * per);
      const lit = Math.max(1, Math.ceil((units / per) * SLOTS));
      g.fillStyle(C.rackEdge, 1).fillRoundedRect(x - 1, top - 1, RACK_W + 2, RACK_H + 2, 3);
      g.fillStyle(C.rack, 1).fillRoundedRect(x, top, RACK_W, RACK_H, 3);
      for (let s = 0; s < SLOTS; s++) {
        const y = top + 5 + s * 6.8;
        g.fillStyle(0x4c566a, 1).fillRect(x + 3, y, RACK_W - 6, 4.5);
        g.fillStyle(s < lit ? C.led : C.ledOff, 1).fillRect(x + RACK_W - 8, y + 1, 3, 2.5);
      }
    }
    if (n === 0) {
      g.lineStyle(1.5, 0x8891a3, 1).strokeRoundedRect(rackX(0), top, RACK_W, RACK_H, 3);
    }
  }

  /** A small server glyph inside each cloud: rented capacity is still servers, just not ours. */
  private drawCloudGlyphs(): void {
    const g = this.cloudGlyphs;
    g.clear();
    for (let i = 0; i < this.cloudCount; i++) {
      const c = this.clouds[i]!;
      const x = c.x - 12;
      const y = c.y - 2;
      g.fillStyle(C.rack, 1).fillRoundedRect(x, y, 24, 16, 2);
      g.fillStyle(C.led, 1)
        .fillRect(x + 17, y + 3, 3, 2)
        .fillRect(x + 17, y + 10, 3, 2);
      g.fillStyle(0x8891a3, 1)
        .fillRect(x + 3, y + 3, 11, 2)
        .fillRect(x + 3, y + 10, 11, 2);
    }
  }

  /** Clouds drift a little so the sky is alive; positions never change meaning. */
  tick(dt: number): void {
    this.time += dt;
    for (let i = 0; i < this.cloudCount; i++) {
      const base = cloudPos(i);
      this.clouds[i]!.x = base.x + Math.sin(this.time / 2400 + i * 1.7) * 6;
    }
    if (this.cloudCount > 0) this.drawCloudGlyphs();
  }
}
