// The printable one-page handout (A4): how to join (QR, code, link), the scenario brief in both
// languages, the facilitator's goals and discussion questions. A pure string builder: every text
// is escaped; the QR is an SVG from the qrcode library, screened by safeSvg.
import type { Scenario } from '../engine/index';
import type { Key, Lang } from '../i18n/index';
import { t } from '../i18n/index';
import type { WorkshopSettings } from './code';
import { esc, PRINT_CSS, safeSvg } from './html';

export interface HandoutInput {
  settings: WorkshopSettings;
  code: string;
  link: string;
  scenario: Scenario;
  qrSvg: string;
}

const other = (l: Lang): Lang => (l === 'zh' ? 'en' : 'zh');

/** Both languages of a label: the workshop's language first, the other muted beside it. */
function both(l: Lang, f: (x: Lang) => string): string {
  return `${esc(f(l))} <span class="muted">/ ${esc(f(other(l)))}</span>`;
}

/** Pure. The scenario's brief for a workshop that plays `quarters` of its quarters: the brief's own
 *  count ("Over 20 quarters", "20 个季度") becomes the workshop's, so no page promises 20 of 12. */
export function briefFor(sc: Scenario, quarters: number, l: Lang): string {
  const full = sc.quarters.v;
  const text = sc.brief[l];
  if (quarters === full) return text;
  return text.replace(
    new RegExp(`(^|[^0-9])${full}(\\s*(?:quarters|个季度|季度))`, 'g'),
    (_m, pre: string, post: string) => `${pre}${quarters}${post}`,
  );
}

/** Pure. The handout as a complete HTML document: one A4 page (the e2e test prints it to PDF and
 *  counts the pages). The workshop's language throughout; headings also in the other language. */
export function handoutHtml(h: HandoutInput): string {
  const l = h.settings.lang;
  const sc = h.scenario;
  const s = h.settings;
  const sep = l === 'zh' ? '、' : ', ';
  const colon = l === 'zh' ? '：' : ': ';
  const groups = (x: Lang) => s.groups.map((g) => t(x, `workshop.ui.group.${g}`)).join(sep);
  const pauses = (x: Lang) => (s.pauses.length ? s.pauses.map((p) => 'Q' + p).join(sep) : t(x, 'workshop.ui.none'));
  const steps = (['join1', 'join2', 'join3', 'join4'] as const).filter((k) => k !== 'join4' || s.pauses.length > 0);
  const li = (t: string) => `<li>${esc(t)}</li>`;
  const pauseFact = s.pauses.length ? ` · ${esc(t(l, 'workshop.ui.pauses'))}${colon}${esc(pauses(l))}` : '';
  // The facts table: a heading cell, then its value (already escaped) with the cell's attributes.
  const fact = (key: Key, html: string, attrs = '') => `<th>${esc(t(l, key))}</th><td${attrs}>${html}</td>`;
  const factRows = [
    [
      fact('workshop.ui.scenario', `${esc(sc.id)} (v${esc(sc.version)})`),
      fact('workshop.ui.seed', esc(s.seed)),
      fact('workshop.ui.quarters', esc(s.quarters)),
    ],
    [fact('workshop.ui.groups', esc(groups(l)), ' colspan="3"'), fact('workshop.ui.sections', esc(sc.facilitator.sections.join(', ')))],
  ].map((cells) => `<tr>${cells.join('')}</tr>`);
  return `<!doctype html>
<html lang="${l === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${esc(t(l, 'workshop.ui.handoutTitle', { title: sc.title[l] }))}</title>
<style>${PRINT_CSS}
@page { size: A4; margin: 12mm; }
body { font-size: 9.5pt; line-height: 1.32; } h1 { font-size: 16pt; margin: 0 0 2mm; } h2 { font-size: 11pt; margin: 3mm 0 1mm; } h3 { font-size: 10pt; margin: 2mm 0 0.5mm; }
.join { display: flex; gap: 5mm; align-items: center; border: 2px solid #111; padding: 3mm; margin: 2mm 0; }
.join .qr svg { width: 38mm; height: 38mm; display: block; }
.join .code { font-size: 16pt; } .join .link { font-family: ui-monospace, monospace; font-size: 8.5pt; word-break: break-all; }
.join .facts { font-size: 10pt; font-weight: 600; margin-top: 1mm; }
ol, ul { margin: 0.5mm 0; padding-left: 5mm; } li { margin-bottom: 0.6mm; }
.important { border-left: 3px solid #a40000; padding-left: 2mm; }
table { font-size: 8.5pt; } th, td { padding: 0.6mm 1.2mm; }
</style></head><body>
<h1>${esc(t(l, 'workshop.ui.handoutTitle', { title: sc.title[l] }))} <span class="muted" style="font-size:11pt">/ ${esc(sc.title[other(l)])}</span></h1>
<div class="join"><div class="qr">${safeSvg(h.qrSvg)}</div><div>
<div>${both(l, (x) => t(x, 'workshop.ui.code'))}</div><div class="code" data-testid="handout-code">${esc(h.code)}</div>
<div>${both(l, (x) => t(x, 'workshop.ui.link'))}</div><div class="link">${esc(h.link)}</div>
<div class="facts" data-testid="handout-quarters">${esc(t(l, 'workshop.ui.quartersFact', { n: s.quarters }))}${pauseFact}</div>
</div></div>
<div class="cols">
<div>
<h2>${both(l, (x) => t(x, 'workshop.ui.howToJoin'))}</h2>
<ol>${steps.map((k) => li(t(l, `workshop.ui.${k}`))).join('')}</ol>
<h2>${both(l, (x) => t(x, 'workshop.ui.handInTitle'))}</h2>
<ul>${li(t(l, 'workshop.ui.handIn1'))}${li(t(l, 'workshop.ui.handIn2'))}${li(t(l, 'workshop.ui.naming'))}</ul>
<p class="important" data-testid="handout-lost-tab">${esc(t(l, 'workshop.ui.lostTab'))}</p>
</div>
<div>
<h2>${both(l, (x) => t(x, 'workshop.ui.brief'))}</h2>
<p>${esc(briefFor(sc, s.quarters, l))}</p>
<h3>${both(l, (x) => t(x, 'workshop.ui.questions'))}</h3>
<ul>${sc.facilitator.questions.map((q) => li(q[l])).join('')}</ul>
</div>
</div>
<h3>${both(l, (x) => t(x, 'workshop.ui.goals'))}</h3>
<ul>${sc.facilitator.goals.map((g) => li(g[l])).join('')}</ul>
<table><tbody>
${factRows.join('\n')}
</tbody></table>
</body></html>
`;
}
