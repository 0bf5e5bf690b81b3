// The balance lab's report on the page: survival per player with intervals, events per game, factor
// effects with their intervals and essay sections, the essay's claims checked, and the strategy
// search with any dominant strategy named. Built from the same LabReport the CLI prints.
import type { FactorEffect } from '../../balance/analyze';
import type { LabReport } from '../../balance/lab';
import { strategyDiff } from '../../balance/text';
import type { Scenario } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { nameOf, t } from '../../i18n/index';
import { eventTitle } from '../shared/describe';
import { h } from '../shared/dom';
import { moneyShort } from '../shared/format';
import { barSvg, forest, intervalSvg } from './lab-charts';

const pctText = (x: number, d = 1) => `${(x * 100).toFixed(d)}%`;
const signed = (x: number, d: number) => (x > 0 ? '+' : x < 0 ? '−' : '±') + Math.abs(x).toFixed(d);

/** A metric effect as a bare signed number (interval ends: the unit is said once, at the effect). */
function bare(L: Lang, metric: string, x: number): string {
  if (metric === 'survival' || metric === 'survival8') return signed(x * 100, 1);
  if (metric === 'valuation') return (x < 0 ? '−' : '+') + moneyShort(L, Math.abs(x));
  if (metric === 'founderBp') return signed(x / 100, 2);
  return signed(x, 3);
}

/** A metric effect in its own unit, in the reader's language. */
function effectText(L: Lang, metric: string, x: number): string {
  if (metric === 'survival' || metric === 'survival8') return t(L, 'lab.unitPp', { x: signed(x * 100, 1) });
  if (metric === 'valuation') return (x < 0 ? '−' : '+') + moneyShort(L, Math.abs(x));
  if (metric === 'founderBp') return t(L, 'lab.unitPts', { x: signed(x / 100, 2) });
  return t(L, 'lab.unitPerGame', { x: signed(x, 3) });
}

function metricName(L: Lang, sc: Scenario, metric: string): string {
  if (!metric.startsWith('events:')) return nameOf(L, 'lab.metric', metric);
  return t(L, 'lab.metric.events', {
    events: metric
      .slice(7)
      .split('+')
      .map((id) => eventTitle(L, sc, id))
      .join(L === 'zh' ? '、' : ', '),
  });
}

function botLabel(L: Lang, name: string): string {
  return nameOf(L, 'lab.bot', name);
}

function survival(L: Lang, r: LabReport): HTMLElement {
  const names = Object.keys(r.bots);
  const rows = names.map((n) => {
    const b = r.bots[n]!;
    return {
      key: n,
      label: n,
      value: b.survivalRate,
      lo: b.survivalCi.lo,
      hi: b.survivalCi.hi,
      text: `${pctText(b.survivalRate)} [${pctText(b.survivalCi.lo)}, ${pctText(b.survivalCi.hi)}]`,
    };
  });
  const detail = h(
    'details',
    { class: 'lab-numbers' },
    h('summary', {}, t(L, 'lab.showNumbers')),
    h(
      'table',
      { class: 'report-table', id: 'lab-bots' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [
            t(L, 'lab.colPlayer'),
            t(L, 'lab.colSurvival'),
            t(L, 'lab.colAlive8'),
            t(L, 'lab.colValuation'),
            t(L, 'lab.colFounders'),
            t(L, 'lab.colCause'),
          ].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        names.map((n) => {
          const b = r.bots[n]!;
          const v = b.valuation.quantiles;
          const cause = b.topCause
            ? t(L, 'lab.causeOf', { cause: nameOf(L, 'lab.cause', b.topCause), n: b.causes[b.topCause] ?? 0, of: b.games - b.survived })
            : '–';
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, botLabel(L, n)),
            h('td', {}, pctText(b.survivalRate)),
            h('td', {}, pctText(b.survival8Rate)),
            h('td', {}, `${moneyShort(L, v[0]!)} / ${moneyShort(L, v[2]!)} / ${moneyShort(L, v[4]!)}`),
            h('td', {}, pctText(b.founderOwnership.quantiles[2]! / 10000, 0)),
            h('td', {}, cause),
          );
        }),
      ),
    ),
  );
  return h(
    'section',
    { class: 'lab-section', 'aria-labelledby': 'lab-survival-title' },
    h('h2', { id: 'lab-survival-title' }, t(L, 'lab.survivalTitle')),
    h('p', { class: 'muted small' }, t(L, 'lab.survivalHelp')),
    forest({
      id: 'lab-survival',
      caption: t(L, 'lab.survivalTitle'),
      rows,
      dlo: 0,
      dhi: 1,
      fmt: (x) => pctText(x, 0),
      cols: [t(L, 'lab.colPlayer'), t(L, 'lab.colSurvival'), t(L, 'lab.colCi')],
    }),
    detail,
  );
}

function events(L: Lang, sc: Scenario, r: LabReport): HTMLElement {
  const names = Object.keys(r.bots);
  const ids = names.length ? Object.keys(r.bots[names[0]!]!.eventsPerGame) : [];
  let max = 0;
  for (const n of names) for (const id of ids) max = Math.max(max, r.bots[n]!.eventsPerGame[id]!);
  return h(
    'section',
    { class: 'lab-section', 'aria-labelledby': 'lab-events-title' },
    h('h2', { id: 'lab-events-title' }, t(L, 'lab.eventsTitle')),
    h('p', { class: 'muted small' }, t(L, 'lab.eventsHelp')),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'report-table lab-events', id: 'lab-events' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t(L, 'lab.colEvent')),
            names.map((n) => h('th', { scope: 'col' }, n)),
          ),
        ),
        h(
          'tbody',
          {},
          ids.map((id) =>
            h(
              'tr',
              { 'data-event': id },
              h('th', { scope: 'row' }, eventTitle(L, sc, id)),
              names.map((n) => {
                const v = r.bots[n]!.eventsPerGame[id]!;
                return h('td', {}, h('span', { class: 'num' }, v.toFixed(2)), barSvg(v, max));
              }),
            ),
          ),
        ),
      ),
    ),
  );
}

const zText = (z: number) => z.toFixed(1);
const stakeText = (L: Lang, x: number) => (x < 0 ? '−' : '+') + moneyShort(L, Math.abs(x));

/** One outcome in a claims cell: the effect with its interval and z, and the interval drawn. */
function outcomeCell(
  L: Lang,
  effect: number,
  ci: { lo: number; hi: number },
  z: number,
  lim: number,
  fmt: (x: number) => string,
  judged: boolean,
): HTMLElement {
  return h(
    'td',
    { class: judged ? 'judged' : '' },
    h('span', { class: 'num' }, t(L, 'lab.effectLine', { effect: fmt(effect), lo: fmt(ci.lo), hi: fmt(ci.hi), z: zText(z) })),
    intervalSvg(effect, ci.lo, ci.hi, -lim, lim, ci.lo > 0 || ci.hi < 0),
  );
}

function claimRow(L: Lang, sc: Scenario, f: FactorEffect, limS: number, limK: number): HTMLElement {
  const head = h('th', { scope: 'row' }, f.label[L], h('span', { class: 'sub' }, f.section));
  if (!f.measured)
    return h(
      'tr',
      { 'data-factor': f.factor, class: 'na' },
      h('td', { class: 'verdict-cell' }, t(L, 'lab.notMeasured')),
      head,
      h('td', { colspan: 4 }, f.reason?.[L] ?? ''),
    );
  const c = f.eventCheck;
  const verdict = f.clearlyAgainst.length
    ? t(L, 'lab.against', { outcomes: f.clearlyAgainst.map((o) => t(L, `lab.outcome.${o}`)).join(L === 'zh' ? '、' : ', ') })
    : t(L, f.holds ? 'lab.holds' : 'lab.fails');
  return h(
    'tr',
    { 'data-factor': f.factor, class: f.holds ? 'holds' : 'fails' },
    h('td', { class: 'verdict-cell' }, verdict),
    head,
    h(
      'td',
      {},
      f.claim[L],
      h('span', { class: 'sub' }, t(L, 'lab.sides', { good: f.good[L], bad: f.bad[L] }), f.note ? ` (${f.note[L]})` : ''),
      h(
        'span',
        { class: 'sub' },
        t(L, 'lab.colJudged'),
        L === 'zh' ? '：' : ': ',
        f.judgedOn.map((o) => t(L, `lab.outcome.${o}`)).join(L === 'zh' ? '、' : ', '),
      ),
      c
        ? h(
            'span',
            { class: 'sub check' },
            t(L, 'lab.eventCheck', {
              metric: metricName(L, sc, c.metric),
              effect: effectText(L, c.metric, c.effect),
              lo: bare(L, c.metric, c.effectCi.lo),
              hi: bare(L, c.metric, c.effectCi.hi),
              z: zText(c.z),
              verdict: t(L, c.holds ? 'lab.checkAsExpected' : 'lab.checkNotShown'),
            }),
          )
        : null,
    ),
    outcomeCell(L, f.survivalEffect, f.ci, f.survivalZ, limS, (x) => bare(L, 'survival', x), f.judgedOn.includes('survival')),
    outcomeCell(L, f.stakeEffect, f.stakeCi, f.stakeZ, limK, (x) => stakeText(L, x), f.judgedOn.includes('stake')),
  );
}

function factors(L: Lang, sc: Scenario, r: LabReport): HTMLElement | null {
  if (!r.factors.length) return null;
  const fs = r.factors.filter((f) => f.measured);
  const limS = Math.max(0.05, ...fs.map((f) => Math.max(Math.abs(f.ci.lo), Math.abs(f.ci.hi))));
  const limK = Math.max(100_000, ...fs.map((f) => Math.max(Math.abs(f.stakeCi.lo), Math.abs(f.stakeCi.hi))));
  const rows = (
    value: (f: FactorEffect) => number,
    ci: (f: FactorEffect) => { lo: number; hi: number },
    z: (f: FactorEffect) => number,
    fmt: (x: number) => string,
  ) =>
    fs.map((f) => ({
      key: f.factor,
      label: f.label[L],
      sub: f.section,
      value: value(f),
      lo: ci(f).lo,
      hi: ci(f).hi,
      conclusive: ci(f).lo > 0 || ci(f).hi < 0,
      text: `${fmt(value(f))} [${fmt(ci(f).lo)}, ${fmt(ci(f).hi)}] z ${zText(z(f))}`,
    }));
  const held = fs.filter((f) => f.holds).length;
  const against = fs.filter((f) => f.clearlyAgainst.length).length;
  return h(
    'section',
    { class: 'lab-section', 'aria-labelledby': 'lab-factors-title' },
    h('h2', { id: 'lab-factors-title' }, t(L, 'lab.factorsTitle')),
    h('p', { class: 'muted small' }, t(L, 'lab.factorsHelp')),
    forest({
      id: 'lab-factors',
      caption: t(L, 'lab.survivalEffect'),
      rows: rows(
        (f) => f.survivalEffect,
        (f) => f.ci,
        (f) => f.survivalZ,
        (x) => bare(L, 'survival', x),
      ),
      dlo: -limS,
      dhi: limS,
      fmt: (x) => signed(x * 100, 0),
      cols: [t(L, 'lab.colFactor'), t(L, 'lab.survivalEffect'), t(L, 'lab.colEffect')],
    }),
    forest({
      id: 'lab-stakes',
      caption: t(L, 'lab.stakeEffect'),
      rows: rows(
        (f) => f.stakeEffect,
        (f) => f.stakeCi,
        (f) => f.stakeZ,
        (x) => stakeText(L, x),
      ),
      dlo: -limK,
      dhi: limK,
      fmt: (x) => stakeText(L, x),
      cols: [t(L, 'lab.colFactor'), t(L, 'lab.stakeEffect'), t(L, 'lab.colEffect')],
    }),
    h('h3', { id: 'lab-claims-title' }, t(L, 'lab.claimsTitle')),
    h('p', { id: 'lab-claims-summary', role: 'status' }, t(L, 'lab.claimsSummary', { holds: held, n: fs.length, against })),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'report-table lab-claims', id: 'lab-claims', 'aria-labelledby': 'lab-claims-title' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['', t(L, 'lab.colFactor'), t(L, 'lab.colClaim'), t(L, 'lab.colSurvival'), t(L, 'lab.colStake')].map((c) =>
              h('th', { scope: 'col' }, c),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          r.factors.map((f) => claimRow(L, sc, f, limS, limK)),
        ),
      ),
    ),
  );
}

function strategies(L: Lang, r: LabReport): HTMLElement | null {
  const s = r.strategies;
  if (!s) return null;
  const bad = s.dominant.filter((d) => d.contradictsEssay);
  const verdict = !s.judged
    ? t(L, 'lab.notJudged')
    : bad.length
      ? t(L, 'lab.dominant', { names: bad.map((d) => d.value).join(', ') })
      : t(L, 'lab.noDominant');
  return h(
    'section',
    { class: 'lab-section', 'aria-labelledby': 'lab-strategies-title' },
    h('h2', { id: 'lab-strategies-title' }, t(L, 'lab.strategiesTitle')),
    h('p', { class: `lab-verdict ${bad.length ? 'bad' : 'good'}`, id: 'lab-verdict', role: 'status' }, verdict),
    h('p', { class: 'muted small' }, t(L, 'lab.strategiesHelp')),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'report-table lab-strategies', id: 'lab-strategies' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t(L, 'lab.colStrategy')),
            s.scenarios.map((id) => h('th', { scope: 'col' }, id)),
          ),
        ),
        h(
          'tbody',
          {},
          Object.keys(s.scores).map((n) =>
            h(
              'tr',
              { 'data-strategy': n },
              h('th', { scope: 'row' }, n),
              s.scores[n]!.map((v, i) => {
                const best = s.best[s.scenarios[i]!] === n;
                return h(
                  'td',
                  { class: best ? 'best' : s.topTier[n]![i] ? 'tier' : '' },
                  `${moneyShort(L, v)} · ${pctText(s.survival[n]![i]!, 0)}`,
                  best
                    ? h('span', { class: 'mark' }, ` ${t(L, 'lab.best')}`)
                    : s.topTier[n]![i]
                      ? h('span', { class: 'mark' }, ` ${t(L, 'lab.tied')}`)
                      : null,
                );
              }),
            ),
          ),
        ),
      ),
    ),
    h(
      'ul',
      { class: 'lab-greedy' },
      Object.keys(s.greedy).map((id) => h('li', {}, t(L, 'lab.greedy', { id, diff: strategyDiff(s.greedy[id]!.strategy) }))),
    ),
    s.judged
      ? h(
          'p',
          { id: 'lab-top' },
          s.topEverywhere.length ? t(L, 'lab.topEverywhere', { names: s.topEverywhere.join(', ') }) : t(L, 'lab.noTopEverywhere'),
        )
      : null,
    s.judged ? h('p', { class: 'muted small' }, t(L, 'lab.dominantHelp', { at: s.dominantAt, n: s.scenarios.length })) : null,
    s.judged
      ? h(
          'table',
          { class: 'report-table lab-dominant', id: 'lab-dominant' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              [t(L, 'lab.colKind'), t(L, 'lab.colValue'), t(L, 'lab.colScenarios'), t(L, 'lab.colAgainst')].map((c) =>
                h('th', { scope: 'col' }, c),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            s.dominant.length
              ? s.dominant.map((d) =>
                  h(
                    'tr',
                    { 'data-value': d.value, class: d.contradictsEssay ? 'fails' : '' },
                    h('td', {}, t(L, `lab.kind.${d.kind}`)),
                    h('td', {}, d.value, d.balanced ? t(L, 'lab.balancedOwn') : ''),
                    h('td', {}, d.scenarios.join(', ')),
                    h('td', { class: 'verdict-cell' }, d.why ? t(L, 'lab.yesAgainst', { why: d.why[L] }) : t(L, 'lab.no')),
                  ),
                )
              : h('tr', {}, h('td', { colspan: 4 }, t(L, 'lab.noneDominant'))),
          ),
        )
      : null,
  );
}

/** The whole report for the main scenario `sc` (event names come from it). */
export function reportView(L: Lang, sc: Scenario, r: LabReport): HTMLElement[] {
  return [survival(L, r), events(L, sc, r), factors(L, sc, r), strategies(L, r)].filter((x): x is HTMLElement => x !== null);
}
