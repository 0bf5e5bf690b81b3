// The instructor's live board (/board): one static page whose script reads /api/board and then
// listens to /api/events (server-sent events). Names are set as text inside <bdi>, never as HTML.
// Its texts come from the dictionary (classBoard.* in src/i18n/workshop.ts).
import type { Lang } from '../i18n/index';
import { LANGUAGE_NAMES, t } from '../i18n/index';

/** The board's texts in both languages from the dictionary (classBoard.*), in the shape the page's script reads. */
function boardTexts(): string {
  const one = (l: Lang) => ({
    title: t(l, 'classBoard.title'),
    sub: t(l, 'classBoard.sub'),
    board: t(l, 'classBoard.board'),
    refused: t(l, 'classBoard.refused'),
    cols: (['colRank', 'colTeam', 'colQuarter', 'colCash', 'colStatus', 'colScore', 'colFlags'] as const).map((k) =>
      t(l, `classBoard.${k}`),
    ),
    playing: t(l, 'classBoard.playing'),
    finished: t(l, 'classBoard.finished'),
    bankrupt: t(l, 'classBoard.bankrupt'),
    none: t(l, 'classBoard.none'),
    live: t(l, 'classBoard.live'),
    offline: t(l, 'classBoard.offline'),
    unfinished: t(l, 'classBoard.unfinished'),
    flags: {
      bankrupt: t(l, 'classBoard.flagBankrupt'),
      controlLost: t(l, 'classBoard.flagControlLost'),
      tampered: t(l, 'classBoard.flagTampered'),
      otherWorkshop: t(l, 'classBoard.flagOtherWorkshop'),
      otherSeed: t(l, 'classBoard.flagOtherSeed'),
      otherRules: t(l, 'classBoard.flagOtherRules'),
      teamTaken: t(l, 'classBoard.flagTeamTaken'),
    },
  });
  // Inside <script>: no '<' may end it early.
  return JSON.stringify({ zh: one('zh'), en: one('en') }).replace(/</g, '\\u003c');
}

export const BOARD_HTML = `<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>AI Startup Sim · live class</title><link rel="icon" href="data:,"><link rel="stylesheet" href="fonts/400.css">
<style>
body{font-family:"Noto Sans SC",system-ui,sans-serif;margin:1.2rem;background:#f7f7f4;color:#1d1d1b}
h1{font-size:1.4rem;margin:0 0 .2rem} .muted{color:#666} .row{display:flex;gap:1rem;align-items:baseline;flex-wrap:wrap;justify-content:space-between}
table{border-collapse:collapse;width:100%;background:#fff;margin:.6rem 0 1.2rem} th,td{padding:.35rem .6rem;border-bottom:1px solid #ddd;text-align:left}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums} .flag{display:inline-block;background:#fde8e4;color:#8a1f11;border-radius:.3rem;padding:0 .35rem;margin-right:.25rem;font-size:.85em}
.ok{color:#14632c} .bad{color:#8a1f11} #live{font-size:.9em} button{font:inherit}
</style></head>
<body>
<div class="row"><div><h1 id="title"></h1><p class="muted" id="sub"></p></div>
<p><button type="button" id="lang-zh">${LANGUAGE_NAMES.zh}</button> <button type="button" id="lang-en">${LANGUAGE_NAMES.en}</button> <span id="live"></span></p></div>
<h2 id="h-board"></h2>
<table id="board"><thead><tr id="board-head"></tr></thead><tbody id="board-body"></tbody></table>
<h2 id="h-refused"></h2>
<ul id="refused"></ul>
<script>
"use strict";
var T = ${boardTexts()};
var lang = /[?&]lang=en/.test(location.search) ? "en" : "zh";
var data = null, online = false;
function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined) e.textContent = String(text); if (cls) e.className = cls; return e; }
function bdi(text) { var b = document.createElement("bdi"); b.textContent = String(text); return b; }
function fmt(s, o) { return s.replace(/\\{(\\w+)\\}/g, function (_, k) { return String(o[k]); }); }
function usd(n) { return (n < 0 ? "-$" : "$") + Math.abs(n).toString().replace(/\\B(?=(\\d{3})+(?!\\d))/g, ","); }
function render() {
  var t = T[lang];
  document.documentElement.lang = lang;
  document.getElementById("title").textContent = t.title;
  document.getElementById("h-board").textContent = t.board;
  document.getElementById("h-refused").textContent = t.refused;
  var live = document.getElementById("live"); live.textContent = online ? t.live : t.offline; live.className = online ? "ok" : "bad";
  var head = document.getElementById("board-head"); head.replaceChildren();
  t.cols.forEach(function (c, i) { head.append(el("th", c, i === 2 || i === 3 || i === 5 ? "num" : "")); });
  var body = document.getElementById("board-body"); body.replaceChildren();
  var refused = document.getElementById("refused"); refused.replaceChildren();
  if (!data) return;
  document.getElementById("sub").textContent = fmt(t.sub, { code: data.code, seed: data.seed, q: data.quarters, n: data.teams.length });
  data.teams.forEach(function (r) {
    var tr = document.createElement("tr"); tr.dataset.team = r.team;
    tr.append(el("td", r.standing === "ranked" ? r.rank : "(" + r.rank + ")"));
    var name = el("td"); name.append(bdi(r.team)); if (r.standing === "unfinished") name.append(" ", el("span", t.unfinished, "muted")); tr.append(name);
    tr.append(el("td", r.quarter + "/" + data.quarters, "num"), el("td", usd(r.cash), "num"), el("td", t[r.status] || r.status, r.status === "bankrupt" ? "bad" : ""), el("td", r.score, "num"));
    var f = el("td"); r.flags.forEach(function (x) { f.append(el("span", t.flags[x] || x, "flag")); }); tr.append(f);
    body.append(tr);
  });
  if (!data.refusals.length) refused.append(el("li", t.none, "muted"));
  data.refusals.forEach(function (r) { var li = el("li"); if (r.team) { li.append(bdi(r.team), lang === "zh" ? "：" : ": "); } li.append(lang === "zh" ? r.reasonZh : r.reason); refused.append(li); });
}
document.getElementById("lang-zh").onclick = function () { lang = "zh"; render(); };
document.getElementById("lang-en").onclick = function () { lang = "en"; render(); };
fetch("api/board").then(function (r) { return r.json(); }).then(function (b) { data = b; render(); }).catch(function () { render(); });
var es = new EventSource("api/events");
es.onopen = function () { online = true; render(); };
es.onerror = function () { online = false; render(); };
es.addEventListener("board", function (e) { data = JSON.parse(e.data); online = true; render(); });
render();
</script>
</body></html>
`;
