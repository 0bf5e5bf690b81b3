// Vite serves and builds the browser game. Everything the game loads ships in the build:
// no request leaves the machine at run time.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: 'dist', target: 'es2022', chunkSizeWarningLimit: 2000, sourcemap: false },
  worker: { format: 'es' },
});
