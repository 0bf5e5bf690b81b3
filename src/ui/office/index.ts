// The office view's entry point: `createOffice` mounts a Phaser game (Boot → Preloader → Office) in the
// shell's element and returns the OfficeView handle; `measureFrames` is the bench's frame-time probe.
import '@fontsource/noto-sans-sc/400.css';
import * as Phaser from 'phaser';
import type { EngineEvent, State } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { registerDictionary } from '../../i18n/index';
import { OFFICE_STRINGS } from '../../i18n/office';
import type { Bridge } from './bridge';
import { BRIDGE_KEY } from './bridge';
import type { FrameStats, OfficeOptions, OfficeView, UpdateOptions } from './office-api';
import { BootScene } from './scenes/boot-scene';
import { OfficeScene } from './scenes/office-scene';
import { PreloaderScene } from './scenes/preloader-scene';
import { C } from './theme';

interface OfficeHandle extends OfficeView {
  readonly game: Phaser.Game;
}

export function createOffice(opts: OfficeOptions): OfficeHandle {
  registerDictionary(OFFICE_STRINGS);
  let resolveReady!: () => void;
  const readyP = new Promise<void>((res) => (resolveReady = res));
  const bridge: Bridge = {
    scenario: opts.scenario,
    lang: opts.lang,
    queue: [{ state: opts.state, events: [], instant: true }],
    sink: null,
    onProgress: (f) => opts.onProgress?.(f),
    onReady: () => resolveReady(),
    onError: (msg) => opts.onError?.(msg),
    speed: opts.speed && opts.speed > 0 ? opts.speed : 1,
    reducedMotion: typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches,
    destroyed: false,
    dateOf: opts.dateOf ?? 'playing',
  };
  // Our own box inside the shell's element: RESIZE mode follows it; without a height it keeps 16:9.
  const host = document.createElement('div');
  host.className = 'office-view';
  host.style.cssText = 'position:relative;width:100%;height:100%;overflow:hidden;';
  opts.parent.append(host);
  if (host.clientHeight === 0) host.style.aspectRatio = '16 / 9';

  const renderer = chooseRenderer(opts.renderer ?? 'auto');
  const game = new Phaser.Game({
    type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent: host,
    backgroundColor: `#${C.skyBottom.toString(16)}`,
    banner: false,
    audio: { noAudio: true },
    // The office is a picture, not a control: the shell owns keyboard and pointer.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: { mode: Phaser.Scale.RESIZE, width: host.clientWidth || 1280, height: host.clientHeight || 720 },
    render: { roundPixels: true, antialias: true, mipmapFilter: 'LINEAR_MIPMAP_LINEAR' },
    scene: [BootScene, PreloaderScene, OfficeScene],
    callbacks: { preBoot: (g) => g.registry.set(BRIDGE_KEY, bridge) },
  });

  const officeScene = (): OfficeScene => game.scene.getScene('office') as OfficeScene;
  let destroyed = false;
  return {
    game,
    update(state: State, events: readonly EngineEvent[], options?: UpdateOptions): void {
      if (destroyed) return;
      const u = { state, events, instant: options?.instant ?? false };
      if (bridge.sink) bridge.sink.apply(u);
      else bridge.queue.push(u);
    },
    setLang(lang: Lang): void {
      if (destroyed) return;
      bridge.lang = lang;
      bridge.sink?.setLang(lang);
    },
    ready: () => readyP,
    renderer: () => renderer,
    measureFrames: (ms: number) => measureFrames(game, ms),
    peopleOnScreen: () => (bridge.sink ? officeScene().peopleOnScreen : 0),
    peopleWalking: () => (bridge.sink ? officeScene().peopleWalking : 0),
    texts: () => (bridge.sink ? officeScene().texts() : []),
    building: () => (bridge.sink ? officeScene().building() : { floors: 0, toLet: [], building: -1 }),
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      bridge.destroyed = true;
      bridge.sink = null;
      game.destroy(true);
      host.remove();
    },
  };
}

/**
 * WebGL when the browser can draw it on a GPU; otherwise Phaser's canvas renderer. Software WebGL
 * (SwiftShader: blocklisted classroom GPUs, headless browsers) is far slower than canvas for this
 * scene: 100 staff at 1920×1080 measured 220-250 ms a frame against 16.7 ms (the display's refresh).
 */
function chooseRenderer(pref: 'auto' | 'webgl' | 'canvas'): 'webgl' | 'canvas' {
  if (pref !== 'auto') return pref;
  try {
    const c = document.createElement('canvas');
    const gl = c.getContext('webgl', { failIfMajorPerformanceCaveat: true });
    if (!gl) return 'canvas';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name) ? 'canvas' : 'webgl';
  } catch {
    return 'canvas';
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/**
 * Frame times over `ms` of real play: `median`/`p95` are the intervals between frames (what a player
 * feels, capped by the display's refresh), `workMedian`/`workP95` the CPU time of Phaser's step and
 * render per frame (what the office costs). Figures for `npm run bench`, never for assertions.
 */
function measureFrames(target: Phaser.Game | { game: Phaser.Game }, ms: number): Promise<FrameStats> {
  const game = 'game' in target ? target.game : target;
  const intervals: number[] = [];
  const work: number[] = [];
  let start = 0;
  let last = 0;
  const onPre = (): void => {
    start = performance.now();
  };
  const onPost = (): void => {
    const now = performance.now();
    if (start > 0) work.push(now - start);
    if (last > 0) intervals.push(now - last);
    last = now;
  };
  game.events.on(Phaser.Core.Events.PRE_STEP, onPre);
  game.events.on(Phaser.Core.Events.POST_RENDER, onPost);
  return new Promise((resolve) => {
    setTimeout(() => {
      game.events.off(Phaser.Core.Events.PRE_STEP, onPre);
      game.events.off(Phaser.Core.Events.POST_RENDER, onPost);
      const a = [...intervals].sort((x, y) => x - y);
      const w = [...work].sort((x, y) => x - y);
      resolve({
        frames: a.length,
        median: percentile(a, 0.5),
        p95: percentile(a, 0.95),
        workMedian: percentile(w, 0.5),
        workP95: percentile(w, 0.95),
      });
    }, ms);
  });
}
