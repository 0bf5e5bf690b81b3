// The scenarios the player can pick: every scenarios/*.json shipped in the build (bundled as text,
// validated with loadScenario like any other file, a file that `extends` another resolved against
// the shipped ones) plus custom files loaded during this visit, which may extend a shipped one too.
import type { Problem, Scenario, ScenarioBases } from '../../engine/index';
import { loadScenario } from '../../engine/index';

export interface CatalogEntry {
  id: string;
  scenario: Scenario;
  hash: string;
  /** Set for custom scenarios: saves carry the text so they can be restored elsewhere. */
  customText?: string;
}

const shipped = import.meta.glob('/scenarios/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** The shipped scenarios by id (their file names), as bases a file may extend. */
const SHIPPED_BASES: ScenarioBases = {
  ids: () =>
    Object.keys(shipped)
      .map((f) => f.replace(/^.*\//, '').replace(/\.json$/, ''))
      .sort(),
  text: (id) => (Object.prototype.hasOwnProperty.call(shipped, `/scenarios/${id}.json`) ? shipped[`/scenarios/${id}.json`] : undefined),
};

export class Catalog {
  readonly entries: CatalogEntry[] = [];
  /** Shipped files that failed validation (a packaging bug, shown on the title screen). */
  readonly broken: { file: string; problems: Problem[] }[] = [];

  constructor() {
    for (const file of Object.keys(shipped).sort()) {
      const r = loadScenario(shipped[file]!, SHIPPED_BASES);
      if (r.ok) this.entries.push({ id: r.scenario.id, scenario: r.scenario, hash: r.hash });
      else this.broken.push({ file, problems: r.problems });
    }
    // Shortest first: a first-time player meets the quickest scenario at the top.
    this.entries.sort((a, b) => a.scenario.quarters.v - b.scenario.quarters.v || (a.id < b.id ? -1 : 1));
  }

  /** Validates a custom scenario file; on success it joins the list (replacing one with the same hash).
   *  A file that extends a shipped scenario is kept resolved, so its saves restore on their own. */
  addCustom(text: string): { ok: true; entry: CatalogEntry } | { ok: false; problems: Problem[] } {
    const r = loadScenario(text, SHIPPED_BASES);
    if (!r.ok) return { ok: false, problems: r.problems };
    const existing = this.byHash(r.hash);
    if (existing) return { ok: true, entry: existing };
    const customText = r.extends.length === 0 ? text : JSON.stringify(r.resolved, null, 1) + '\n';
    const entry: CatalogEntry = { id: r.scenario.id, scenario: r.scenario, hash: r.hash, customText };
    this.entries.push(entry);
    return { ok: true, entry };
  }

  /** Worlds derived from shipped scenarios by workshop codes: restorable, not offered to pick. */
  readonly worlds: CatalogEntry[] = [];

  byHash(hash: string): CatalogEntry | undefined {
    return this.entries.find((e) => e.hash === hash) ?? this.worlds.find((e) => e.hash === hash);
  }

  byId(id: string): CatalogEntry | undefined {
    return this.entries.find((e) => e.id === id && !e.customText);
  }
}
