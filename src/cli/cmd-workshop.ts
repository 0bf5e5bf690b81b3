// `sim workshop create|show`: make a workshop code, its link, QR (SVG) and printable handout;
// decode a code and check it against the local scenarios. The pure parts live in src/workshop.
import { randomInt } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import QRCode from 'qrcode';
import { GROUPS } from '../engine/index';
import type { Group } from '../engine/index';
import type { WorkshopSettings } from '../workshop/code';
import { checkSettings, decodeWorkshop, encodeWorkshop, HASH_PREFIX_HEX } from '../workshop/code';
import { workshopWorld } from '../workshop/apply';
import { chunksFor, fontFaceCss, parseFontCss, withFonts } from '../workshop/font-subset';
import { handoutHtml } from '../workshop/handout';
import { goAheadSheet } from '../workshop/pause';
import type { CommandHelp, Options } from './args';
import { optionLines, parseArgs, str } from './args';
import { callerPath } from './paths';
import { CliError, readScenario, scenarioIds } from './scenarios';

export const usage = `workshop   create --scenario ID --seed SEED|--random-seed [--quarters N] [--groups team,market,...]
             [--lang zh|en] [--pause 4,8] [--base-url URL] [--handout FILE.html] [--qr FILE.svg] [--json]
             makes a workshop code, its link, a QR code and a printable handout (one A4 page);
             without --base-url the link points at this computer's dev server (a warning says so)
  workshop   show CODE [--json]   decodes a workshop code and checks it against the local scenario`;

const DEFAULT_BASE = 'http://127.0.0.1:5173/';

const createOptions: Options = {
  scenario: { value: 'ID', help: 'the shipped scenario every team plays; required' },
  seed: { value: 'SEED', help: 'the seed every team plays (letters, digits, "-", "_")' },
  'random-seed': { help: 'draw a 6-character seed instead (easy to read out)' },
  quarters: { value: 'N', help: "play only the first N quarters (default: the scenario's count)" },
  groups: { value: 'a,b,...', help: `decision groups unlocked, comma-separated: ${GROUPS.join(', ')}; default: the scenario's` },
  lang: { value: 'zh|en', help: 'language of the handout and the join page; default en' },
  pause: { value: 'Q,Q,...', help: 'pause after these quarters for a class discussion (go-ahead codes are printed)' },
  'base-url': { value: 'URL', help: `where the game is served, for the link and QR code; default ${DEFAULT_BASE}` },
  handout: { value: 'FILE.html', help: 'write the printable handout (link, QR code, rules of the workshop)' },
  qr: { value: 'FILE.svg', help: "write the link's QR code as SVG" },
  json: { help: 'print one JSON object: code, link, settings, go-ahead codes' },
};

const showOptions: Options = {
  json: { help: 'print the decoded settings as one JSON object' },
};

export const help: CommandHelp = {
  usage: ['workshop create --scenario ID (--seed SEED | --random-seed) [options]', 'workshop show CODE [--json]'],
  about: [
    'create: makes a workshop code, its link, a QR code and a printable handout. Every team plays',
    'the same seed; teams join with the link, play, and hand in their replay files for `sim debrief`.',
    'show: decodes a workshop code (or link) and checks it against the local scenario.',
  ],
  optionsTitle: 'options of workshop create:',
  options: createOptions,
  notes: [
    'options of workshop show:',
    ...optionLines(showOptions, false),
    '',
    'teams play in the browser with the link, or from the command line:',
    '  npm run -s sim -- play --workshop CODE --team NAME --bot NAME --out FILE',
  ],
};
/** Random seeds: 6 symbols with no look-alikes (no 0/o, 1/l/i), easy to read out in class. */
const SEED_CHARS = '23456789abcdefghjkmnpqrstuvwxyz';

function workshopLink(base: string, code: string): string {
  return base.replace(/#.*$/, '') + '#workshop=' + code;
}

/** The page with the Chinese glyphs it uses embedded (from the bundled Noto Sans SC), so it prints
 *  correctly on machines without CJK fonts. Left unchanged when the font package is missing. */
export function embedPrintFonts(html: string): string {
  try {
    const css = createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/400.css');
    const chunks = chunksFor(html, parseFontCss(readFileSync(css, 'utf8')));
    return withFonts(
      html,
      fontFaceCss('Noto Sans SC', chunks, (f) => readFileSync(join(dirname(css), 'files', f)).toString('base64')),
    );
  } catch {
    return html;
  }
}

function ints(text: string, what: string): number[] {
  if (text.trim() === '') return [];
  return text.split(',').map((x) => {
    if (!/^\s*\d{1,3}\s*$/.test(x)) throw new CliError(`${what}: "${x}" is not a whole number; give a comma-separated list like 4,8`, 2);
    return Number(x);
  });
}

/** Settings from the command line, checked against the local scenario; throws CliError. */
function settingsFromArgs(flags: Record<string, string | true>): { settings: WorkshopSettings; scenarioQuarters: number } {
  const get = (k: string) => (typeof flags[k] === 'string' ? (flags[k] as string) : undefined);
  const id = get('scenario');
  if (!id) throw new CliError('--scenario ID is required', 2);
  const { scenario, hash } = readScenario(id);
  if (get('seed') && flags['random-seed']) throw new CliError('give either --seed SEED or --random-seed, not both', 2);
  let seed = get('seed');
  if (!seed && flags['random-seed']) seed = Array.from({ length: 6 }, () => SEED_CHARS[randomInt(SEED_CHARS.length)]).join('');
  if (!seed) throw new CliError('--seed SEED or --random-seed is required (every team plays the same seed)', 2);
  const q = get('quarters');
  if (q !== undefined && !/^\d{1,3}$/.test(q)) throw new CliError('--quarters takes a whole number', 2);
  const quarters = q === undefined ? scenario.quarters.v : Number(q);
  if (quarters > scenario.quarters.v)
    throw new CliError(
      `--quarters ${quarters}: scenario ${scenario.id} has ${scenario.quarters.v} quarters; a workshop can only shorten it`,
      2,
    );
  const g = get('groups');
  const groups = g === undefined ? GROUPS.filter((x) => scenario.unlocked.includes(x)) : g.split(',').map((x) => x.trim());
  const unknown = groups.find((x) => !(GROUPS as readonly string[]).includes(x));
  if (unknown !== undefined) throw new CliError(`--groups: unknown group "${unknown}"; groups: ${GROUPS.join(', ')}`, 2);
  const lang = get('lang') ?? 'en';
  if (lang !== 'zh' && lang !== 'en') throw new CliError('--lang takes zh or en', 2);
  const settings: WorkshopSettings = {
    scenarioId: scenario.id,
    scenarioHash: hash.slice(0, HASH_PREFIX_HEX),
    seed,
    quarters,
    groups: GROUPS.filter((x) => groups.includes(x)) as Group[],
    lang,
    pauses: ints(get('pause') ?? '', '--pause'),
  };
  if (groups.length !== settings.groups.length) throw new CliError('--groups: each group once', 2);
  const bad = checkSettings(settings);
  if (bad) throw new CliError(`--${bad.field === 'pauses' ? 'pause' : bad.field}: ${bad.message}`, 2);
  return { settings, scenarioQuarters: scenario.quarters.v };
}

async function create(argv: string[], print: (s: string) => void): Promise<number> {
  const a = parseArgs(argv, createOptions);
  if (a.positional.length) throw new CliError(`unexpected argument ${a.positional[0]}`, 2);
  const { settings } = settingsFromArgs(a.flags);
  const code = encodeWorkshop(settings);
  const givenBase = str(a, 'base-url');
  const base = givenBase ?? DEFAULT_BASE;
  // The default address is this laptop's dev server: no team's phone or laptop can open it.
  if (givenBase === undefined)
    console.error(
      `warning: no --base-url given: the link and QR code point at ${DEFAULT_BASE}, which only this computer can open; ` +
        'give --base-url with the address the teams will use (e.g. https://example.org/sim/ or http://192.168.1.20:5173/)',
    );
  if (!/^https?:\/\/\S+$/.test(base)) throw new CliError('--base-url takes an http(s) URL, e.g. https://example.org/sim/', 2);
  const link = workshopLink(base, code);
  const { scenario, hash } = readScenario(settings.scenarioId);
  const world = workshopWorld(settings, scenario, hash);
  if (!world.ok) throw new CliError(world.problem.message, 1);
  const goAhead = goAheadSheet(settings);
  const qrArg = str(a, 'qr');
  const qrPath = qrArg === undefined ? undefined : callerPath(qrArg);
  const handoutArg = str(a, 'handout');
  const handoutPath = handoutArg === undefined ? undefined : callerPath(handoutArg);
  if (qrPath || handoutPath) {
    const svg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    if (qrPath) writeFileSync(qrPath, svg);
    if (handoutPath) writeFileSync(handoutPath, embedPrintFonts(handoutHtml({ settings, code, link, scenario, qrSvg: svg })));
  }
  if (a.flags.json) {
    print(
      JSON.stringify({
        code,
        link,
        settings,
        goAhead,
        scenario: { id: scenario.id, version: scenario.version, fileHash: hash, worldHash: world.hash },
        handout: handoutPath ?? null,
        qr: qrPath ?? null,
      }),
    );
    return 0;
  }
  print(`workshop code: ${code}`);
  print(`link:          ${link}`);
  describe(settings, world.hash, print);
  if (goAhead.length) {
    print('go-ahead codes (announce one at each pause; a classroom convenience, not security):');
    for (const g of goAhead) print(`  after Q${g.quarter}: ${g.code}`);
  }
  if (qrPath) print(`QR code written to ${qrPath}`);
  if (handoutPath) print(`handout written to ${handoutPath} (open it in a browser and print; A4)`);
  return 0;
}

function describe(s: WorkshopSettings, worldHash: string, print: (s: string) => void): void {
  print(
    `scenario ${s.scenarioId} (file hash ${s.scenarioHash}…, world hash ${worldHash.slice(0, 12)}…), seed ${s.seed}, ${s.quarters} quarters`,
  );
  print(
    `groups: ${s.groups.join(', ')}; language: ${s.lang}; pauses after: ${s.pauses.length ? s.pauses.map((p) => 'Q' + p).join(', ') : 'none'}`,
  );
}

function show(argv: string[], print: (s: string) => void): number {
  const a = parseArgs(argv, showOptions);
  if (a.positional.length !== 1) throw new CliError('workshop show takes one CODE (or link)', 2);
  const d = decodeWorkshop(a.positional[0]!);
  if (!d.ok) throw new CliError(d.problem.message, 1);
  const s = d.settings;
  if (!scenarioIds().includes(s.scenarioId))
    throw new CliError(`this workshop uses scenario "${s.scenarioId}", which is not in scenarios/ (known: ${scenarioIds().join(', ')})`, 1);
  const { scenario, hash } = readScenario(s.scenarioId);
  const world = workshopWorld(s, scenario, hash);
  if (!world.ok) throw new CliError(world.problem.message, 1);
  if (a.flags.json) {
    print(
      JSON.stringify({
        code: d.code,
        settings: s,
        goAhead: goAheadSheet(s),
        scenario: { id: scenario.id, version: scenario.version, fileHash: hash, worldHash: world.hash },
      }),
    );
    return 0;
  }
  print(`workshop code: ${d.code}`);
  describe(s, world.hash, print);
  for (const g of goAheadSheet(s)) print(`  go-ahead after Q${g.quarter}: ${g.code}`);
  return 0;
}

export function run(argv: string[], print: (s: string) => void): number | Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'create') return create(rest, print);
  if (sub === 'show') return show(rest, print);
  throw new CliError(sub ? `unknown workshop command "${sub}"; use create or show` : 'workshop needs create or show', 2);
}
