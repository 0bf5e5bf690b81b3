// Rewrites the "Measured figures" section of docs/teaching.md from a balance-lab JSON report, so the
// page states what the lab measured and nothing else:
//   npm run -s sim -- balance --scenario all --games 600 --bots balanced,focused,scattered --json > lab.json
//   npx tsx tools/teaching-figures.ts lab.json "2026-12-02" "2-core AMD EPYC, Node 20.20.2" SECONDS
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Ci {
  lo: number;
  hi: number;
}
interface Factor {
  factor: string;
  section: string;
  label: { en: string };
  measured: boolean;
  reason: { en: string } | null;
  survivalEffect: number;
  ci: Ci;
  survivalZ: number;
  stakeEffect: number;
  stakeCi: Ci;
  stakeZ: number;
  holds: boolean;
  clearlyAgainst: string[];
}
interface Bot {
  survivalRate: number;
  survivalCi: Ci;
}
interface Dominant {
  kind: string;
  value: string;
  scenarios: string[];
  contradictsEssay: boolean;
}
interface Report {
  scenario: string;
  games: number;
  bots: Record<string, Bot>;
  factors: Factor[];
  strategies: { dominant: Dominant[] };
}

const [file, date, machine, seconds] = process.argv.slice(2);
if (!file || !date || !machine) {
  console.error('usage: tsx tools/teaching-figures.ts LAB.json DATE "MACHINE" [SECONDS]');
  process.exit(2);
}
const reports = JSON.parse(readFileSync(file, 'utf8')) as Report[];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pts = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}`;
const usd = (x: number) => {
  const s = x < 0 ? '-' : '+';
  const a = Math.abs(x);
  return a >= 1e6 ? `${s}$${(a / 1e6).toFixed(1)}M` : a >= 1e3 ? `${s}$${Math.round(a / 1e3)}K` : `${s}$${Math.round(a)}`;
};
const players = ['balanced', 'focused', 'scattered'];
const out: string[] = [];
out.push('## Measured figures', '');
out.push(`Measured on **${date}** on a shared **${machine}** machine, rules version 2 (\`ENGINE_VERSION\` 2), with:`, '');
out.push('```sh', `npm run -s sim -- balance --scenario all --games ${reports[0]!.games} --bots ${players.join(',')} --json`, '```', '');
out.push(
  `(${reports[0]!.games} seeds per player per scenario${seconds ? `; ${seconds} s on 2 worker threads` : ''}.) The same command gives the same`,
  'figures on any machine: the lab is deterministic whatever the number of workers. `tools/teaching-figures.ts` writes this section from its JSON.',
  '',
);
out.push('### Survival (share of seeds reaching the last quarter, 95% Wilson interval)', '');
out.push(
  '`focused` plays the success pattern of cases A and B, `scattered` the failure pattern of cases C and D,',
  '`balanced` a sensible all-round player.',
  '',
);
out.push(`| scenario | ${players.join(' | ')} |`, `|---|${players.map(() => '---').join('|')}|`);
for (const r of reports)
  out.push(
    `| \`${r.scenario}\` | ${players
      .map((p) => {
        const b = r.bots[p];
        return b ? `${pct(b.survivalRate)} (${pct(b.survivalCi.lo)}–${pct(b.survivalCi.hi)})` : '–';
      })
      .join(' | ')} |`,
  );
out.push('', "### The essay's factors, on outcomes", '');
out.push(
  "Each factor is a paired experiment: the `balanced` player with that one decision set the essay's way",
  'and the way it warns against, on the same seeds and the same rolls. **Survival effect** is the difference in',
  "survival (percentage points), **stake effect** the difference in the founders' stake (valuation × founders'",
  'ownership, 0 when bankrupt; mean in USD), each with its 95% interval and z. A factor **holds** when an outcome it',
  "is judged on is clearly (interval clear of 0) in the essay's direction and neither is clearly against it; it is",
  '**against** when an interval lies wholly below 0. A factor the scenario does not let the player choose, or one the',
  'engine cannot express the warned-against side of, is reported as not measured.',
  '',
  'In short:',
  '',
);
for (const r of reports) {
  const m = r.factors.filter((f) => f.measured);
  const not = m.filter((f) => !f.holds);
  const against = m.filter((f) => f.clearlyAgainst.length > 0);
  out.push(
    `- \`${r.scenario}\`: ${m.length - not.length} of ${m.length} measured factors hold` +
      (not.length
        ? `; not: ${not.map((f) => f.label.en + (f.clearlyAgainst.length ? ` (against on ${f.clearlyAgainst.join(' and ')})` : '')).join(', ')}`
        : '') +
      (against.length ? '' : '; none is clearly against the essay'),
  );
}
const dom = reports[0]!.strategies.dominant;
const domValues = dom.map((d) => `\`${d.value}\`${d.contradictsEssay ? ' (against the essay)' : ''}`).join(', ');
out.push(
  '',
  'The strategy search reports as dominant the decision values it chose on at least 4 of the 6 scenarios ' +
    `and any fixed strategy that beats the balanced player on stake in 4 or more: ${domValues}. ` +
    (dom.some((d) => d.contradictsEssay)
      ? 'Some contradict the essay, so `--strict` exits 1 on this run.'
      : 'None contradicts the essay, so `--strict` exits 0 on this run.'),
  '',
);
for (const r of reports) {
  out.push(
    `### \`${r.scenario}\``,
    '',
    '| factor (essay) | survival effect (95% CI), z | stake effect (95% CI), z | holds |',
    '|---|---|---|---|',
  );
  for (const f of r.factors) {
    const name = `${f.label.en} (${f.section})`;
    if (!f.measured) {
      out.push(`| ${name} | not measured: ${f.reason?.en ?? ''} | | – |`);
      continue;
    }
    const s = `${pts(f.survivalEffect)} pts (${pts(f.ci.lo)}..${pts(f.ci.hi)}), z ${f.survivalZ.toFixed(1)}`;
    const k = `${usd(f.stakeEffect)} (${usd(f.stakeCi.lo)}..${usd(f.stakeCi.hi)}), z ${f.stakeZ.toFixed(1)}`;
    out.push(`| ${name} | ${s} | ${k} | ${f.holds ? 'yes' : f.clearlyAgainst.length ? '**against**' : '**no**'} |`);
  }
  out.push('');
}
const path = join(import.meta.dirname, '../docs/teaching.md');
const doc = readFileSync(path, 'utf8');
const at = doc.indexOf('## Measured figures');
if (at < 0) throw new Error('docs/teaching.md has no "## Measured figures" section');
writeFileSync(path, doc.slice(0, at) + out.join('\n'));
console.log(`docs/teaching.md: ${reports.length} scenarios written`);
