// A Node worker thread of the balance lab: receives chunks, plays them, posts the summaries back.
// Started by pool.ts with tsx as its loader, so it runs the TypeScript sources directly.
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../engine/index';
import type { Chunk } from './chunk';
import { runChunk } from './chunk';

const scenarios = (workerData as { scenarios: Scenario[] }).scenarios;
const port = parentPort;
if (!port) throw new Error('balance/worker.ts must run as a worker thread');

port.on('message', (m: { id: number; chunk: Chunk }) => {
  try {
    port.postMessage({ id: m.id, games: runChunk(scenarios, m.chunk) });
  } catch (e) {
    port.postMessage({ id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
