// The workshop links as a team or an instructor opens them (#workshop=CODE, #workshop-new,
// #debrief=CODE, a live class's &server=), and what the join page then finds: the class's world on
// this build's shipped scenarios, or, for a mistyped or foreign code, the reason in the page's
// language instead of a crash.
import { describe, expect, it } from 'vitest';
import { GROUPS } from '../../engine/index';
import { splitServer } from '../../class/client';
import { encodeWorkshop } from '../../workshop/code';
import type { WorkshopSettings } from '../../workshop/code';
import { Catalog } from '../title/catalog';
import type { SlotEntry } from '../../session/save-store';
import { buildSave, decodeSave } from '../../session/save';
import { Session } from '../../session/session';
import { resolveWorkshop, teamSaves } from './join-page';
import { parseRoute } from './route';

const catalog = new Catalog();
const classic = catalog.byId('classic')!;
const settings: WorkshopSettings = {
  scenarioId: 'classic',
  scenarioHash: classic.hash.slice(0, 5),
  seed: 'class-7b',
  quarters: 8,
  groups: [...GROUPS],
  lang: 'zh',
  pauses: [4],
};
const code = encodeWorkshop(settings);
const host = (lang: 'zh' | 'en') => ({ lang: () => lang, setLang: () => {}, catalog, toTitle: () => {} });

/** What a team's browser does with a link: the route, the code without the server, the world. */
function open(hash: string, lang: 'zh' | 'en' = 'en') {
  const route = parseRoute(hash);
  if (route?.page !== 'join') return { route };
  const split = splitServer(route.code);
  return { route, server: split.server, resolved: resolveWorkshop(split.code, host(lang)) };
}

describe('workshop routes', () => {
  it("#workshop=CODE opens the join page on the class's world: scenario, seed, quarters and pauses of the code", () => {
    const { route, resolved } = open('#workshop=' + code);
    expect(route).toEqual({ page: 'join', code });
    expect(resolved?.ok).toBe(true);
    if (!resolved?.ok) return;
    expect(resolved.settings).toEqual(settings);
    expect(resolved.file.id).toBe('classic');
    expect(resolved.entry.scenario.quarters.v).toBe(8);
    expect(resolved.entry.hash).not.toBe(classic.hash); // a derived world, saved and verified as such
  });

  it('a code typed by hand (lower case, spaces, percent-encoded by the address bar) opens the same world', () => {
    const typed = code.toLowerCase().replace(/-/g, ' ');
    for (const hash of ['#workshop=' + typed, '#workshop=' + encodeURIComponent(typed)]) {
      const { resolved } = open(hash);
      expect(resolved?.ok && resolved.settings).toEqual(settings);
      expect(resolved?.ok && resolved.code).toBe(code);
    }
  });

  it("a live class's link carries its server after the code; the code alone opens the world", () => {
    const { server, resolved } = open(`#workshop=${code}&server=${encodeURIComponent('http://192.168.1.20:8080/')}`);
    expect(server).toBe('http://192.168.1.20:8080');
    expect(resolved?.ok && resolved.settings).toEqual(settings);
    // Only http(s) servers: anything else is ignored, never fetched.
    expect(open(`#workshop=${code}&server=javascript:alert(1)`).server).toBeNull();
  });

  it("a mistyped code gives the reason in the page's language, not an exception", () => {
    const i = code.length - 2;
    const typo = code.slice(0, i) + (code[i] === 'X' ? 'Y' : 'X') + code.slice(i + 1);
    const en = open('#workshop=' + typo, 'en').resolved;
    const zh = open('#workshop=' + typo, 'zh').resolved;
    expect(en).toEqual({ ok: false, message: expect.stringContaining('typo') });
    expect(zh).toEqual({ ok: false, message: expect.stringContaining('输入错误') });
    for (const junk of ['', '%', '%E0%A4%A', '<img src=x onerror=alert(1)>', 'x'.repeat(5000)]) {
      const r = open('#workshop=' + junk).resolved;
      expect(r?.ok).toBe(false);
      expect(r && !r.ok && r.message.length).toBeGreaterThan(0);
    }
  });

  it('a code for a scenario this build lacks names it and the ones it has', () => {
    const foreign = encodeWorkshop({ ...settings, scenarioId: 'mars-colony' });
    const r = open('#workshop=' + foreign).resolved;
    expect(r?.ok).toBe(false);
    expect(r && !r.ok && r.message).toContain('mars-colony');
    expect(r && !r.ok && r.message).toContain('classic');
  });

  it("instructor and debrief routes; everything else is the game's own (title, replay links, the lab)", () => {
    expect(parseRoute('#workshop-new')).toEqual({ page: 'new' });
    expect(parseRoute('#workshop')).toEqual({ page: 'new' });
    expect(parseRoute('#workshop=')).toEqual({ page: 'join', code: '' });
    expect(parseRoute('#debrief=' + code)).toEqual({ page: 'debrief', code });
    expect(parseRoute('#debrief')).toEqual({ page: 'debrief', code: '' });
    for (const other of ['', '#', '#replay=AIS2.abc', '#balance-lab', '#workshops', '#debriefing', '#WORKSHOP=' + code])
      expect(parseRoute(other)).toBeNull();
  });
});

describe('a team back on the join page', () => {
  const world = (resolveWorkshop(code, host('en')) as Extract<ReturnType<typeof resolveWorkshop>, { ok: true }>).entry;
  const saveOf = (slot: string, team: string, quarters: number, workshop = code): SlotEntry => {
    const s = new Session(world.scenario, world.hash, settings.seed, { workshop, team });
    for (let q = 0; q < quarters; q++) s.dispatch({ type: 'endQuarter' });
    return { slot, key: 'k-' + slot, ok: true, save: buildSave(s, { slot, revision: 1, savedAt: '2026-01-01T00:00:00Z' }) };
  };

  /** A slot whose text does not read as a save (as the store lists it). */
  const decodeFailure = (slot: string): SlotEntry => {
    const d = decodeSave('{');
    if (d.ok) throw new Error('"{" read as a save');
    return { slot, key: 'k-' + slot, ok: false, raw: '{', problem: d.problem, why: d.why };
  };

  it('is offered its own game to resume: one per team (the newest), this workshop only, whatever the spelling of the code', () => {
    const saves: SlotEntry[] = [
      saveOf('s5', 'Red Team', 2, code.toLowerCase()),
      saveOf('s4', 'red  team', 1),
      saveOf('s3', 'Blue', 0),
      saveOf('s2', 'Green', 1, encodeWorkshop({ ...settings, seed: 'other-class' })),
      decodeFailure('s1'),
    ];
    expect(teamSaves(code, saves)).toEqual([
      { slot: 's5', team: 'Red Team', quarter: 2, status: 'playing' },
      { slot: 's3', team: 'Blue', quarter: 0, status: 'playing' },
    ]);
  });
});
