// Browser test of the shared dialog (src/ui/shared/modal.ts) on its test page (modal.html, served by
// Vite's dev server): while dialogs are open the topmost one owns the keyboard wherever focus is,
// Escape closes only that one, Tab stays inside it, focus goes back to its opener, and no key it
// took reaches the page's document-level listeners (the game's and the guide's shortcuts).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, requireBrowser, serveDevPage, watchConsole } from '../../tools/serve';

declare global {
  interface Window {
    __modal: { open(name: string): void; isOpen(): boolean; log: string[] };
  }
}

const enabled = requireBrowser();

describe.skipIf(!enabled)('dialogs and the keyboard', () => {
  let server: Awaited<ReturnType<typeof serveDevPage>>;
  let browser: Browser;
  let url = '';

  beforeAll(async () => {
    server = await serveDevPage('test/e2e/modal.html', '.vite-modal-test', { noDiscovery: true, include: [] });
    url = server.url;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function page(): Promise<{ p: Page; problems: string[] }> {
    const p = await browser.newPage();
    const problems = watchConsole(p);
    await p.goto(url);
    await p.waitForFunction(() => window.__modal !== undefined);
    return { p, problems };
  }
  const active = (p: Page) => p.evaluate(() => document.activeElement?.id ?? '');
  const blur = (p: Page) => p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  /** The log since the last call. */
  const taken = (p: Page) => p.evaluate(() => window.__modal.log.splice(0));

  it('stacked: only the topmost dialog reacts, wherever focus is, and focus returns to each opener', async () => {
    const { p, problems } = await page();
    await p.focus('#opener');
    await p.evaluate(() => window.__modal.open('lower'));
    await p.evaluate(() => window.__modal.open('upper'));
    expect(await active(p)).toBe('upper-a');

    // Focus on a button of the dialog underneath: Escape is still the top one's.
    await p.focus('#lower-b');
    await p.keyboard.press('Escape');
    expect(await taken(p)).toEqual(['upper:Escape']);
    expect(await p.$('.modal.upper')).toBeNull();
    expect(await p.$('.modal.lower')).not.toBeNull();
    expect(await active(p)).toBe('lower-a'); // the upper dialog's opener

    // Focus on the page's body: Escape closes the one dialog left, and focus goes back to its opener.
    await blur(p);
    await p.keyboard.press('Escape');
    expect(await taken(p)).toEqual(['lower:Escape']);
    expect(await p.evaluate(() => window.__modal.isOpen())).toBe(false);
    expect(await active(p)).toBe('opener');

    // With no dialog the page's own listener has the keys again.
    await p.keyboard.press('Escape');
    expect(await taken(p)).toEqual(['document:Escape']);
    expect(problems).toEqual([]);
    await p.close();
  });

  it('keeps Tab inside the dialog and keeps every key from the page behind it', async () => {
    const { p, problems } = await page();
    await p.evaluate(() => window.__modal.open('only'));
    await p.keyboard.press('Tab');
    expect(await active(p)).toBe('only-b');
    await p.keyboard.press('Tab');
    expect(await active(p)).toBe('only-a');
    await p.keyboard.press('Shift+Tab');
    expect(await active(p)).toBe('only-b');
    // From the body, Tab enters the dialog (Shift+Tab at its end) instead of the page.
    await blur(p);
    await p.keyboard.press('Tab');
    expect(await active(p)).toBe('only-a');
    await blur(p);
    await p.keyboard.press('Shift+Tab');
    expect(await active(p)).toBe('only-b');

    // A field behind the dialog takes no typing; the key goes to the dialog and focus comes back into it.
    expect((await taken(p)).filter((k) => !k.startsWith('only:'))).toEqual([]); // Tab and Shift stayed with the dialog
    await p.focus('#behind');
    await p.keyboard.press('x');
    expect(await p.inputValue('#behind')).toBe('');
    expect(await active(p)).toBe('only-b'); // the element last focused in the dialog
    // Keys inside the dialog reach its handler and stop there: the document listener saw nothing.
    await p.keyboard.press('Enter');
    expect(await taken(p)).toEqual(['only:x', 'only:Enter']);
    await p.keyboard.press('Escape');
    expect(await taken(p)).toEqual(['only:Escape']);
    await p.keyboard.press('x');
    expect(await taken(p)).toEqual(['document:x']);
    expect(problems).toEqual([]);
    await p.close();
  });
});
