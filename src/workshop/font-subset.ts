// Printed pages carry their own Chinese font: from the bundled Noto Sans SC (split by unicode-range),
// pick only the chunks holding characters the page uses, so a handout or report prints the same on
// a machine without CJK fonts (and offline). Pure: the caller reads the files.

export interface FontChunk {
  file: string;
  ranges: [number, number][];
}

/** Pure. The @font-face chunks of a fontsource CSS file: each woff2 file with its unicode ranges. */
export function parseFontCss(css: string): FontChunk[] {
  const out: FontChunk[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([\w.-]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges: [number, number][] = [];
    for (const part of range.split(',')) {
      const m = /U\+([0-9a-f]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
      if (m) ranges.push([parseInt(m[1]!, 16), parseInt(m[2] ?? m[1]!, 16)]);
    }
    out.push({ file, ranges });
  }
  return out;
}

/** Pure. The chunks needed for the non-ASCII characters of `text` (ASCII is left to system fonts). */
export function chunksFor(text: string, chunks: readonly FontChunk[]): FontChunk[] {
  const need = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x2000) need.add(cp);
  }
  return chunks.filter((c) => c.ranges.some(([lo, hi]) => [...need].some((cp) => cp >= lo && cp <= hi)));
}

/** Pure. @font-face rules with the chunks inlined (base64 woff2 from `read`). */
export function fontFaceCss(family: string, chunks: readonly FontChunk[], read: (file: string) => string | null): string {
  const rules: string[] = [];
  for (const c of chunks) {
    const b64 = read(c.file);
    if (b64 === null) continue;
    const ranges = c.ranges.map(([lo, hi]) => (lo === hi ? `U+${lo.toString(16)}` : `U+${lo.toString(16)}-${hi.toString(16)}`)).join(',');
    rules.push(
      `@font-face{font-family:'${family}';font-weight:400;src:url(data:font/woff2;base64,${b64}) format('woff2');unicode-range:${ranges};}`,
    );
  }
  return rules.join('\n');
}

/** Pure. The document with the rules placed first in its first <style>. */
export function withFonts(html: string, fontCss: string): string {
  return fontCss ? html.replace('<style>', `<style>${fontCss}\n`) : html;
}
