// A minimal UTF-8 TextEncoder for hosts that lack one (QuickJS): the hash library needs it.
// Only installed where missing, so V8 and JavaScriptCore use their native encoder.

function encodeUtf8(str: string): Uint8Array {
  const out = new Uint8Array(str.length * 3);
  let n = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate encodes as U+FFFD, as TextEncoder does
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    }
  }
  return out.slice(0, n);
}

class Utf8Encoder {
  readonly encoding = 'utf-8';
  encode(str = ''): Uint8Array {
    return encodeUtf8(String(str));
  }
}

export function installTextEncoder(): void {
  const g = globalThis as { TextEncoder?: unknown };
  if (typeof g.TextEncoder === 'undefined') g.TextEncoder = Utf8Encoder;
}
