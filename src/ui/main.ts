// Browser entry: loads the bundled CJK font (nothing is fetched from the internet), builds the
// scenario catalog and shows the title screen (src/i18n/index.ts registers the shell's dictionaries).
import '@fontsource/noto-sans-sc/400.css';
import './style.css';
import { App } from './app';
import { installHook } from './shared/test-hook';
import { installWorkshop } from './workshop/route';

async function boot(): Promise<void> {
  installHook(null);
  const root = document.getElementById('app');
  if (!root) return;
  try {
    // Chinese glyphs come in unicode-range slices; loading one before the first paint avoids a
    // flash of boxes. A failure here only means a later font swap.
    await document.fonts.load('16px "Noto Sans SC"', '中文');
  } catch {
    /* keep going with the fallback font */
  }
  const app = new App(root);
  installHook(app);
  const workshop = installWorkshop(app, root);
  // The balance lab (#balance-lab) is a page of its own, loaded on demand.
  const lab = () => {
    if (location.hash !== '#balance-lab') return false;
    void import('./balance-lab/route').then((m) => m.showBalanceLab(app, root));
    return true;
  };
  window.addEventListener('hashchange', () => {
    lab();
  });
  if (!lab() && !workshop) app.showTitle();
}

void boot();
