// A printable document (handout, debrief report) shown in a sandboxed iframe: no script can run
// in it whatever it contains; it borrows the page's bundled Chinese font so it prints without
// boxes; print() prints that document alone.
import { h } from '../shared/dom';

/** The page's @font-face rules with their URLs made absolute (an srcdoc frame has no base URL). */
function fontFaces(): string {
  const out: string[] = [];
  for (const sheet of [...document.styleSheets]) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const r of [...rules]) {
      if (!(r instanceof CSSFontFaceRule)) continue;
      out.push(r.cssText.replace(/url\("?([^")]+)"?\)/g, (_m, u: string) => `url("${new URL(u, sheet.href ?? location.href).href}")`));
    }
  }
  return out.join('\n');
}

export class PrintFrame {
  readonly root: HTMLIFrameElement;

  constructor(title: string, testId: string) {
    // allow-same-origin lets the page call print(); without allow-scripts nothing inside runs.
    this.root = h('iframe', { class: 'ws-print-frame', title, sandbox: 'allow-same-origin allow-modals', 'data-testid': testId });
  }

  /** Shows a complete HTML document built by src/workshop (all text escaped there). */
  show(html: string): Promise<void> {
    const doc = html.replace('<style>', `<style>${fontFaces()}\n`);
    return new Promise((ok) => {
      this.root.addEventListener('load', () => ok(), { once: true });
      this.root.srcdoc = doc;
    });
  }

  print(): void {
    this.root.contentWindow?.print();
  }
}
