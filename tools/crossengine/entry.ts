// Bundle entry for engines without a TypeScript loader (Chromium, QuickJS, and Node/bun when a
// variant build is tested): exposes runJobsJson as the global `__crossengine`.
import { installTextEncoder } from './text-encoder';
import { runJobsJson } from './runner';

installTextEncoder();
export { runJobsJson };
