// Textures the office draws itself with the Canvas 2D API (at twice their display size, for zoom).
import type * as Phaser from 'phaser';

export const DESK_W = 48;
const DESK_H = 18;

function hex(c: number): string {
  return `#${c.toString(16).padStart(6, '0')}`;
}

/** A desk seen from the front: top, modesty panel and the back of a monitor off to one side. */
export function makeDeskTexture(scene: Phaser.Scene): void {
  if (scene.textures.exists('desk')) return;
  const s = 2;
  const tex = scene.textures.createCanvas('desk', DESK_W * s, (DESK_H + 12) * s);
  if (!tex) return;
  const ctx = tex.getContext();
  ctx.scale(s, s);
  // monitor back on the left: the face stays visible and the role badge (right shoulder) too
  ctx.fillStyle = hex(0x2e3440);
  ctx.fillRect(2, 0, 15, 11);
  ctx.fillStyle = hex(0x4c566a);
  ctx.fillRect(8, 11, 3, 2);
  ctx.fillStyle = hex(0xc8955f);
  ctx.fillRect(0, 12, DESK_W, 4);
  ctx.fillStyle = hex(0x9b6b3d);
  ctx.fillRect(2, 16, DESK_W - 4, DESK_H - 6);
  ctx.fillStyle = hex(0x7a5230);
  ctx.fillRect(2, 16, DESK_W - 4, 2);
  ctx.fillStyle = hex(0x5e3f25);
  ctx.fillRect(3, DESK_H + 10, 3, 2);
  ctx.fillRect(DESK_W - 6, DESK_H + 10, 3, 2);
  tex.refresh();
}
