// Preloader: one manifest, a progress bar drawn in Phaser, frames cut from the sheets, and the few
// textures the office draws itself (desks). Progress goes to the shell through the bridge.
import * as Phaser from 'phaser';
import { t } from '../../../i18n/index';
import type { Bridge } from '../bridge';
import { BRIDGE_KEY } from '../bridge';
import { fitCamera } from '../camera-fit';
import { WORLD_H, WORLD_W } from '../layout';
import { MANIFEST } from '../manifest';
import { C, textStyle } from '../theme';
import { makeDeskTexture } from '../textures';

const BAR_W = 420;
const BAR_H = 18;

export class PreloaderScene extends Phaser.Scene {
  constructor() {
    super('office-preloader');
  }

  preload(): void {
    const bridge = this.registry.get(BRIDGE_KEY) as Bridge;
    let res = 2;
    fitCamera(this, (r) => (res = r));
    this.cameras.main.setBackgroundColor(C.skyBottom);
    const x = WORLD_W / 2 - BAR_W / 2;
    const y = WORLD_H / 2;
    const label = this.add
      .text(WORLD_W / 2, y - 34, t(bridge.lang, 'office.loading'), textStyle({ size: 20, bold: true }))
      .setOrigin(0.5)
      .setResolution(res);
    const g = this.add.graphics();
    const draw = (v: number): void => {
      g.clear();
      g.fillStyle(C.card, 1).fillRoundedRect(x - 4, y - 4, BAR_W + 8, BAR_H + 8, 8);
      g.lineStyle(2, C.wallOuter, 1).strokeRoundedRect(x - 4, y - 4, BAR_W + 8, BAR_H + 8, 8);
      if (v > 0) g.fillStyle(C.wallOuter, 1).fillRoundedRect(x, y, Math.max(BAR_H, BAR_W * v), BAR_H, 6);
    };
    draw(0);
    this.load.on('progress', (v: number) => {
      draw(v);
      label.setText(`${t(bridge.lang, 'office.loading')} ${Math.round(v * 100)}%`);
      bridge.onProgress(0.15 + 0.85 * v);
    });
    this.load.on('loaderror', (file: Phaser.Loader.File) => bridge.onError(`office asset failed to load: ${file.key}`));
    for (const a of MANIFEST) this.load.svg(a.key, a.url, { width: a.size, height: a.size });
  }

  create(): void {
    const webgl = this.game.config.renderType === Phaser.WEBGL;
    for (const a of MANIFEST) {
      if (!this.textures.exists(a.key)) continue;
      if (!webgl) this.toBitmap(a.key);
      const tex = this.textures.get(a.key);
      a.frames.forEach((name, i) => tex.add(name, 0, (i % a.cols) * a.cell, Math.floor(i / a.cols) * a.cell, a.cell, a.cell));
    }
    makeDeskTexture(this);
    (this.registry.get(BRIDGE_KEY) as Bridge).onProgress(1);
    this.scene.start('office');
  }

  /**
   * The canvas renderer draws an SVG-backed image by rendering the vector again on every drawImage;
   * a bitmap copy made once is what it should draw (100 staff at 1920×1080: 33 ms a frame with the
   * SVG image, 17 ms, the display's refresh, with the bitmap; CPU work 10 ms → 2 ms).
   */
  private toBitmap(key: string): void {
    const src = this.textures.get(key).getSourceImage() as HTMLImageElement;
    const canvas = document.createElement('canvas');
    canvas.width = src.width;
    canvas.height = src.height;
    canvas.getContext('2d')?.drawImage(src, 0, 0, src.width, src.height);
    this.textures.remove(key);
    this.textures.addCanvas(key, canvas);
  }
}
