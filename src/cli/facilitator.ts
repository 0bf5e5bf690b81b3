// `sim scenarios --facilitator ID|FILE [--lang zh|en] [--json]`: a scenario's facilitator note for
// the instructor: goals, the seed sections taught, and each debrief question with its answer key
// (the essay passage and what the game shows). The teams' handout prints the questions only.
import type { Scenario } from '../engine/index';
import type { Lang } from '../i18n/index';
import { t } from '../i18n/index';
import { wrap } from './args';

/** Pure. The note as plain text in one language; English is wrapped at 100 columns, Chinese (no
 *  spaces to break at) is left to the terminal. */
export function facilitatorText(sc: Scenario, l: Lang): string {
  const f = sc.facilitator;
  const colon = l === 'zh' ? '：' : ': ';
  const block = (text: string, indent: number): string[] => (l === 'en' ? wrap(text, indent) : [' '.repeat(indent) + text]);
  const numbered = (n: number, text: string): string[] => {
    const lines = block(text, 5);
    return [`  ${`${n}.`.padEnd(3)}${lines[0]!.trimStart()}`, ...lines.slice(1)];
  };
  const out = [
    `${sc.id}${colon}${sc.title[l]}`,
    `${t(l, 'workshop.ui.sections')}${colon}${f.sections.join(', ')}`,
    '',
    t(l, 'workshop.ui.goals'),
  ];
  f.goals.forEach((g, i) => out.push(...numbered(i + 1, g[l])));
  out.push('', `${t(l, 'workshop.ui.questions')} / ${t(l, 'workshop.ui.answerKey')}`);
  f.questions.forEach((q, i) => {
    const a = f.answers?.[i];
    out.push(
      ...numbered(i + 1, q[l]),
      ...block(`${t(l, 'workshop.ui.answer')}${colon}${a ? a[l] : t(l, 'workshop.ui.notApplicable')}`, 5),
      '',
    );
  });
  return out.join('\n').trimEnd();
}

/** Pure. The note as one JSON object, both languages: each question beside its answer (null when the
 *  scenario has no answer key). */
export function facilitatorJson(sc: Scenario): unknown {
  const f = sc.facilitator;
  return {
    id: sc.id,
    title: sc.title,
    sections: f.sections,
    goals: f.goals,
    questions: f.questions.map((q, i) => ({ question: q, answer: f.answers?.[i] ?? null })),
  };
}
