// `npm run bench`: prints performance figures (with ratios where a comparison fits), section by
// section. Never pass/fail: speed goals are read here, not asserted in tests.
// Usage: npm run bench [-- SECTION...]   (sections: engine browser replay balance workshop)
import { cpus } from 'node:os';
import * as engine from './engine';
import * as browser from './browser';
import * as replay from './replay';
import * as balance from './balance';
import * as workshop from './workshop';

const SECTIONS = [engine, browser, replay, balance, workshop];

async function main(): Promise<void> {
  const want = process.argv.slice(2);
  const print = (s: string) => console.log(s);
  const cpu = cpus()[0];
  print(`AI Startup Sim bench — node ${process.version}, ${cpus().length} cores${cpu ? `, ${cpu.model}` : ''}`);
  for (const s of SECTIONS) {
    if (want.length && !want.includes(s.name)) continue;
    print(`\n[${s.name}]`);
    await s.run(print);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
