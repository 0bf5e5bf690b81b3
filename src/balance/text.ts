// The balance report as plain text for a terminal: tables of bots, events, factor effects and the
// strategy search. Pure (returns lines), so the CLI, tests and a page can share it.
import { BALANCED } from '../engine/index';
import type { Strategy } from '../engine/index';
import type { LabReport } from './lab';

/** How a strategy differs from the balanced player, e.g. "marketing=max hiring=fast". */
export function strategyDiff(st: Strategy): string {
  const d = (Object.keys(st) as (keyof Strategy)[]).filter((k) => st[k] !== BALANCED[k]).map((k) => `${k}=${String(st[k])}`);
  return d.length ? d.join(' ') : '(same as balanced)';
}

const pct = (x: number, d = 1) => `${(x * 100).toFixed(d)}%`;
const usdM = (x: number) => `${(x / 1e6).toFixed(1)}M`;
const pad = (s: string | number, n: number) => String(s).padStart(n);
const padR = (s: string, n: number) => s.padEnd(n);
const signed = (x: number, d: number) => (x >= 0 ? '+' : '') + x.toFixed(d);

/** Formats a metric effect in its own unit: percentage points, events per game, USD or bp. */
function effectText(metric: string, x: number): string {
  if (metric === 'survival' || metric === 'survival8') return `${signed(x * 100, 1)} pp`;
  if (metric === 'valuation') return `${x >= 0 ? '+' : '-'}$${usdM(Math.abs(x))}`;
  if (metric === 'stake') return `${x >= 0 ? '+' : '-'}$${(Math.abs(x) / 1e6).toFixed(2)}M`;
  if (metric === 'founderBp') return `${signed(x / 100, 2)} pts`;
  return `${signed(x, 3)}/game`;
}

/** Pure. The report as lines of text. */
export function reportText(r: LabReport): string[] {
  const out: string[] = [];
  const names = Object.keys(r.bots);
  out.push(`Balance lab: scenario ${r.scenario}, ${r.games} games per bot`);
  if (names.length) {
    out.push('');
    out.push(
      `${padR('bot', 14)} ${pad('survival', 8)}  ${padR('95% CI', 15)} ${pad('alive Q8', 8)}  ${padR('valuation p10 / p50 / p90', 27)} ${padR('founders p10 / p50 / p90', 25)} most common failure`,
    );
    for (const n of names) {
      const b = r.bots[n]!;
      const v = b.valuation.quantiles;
      const f = b.founderOwnership.quantiles;
      out.push(
        `${padR(n, 14)} ${pad(pct(b.survivalRate), 8)}  ${padR(`[${pct(b.survivalCi.lo)}, ${pct(b.survivalCi.hi)}]`, 15)} ${pad(pct(b.survival8Rate), 8)}  ${padR(`${usdM(v[0]!)} / ${usdM(v[2]!)} / ${usdM(v[4]!)}`, 27)} ${padR(`${pct(f[0]! / 10000, 0)} / ${pct(f[2]! / 10000, 0)} / ${pct(f[4]! / 10000, 0)}`, 25)} ${b.topCause ?? '-'}${b.topCause ? ` (${b.causes[b.topCause]} of ${b.games - b.survived})` : ''}`,
      );
    }
    out.push('');
    out.push(`events per game${' '.repeat(9)}${names.map((n) => pad(n, 12)).join('')}`);
    for (const id of Object.keys(r.bots[names[0]!]!.eventsPerGame))
      out.push(`  ${padR(id, 22)}${names.map((n) => pad(r.bots[n]!.eventsPerGame[id]!.toFixed(2), 12)).join('')}`);
  }
  if (r.factors.length) {
    out.push('');
    out.push("factor effects on outcomes: the essay's way minus the warned-against way, same seeds and rolls (95% CI, z)");
    for (const f of r.factors) {
      if (!f.measured) {
        out.push(`  n/a    ${padR(f.factor, 16)} ${padR(f.section, 34)} not measured: ${f.reason?.en ?? ''}`);
        continue;
      }
      out.push(
        `  ${f.holds ? 'holds ' : 'FAILS '} ${padR(f.factor, 16)} ${padR(f.section, 34)} judged on ${f.judgedOn.join(' + ')}${f.clearlyAgainst.length ? `; clearly AGAINST on ${f.clearlyAgainst.join(' + ')}` : ''}`,
      );
      out.push(`         ${padR("essay's way: " + f.good.en, 60)} vs ${f.bad.en}${f.note ? ` (${f.note.en})` : ''}`);
      out.push(
        `         ${padR('survival', 22)} ${pad(effectText('survival', f.survivalEffect), 14)}  [${effectText('survival', f.ci.lo)}, ${effectText('survival', f.ci.hi)}]  z ${f.survivalZ.toFixed(1)}`,
      );
      out.push(
        `         ${padR('stake', 22)} ${pad(effectText('stake', f.stakeEffect), 14)}  [${effectText('stake', f.stakeCi.lo)}, ${effectText('stake', f.stakeCi.hi)}]  z ${f.stakeZ.toFixed(1)}`,
      );
      const c = f.eventCheck;
      if (c)
        out.push(
          `         ${padR(`eventCheck ${c.metric}`, 22)} ${pad(effectText(c.metric, c.effect), 14)}  [${effectText(c.metric, c.effectCi.lo)}, ${effectText(c.metric, c.effectCi.hi)}]  z ${c.z.toFixed(1)} (${c.holds ? 'as expected' : 'not shown'}, secondary)`,
        );
    }
    const judged = r.factors.filter((f) => f.measured);
    out.push(
      `  ${judged.filter((f) => f.holds).length} of ${judged.length} measured factors hold on outcomes; ${judged.filter((f) => f.clearlyAgainst.length).length} are clearly against the essay`,
    );
  }
  const s = r.strategies;
  if (s) {
    out.push('');
    out.push(`strategies: mean founders' stake (valuation × ownership, 0 if bankrupt) / survival, per scenario`);
    out.push(`  ${padR('strategy', 24)}${s.scenarios.map((id) => pad(id, 22)).join('')}`);
    for (const n of Object.keys(s.scores)) {
      out.push(
        `  ${padR(n, 24)}${s.scores[n]!.map((x, i) => pad(`${usdM(x)} / ${pct(s.survival[n]![i]!, 0)}${s.best[s.scenarios[i]!] === n ? ' *' : s.topTier[n]![i] ? ' =' : '  '}`, 22)).join('')}`,
      );
    }
    out.push(`  best per scenario: ${s.scenarios.map((id) => `${id} → ${s.best[id]}`).join(', ')}`);
    out.push('  * best on the scenario; = not beaten by the best with 95% confidence (same seeds)');
    for (const id of Object.keys(s.greedy)) out.push(`  greedy search on ${id}: ${strategyDiff(s.greedy[id]!.strategy)}`);
    if (s.judged) {
      out.push(
        s.topEverywhere.length
          ? `  in the top tier of every scenario: ${s.topEverywhere.join(', ')}`
          : '  no strategy is in the top tier of every scenario',
      );
      out.push(
        `  dominant (chosen by the search, or beating the balanced player with 95% confidence, on ≥ ${s.dominantAt} of ${s.scenarios.length} scenarios):`,
      );
      if (!s.dominant.length) out.push('    none');
      for (const d of s.dominant)
        out.push(
          `    ${d.contradictsEssay ? 'AGAINST THE ESSAY' : 'ok               '} ${d.kind} ${padR(d.value, 26)} on ${d.scenarios.join(', ')}${d.balanced ? " (the balanced player's own)" : ''}${d.why ? `: ${d.why.en}` : ''}`,
        );
      const bad = s.dominant.filter((d) => d.contradictsEssay);
      out.push(
        bad.length
          ? `  DOMINANT STRATEGY AGAINST THE ESSAY: ${bad.map((d) => d.value).join(', ')} (--strict exits 1)`
          : '  no dominant strategy against the essay',
      );
    } else out.push('  only one scenario: a dominant strategy needs two or more scenarios to judge');
  }
  return out;
}
