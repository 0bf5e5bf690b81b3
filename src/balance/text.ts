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

/** One effect of a factor: label, effect, 95% interval and z, each in the metric's unit. */
function effectLine(label: string, metric: string, x: number, ci: { lo: number; hi: number }, z: number): string {
  const interval = `[${effectText(metric, ci.lo)}, ${effectText(metric, ci.hi)}]`;
  return `         ${padR(label, 22)} ${pad(effectText(metric, x), 14)}  ${interval}  z ${z.toFixed(1)}`;
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
      const ci = `[${pct(b.survivalCi.lo)}, ${pct(b.survivalCi.hi)}]`;
      const valuation = `${usdM(v[0]!)} / ${usdM(v[2]!)} / ${usdM(v[4]!)}`;
      const founders = `${pct(f[0]! / 10000, 0)} / ${pct(f[2]! / 10000, 0)} / ${pct(f[4]! / 10000, 0)}`;
      const cause = `${b.topCause ?? '-'}${b.topCause ? ` (${b.causes[b.topCause]} of ${b.games - b.survived})` : ''}`;
      out.push(
        `${padR(n, 14)} ${pad(pct(b.survivalRate), 8)}  ${padR(ci, 15)} ${pad(pct(b.survival8Rate), 8)}  ` +
          `${padR(valuation, 27)} ${padR(founders, 25)} ${cause}`,
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
      const against = f.clearlyAgainst.length ? `; clearly AGAINST on ${f.clearlyAgainst.join(' + ')}` : '';
      out.push(
        `  ${f.holds ? 'holds ' : 'FAILS '} ${padR(f.factor, 16)} ${padR(f.section, 34)} judged on ${f.judgedOn.join(' + ')}${against}`,
      );
      out.push(`         ${padR("essay's way: " + f.good.en, 60)} vs ${f.bad.en}${f.note ? ` (${f.note.en})` : ''}`);
      out.push(effectLine('survival', 'survival', f.survivalEffect, f.ci, f.survivalZ));
      out.push(effectLine('stake', 'stake', f.stakeEffect, f.stakeCi, f.stakeZ));
      const c = f.eventCheck;
      if (c)
        out.push(
          `${effectLine(`eventCheck ${c.metric}`, c.metric, c.effect, c.effectCi, c.z)} (${c.holds ? 'as expected' : 'not shown'}, secondary)`,
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
      for (const d of s.dominant) {
        const own = d.balanced ? " (the balanced player's own)" : '';
        out.push(
          `    ${d.contradictsEssay ? 'AGAINST THE ESSAY' : 'ok               '} ${d.kind} ${padR(d.value, 26)} ` +
            `on ${d.scenarios.join(', ')}${own}${d.why ? `: ${d.why.en}` : ''}`,
        );
      }
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
