// Boot: waits for the shipped CJK font to load every glyph the office will draw, so Phaser never
// rasterises text in a fallback font (Debian's Chromium has no CJK font and would show boxes).
import * as Phaser from 'phaser';
import { OFFICE_STRINGS } from '../../../i18n/office';
import type { Bridge } from '../bridge';
import { BRIDGE_KEY } from '../bridge';

const FONT_TIMEOUT_MS = 8000;

/** Every character the office may draw: its strings in both languages, market names, digits. */
function glyphsFor(bridge: Bridge): string {
  const parts: string[] = ['0123456789,.%$+-·/:()ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz…'];
  for (const e of Object.values(OFFICE_STRINGS)) parts.push(e.zh, e.en);
  for (const id of Object.keys(bridge.scenario.markets)) {
    const n = bridge.scenario.markets[id]!.name;
    parts.push(n.zh, n.en);
  }
  parts.push('万亿美元');
  return [...new Set(parts.join(''))].join('');
}

export class BootScene extends Phaser.Scene {
  constructor() {
    super('office-boot');
  }

  create(): void {
    const bridge = this.registry.get(BRIDGE_KEY) as Bridge;
    bridge.onProgress(0);
    const text = glyphsFor(bridge);
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    const load = fonts
      ? Promise.all([fonts.load('16px "Noto Sans SC"', text), fonts.load('bold 16px "Noto Sans SC"', text)])
      : Promise.resolve();
    // A font that never arrives must not block the game: after the timeout we draw with what we have.
    const timeout = new Promise<void>((res) => setTimeout(res, FONT_TIMEOUT_MS));
    void Promise.race([load, timeout])
      .catch(() => undefined)
      .then(() => {
        if (bridge.destroyed) return; // the shell unmounted the office while the font loaded
        bridge.onProgress(0.15);
        this.scene.start('office-preloader');
      });
  }
}
