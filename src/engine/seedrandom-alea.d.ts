// Types for the one seedrandom module the engine imports (@types/seedrandom covers only the whole package).
declare module 'seedrandom/lib/alea.js' {
  /** Alea seeded by a string: a function returning doubles in [0, 1). */
  export default function alea(seed?: string): () => number;
}
