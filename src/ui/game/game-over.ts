// The game-over screen: the company's story on one page (outcome and, for a bankruptcy, its cause in
// words; share, replay and export one click away; the key moments; the six-element score with what
// would have raised each and the essay's passage for each lesson), then the quarter-by-quarter log,
// and the charts.
import type { Action, Scenario, Kpi, State } from '../../engine/index';
import { PART_MAX, founderBp } from '../../engine/index';
import type { Lang } from '../../i18n/index';
import { LANGUAGE_NAMES, nameOf, t } from '../../i18n/index';
import { dashboard } from './dashboard';
import { describeAction, eventTitle } from '../shared/describe';
import { fill, h } from '../shared/dom';
import { companyStory } from './ending';
import { turningPoints } from './turning';
import type { TurningPoint } from './turning';
import type { Moment, Story } from './ending';
import { calendar, int, moneyShort, pct } from '../shared/format';
import { ELEMENTS, runScore } from './score-view';

/** One line per closed quarter: key figures, the decisions taken and the events that fired. */
function storyLines(lang: Lang, sc: Scenario, history: readonly Kpi[], log: readonly Action[][]): string[] {
  const sep = lang === 'zh' ? '；' : '; ';
  const stop = lang === 'zh' ? '。' : '.';
  return history.map((k, i) => {
    let customers = 0;
    for (const m of Object.keys(k.customers)) customers += k.customers[m]!;
    const figures = t(lang, 'story.figures', {
      cash: moneyShort(lang, k.cash),
      revenue: moneyShort(lang, k.revenue),
      customers: int(customers),
      staff: k.headcount,
    });
    const decisions = (log[i] ?? []).map((a) => describeAction(lang, sc, a));
    const events = k.fired.map((id) => eventTitle(lang, sc, id));
    return (
      `${calendar(lang, sc.startYear.v, k.quarter)} — ${figures}` +
      (decisions.length ? ` ${t(lang, 'story.decisions')}${decisions.join(sep)}${stop}` : ` ${t(lang, 'story.noDecisions')}`) +
      (events.length ? ` ${t(lang, 'story.events')}${events.join(sep)}${stop}` : ` ${t(lang, 'story.noEvents')}`)
    );
  });
}

/** `onWatch`: open the run in the replay viewer; `onCompare`: a what-if branch against its original. */
export interface GameOverActions {
  onExport(): void;
  onShare(): void;
  onNewGame(): void;
  onLang(): void;
  onWatch?(): void;
  onCompare?: (() => void) | undefined;
  /** Play quarter q again with its decisions changeable (a what-if branch). */
  onWhatIf?: ((q: number) => void) | undefined;
}

let lastTurning: { key: string; points: TurningPoint[]; ms: number } | null = null;

/** The turning points, computed in a Web Worker (inline when workers are unavailable). */
function turningSection(
  lang: Lang,
  sc: Scenario,
  seed: string,
  log: readonly Action[][],
  onWhatIf: ((q: number) => void) | undefined,
): HTMLElement {
  const body = h('div', { 'aria-live': 'polite' }, h('p', { class: 'muted' }, t(lang, 'turning.computing')));
  const section = h(
    'section',
    { class: 'story turning', id: 'turning', 'aria-labelledby': 'turning-title', 'aria-busy': 'true' },
    h('h2', { id: 'turning-title' }, t(lang, 'turning.title')),
    h('p', { class: 'help' }, t(lang, 'turning.help')),
    body,
  );
  const show = (points: TurningPoint[], ms: number) => {
    section.setAttribute('aria-busy', 'false');
    section.dataset.ms = String(ms);
    const word = (score: number, survived: boolean) => t(lang, survived ? 'turning.score' : 'turning.scoreBankrupt', { score });
    fill(
      body,
      points.length === 0
        ? h('p', { class: 'muted' }, t(lang, 'turning.none'))
        : h(
            'ol',
            { id: 'turning-list' },
            points.map((p) =>
              h(
                'li',
                { 'data-quarter': String(p.quarter) },
                h('strong', {}, calendar(lang, sc.startYear.v, p.quarter)),
                lang === 'zh' ? '：' : ': ',
                t(lang, p.withYours >= p.withBot ? 'turning.helped' : 'turning.hurt', {
                  yours: word(p.withYours, p.survivedYours),
                  bot: word(p.withBot, p.survivedBot),
                }),
                ' ',
                onWhatIf
                  ? h(
                      'button',
                      { type: 'button', class: 'small', id: `what-if-q${p.quarter}`, onclick: () => onWhatIf(p.quarter) },
                      t(lang, 'turning.whatIf', { q: calendar(lang, sc.startYear.v, p.quarter) }),
                    )
                  : null,
              ),
            ),
          ),
    );
  };
  // A language switch redraws the page: the same run is not computed twice.
  const key = `${sc.id}|${seed}|${JSON.stringify(log)}`;
  if (lastTurning?.key === key) {
    show(lastTurning.points, lastTurning.ms);
    return section;
  }
  const t0 = performance.now();
  const done = (points: TurningPoint[]) => {
    const ms = Math.round(performance.now() - t0);
    lastTurning = { key, points, ms };
    show(points, ms);
  };
  const inline = () => setTimeout(() => done(turningPoints(sc, seed, log)), 0);
  try {
    const w = new Worker(new URL('./turning-worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<{ points: TurningPoint[]; ms: number }>) => {
      w.terminate();
      done(e.data.points);
    };
    w.onerror = () => {
      w.terminate();
      inline();
    };
    w.postMessage({ scenario: sc, seed, log });
  } catch {
    inline();
  }
  return section;
}

function momentText(lang: Lang, sc: Scenario, m: Moment): string {
  switch (m.kind) {
    case 'round':
      return t(lang, 'ending.round', { round: nameOf(lang, 'round', m.round), amount: moneyShort(lang, m.amount) });
    case 'grant':
      return t(lang, 'ending.grant', { amount: moneyShort(lang, m.amount) });
    case 'partner':
      return t(lang, 'ending.partner', { what: nameOf(lang, 'partner', m.target.split(':')[0] ?? '') });
    case 'fine':
      return t(lang, 'ending.fine', { event: eventTitle(lang, sc, m.event), amount: moneyShort(lang, m.amount) });
    case 'badEvent':
      return t(lang, 'ending.badEvent', { event: eventTitle(lang, sc, m.event), amount: moneyShort(lang, m.amount) });
    case 'pivot':
      return t(lang, 'ending.pivot', { what: describeAction(lang, sc, m.action) });
    case 'firstCustomers':
      return t(lang, 'ending.firstCustomers', { n: int(m.n) });
    case 'team':
      return t(lang, 'ending.team', { n: m.n });
  }
}

/** The cause of a bankruptcy in words, from the balance lab's classification. */
function causeText(lang: Lang, sc: Scenario, st: Story): string {
  if (st.cause.startsWith('event:'))
    return t(lang, 'ending.cause.event', { event: eventTitle(lang, sc, st.cause.slice(6)), amount: moneyShort(lang, st.causeAmount) });
  if (st.cause === 'roundFailed') return t(lang, 'ending.cause.roundFailed');
  return nameOf(lang, 'ending.cause', st.cause.replace(':', '.'));
}

function storySection(lang: Lang, sc: Scenario, s: State, st: Story | null): HTMLElement | null {
  if (!st) return null;
  const moments = st.moments.slice(0, 14);
  return h(
    'section',
    { class: 'story ending', id: 'ending', 'aria-labelledby': 'ending-title' },
    h('h2', { id: 'ending-title' }, t(lang, 'ending.title')),
    moments.length
      ? h(
          'ol',
          { class: 'moments', id: 'moments' },
          moments.map((m) =>
            h(
              'li',
              { 'data-kind': m.kind },
              h('strong', {}, calendar(lang, sc.startYear.v, m.quarter)),
              lang === 'zh' ? '：' : ': ',
              momentText(lang, sc, m),
            ),
          ),
        )
      : h('p', { class: 'muted' }, t(lang, 'ending.quiet')),
  );
}

/** The six elements: score, the part that would have raised it most, and the essay's passage. */
function lessonsSection(lang: Lang, score: ReturnType<typeof runScore>): HTMLElement {
  return h(
    'section',
    { class: 'story lessons', id: 'lessons', 'aria-labelledby': 'lessons-title' },
    h('h2', { id: 'lessons-title' }, t(lang, 'ending.lessons')),
    h(
      'ul',
      { class: 'lesson-list' },
      ELEMENTS.map((e, i) => {
        const parts = score.parts[e];
        const max = PART_MAX[e];
        let best = '';
        let gap = 0;
        for (const k of Object.keys(max)) {
          const g = max[k]! - (parts[k] ?? 0);
          if (g > gap) {
            best = k;
            gap = g;
          }
        }
        return h(
          'li',
          { id: `lesson-${e}` },
          h(
            'p',
            { class: 'lesson-head' },
            h('strong', {}, `${t(lang, `element.${e}`)} ${score.elements[e]} / 100`),
            ' ',
            h('span', { class: 'muted' }, `§1.20.${i + 1}`),
          ),
          h(
            'p',
            { class: 'raise' },
            best
              ? t(lang, 'ending.raise', { part: nameOf(lang, 'part', best), gap, how: nameOf(lang, 'raise', `${e}.${best}`) })
              : t(lang, 'ending.full'),
          ),
          h(
            'blockquote',
            { class: 'passage', lang: 'zh', cite: `§1.20.${i + 1}` },
            t('zh', `passage.${e}`),
            lang === 'en' ? h('span', { class: 'passage-en', lang: 'en' }, ' ', t('en', `passage.${e}`)) : null,
          ),
        );
      }),
    ),
  );
}

export function gameOverScreen(
  lang: Lang,
  sc: Scenario,
  s: State,
  log: readonly Action[][],
  meta: { team?: string; workshop?: string },
  a: GameOverActions,
  seed?: string,
): HTMLElement {
  const score = runScore(sc, s);
  const story = seed !== undefined ? companyStory(sc, seed, log, s) : null;
  const last = s.history[s.history.length - 1];
  const bankrupt = s.status === 'bankrupt';
  const who = [meta.workshop, meta.team].filter(Boolean).join(' · ');
  return h(
    'main',
    { class: 'screen game-over', id: 'game-over' },
    h(
      'div',
      { class: 'row space' },
      h('h1', {}, sc.title[lang]),
      h(
        'button',
        { type: 'button', id: 'over-lang', 'aria-label': t(lang, 'ui.switchLang'), onclick: a.onLang },
        LANGUAGE_NAMES[lang === 'zh' ? 'en' : 'zh'],
      ),
    ),
    who ? h('p', { class: 'team' }, who) : null,
    h(
      'p',
      { class: `outcome ${bankrupt ? 'bad' : 'good'}`, id: 'outcome' },
      bankrupt ? `⚠ ${t(lang, 'over.bankrupt', { n: s.history.length })}` : `✓ ${t(lang, 'over.finished', { n: s.history.length })}`,
    ),
    bankrupt && story?.cause
      ? h('p', { class: 'cause', id: 'cause' }, h('strong', {}, t(lang, 'ending.causeTitle')), ' ', causeText(lang, sc, story))
      : null,
    h(
      'div',
      { class: 'over-figures' },
      h(
        'div',
        { class: 'kpi' },
        h('span', { class: 'kpi-label' }, t(lang, 'over.score') + (score.provisional ? ` (${t(lang, 'ui.provisional')})` : '')),
        h('span', { class: 'kpi-value', id: 'over-score' }, `${score.total} / 100`),
      ),
      h(
        'div',
        { class: 'kpi' },
        h('span', { class: 'kpi-label' }, t(lang, 'ui.cash')),
        h('span', { class: 'kpi-value' }, moneyShort(lang, s.cash)),
      ),
      h(
        'div',
        { class: 'kpi' },
        h('span', { class: 'kpi-label' }, t(lang, 'ui.valuation')),
        h('span', { class: 'kpi-value' }, moneyShort(lang, last?.valuation ?? 0)),
      ),
      h(
        'div',
        { class: 'kpi' },
        h('span', { class: 'kpi-label' }, t(lang, 'ui.founders')),
        h('span', { class: 'kpi-value' }, pct(founderBp(s))),
      ),
      h(
        'div',
        { class: 'kpi' },
        h('span', { class: 'kpi-label' }, t(lang, 'ui.revenue')),
        h('span', { class: 'kpi-value' }, moneyShort(lang, last?.revenue ?? 0)),
      ),
    ),
    h(
      'details',
      { class: 'score-parts', id: 'score-parts' },
      h('summary', {}, t(lang, 'over.parts')),
      h(
        'ul',
        {},
        ELEMENTS.map((e) =>
          h(
            'li',
            {},
            h('strong', {}, `${t(lang, `element.${e}`)} ${score.elements[e]}`),
            ' = ',
            Object.keys(score.parts[e])
              .map((k) => `${nameOf(lang, 'part', k)} ${score.parts[e][k]}`)
              .join(' + '),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', class: 'primary', id: 'btn-export-replay', onclick: a.onExport }, t(lang, 'over.export')),
      h('button', { type: 'button', id: 'btn-share', onclick: a.onShare }, t(lang, 'over.share')),
      a.onWatch ? h('button', { type: 'button', id: 'btn-watch-replay', onclick: a.onWatch }, t(lang, 'rv.watch')) : null,
      a.onCompare
        ? h('button', { type: 'button', id: 'btn-compare-original', onclick: a.onCompare }, t(lang, 'rv.compareWithOriginal'))
        : null,
      h('button', { type: 'button', id: 'btn-new-game', onclick: a.onNewGame }, t(lang, 'over.newGame')),
    ),
    storySection(lang, sc, s, story),
    story && seed !== undefined ? turningSection(lang, sc, seed, log, a.onWhatIf) : null,
    lessonsSection(lang, score),
    h(
      'section',
      { class: 'story', 'aria-labelledby': 'story-title' },
      h('h2', { id: 'story-title' }, t(lang, 'over.story')),
      h(
        'ol',
        { id: 'story' },
        storyLines(lang, sc, s.history, log).map((l) => h('li', {}, l)),
      ),
    ),
    dashboard(lang, sc, s),
  );
}
