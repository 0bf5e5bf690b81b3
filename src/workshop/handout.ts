// The printable one-page handout (A4): how to join (QR, code, link), the scenario brief in both
// languages, the facilitator's goals and discussion questions. A pure string builder: every text
// is escaped; the QR is an SVG from the qrcode library, screened by safeSvg.
import type { Scenario } from '../engine/scenario-schema';
import type { Lang } from '../i18n/index';
import type { WorkshopSettings } from './code';
import { esc, PRINT_CSS, safeSvg } from './html';
import { ui } from './ui-texts';

export interface HandoutInput { settings: WorkshopSettings; code: string; link: string; scenario: Scenario; qrSvg: string }

const other = (l: Lang): Lang => (l === 'zh' ? 'en' : 'zh');

/** Both languages of a label: the workshop's language first, the other muted beside it. */
function both(l: Lang, f: (x: Lang) => string): string {
  return `${esc(f(l))} <span class="muted">/ ${esc(f(other(l)))}</span>`;
}

/** Pure. The handout as a complete HTML document. */
export function handoutHtml(h: HandoutInput): string {
  const l = h.settings.lang;
  const sc = h.scenario;
  const s = h.settings;
  const groups = (x: Lang) => s.groups.map((g) => ui(x, `group.${g}`)).join(', ');
  const pauses = (x: Lang) => (s.pauses.length ? s.pauses.map((p) => 'Q' + p).join(', ') : ui(x, 'none'));
  const steps = (['join1', 'join2', 'join3', 'join4', 'join5'] as const).filter((k) => k !== 'join4' || s.pauses.length > 0);
  const pair = (t: { zh: string; en: string }) => `<li>${esc(t[l])}<br><span class="muted">${esc(t[other(l)])}</span></li>`;
  return `<!doctype html>
<html lang="${l === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${esc(ui(l, 'handoutTitle', { title: sc.title[l] }))}</title>
<style>${PRINT_CSS}
.join { display: flex; gap: 6mm; align-items: center; border: 2px solid #111; padding: 4mm; margin: 3mm 0; }
.join .qr svg { width: 42mm; height: 42mm; display: block; } 
.join .code { font-size: 17pt; } .join .link { font-family: ui-monospace, monospace; font-size: 9pt; word-break: break-all; }
ol, ul { margin: 1mm 0; padding-left: 6mm; } li { margin-bottom: 1mm; } body { font-size: 10pt; }
</style></head><body>
<h1>${esc(ui(l, 'handoutTitle', { title: sc.title[l] }))}<br><span class="muted" style="font-size:12pt">${esc(sc.title[other(l)])}</span></h1>
<div class="join"><div class="qr">${safeSvg(h.qrSvg)}</div><div>
<div>${both(l, (x) => ui(x, 'code'))}</div><div class="code" data-testid="handout-code">${esc(h.code)}</div>
<div>${both(l, (x) => ui(x, 'link'))}</div><div class="link">${esc(h.link)}</div>
</div></div>
<h2>${both(l, (x) => ui(x, 'howToJoin'))}</h2>
<ol>${steps.map((k) => `<li>${esc(ui(l, k))}<br><span class="muted">${esc(ui(other(l), k))}</span></li>`).join('')}</ol>
<h2>${both(l, (x) => ui(x, 'brief'))}</h2>
<p>${esc(sc.brief[l])}</p><p class="muted">${esc(sc.brief[other(l)])}</p>
<div class="cols nobreak"><div><h3>${both(l, (x) => ui(x, 'goals'))}</h3><ul>${sc.facilitator.goals.map(pair).join('')}</ul></div>
<div><h3>${both(l, (x) => ui(x, 'questions'))}</h3><ul>${sc.facilitator.questions.map(pair).join('')}</ul></div></div>
<h2>${both(l, (x) => ui(x, 'settings'))}</h2>
<table><tbody>
<tr><th>${both(l, (x) => ui(x, 'scenario'))}</th><td>${esc(sc.id)} (v${esc(sc.version)})</td><th>${both(l, (x) => ui(x, 'seed'))}</th><td>${esc(s.seed)}</td></tr>
<tr><th>${both(l, (x) => ui(x, 'quarters'))}</th><td>${esc(s.quarters)}</td><th>${both(l, (x) => ui(x, 'pauses'))}</th><td>${esc(pauses(l))}</td></tr>
<tr><th>${both(l, (x) => ui(x, 'groups'))}</th><td colspan="3">${both(l, groups)}</td></tr>
<tr><th>${both(l, (x) => ui(x, 'sections'))}</th><td colspan="3">${esc(sc.facilitator.sections.join(', '))}</td></tr>
</tbody></table>
</body></html>
`;
}
