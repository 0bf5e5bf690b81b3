// The office's palette, text styles and number formats. Colours support meaning but never carry it
// alone: every coloured thing also has an icon, a shape or a label (colour-blind players, projectors).
import type { Lang } from '../../i18n/index';
import { t } from '../../i18n/index';

const FONT = '"Noto Sans SC", sans-serif';

export const C = {
  skyTop: 0x9fd3f0,
  skyBottom: 0xdff1fb,
  street: 0x5b6270,
  pavement: 0xb9bec7,
  kerb: 0x8d939e,
  wallOuter: 0x3d4656,
  slab: 0x6b7384,
  floorA: 0xf4efe6,
  floorB: 0xeae6f2,
  ground: 0xe9eef2,
  shaft: 0x4a5466,
  window: 0xcfe8f7,
  deskTop: 0xc8955f,
  deskFront: 0x9b6b3d,
  monitor: 0x2e3440,
  rack: 0x3b4252,
  rackEdge: 0x20242c,
  led: 0x7ee081,
  ledOff: 0x59606d,
  panel: 0x263040,
  panelText: '#f5f7fa',
  ink: '#263040',
  dim: '#6b7384',
  card: 0xffffff,
  billboard: 0x263040,
  billboardText: '#ffd85a',
  signWood: 0xf2d39b,
  signEdge: 0x8b5e34,
};

/** Slice colours in holder order; the pie also numbers each slice, so colour is a help, not the key. */
export const SLICE_COLOURS = [0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2, 0xedc948, 0xb07aa1, 0x9c755f];

/** The smallest text size in the world: the shell's office panel is 723 px wide at 1280×720 and draws
 *  the 960-wide world at 0.753, so 19 world px read as 14.3 screen px (plaques, cap table, legend, signs). */
export const MIN_TEXT = 19;

export interface TextOpts {
  size?: number;
  color?: string;
  bold?: boolean;
  stroke?: string;
  align?: 'left' | 'center' | 'right';
  wrap?: number;
}

/** A Phaser text style in the shipped CJK font. */
export function textStyle(o: TextOpts = {}): Record<string, unknown> {
  const st: Record<string, unknown> = {
    fontFamily: FONT,
    fontSize: `${o.size ?? 14}px`,
    color: o.color ?? C.ink,
    fontStyle: o.bold ? 'bold' : 'normal',
    align: o.align ?? 'left',
    padding: { x: 1, y: 2 },
  };
  if (o.stroke) Object.assign(st, { stroke: o.stroke, strokeThickness: 3 });
  if (o.wrap) Object.assign(st, { wordWrap: { width: o.wrap, useAdvancedWrap: true } });
  return st;
}

/** 12345 → "12,345" (no Intl: the same text on every machine, like the engine's numbers). */
export function fmtInt(n: number): string {
  const s = String(Math.abs(Math.trunc(n)));
  let out = '';
  for (let i = 0; i < s.length; i++) out += (i > 0 && (s.length - i) % 3 === 0 ? ',' : '') + s[i];
  return (n < 0 ? '-' : '') + out;
}

function oneDecimal(x: number): string {
  const r = Math.round(x * 10) / 10;
  return r % 1 === 0 ? String(r) : r.toFixed(1);
}

/** Whole USD as a short amount: "$2.5M" / "250 万美元". */
export function fmtMoney(usd: number, lang: Lang): string {
  const a = Math.abs(usd);
  const sign = usd < 0 ? '-' : '';
  if (lang === 'zh') {
    if (a >= 100_000_000) return t(lang, 'fmt.usdYi', { sign, n: oneDecimal(a / 100_000_000) });
    if (a >= 10_000) return t(lang, 'fmt.usdWan', { sign, n: oneDecimal(a / 10_000) });
    return t(lang, 'fmt.usd', { sign, n: fmtInt(a) });
  }
  if (a >= 1_000_000_000) return t(lang, 'fmt.usdB', { sign, n: oneDecimal(a / 1_000_000_000) });
  if (a >= 1_000_000) return t(lang, 'fmt.usdM', { sign, n: oneDecimal(a / 1_000_000) });
  if (a >= 1_000) return t(lang, 'fmt.usdKSmall', { sign, n: oneDecimal(a / 1_000) });
  return t(lang, 'fmt.usd', { sign, n: fmtInt(a) });
}

/** Basis points as a percentage with one decimal: 6250 → "62.5%". */
export function fmtPct(bp: number): string {
  return `${oneDecimal(bp / 100)}%`;
}
