// Staff on screen: one pooled image per person, seated at desks in fill order, walking in through the
// lift when hired and out when they leave, with mood emotes popping over heads. Nothing is rebuilt
// per update: sprites and desks come from pools, and motion is advanced in one loop per frame.
import type * as Phaser from 'phaser';
import type { Role } from '../../engine/index';
import { ROLES } from '../../engine/index';
import { DEPTH } from './backdrop';
import { FLOOR_H, GROUND_FLOOR_TOP, MAX_SEATS, SHAFT_X, STREET_ENTRY_X, desksFor, seat, walkY } from './layout';
import type { Mood } from './model';
import { PEOPLE_VARIANTS } from './asset-frames';
import { DESK_W } from './textures';

export const PERSON_SIZE = 46;
const SPEED = 170; // px per second on foot
const LIFT_SPEED = 260;

interface Pt {
  x: number;
  y: number;
}
interface Person {
  role: Role;
  img: Phaser.GameObjects.Image | null; // null while unseated: a huge company costs no sprites
  seat: number; // -1: no desk free (beyond the building's capacity), not drawn
  path: Pt[];
  delay: number;
  mode: 'walk' | 'seated' | 'leave';
  x: number;
  y: number;
  dist: number;
}

const EMOTES: Record<Mood, string[]> = {
  great: ['emote.heart', 'emote.sparkles', 'mood.great', 'emote.idea'],
  good: ['emote.idea', 'mood.good', 'emote.coffee', 'emote.heart'],
  meh: ['emote.coffee', 'mood.meh', 'emote.zzz', 'emote.idea'],
  bad: ['emote.sweat', 'mood.bad', 'emote.zzz', 'emote.anger'],
  awful: ['emote.anger', 'mood.awful', 'emote.sweat', 'mood.bad'],
};

export class StaffLayer {
  private readonly byRole = new Map<Role, Person[]>(ROLES.map((r) => [r, []]));
  private readonly seats: (Person | null)[] = new Array<Person | null>(MAX_SEATS).fill(null);
  private readonly pool: Phaser.GameObjects.Image[] = [];
  private readonly desks: Phaser.GameObjects.Image[] = [];
  private readonly moving = new Set<Person>();
  private readonly emotes: Phaser.GameObjects.Image[] = [];
  private readonly ghosts: { img: Phaser.GameObjects.Image; glass: Phaser.GameObjects.Image }[] = [];
  private spawned = 0;
  private emoteClock = 0;
  private emoteTick = 0;
  private mood: Mood = 'meh';
  private deskCount = 0;
  private emotesOn = true;
  private unseated = 0;
  overflow = 0;

  constructor(private readonly scene: Phaser.Scene) {}

  /** People drawn right now (seated or walking). */
  get onScreen(): number {
    let n = 0;
    for (const list of this.byRole.values()) for (const p of list) if (p.seat >= 0) n++;
    return n + [...this.moving].filter((p) => p.mode === 'leave').length;
  }

  /** People walking in or out (including those waiting their turn to start). */
  get walking(): number {
    return this.moving.size;
  }

  /** Mood sets which emotes pop over heads; `emotes` false (reduced motion) pops none. */
  setMood(m: Mood, emotes = true): void {
    this.mood = m;
    this.emotesOn = emotes;
  }

  /**
   * Brings the people on screen to `staff`; `coming` are hired people not yet arrived, shown as faded
   * figures with an hourglass at the desks they will take. Returns the number of desks to show.
   */
  sync(staff: Record<Role, number>, coming: readonly Role[], instant: boolean): number {
    let stagger = 0;
    let changes = 0;
    for (const r of ROLES) changes += Math.abs(staff[r] - this.byRole.get(r)!.length);
    const gap = changes > 0 ? Math.min(320, 4000 / changes) : 0;
    for (const r of ROLES) {
      const list = this.byRole.get(r)!;
      while (list.length > staff[r]) {
        const p = list.pop()!;
        this.leave(p, instant, stagger);
        stagger += gap;
      }
    }
    this.promote();
    for (const r of ROLES) {
      const list = this.byRole.get(r)!;
      while (list.length < staff[r]) {
        list.push(this.arrive(r, instant, stagger));
        stagger += gap;
      }
    }
    let highest = -1;
    for (let i = 0; i < MAX_SEATS; i++) if (this.seats[i]) highest = i;
    let headcount = 0;
    for (const r of ROLES) headcount += staff[r];
    this.overflow = Math.max(0, headcount - MAX_SEATS);
    this.deskCount = desksFor(highest, headcount + coming.length);
    this.showDesks(this.deskCount);
    this.showGhosts(coming);
    return this.deskCount;
  }

  private showGhosts(coming: readonly Role[]): void {
    let k = 0;
    for (let i = 0; i < MAX_SEATS && k < coming.length; i++) {
      if (this.seats[i]) continue;
      if (!this.ghosts[k]) {
        this.ghosts.push({
          img: this.scene.add.image(0, 0, 'people', 'person.dataScientist.0').setOrigin(0.5, 0.9).setAlpha(0.38),
          glass: this.scene.add.image(0, 0, 'icons', 'prop.hourglass').setDepth(DEPTH.emote),
        });
      }
      const gh = this.ghosts[k]!;
      const st = seat(i);
      gh.img
        .setTexture('people', `person.${coming[k]!}.${k % PEOPLE_VARIANTS}`)
        .setDisplaySize(PERSON_SIZE, PERSON_SIZE)
        .setPosition(st.x, st.y);
      gh.img.setDepth(st.row === 0 ? DEPTH.seatBack : DEPTH.seatFront).setVisible(true);
      gh.glass
        .setPosition(st.x - 12, st.y - PERSON_SIZE + 6)
        .setDisplaySize(16, 16)
        .setVisible(true);
      k++;
    }
    for (let j = k; j < this.ghosts.length; j++) {
      this.ghosts[j]!.img.setVisible(false);
      this.ghosts[j]!.glass.setVisible(false);
    }
  }

  private freeSeat(): number {
    for (let i = 0; i < MAX_SEATS; i++) if (!this.seats[i]) return i;
    return -1;
  }

  /** People beyond the building's capacity take desks that free up (placed, they were never drawn). */
  private promote(): void {
    if (this.unseated === 0) return;
    for (const list of this.byRole.values()) {
      for (const p of list) {
        if (p.seat >= 0) continue;
        const s = this.freeSeat();
        if (s < 0) return;
        this.unseated--;
        this.seatAt(p, s);
        const st = seat(s);
        this.place(p, st.x, st.y);
        this.seatDepth(p);
      }
    }
  }

  private seatAt(p: Person, s: number): void {
    const variant = (this.spawned++ * 5 + ROLES.indexOf(p.role)) % PEOPLE_VARIANTS;
    const img = this.pool.pop() ?? this.scene.add.image(0, 0, 'people', `person.${p.role}.0`).setOrigin(0.5, 0.9);
    img.setTexture('people', `person.${p.role}.${variant}`).setDisplaySize(PERSON_SIZE, PERSON_SIZE).setAlpha(1).setVisible(true);
    p.img = img;
    p.seat = s;
    this.seats[s] = p;
  }

  private arrive(role: Role, instant: boolean, delay: number): Person {
    const s = this.freeSeat();
    const p: Person = { role, img: null, seat: -1, path: [], delay, mode: 'seated', x: 0, y: 0, dist: 0 };
    if (s < 0) {
      this.unseated++;
      return p;
    }
    this.seatAt(p, s);
    const img = p.img!;
    const st = seat(s);
    if (instant) {
      this.place(p, st.x, st.y);
      this.seatDepth(p);
      return p;
    }
    p.mode = 'walk';
    this.place(p, STREET_ENTRY_X, walkY(0));
    img.setDepth(DEPTH.walker);
    p.path = [
      { x: SHAFT_X, y: walkY(0) },
      { x: SHAFT_X, y: walkY(st.floor) },
      { x: st.x, y: walkY(st.floor) },
      { x: st.x, y: st.y },
    ];
    this.moving.add(p);
    return p;
  }

  private leave(p: Person, instant: boolean, delay: number): void {
    if (p.seat < 0) {
      this.unseated--;
      return;
    }
    if (instant || (p.mode === 'walk' && p.delay > 0)) return this.release(p);
    // Leave from wherever they are (seated, or still on the way in).
    const f = Math.max(0, Math.floor((GROUND_FLOOR_TOP + FLOOR_H - p.y) / FLOOR_H));
    p.mode = 'leave';
    p.delay = delay;
    p.path = [
      { x: p.x, y: walkY(f) },
      { x: SHAFT_X, y: walkY(f) },
      { x: SHAFT_X, y: walkY(0) },
      { x: STREET_ENTRY_X, y: walkY(0) },
    ];
    p.img?.setDepth(DEPTH.walker);
    this.moving.add(p);
  }

  private release(p: Person): void {
    if (p.seat >= 0 && this.seats[p.seat] === p) this.seats[p.seat] = null;
    this.moving.delete(p);
    if (p.img) {
      p.img.setVisible(false);
      this.pool.push(p.img);
      p.img = null;
    }
  }

  private place(p: Person, x: number, y: number): void {
    p.x = x;
    p.y = y;
    p.img?.setPosition(x, y);
  }

  private seatDepth(p: Person): void {
    p.img?.setDepth(seat(p.seat).row === 0 ? DEPTH.seatBack : DEPTH.seatFront);
  }

  private showDesks(n: number): void {
    while (this.desks.length < n) {
      const i = this.desks.length;
      const st = seat(i);
      const d = this.scene.add
        .image(st.x, st.y + 4, 'desk')
        .setOrigin(0.5, 1)
        .setDisplaySize(DESK_W, 30);
      d.setDepth(st.row === 0 ? DEPTH.deskBack : DEPTH.deskFront);
      this.desks.push(d);
    }
    this.desks.forEach((d, i) => d.setVisible(i < n));
  }

  /** Advances walkers and emotes; `dt` in ms. */
  tick(dt: number): void {
    for (const p of this.moving) this.step(p, dt);
    this.emoteClock += dt;
    if (this.emoteClock > 900 && this.emotesOn) {
      this.emoteClock = 0;
      this.popEmote();
    }
  }

  private step(p: Person, dt: number): void {
    if (p.delay > 0) {
      p.delay -= dt;
      return;
    }
    const target = p.path[0];
    if (!target) return this.finish(p);
    const vertical = target.x === p.x && target.x === SHAFT_X;
    let budget = ((vertical ? LIFT_SPEED : SPEED) * dt) / 1000;
    const dx = target.x - p.x;
    const dy = target.y - p.y;
    const d = Math.hypot(dx, dy);
    if (d <= budget) {
      budget = d;
      p.path.shift();
      if (p.mode === 'walk' && p.path.length === 1) this.seatDepth(p);
    }
    const k = d === 0 ? 0 : budget / d;
    p.x += dx * k;
    p.y += dy * k;
    p.dist += budget;
    // A small hop while on foot; none in the lift.
    const hop = vertical ? 0 : Math.abs(Math.sin(p.dist / 9)) * 3;
    p.img?.setPosition(p.x, p.y - hop);
  }

  private finish(p: Person): void {
    this.moving.delete(p);
    if (p.mode === 'leave') return this.release(p);
    p.mode = 'seated';
    p.img?.setPosition(p.x, p.y);
    this.seatDepth(p);
  }

  private popEmote(): void {
    const seated: Person[] = [];
    for (let i = 0; i < MAX_SEATS; i++) {
      const p = this.seats[i];
      if (p && p.mode === 'seated') seated.push(p);
    }
    if (seated.length === 0) return;
    const busy = this.emotes.filter((e) => e.visible).length;
    if (busy >= Math.min(3, 1 + Math.floor(seated.length / 8))) return;
    // A fixed stride walks through everyone in turn: deterministic, and no one is picked twice in a row.
    const p = seated[(this.emoteTick * 7 + 3) % seated.length]!;
    const set = EMOTES[this.mood];
    const frame = set[this.emoteTick % set.length]!;
    this.emoteTick++;
    let e = this.emotes.find((x) => !x.visible);
    if (!e) {
      e = this.scene.add.image(0, 0, 'icons', frame).setDepth(DEPTH.emote);
      this.emotes.push(e);
    }
    e.setFrame(frame)
      .setPosition(p.x + 10, p.y - PERSON_SIZE + 4)
      .setDisplaySize(4, 4)
      .setAlpha(1)
      .setVisible(true);
    this.scene.tweens.add({ targets: e, displayWidth: 24, displayHeight: 24, duration: 220, ease: 'Back.easeOut' });
    this.scene.tweens.add({ targets: e, y: e.y - 16, alpha: 0, delay: 1300, duration: 500, onComplete: () => e.setVisible(false) });
  }
}
