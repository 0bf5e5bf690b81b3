// The world around the company: sky, street, and the cut-away building whose floors light up as the
// desks need them (dark floors carry a to-let sign), its lift shaft (the door staff walk through) and
// the brand billboard on the roof. The building's look follows the company's milestones (model.buildingOf):
// a rented office with small windows, its own building with a flag on the roof, then a glass headquarters
// with a spire; the billboard names which.
import type { Building } from './model';
import type * as Phaser from 'phaser';
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';
import {
  BOARDROOM,
  BUILDING,
  FLOOR_H,
  GROUND_FLOOR_TOP,
  GROUND_Y,
  LOBBY,
  MAX_FLOORS,
  SERVER_ROOM,
  SHAFT,
  WORLD_W,
  floorTop,
} from './layout';
import { C, MIN_TEXT, textStyle } from './theme';
import type { TextFactory } from './text-factory';

export const DEPTH = {
  sky: 0,
  building: 1,
  room: 2,
  seatBack: 10,
  deskBack: 11,
  seatFront: 12,
  deskFront: 13,
  walker: 20,
  sign: 30,
  emote: 40,
  hud: 50,
  fx: 60,
} as const;

function mix(a: number, b: number, k: number): number {
  const ch = (sh: number) => Math.round(((a >> sh) & 255) * (1 - k) + ((b >> sh) & 255) * k);
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
}

/** A pale city behind the company, so a small start-up still stands somewhere. Fixed shapes, no randomness.
 *  Drawn with its origin at (SKYLINE.x, SKYLINE.y) of the world, once, into a texture: the canvas renderer
 *  would otherwise replay its ~600 windows every frame. */
const SKYLINE = { x: -700, y: GROUND_Y - 340, w: 2800, h: 340 } as const;
function skyline(g: Phaser.GameObjects.Graphics): void {
  g.translateCanvas(-SKYLINE.x, -SKYLINE.y);
  const blocks = [
    [-500, 190],
    [-400, 260],
    [-310, 150],
    [-220, 300],
    [-130, 210],
    [700, 230],
    [780, 330],
    [870, 200],
    [960, 280],
    [1050, 180],
    [1130, 250],
    [1220, 300],
    [1310, 200],
  ];
  for (const [x, h] of blocks) {
    g.fillStyle(0xc3dbe9, 1).fillRect(x!, GROUND_Y - h!, 78, h!);
    g.fillStyle(0xd6e7f1, 1);
    for (let y = GROUND_Y - h! + 14; y < GROUND_Y - 16; y += 22) for (let wx = x! + 10; wx < x! + 70; wx += 18) g.fillRect(wx, y, 9, 11);
  }
  g.fillStyle(0xb5d0e0, 1);
  for (let i = -5; i < 15; i++) {
    const k = ((i % 3) + 3) % 3;
    g.fillRect(i * 140 + 40, GROUND_Y - 70 - k * 18, 60, 70 + k * 18);
  }
}

export class Backdrop {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly board: Phaser.GameObjects.Graphics;
  private readonly name: Phaser.GameObjects.Text;
  private readonly brandLabel: Phaser.GameObjects.Text;
  private readonly stars: Phaser.GameObjects.Image[] = [];
  private readonly plants: Phaser.GameObjects.Image[] = [];
  private readonly dark: { shade: Phaser.GameObjects.Graphics; sign: Phaser.GameObjects.Text }[] = [];
  private floors = 0;
  private readonly skin: Phaser.GameObjects.Graphics;
  private building: Building | -1 = -1;

  constructor(
    private readonly scene: Phaser.Scene,
    tf: TextFactory,
  ) {
    // The sky and street run far past the world so any aspect ratio shows scenery, not bars. The
    // gradient is drawn in bands: Graphics gradients exist only in WebGL, and the canvas renderer is used too.
    const sky = scene.add.graphics().setDepth(DEPTH.sky);
    sky.fillStyle(C.skyTop, 1).fillRect(-2000, -1200, WORLD_W + 4000, 1200);
    const bands = 48;
    for (let i = 0; i < bands; i++) {
      const k = i / (bands - 1);
      sky.fillStyle(mix(C.skyTop, C.skyBottom, k), 1).fillRect(-2000, (GROUND_Y * i) / bands, WORLD_W + 4000, GROUND_Y / bands + 1);
    }
    sky.fillStyle(C.pavement, 1).fillRect(-2000, GROUND_Y, WORLD_W + 4000, 12);
    sky.fillStyle(C.kerb, 1).fillRect(-2000, GROUND_Y + 12, WORLD_W + 4000, 4);
    sky.fillStyle(C.street, 1).fillRect(-2000, GROUND_Y + 16, WORLD_W + 4000, 1200);
    sky.fillStyle(0xe5e9f0, 1);
    for (let x = -2000; x < WORLD_W + 2000; x += 80) sky.fillRect(x, GROUND_Y + 40, 40, 4);
    scene.add.image(112, 46, 'icons', 'prop.sun').setDisplaySize(64, 64).setDepth(DEPTH.sky).setAlpha(0.9);
    if (!scene.textures.exists('office.skyline')) {
      const city = scene.add.graphics();
      skyline(city);
      city.generateTexture('office.skyline', SKYLINE.w, SKYLINE.h);
      city.destroy();
    }
    scene.add.image(SKYLINE.x, SKYLINE.y, 'office.skyline').setOrigin(0, 0).setDepth(DEPTH.sky);
    this.g = scene.add.graphics().setDepth(DEPTH.building);
    this.skin = scene.add.graphics().setDepth(DEPTH.building);
    this.board = scene.add.graphics().setDepth(DEPTH.sign);
    this.name = tf
      .text(0, 0, '', textStyle({ size: MIN_TEXT + 1, bold: true, color: C.billboardText }))
      .setOrigin(0.5)
      .setDepth(DEPTH.sign);
    this.brandLabel = tf
      .text(0, 0, '', textStyle({ size: MIN_TEXT, color: C.panelText }))
      .setOrigin(0, 0.5)
      .setDepth(DEPTH.sign);
    for (let i = 0; i < 5; i++) this.stars.push(scene.add.image(0, 0, 'icons', 'prop.star').setDisplaySize(16, 16).setDepth(DEPTH.sign));
    this.drawShell(tf);
  }

  get floorCount(): number {
    return this.floors;
  }

  /** The building is always four floors tall; the static shell is drawn once. */
  private drawShell(tf: TextFactory): void {
    const g = this.g;
    const top = floorTop(MAX_FLOORS);
    const w = BUILDING.right - BUILDING.left;
    g.fillStyle(C.wallOuter, 1).fillRect(BUILDING.left - 8, top - 10, w + 16, GROUND_Y - top + 10);
    // ground floor rooms
    g.fillStyle(C.ground, 1).fillRect(BUILDING.left, GROUND_FLOOR_TOP, w, GROUND_Y - GROUND_FLOOR_TOP);
    g.fillStyle(0xdde3ea, 1).fillRect(BOARDROOM.left, GROUND_FLOOR_TOP, BOARDROOM.right - BOARDROOM.left, GROUND_Y - GROUND_FLOOR_TOP);
    g.fillStyle(0xd4d9e2, 1).fillRect(
      SERVER_ROOM.left,
      GROUND_FLOOR_TOP,
      SERVER_ROOM.right - SERVER_ROOM.left,
      GROUND_Y - GROUND_FLOOR_TOP,
    );
    g.fillStyle(C.slab, 1);
    for (const x of [LOBBY.right, BOARDROOM.right]) g.fillRect(x - 2, GROUND_FLOOR_TOP, 4, GROUND_Y - GROUND_FLOOR_TOP);
    for (let k = 1; k <= MAX_FLOORS; k++) {
      const ft = floorTop(k);
      g.fillStyle(k % 2 ? C.floorA : C.floorB, 1).fillRect(BUILDING.left, ft, w, FLOOR_H);
      g.fillStyle(C.slab, 1).fillRect(BUILDING.left, ft + FLOOR_H - 4, w, 4);
    }
    g.fillStyle(C.slab, 1).fillRect(BUILDING.left, GROUND_FLOOR_TOP - 4, w, 4);
    // the lift shaft and its doors, one per floor; the street door at the bottom
    g.fillStyle(C.shaft, 1).fillRect(SHAFT.left, top, SHAFT.right - SHAFT.left, GROUND_Y - top);
    g.lineStyle(2, 0x8891a3, 1);
    for (let k = 0; k <= MAX_FLOORS; k++) {
      const y = k === 0 ? GROUND_Y : floorTop(k) + FLOOR_H - 4;
      g.strokeRect(SHAFT.left + 8, y - 52, SHAFT.right - SHAFT.left - 16, 50);
    }
    for (let k = 1; k <= MAX_FLOORS; k++) {
      this.plants.push(
        this.scene.add
          .image(BUILDING.right - 16, floorTop(k) + FLOOR_H - 4, 'icons', 'prop.plant')
          .setDisplaySize(30, 30)
          .setOrigin(0.5, 1)
          .setDepth(DEPTH.deskFront),
      );
    }
    // Floors the company has not grown into yet: dark, with a to-let sign; they light up when needed.
    for (let k = 2; k <= MAX_FLOORS; k++) {
      const ft = floorTop(k);
      const o = this.scene.add.graphics().setDepth(DEPTH.deskFront + 1);
      o.fillStyle(0x3b455a, 0.88).fillRect(SHAFT.right, ft, BUILDING.right - SHAFT.right, FLOOR_H - 4);
      o.fillStyle(0x55627a, 1);
      for (let x = SHAFT.right + 20; x + 80 < BUILDING.right; x += 100) o.fillRoundedRect(x, ft + 8, 70, 26, 3);
      const sign = tf
        .text((SHAFT.right + BUILDING.right) / 2, ft + FLOOR_H / 2 + 8, '', textStyle({ size: MIN_TEXT, bold: true }))
        .setOrigin(0.5)
        .setDepth(DEPTH.deskFront + 2)
        .setBackgroundColor('#f4efe6')
        .setPadding(10, 4, 10, 4);
      this.dark.push({ shade: o, sign });
    }
    this.placeBoard(top);
  }

  /** Lights the floors the company uses (`floors`, 1-4); a floor lit during play flickers on. */
  setFloors(floors: number, animate: boolean): void {
    if (floors === this.floors) return;
    const before = this.floors;
    this.floors = floors;
    this.dark.forEach((d, i) => {
      const k = i + 2;
      const lit = k <= floors;
      this.scene.tweens.killTweensOf(d.shade);
      if (lit && animate && k > before && before > 0) {
        d.sign.setVisible(false);
        this.scene.tweens.add({
          targets: d.shade,
          alpha: 0,
          duration: 900,
          ease: 'Stepped',
          easeParams: [4],
          onComplete: () => d.shade.setVisible(false),
        });
      } else {
        d.shade.setVisible(!lit).setAlpha(1);
        d.sign.setVisible(k === floors + 1); // one sign, on the next floor to light, says it all
      }
    });
    this.plants.forEach((p, i) => p.setVisible(i < floors));
  }

  /** The building the company has grown into: frame colour, windows and roof (drawn once per change). */
  setBuilding(b: Building, animate: boolean): void {
    if (b === this.building) return;
    const moved = animate && this.building >= 0;
    this.building = b;
    const g = this.skin;
    g.clear();
    const top = floorTop(MAX_FLOORS);
    const w = BUILDING.right - BUILDING.left;
    const frame = b === 2 ? 0x1f5f6b : b === 1 ? 0x35507a : C.wallOuter;
    // The outer frame's sides and roof, over the shell's plain wall.
    g.fillStyle(frame, 1)
      .fillRect(BUILDING.left - 8, top - 10, 8, GROUND_FLOOR_TOP - top + 10)
      .fillRect(BUILDING.right, top - 10, 8, GROUND_FLOOR_TOP - top + 10);
    g.fillRect(BUILDING.left - 14, top - 16, w + 28, 8);
    for (let k = 1; k <= MAX_FLOORS; k++) {
      const ft = floorTop(k);
      if (b === 2) {
        // Floor-to-ceiling glass with mullions.
        g.fillStyle(0xbfe6ee, 1).fillRect(SHAFT.right + 12, ft + 6, BUILDING.right - SHAFT.right - 24, 30);
        g.fillStyle(0x7fb6c2, 1);
        for (let x = SHAFT.right + 12; x < BUILDING.right - 12; x += 44) g.fillRect(x, ft + 6, 3, 30);
      } else {
        g.fillStyle(C.window, 1);
        for (let x = SHAFT.right + 20; x + 80 < BUILDING.right; x += 100) g.fillRoundedRect(x, ft + 8, 70, 26, 3);
        if (b === 1) {
          g.fillStyle(0x35507a, 1);
          for (let x = SHAFT.right + 20; x + 80 < BUILDING.right; x += 100) g.fillRect(x + 34, ft + 8, 2, 26);
        }
      }
    }
    if (b >= 1) {
      // A flag of the company's own on the roof's left corner.
      const px = BUILDING.left + 6;
      g.fillStyle(0x4a5466, 1).fillRect(px, top - 62, 3, 46);
      g.fillStyle(0xffd85a, 1).fillTriangle(px + 3, top - 62, px + 3, top - 40, px + 34, top - 51);
    }
    if (b === 2) {
      // A spire with a beacon on the right corner: the headquarters reads from across the city.
      const sx = BUILDING.right - 24;
      g.fillStyle(0x4a5466, 1)
        .fillRect(sx - 10, top - 30, 20, 14)
        .fillRect(sx - 2, top - 84, 4, 56);
      g.fillStyle(0xe15759, 1).fillCircle(sx, top - 86, 5);
    }
    if (moved) {
      g.setAlpha(0.2);
      this.scene.tweens.add({ targets: g, alpha: 1, duration: 900, ease: 'Stepped', easeParams: [5] });
    }
    this.drawBoard();
  }

  get buildingShown(): number {
    return this.building;
  }

  /** The floors shown to let now (for tests). */
  get toLetFloors(): number[] {
    return this.dark.flatMap((d, i) => (d.sign.visible || (d.shade.visible && d.shade.alpha > 0.5) ? [i + 2] : []));
  }

  /** The to-let signs' text. */
  private setSigns(lang: Lang): void {
    for (const d of this.dark) d.sign.setText(t(lang, 'office.toLet'));
  }

  private boardW = 230;
  private roofTop = 0;

  private placeBoard(roofTop: number): void {
    this.roofTop = roofTop;
    this.drawBoard();
  }

  /** Brand: the billboard widens with brand, shows 0-5 stars and the number (stars differ by shape too). */
  setBrand(brand: number, stars: number, lang: Lang): void {
    this.name.setText(`${t(lang, 'office.company')} · ${t(lang, `office.building${this.building === -1 ? 0 : this.building}`)}`);
    this.boardW = Math.max(230 + Math.round((brand / 1000) * 160), Math.ceil(this.name.width) + 28);
    this.setSigns(lang);
    this.brandLabel.setText(t(lang, 'office.brand', { n: brand }));
    this.stars.forEach((s, i) => s.setAlpha(i < stars ? 1 : 0.22).setTint(i < stars ? 0xffffff : 0x9099a8));
    this.drawBoard();
  }

  private drawBoard(): void {
    const cx = (BUILDING.left + BUILDING.right) / 2 + 30;
    const bottom = this.roofTop - 16;
    const h = 62;
    const x = cx - this.boardW / 2;
    const y = bottom - h - 12;
    const b = this.board;
    b.clear();
    b.fillStyle(C.wallOuter, 1)
      .fillRect(cx - this.boardW / 3, y + h, 6, 12)
      .fillRect(cx + this.boardW / 3 - 6, y + h, 6, 12);
    b.fillStyle(C.billboard, 1).fillRoundedRect(x, y, this.boardW, h, 8);
    b.lineStyle(3, 0xffd85a, 1).strokeRoundedRect(x, y, this.boardW, h, 8);
    this.name.setPosition(cx, y + 18);
    const starsW = 5 * 18;
    const rowW = starsW + 8 + this.brandLabel.width;
    const sx = cx - rowW / 2;
    this.stars.forEach((s, i) => s.setPosition(sx + 8 + i * 18, y + 44));
    this.brandLabel.setPosition(sx + starsW + 8, y + 44);
  }
}
