// The formatter (Biome, configured in biome.jsonc). `npm run format` rewrites the tree (or the paths
// given); `npm run format -- --check` only checks, printing what differs and exiting 1 when a file is off.
import { spawnSync } from 'node:child_process';
import { bin } from './bin';

const args = process.argv.slice(2);
const check = args.includes('--check');
const paths = args.filter((a) => a !== '--check');
const biome = bin('@biomejs/biome', 'biome');
const r = spawnSync(process.execPath, [biome, 'format', ...(check ? [] : ['--write']), ...(paths.length ? paths : ['.'])], {
  stdio: 'inherit',
});
process.exitCode = r.status ?? 1;
