// Mounts the office view: the Phaser office from src/ui/office when it is in the build (loaded on
// demand, so the title screen never waits for Phaser), else, or when the player asks for the
// simple view, a plain DOM summary of the company.
import type { OfficeOptions, OfficeView } from './office-api';
import { simpleOfficeView } from './simple';

const modules = import.meta.glob('./index.ts');

export const OFFICE_MODE_KEY = 'aiss.office';

/** The simple (non-animated) office: for slow or WebGL-less classroom machines, chosen with
 *  `?office=simple` in the address or remembered from the title screen's choice. */
export function simpleOffice(): boolean {
  try {
    if (new URLSearchParams(location.search).get('office') === 'simple') return true;
    return globalThis.localStorage?.getItem(OFFICE_MODE_KEY) === 'simple';
  } catch {
    return false;
  }
}

export async function mountOffice(opts: OfficeOptions): Promise<OfficeView> {
  const load = simpleOffice() ? undefined : modules['./index.ts'];
  if (load) {
    const m = (await load()) as { createOffice(o: OfficeOptions): OfficeView };
    return m.createOffice(opts);
  }
  opts.onProgress?.(1);
  return simpleOfficeView(opts);
}
