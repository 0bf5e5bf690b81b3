// Writes the corpus of 30 schema-valid extreme scenarios (issue 14): the three reproductions of the
// issue, 15 random mixes with every sourced number at its schema minimum or maximum, and 12 extremes
// the loader still accepts (numbers pushed to min or max one at a time, kept while check-scenario
// accepts the file). All have 60 quarters and every event certain (10000 bp, no cooldown).
// Run: npx tsx test/extreme-scenarios/generate.ts  (the files are committed; the test plays them).
import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROUND_KINDS, loadScenario } from '../../src/engine/index';
import { rng } from '../fuzz-support';
import type { Doc } from '../extreme-support';
import { at, certainEvents, classicDoc, extremeDoc, fixUp, numberSlots, schemaValid, survival } from '../extreme-support';

const DIR = dirname(fileURLToPath(import.meta.url));
// Half of each family leans to survival (see `survival`), so games run all 60 quarters at the extremes.
const copy = (d: Doc): Doc => JSON.parse(JSON.stringify(d)) as Doc;
const files: [name: string, doc: Doc][] = [];
const named = (d: Doc, id: string, en: string): Doc => {
  d.id = id;
  d.title = { zh: `极端场景：${id}`, en: `Extreme scenario: ${en}` };
  return d;
};

// 1. Customers double every quarter for 60 quarters (an always-certain +10000 bp event).
{
  const d = classicDoc();
  d.quarters.v = 60;
  const ev = copy(d.events.find((e: Doc) => e.effects.some((x: Doc) => x.kind === 'customers')));
  ev.id = 'customersDouble';
  ev.when = 'always';
  delete ev.markets;
  ev.base.v = 10000;
  delete ev.min;
  delete ev.max;
  ev.cooldown = { v: 0, source: 'design' };
  ev.effects = [{ kind: 'customers', bp: { v: 10000, source: 'design' } }];
  d.events.push(ev);
  files.push(['repro-customers-double', named(d, 'repro-customers-double', 'customers +10000 bp every quarter')]);
}
// 2. Rounds at pre-money 1 and amounts up to 10^12, closing every time.
{
  const d = classicDoc();
  certainEvents(d);
  const design = (v: number) => ({ v, source: 'design' });
  for (const k of ROUND_KINDS)
    Object.assign(d.funding.rounds[k], { minAmount: design(0), maxAmount: design(1e12), minPreMoney: design(1), maxPreMoney: design(1e12) });
  files.push(['repro-round-premoney-1', named(d, 'repro-round-premoney-1', 'rounds at pre-money 1, amounts to 10^12')]);
}
// 3. Every money figure near the schema's maxima, compounding over 60 quarters.
{
  const d = extremeDoc((_i, s) => s.max >= 1e12 || s.path.includes('growthBp') || s.path.includes('potential') || s.path.includes('revenueMultipleBp'));
  files.push(['repro-money-maxima', named(d, 'repro-money-maxima', 'money at the schema maxima')]);
}
// 4. Random mixes of minima and maxima.
for (let i = 1; i <= 15; i++) {
  const r = rng(`extreme-mix-${i}`);
  const pHigh = 0.15 + (0.7 * (i - 1)) / 14;
  const d = extremeDoc((_j, s) => (i > 8 ? survival(s) : null) ?? r() < pHigh);
  const id = `extreme-mix-${String(i).padStart(2, '0')}`;
  files.push([id, named(d, id, `every number at its minimum or maximum (${Math.round(pHigh * 100)}% at the maximum)`)]);
}
// 5. Extremes the loader still accepts.
for (let i = 1; i <= 12; i++) {
  const r = rng(`extreme-accepted-${i}`);
  let d = classicDoc();
  certainEvents(d);
  for (const k of ROUND_KINDS) { d.funding.rounds[k].minPreMoney.v = 1; d.funding.rounds[k].maxAmount.v = 1e12; }
  const slots = numberSlots(d);
  for (let j = slots.length - 1; j > 0; j--) { const k = Math.floor(r() * (j + 1)); [slots[j], slots[k]] = [slots[k]!, slots[j]!]; }
  for (const s of slots) {
    const next = copy(d);
    at(next, s.path).v = (i > 6 ? survival(s) : null) ?? r() < 0.5 ? s.max : s.min;
    fixUp(next);
    if (loadScenario(JSON.stringify(next)).ok) d = next;
  }
  const id = `accepted-extreme-${String(i).padStart(2, '0')}`;
  files.push([id, named(d, id, 'numbers at their minimum or maximum while check-scenario accepts it')]);
}

for (const f of readdirSync(DIR)) if (f.endsWith('.json')) unlinkSync(join(DIR, f));
for (const [name, d] of files) {
  schemaValid(d);
  writeFileSync(join(DIR, `${name}.json`), JSON.stringify(d, null, 1) + '\n');
}
console.log(`${files.length} extreme scenarios written to ${DIR}`);
