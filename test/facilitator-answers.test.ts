// The facilitator's answer key (issue 11): every shipped scenario answers each debrief question in
// both languages, citing the essay; instructors see it (the debrief report, `sim scenarios
// --facilitator`), the teams' handout never does.
import { describe, expect, it } from 'vitest';
import * as workshopCmd from '../src/cli/cmd-workshop';
import { main } from '../src/cli/main';
import { readScenario, scenarioIds } from '../src/cli/scenarios';
import { isSeedSection } from '../src/engine/index';
import type { Scenario } from '../src/engine/index';
import { decodeWorkshop } from '../src/workshop/code';
import { debrief, prepareDebrief } from '../src/workshop/debrief';
import { handoutHtml } from '../src/workshop/handout';
import { esc } from '../src/workshop/html';
import { reportHtml } from '../src/workshop/report';
import { practiceRuns } from '../src/workshop/warm-up';

const ids = scenarioIds();
const sc = (id: string): Scenario => readScenario(id).scenario;
const answersOf = (s: Scenario) => s.facilitator.answers ?? [];

async function sim(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function workshop(id: string, lang: 'en' | 'zh'): Promise<string> {
  const out: string[] = [];
  expect(
    await workshopCmd.run(['create', '--scenario', id, '--seed', 'key-1', '--lang', lang, '--base-url', 'http://h/', '--json'], (s) =>
      out.push(s),
    ),
  ).toBe(0);
  return JSON.parse(out.join('\n')).code as string;
}

describe('every shipped scenario has an answer key', () => {
  it('ships the six scenarios', () => {
    expect(ids).toEqual([
      'case-a-fintech-2015',
      'case-b-health-2018',
      'case-c-medical-2016',
      'case-d-fintech-2017',
      'classic',
      'workshop-intro',
    ]);
  });

  it.each(ids)('%s: one answer per question, in both languages, each citing a section of the essay', (id) => {
    const s = sc(id);
    expect(s.facilitator.questions.length).toBeGreaterThanOrEqual(3);
    expect(answersOf(s).length).toBe(s.facilitator.questions.length);
    answersOf(s).forEach((a, i) => {
      for (const l of ['zh', 'en'] as const) {
        const cited = a[l].match(/§\d+(\.\d+)*/g) ?? [];
        expect(cited.length, `${id} answer ${i + 1} (${l}) cites no section`).toBeGreaterThan(0);
        for (const c of cited) expect(isSeedSection(c), `${id} answer ${i + 1} (${l}): ${c}`).toBe(true);
      }
      // The same sections in both languages, and natural Chinese: the essay is 原文, punctuation full-width.
      expect(new Set(a.zh.match(/§\d+(\.\d+)*/g))).toEqual(new Set(a.en.match(/§\d+(\.\d+)*/g)));
      expect(a.zh).toContain('原文');
      expect(a.zh, `${id} answer ${i + 1}`).not.toMatch(/[,;:!?()]/);
      expect(a.zh).toMatch(/。$/);
      expect(a.en).toMatch(/[.]$/);
      // Short enough to read aloud in a debrief: one to three sentences.
      expect(a.en.split(/[.!?](?:\s|$)/).filter((x) => x.trim()).length, `${id} answer ${i + 1}`).toBeLessThanOrEqual(3);
    });
  });
});

describe('instructors see the answer key; teams do not', () => {
  it.each(['classic', 'case-c-medical-2016'])('%s: the handout shows the questions and none of the answers', async (id) => {
    const s = sc(id);
    for (const lang of ['en', 'zh'] as const) {
      const dec = decodeWorkshop(await workshop(id, lang));
      if (!dec.ok) throw new Error('bad workshop code');
      const html = handoutHtml({ settings: dec.settings, code: dec.code, link: 'http://h/', scenario: s, qrSvg: '<svg></svg>' });
      for (const q of s.facilitator.questions) expect(html).toContain(esc(q[lang]));
      for (const a of answersOf(s)) for (const l of ['zh', 'en'] as const) expect(html).not.toContain(esc(a[l]));
      expect(html).not.toContain('Answer key');
      expect(html).not.toContain('答案要点');
    }
  });

  it.each(['classic', 'case-c-medical-2016'])(
    '%s: the debrief report lists each question with its answer, in both languages',
    async (id) => {
      const s = sc(id);
      const code = await workshop(id, 'en');
      const { text } = readScenario(id);
      const p = prepareDebrief(code, text);
      if (!p.ok) throw new Error(p.problem.message);
      const r = debrief(code, text, practiceRuns(p.ctx, 1));
      if (!r.ok) throw new Error('debrief failed');
      for (const lang of ['en', 'zh'] as const) {
        const html = reportHtml(r.debrief, lang);
        expect(html).toContain(lang === 'en' ? 'Answer key' : '答案要点');
        const key = html.slice(html.indexOf('data-testid="answer-key"'));
        s.facilitator.questions.forEach((q, i) => {
          const item = key.slice(key.indexOf(`data-question="${i + 1}"`), key.indexOf('</li>', key.indexOf(`data-question="${i + 1}"`)));
          for (const l of ['zh', 'en'] as const) {
            expect(item).toContain(esc(q[l]));
            expect(item).toContain(esc(answersOf(s)[i]![l]));
          }
        });
      }
    },
  );
});

describe('sim scenarios --facilitator', () => {
  it('prints goals, questions and answers in English by default, in Chinese with --lang zh', async () => {
    const s = sc('case-d-fintech-2017');
    const en = await sim('scenarios', '--facilitator', 'case-d-fintech-2017');
    expect([en.code, en.err]).toEqual([0, '']);
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    expect(en.out).toContain('Learning goals');
    for (const g of s.facilitator.goals) expect(flat(en.out)).toContain(g.en);
    s.facilitator.questions.forEach((q, i) => {
      expect(flat(en.out)).toContain(q.en);
      expect(flat(en.out)).toContain(`Answer: ${answersOf(s)[i]!.en}`);
    });
    expect(en.out).not.toContain(answersOf(s)[0]!.zh);
    const zh = await sim('scenarios', '--facilitator', 'case-d-fintech-2017', '--lang', 'zh');
    expect(zh.code).toBe(0);
    expect(zh.out).toContain('学习目标');
    for (const a of answersOf(s)) expect(zh.out).toContain(`答案：${a.zh}`);
  });

  it('--json gives both languages, each question beside its answer', async () => {
    const s = sc('classic');
    const r = await sim('scenarios', '--facilitator', 'classic', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { id: string; questions: { question: unknown; answer: unknown }[] };
    expect(j.id).toBe('classic');
    expect(j.questions).toEqual(s.facilitator.questions.map((q, i) => ({ question: q, answer: answersOf(s)[i] })));
  });

  it('refuses a bad language, --lang alone and an unknown scenario, with exit 2', async () => {
    for (const [args, msg] of [
      [['scenarios', '--facilitator', 'classic', '--lang', 'fr'], '--lang takes en or zh'],
      [['scenarios', '--lang', 'zh'], '--lang goes with --facilitator'],
      [['scenarios', '--facilitator', 'no-such-case'], 'unknown scenario'],
    ] as const) {
      const r = await sim(...args);
      expect([args, r.code]).toEqual([args, 2]);
      expect(r.err).toContain(msg);
    }
  });
});
