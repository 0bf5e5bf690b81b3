// The scenarios the player can pick: every scenarios/*.json shipped in the build (bundled as text,
// validated with loadScenario like any other file) plus custom files loaded during this visit.
import type { Problem, Scenario } from '../engine/index';
import { loadScenario } from '../engine/index';

export interface CatalogEntry {
  id: string;
  scenario: Scenario;
  hash: string;
  /** Set for custom scenarios: saves carry the text so they can be restored elsewhere. */
  customText?: string;
}

const shipped = import.meta.glob('/scenarios/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export class Catalog {
  readonly entries: CatalogEntry[] = [];
  /** Shipped files that failed validation (a packaging bug, shown on the title screen). */
  readonly broken: { file: string; problems: Problem[] }[] = [];

  constructor() {
    for (const file of Object.keys(shipped).sort()) {
      const r = loadScenario(shipped[file]!);
      if (r.ok) this.entries.push({ id: r.scenario.id, scenario: r.scenario, hash: r.hash });
      else this.broken.push({ file, problems: r.problems });
    }
    // Shortest first: a first-time player meets the quickest scenario at the top.
    this.entries.sort((a, b) => a.scenario.quarters.v - b.scenario.quarters.v || (a.id < b.id ? -1 : 1));
  }

  /** Validates a custom scenario file; on success it joins the list (replacing one with the same hash). */
  addCustom(text: string): { ok: true; entry: CatalogEntry } | { ok: false; problems: Problem[] } {
    const r = loadScenario(text);
    if (!r.ok) return { ok: false, problems: r.problems };
    const existing = this.byHash(r.hash);
    if (existing) return { ok: true, entry: existing };
    const entry: CatalogEntry = { id: r.scenario.id, scenario: r.scenario, hash: r.hash, customText: text };
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
