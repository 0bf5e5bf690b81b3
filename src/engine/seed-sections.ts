// The seed essay's own section list (its numbered headings; §1.2 and §1.3 appear twice in it, an
// overview and a detailed version, listed once here) and how citations of it are read from text.
// Scenario checks refuse a citation of a section the seed does not have.

export const SEED_SECTIONS: readonly string[] = [
  '§1.1',
  '§1.1.1',
  '§1.1.2',
  '§1.1.3',
  '§1.2',
  '§1.2.1',
  '§1.2.2',
  '§1.2.3',
  '§1.2.4',
  '§1.3',
  '§1.3.1',
  '§1.3.2',
  '§1.3.3',
  '§1.4',
  '§1.4.1',
  '§1.4.2',
  '§1.4.3',
  '§1.5',
  '§1.5.1',
  '§1.5.2',
  '§1.5.3',
  '§1.6',
  '§1.6.1',
  '§1.6.2',
  '§1.6.3',
  '§1.7',
  '§1.7.1',
  '§1.7.2',
  '§1.7.3',
  '§1.7.4',
  '§1.7.5',
  '§1.8',
  '§1.8.1',
  '§1.8.2',
  '§1.8.3',
  '§1.9',
  '§1.9.1',
  '§1.9.2',
  '§1.9.3',
  '§1.10',
  '§1.10.1',
  '§1.10.2',
  '§1.10.3',
  '§1.11',
  '§1.11.1',
  '§1.11.2',
  '§1.11.3',
  '§1.12',
  '§1.12.1',
  '§1.12.2',
  '§1.12.3',
  '§1.13',
  '§1.13.1',
  '§1.13.2',
  '§1.14',
  '§1.14.1',
  '§1.14.2',
  '§1.15',
  '§1.15.1',
  '§1.15.2',
  '§1.15.3',
  '§1.16',
  '§1.16.1',
  '§1.16.2',
  '§1.16.3',
  '§1.17',
  '§1.17.1',
  '§1.17.2',
  '§1.17.3',
  '§1.18',
  '§1.18.1',
  '§1.18.2',
  '§1.18.3',
  '§1.19',
  '§1.19.1',
  '§1.19.2',
  '§1.19.3',
  '§1.19.4',
  '§1.20',
  '§1.20.1',
  '§1.20.2',
  '§1.20.3',
  '§1.20.4',
  '§1.20.5',
  '§1.20.6',
  '§1.21',
  'appendix A',
  'appendix B',
  'appendix C',
];

const KNOWN: ReadonlySet<string> = new Set(SEED_SECTIONS);

/** The sections a scenario must account for (cited by a mechanic, or declared flavour): §1.2 to §1.20.6. */
export const REQUIRED_SECTIONS: readonly string[] = SEED_SECTIONS.slice(SEED_SECTIONS.indexOf('§1.2'), SEED_SECTIONS.indexOf('§1.21'));

/** Pure. Whether the seed has this section ("§1.12.1", "appendix B"). */
export function isSeedSection(s: string): boolean {
  return KNOWN.has(s);
}

/** Pure. The parent of a section ("§1.12.1" → "§1.12"), or null at the top. */
export function parentSection(s: string): string | null {
  const i = s.lastIndexOf('.');
  return s.startsWith('§') && i > 3 ? s.slice(0, i) : null;
}

const CITE = /§\d+(?:\.\d+)*|appendix [A-Z]\b/g;

/** Pure. Every seed citation in a free text, in order of appearance ("§1.4.1 company H" → ["§1.4.1"]).
 *  A range "§1.11.1-§1.11.3" yields both ends. */
export function citationsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CITE)) out.push(m[0]);
  return out;
}

/** Pure. Whether a `source` text says where its number comes from: a seed section, a seed appendix,
 *  "design" (a stated design choice), or "public" (a public, checkable figure named in the text). */
export function sourceIsCited(text: string): boolean {
  return /§\d|appendix [A-Z]\b|\bdesign\b|\bpublic\b/i.test(text);
}
