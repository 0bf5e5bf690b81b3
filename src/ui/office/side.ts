// Outside the building: the status card (date and morale as a face, a number and a word) and the
// signpost with one arrow sign per market in focus (icon, the scenario's name, customers, a handshake
// for a partner).
import type * as Phaser from 'phaser';
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import { calendar, moneyShort } from '../shared/format';
import { DEPTH } from './backdrop';
import { CARD_H, CARD_ROW, CARD_TOP, GROUND_Y, MAX_SIGNS, SIDE, SIGN_H } from './layout';
import type { MarketSign, OfficeModel } from './model';
import { C, MIN_TEXT, fmtInt, textStyle } from './theme';
import type { TextFactory } from './text-factory';
import { setFitted } from './text-factory';

const POLE_X = SIDE.left + 14;
const SIGN_W = SIDE.right - POLE_X - 6;

interface SignObj {
  icon: Phaser.GameObjects.Image;
  name: Phaser.GameObjects.Text;
  sub: Phaser.GameObjects.Text;
  partner: Phaser.GameObjects.Image;
}

export class SideLayer {
  private readonly card: Phaser.GameObjects.Graphics;
  private readonly date: Phaser.GameObjects.Text;
  private readonly moodIcon: Phaser.GameObjects.Image;
  private readonly moodText: Phaser.GameObjects.Text;
  private readonly quality: Phaser.GameObjects.Text;
  private readonly cash: Phaser.GameObjects.Text;
  private readonly revenue: Phaser.GameObjects.Text;
  private readonly customers: Phaser.GameObjects.Text;
  private readonly post: Phaser.GameObjects.Graphics;
  private readonly header: Phaser.GameObjects.Text;
  private readonly signs: SignObj[] = [];
  private prevMarkets: string[] | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    tf: TextFactory,
  ) {
    this.card = scene.add.graphics().setDepth(DEPTH.hud);
    this.card.fillStyle(C.card, 0.94).fillRoundedRect(SIDE.left, CARD_TOP, SIDE.right - SIDE.left, CARD_H, 10);
    this.card.lineStyle(2, C.wallOuter, 1).strokeRoundedRect(SIDE.left, CARD_TOP, SIDE.right - SIDE.left, CARD_H, 10);
    const row = (i: number): number => CARD_TOP + 20 + i * CARD_ROW;
    this.date = tf
      .text(SIDE.left + 12, row(0), '', textStyle({ size: MIN_TEXT + 1, bold: true }))
      .setOrigin(0, 0.5)
      .setDepth(DEPTH.hud);
    this.moodIcon = scene.add
      .image(SIDE.left + 24, row(1), 'icons', 'mood.meh')
      .setDisplaySize(24, 24)
      .setDepth(DEPTH.hud);
    this.moodText = tf
      .text(SIDE.left + 42, row(1), '', textStyle({ size: MIN_TEXT }))
      .setOrigin(0, 0.5)
      .setDepth(DEPTH.hud);
    // The business at a glance, in the scene: the model's quality, cash, last quarter's revenue, customers.
    const fig = (i: number) =>
      tf
        .text(SIDE.left + 12, row(i), '', textStyle({ size: MIN_TEXT, bold: true, color: '#0b5cad' }))
        .setOrigin(0, 0.5)
        .setDepth(DEPTH.hud);
    this.quality = fig(2);
    this.cash = fig(3);
    this.revenue = fig(4);
    this.customers = fig(5);
    this.post = scene.add.graphics().setDepth(DEPTH.sign);
    this.header = tf
      .text(POLE_X + 12, 0, '', textStyle({ size: MIN_TEXT, bold: true, color: '#ffffff' }))
      .setOrigin(0, 1)
      .setDepth(DEPTH.sign)
      .setBackgroundColor('#263040')
      .setPadding(6, 3, 6, 3);
    for (let i = 0; i < MAX_SIGNS; i++) {
      this.signs.push({
        icon: scene.add
          .image(POLE_X + 24, 0, 'icons', 'market.other')
          .setDisplaySize(22, 22)
          .setDepth(DEPTH.sign),
        name: tf
          .text(POLE_X + 40, 0, '', textStyle({ size: MIN_TEXT, bold: true }))
          .setOrigin(0, 0.5)
          .setDepth(DEPTH.sign),
        sub: tf
          .text(POLE_X + 40, 0, '', textStyle({ size: MIN_TEXT, color: '#5b4327' }))
          .setOrigin(0, 0.5)
          .setDepth(DEPTH.sign),
        partner: scene.add
          .image(POLE_X + SIGN_W - 40, 0, 'icons', 'prop.handshake')
          .setDisplaySize(20, 20)
          .setDepth(DEPTH.sign),
      });
    }
  }

  render(m: OfficeModel, lang: Lang, animate: boolean): void {
    // Worded as the shell's header words it, so the card and the header read the same.
    this.date.setText(calendar(lang, m.year, m.q - 1));
    this.moodIcon.setFrame(`mood.${m.mood}`);
    this.moodText.setText(t(lang, 'office.morale', { n: m.morale, mood: t(lang, `office.mood.${m.mood}`) }));
    const w = SIDE.right - SIDE.left - 20;
    setFitted(this.quality, t(lang, 'office.quality', { quality: m.quality }), w);
    setFitted(this.cash, t(lang, 'office.cash', { cash: moneyShort(lang, m.cash) }), w);
    setFitted(this.revenue, t(lang, 'office.revenue', { revenue: moneyShort(lang, m.revenue) }), w);
    setFitted(this.customers, t(lang, 'office.customersLine', { n: fmtInt(m.customers) }), w);
    this.drawSigns(m.markets, lang, animate);
  }

  private drawSigns(markets: MarketSign[], lang: Lang, animate: boolean): void {
    const shown = markets.slice(0, MAX_SIGNS);
    const g = this.post;
    g.clear();
    // The post stands on the street; signs hang from its top down, a header board above them.
    const top = GROUND_Y - 70 - Math.max(1, shown.length) * SIGN_H;
    g.fillStyle(C.signEdge, 1).fillRect(POLE_X - 3, top - 30, 6, GROUND_Y - top + 30);
    g.fillStyle(C.wallOuter, 1).fillRect(POLE_X - 8, GROUND_Y - 6, 16, 6);
    this.header.setText(shown.length ? t(lang, 'office.markets') : t(lang, 'office.noMarkets')).setY(top - 4);
    this.signs.forEach((s, i) => {
      const mk = shown[i];
      const vis = mk !== undefined;
      s.icon.setVisible(vis);
      s.name.setVisible(vis);
      s.sub.setVisible(vis);
      s.partner.setVisible(vis && mk.partnered);
      if (!vis) return;
      const y = top + i * SIGN_H;
      const cy = y + SIGN_H / 2 - 1;
      s.icon.setY(cy);
      s.name.setY(cy - 12);
      s.sub.setY(cy + 12);
      s.partner.setY(cy);
      // An arrow-shaped board: the shape says "this way to the market".
      g.fillStyle(C.signEdge, 1);
      g.fillPoints(arrow(POLE_X + 6, y + 1, SIGN_W, SIGN_H - 4, 0), true);
      g.fillStyle(C.signWood, 1);
      g.fillPoints(arrow(POLE_X + 6, y + 1, SIGN_W, SIGN_H - 4, 2), true);
      s.icon.setFrame(`market.${mk.icon}`);
      setFitted(s.name, mk.name[lang], SIGN_W - (mk.partnered ? 90 : 56));
      s.sub.setText(t(lang, 'office.customers', { n: fmtInt(mk.customers) }));
      if (animate && this.prevMarkets && !this.prevMarkets.includes(mk.id)) {
        for (const o of [s.icon, s.name, s.sub]) {
          const x0 = o.x;
          o.x = x0 + 260;
          this.scene.tweens.add({ targets: o, x: x0, duration: 600, ease: 'Back.easeOut' });
        }
      }
    });
    this.prevMarkets = markets.map((x) => x.id);
  }
}

/** Points of a right-pointing arrow board, inset by `inset` for the inner fill. */
function arrow(x: number, y: number, w: number, h: number, inset: number): Phaser.Math.Vector2[] {
  const tip = 14;
  return [
    { x: x + inset, y: y + inset },
    { x: x + w - tip, y: y + inset },
    { x: x + w - inset * 1.5, y: y + h / 2 },
    { x: x + w - tip, y: y + h - inset },
    { x: x + inset, y: y + h - inset },
  ] as Phaser.Math.Vector2[]; // fillPoints reads only x and y
}
