// Fits the fixed 1280×720 world into whatever canvas size the parent gives (RESIZE scale mode), so the
// canvas keeps native resolution from a 1280×720 laptop to a 1920×1080 projector, and text stays sharp.
import type * as Phaser from 'phaser';
import { WORLD_H, WORLD_W } from './layout';

/**
 * Keeps the main camera fitted; `onResolution` gets the text raster resolution (zoom times device
 * pixel ratio, in half steps, at least 1) now and whenever it changes.
 */
export function fitCamera(scene: Phaser.Scene, onResolution?: (r: number) => void): void {
  let last = 0;
  const apply = (): void => {
    const w = scene.scale.width;
    const h = scene.scale.height;
    if (w <= 0 || h <= 0) return;
    const cam = scene.cameras.main;
    cam.setSize(w, h);
    const zoom = Math.min(w / WORLD_W, h / WORLD_H);
    cam.setZoom(zoom);
    cam.centerOn(WORLD_W / 2, WORLD_H / 2);
    const dpr = typeof window !== 'undefined' && window.devicePixelRatio > 0 ? window.devicePixelRatio : 1;
    const r = Math.max(1, Math.ceil(zoom * dpr * 2) / 2);
    if (r !== last) {
      last = r;
      onResolution?.(r);
    }
  };
  apply();
  scene.scale.on('resize', apply);
  scene.events.once('shutdown', () => scene.scale.off('resize', apply));
}
