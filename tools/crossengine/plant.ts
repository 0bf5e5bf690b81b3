// The planted-Math.pow variant build for the acceptance demonstration: market growth compounded
// with Math.pow instead of integer basis points, swapped in by an esbuild plugin at bundle time.
import type { Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';

const PLANT_FILE = /[\\/]src[\\/]engine[\\/]systems[\\/]market\.ts$/;
const PLANT_ANCHOR = 'ms.potential = Math.min(CEILINGS.potential, ms.potential + mulBp(ms.potential, def.growthBp.v));';
/** What a well-meaning developer might write: potential₀ × (1 + r)^(quarter+1), floored. */
export const PLANT_LINE =
  'ms.potential = Math.min(CEILINGS.potential, Math.floor(def.potential.v * Math.pow(1 + def.growthBp.v / 10000, s.quarter + 1)));';

/** The market system's source with the plant; throws when the anchor line has moved. */
export function plantedSource(source: string): string {
  if (!source.includes(PLANT_ANCHOR))
    throw new Error(`plant anchor not found in market.ts: update PLANT_ANCHOR in tools/crossengine/plant.ts to the market growth line`);
  return source.replace(PLANT_ANCHOR, PLANT_LINE);
}

/** esbuild plugin that bundles the planted market system; `hits` counts the swaps made. */
export function plantPlugin(hits: { n: number }): Plugin {
  return {
    name: 'plant-math-pow',
    setup(build) {
      build.onLoad({ filter: PLANT_FILE }, (args) => {
        const contents = plantedSource(readFileSync(args.path, 'utf8'));
        hits.n++;
        return { contents, loader: 'ts' };
      });
    },
  };
}
