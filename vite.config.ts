// Vite serves and builds the browser game. Everything the game loads ships in the build:
// no request leaves the machine at run time.
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';

/** @fontsource lists a .woff fallback after each .woff2; every browser the game supports (es2022)
 *  reads woff2, so the fallbacks would only add ~3 MB of files nobody requests. Drop them. */
export function woff2Only(): Plugin {
  return {
    name: 'woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@fontsource[\\/].*\.css(\?.*)?$/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, ''), map: null };
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [woff2Only()],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: 'dist', target: 'es2022', chunkSizeWarningLimit: 2000, sourcemap: false },
  worker: { format: 'es' },
});
