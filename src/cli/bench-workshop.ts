// Bench section "workshop": a class of 60 teams, 20 quarters each: verify every run by replay, rank,
// build the event table and chart the report (the debrief's whole cost). Node always; headless
// Chromium too when /usr/bin/chromium exists (src/workshop bundled with esbuild into a blank page).
import { CHROMIUM, hasChromium, pageWithBundle } from './chromium';
import { cpus, loadavg } from 'node:os';
import type { Action } from '../engine/actions';
import { BOTS } from '../engine/bots/index';
import { GROUPS } from '../engine/ids';
import { playBot } from '../engine/run';
import type { Bot } from '../engine/bots/common';
import { buildReplay, exportReplay } from '../replay/format';
import { workshopWorld } from '../workshop/apply';
import { encodeWorkshop } from '../workshop/code';
import { debrief } from '../workshop/debrief';
import { debriefCsv } from '../workshop/csv';
import { reportHtml } from '../workshop/report';
import { readScenario } from './scenarios';

export const name = 'workshop';
const TEAMS = 60;

/** A class of `n` teams on one workshop: the balanced and focused bots, each team nudging its
 *  content-marketing budget so no two runs are alike. Returns the code, the scenario text, the runs. */
export function makeClass(n: number): { code: string; scenarioText: string; runs: { label: string; text: string }[]; quarters: number } {
  const { scenario, hash, text } = readScenario('classic');
  const code = encodeWorkshop({ scenarioId: scenario.id, scenarioHash: hash.slice(0, 5), seed: 'bench', quarters: scenario.quarters.v, groups: [...GROUPS], lang: 'en', pauses: [] });
  const w = workshopWorld({ scenarioId: scenario.id, scenarioHash: hash.slice(0, 5), seed: 'bench', quarters: scenario.quarters.v, groups: [...GROUPS], lang: 'en', pauses: [] }, scenario, hash);
  if (!w.ok) throw new Error(w.problem.message);
  const runs: { label: string; text: string }[] = [];
  let quarters = 0;
  for (let i = 0; i < n; i++) {
    const inner = BOTS[i % 2 ? 'focused' : 'balanced']!;
    const bot: Bot = (s, sc) => [...inner(s, sc), ...(s.quarter === 0 ? [{ type: 'setMarketing', channel: 'content', budget: 1000 * (i + 1) } as Action] : [])];
    const r = playBot(w.scenario, 'bench', bot);
    const last = r.state.history[r.state.history.length - 1];
    const rep = buildReplay({ scenario: { id: scenario.id, version: scenario.version, hash: w.hash }, seed: 'bench', meta: { workshop: code, team: `Team ${i + 1}` } }, r.log, r.hashes, r.state, last ? last.valuation : 0);
    runs.push({ label: `team-${i + 1}.json`, text: exportReplay(rep) });
    quarters += r.state.history.length;
  }
  return { code, scenarioText: text, runs, quarters };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function run(print: (s: string) => void): Promise<void> {
  const cls = makeClass(TEAMS);
  const times: number[] = [], reportTimes: number[] = [], cpu: number[] = [];
  let ranked = 0;
  for (let k = 0; k < 5; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = debrief(cls.code, cls.scenarioText, cls.runs);
    const t1 = performance.now();
    cpu.push(process.cpuUsage(c0).user / 1000);
    if (!r.ok) throw new Error(r.problem.message);
    reportHtml(r.debrief, 'en');
    debriefCsv(r.debrief);
    reportTimes.push(performance.now() - t1);
    times.push(t1 - t0);
    ranked = r.debrief.ranked.length;
  }
  print(`  class: ${TEAMS} runs, ${cls.quarters} quarters in all (${(cls.quarters / TEAMS).toFixed(1)} per run); ${ranked} verified`);
  print(`  node:     verify + rank + event table ${median(times).toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU; report (HTML + SVG charts) + CSV ${median(reportTimes).toFixed(0)} ms (median of 5)`);
  print(`  (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores: wall times grow with other work on the machine; CPU time much less)`);
  const browser = await inBrowser(cls).catch((e: Error) => `skipped (${e.message.split('\n')[0]})`);
  print(`  chromium, one thread (src/workshop bundled): ${browser}`);
  const page = await inGamePage(cls).catch((e: Error) => `skipped (${e.message.split('\n')[0]})`);
  print(`  chromium, the debrief page (workers): ${page}`);
}

/** The same work in headless Chromium: src/workshop bundled for the browser, timed in the page. */
async function inBrowser(cls: ReturnType<typeof makeClass>): Promise<string> {
  if (!hasChromium()) return `skipped (${CHROMIUM} is absent)`;
  const { page, close } = await pageWithBundle("import { debrief, reportHtml, debriefCsv } from './src/workshop/index'; (globalThis as any).W = { debrief, reportHtml, debriefCsv };");
  try {
    const ms = await page.evaluate((c) => {
      const W = (globalThis as unknown as { W: { debrief: typeof debrief; reportHtml: typeof reportHtml; debriefCsv: typeof debriefCsv } }).W;
      const all: number[] = [];
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        const r = W.debrief(c.code, c.scenarioText, c.runs);
        if (!r.ok) throw new Error(r.problem.message);
        const html = W.reportHtml(r.debrief, 'en');
        W.debriefCsv(r.debrief);
        document.body.innerHTML = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>')); // our own escaped report
        void document.body.offsetHeight; // layout included: the instructor sees the charts
        all.push(performance.now() - t0);
      }
      all.sort((a, b) => a - b);
      return { first: all[0]!, median: all[2]! };
    }, cls);
    return `verify + rank + charts + layout of ${cls.runs.length} runs: median ${ms.median.toFixed(0)} ms (best ${ms.first.toFixed(0)} ms; goal < 1000 ms)`;
  } finally {
    await close();
  }
}

/** The real debrief page of the built game: 60 files dropped in at once, verified in workers, then
 *  ranked, charted and laid out; the page's own timing (data-ms) and the wall time seen outside. */
async function inGamePage(cls: ReturnType<typeof makeClass>): Promise<string> {
  if (!hasChromium()) return `skipped (${CHROMIUM} is absent)`;
  const { buildOnce, launchBrowser, serveStatic } = await import('../../test/e2e/server');
  const server = await serveStatic(await buildOnce());
  const b = await launchBrowser();
  try {
    const page = await b.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url + '#debrief=' + cls.code);
    await page.waitForSelector('#ws-files');
    const t0 = performance.now();
    await page.setInputFiles('#ws-files', cls.runs.map((r) => ({ name: r.label, mimeType: 'application/json', buffer: Buffer.from(r.text) })));
    await page.waitForFunction((n) => document.querySelectorAll('#ws-leaderboard tbody tr').length === n, cls.runs.length, { timeout: 60_000 });
    const wall = performance.now() - t0;
    const ms = Number(await page.getAttribute('#ws-summary', 'data-ms'));
    const workers = Number(await page.getAttribute('#ws-summary', 'data-workers'));
    return `${cls.runs.length} runs read, verified, ranked and charted in ${ms} ms in the page (${workers} workers; ${wall.toFixed(0)} ms from the drop to the leaderboard on screen; goal < 1000 ms)`;
  } finally {
    await b.close();
    await server.close();
  }
}
