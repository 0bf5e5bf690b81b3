// Geometry of the office world (a 960×800 cut-away building and its street): floors, seats, rooms,
// racks, clouds. About 6:5, the shape of the shell's office panel; wider screens show more street.
// Pure numbers with no Phaser import, so the layout is unit-tested in Node and stable across runs.

export const WORLD_W = 960;
// The ground floor is taller than the office floors: its rooms list programmes and the cap table in
// text of at least MIN_TEXT. The world stays width-bound in the game's panel at 1280×720 (723×657).
export const WORLD_H = 870;
export const GROUND_Y = 770; // street level: feet of walkers outside and on the ground floor

export const BUILDING = { left: 24, right: 680 } as const;
export const SHAFT = { left: 24, right: 74 } as const; // the lift shaft, walked into from the street
export const GROUND_FLOOR_TOP = 562;
export const FLOOR_H = 92;
export const MAX_FLOORS = 5;
const DESK_COLS = 11;
const SEATS_PER_FLOOR = DESK_COLS * 2;
export const MAX_SEATS = SEATS_PER_FLOOR * MAX_FLOORS;
const DESK_X0 = 102;
const DESK_DX = 52;

/** Ground-floor rooms, left to right after the lift: lobby (compliance wall), boardroom, server room. */
export const LOBBY = { left: 74, right: 254 } as const;
export const BOARDROOM = { left: 254, right: 474 } as const;
export const SERVER_ROOM = { left: 474, right: 680 } as const;
export const MAX_RACKS = 6;

/** The right-hand column outside the building: status card, rented clouds, market signpost. */
export const SIDE = { left: 694, right: 952 } as const;
export const CLOUD_AREA = { top: 222, bottom: 418 } as const;
/** The status card above the clouds: date and morale, then the model, cash, revenue and customers.
 *  It starts below the shell's view switch, which sits over the panel's top right corner. */
export const CARD_TOP = 44;
export const CARD_H = 166;
export const CARD_ROW = 25;
export const MAX_CLOUDS = 6;
export const SIGN_H = 54;
export const MAX_SIGNS = 8;

/** Top of office floor `k` (1-based; floor 0 is the ground floor). */
export function floorTop(k: number): number {
  return GROUND_FLOOR_TOP - k * FLOOR_H;
}

export interface Seat {
  floor: number;
  row: 0 | 1;
  col: number;
  x: number;
  y: number;
}

/** Seats each floor takes before the next floor opens: the building fills from the ground up as
 *  the company grows (18 staff light four floors), then every floor fills its remaining desks. */
const FIRST_PER_FLOOR = 4;

/**
 * Seat `i` in fill order: the first FIRST_PER_FLOOR front-row desks of floor 1, then of floor 2, ...
 * up to the top floor; then the rest of floor 1 (front row, then back row), then of floor 2...
 * `y` is where the sitter's feet go; the back row is staggered by half a desk so heads stay visible.
 */
export function seat(i: number): Seat {
  const early = FIRST_PER_FLOOR * MAX_FLOORS;
  const later = SEATS_PER_FLOOR - FIRST_PER_FLOOR;
  const floor = i < early ? Math.floor(i / FIRST_PER_FLOOR) + 1 : Math.floor((i - early) / later) + 1;
  const inFloor = i < early ? i % FIRST_PER_FLOOR : FIRST_PER_FLOOR + ((i - early) % later);
  const row: 0 | 1 = inFloor < DESK_COLS ? 1 : 0; // 1 = front
  const col = inFloor % DESK_COLS;
  const top = floorTop(floor);
  const x = DESK_X0 + col * DESK_DX + (row === 0 ? DESK_DX / 2 - 4 : 0);
  return { floor, row, col, x, y: top + (row === 1 ? 84 : 44) };
}

/** Floors to draw for a number of desks (at least one, at most MAX_FLOORS): up to the highest seat's. */
export function floorsFor(desks: number): number {
  if (desks <= 0) return 1;
  let top = 1;
  for (let i = 0; i < Math.min(desks, MAX_SEATS); i++) top = Math.max(top, seat(i).floor);
  return Math.min(MAX_FLOORS, top);
}

/** Desks to show: every occupied or reserved seat, rounded up to a pair so rows fill tidily. */
export function desksFor(highestSeat: number, reserved: number): number {
  const n = Math.max(highestSeat + 1, reserved);
  return Math.min(MAX_SEATS, n + (n % 2));
}

/** Where walkers move along floor `k` (in front of the front-row desks). */
export function walkY(k: number): number {
  return k === 0 ? GROUND_Y : floorTop(k) + FLOOR_H - 2;
}

export const SHAFT_X = (SHAFT.left + SHAFT.right) / 2;
export const STREET_ENTRY_X = -40;

/** Units per rack (or per cloud): the smallest step in 10, 50, 250, 1000, 5000... that fits `max` icons. */
export function unitsPerIcon(units: number, max: number): number {
  const steps = [10, 50, 250, 1000, 5000, 25000, 100000];
  for (const s of steps) if (Math.ceil(units / s) <= max) return s;
  return steps[steps.length - 1]!;
}

/** Rack `i` in the server room: x of its left edge. */
export function rackX(i: number): number {
  return SERVER_ROOM.left + 22 + i * 30;
}

/** Cloud `i` of the rented compute: centre. Three rows of two, staggered. */
export function cloudPos(i: number): { x: number; y: number } {
  const col = i % 2;
  const row = Math.floor(i / 2);
  return { x: SIDE.left + 60 + col * 124 + (row === 1 ? 16 : 0), y: CLOUD_AREA.top + 72 + row * 54 };
}

/** Where the boardroom's pie chart sits and its radius. */
export const PIE = { x: BOARDROOM.left + 27, y: GROUND_FLOOR_TOP + 96, r: 22 } as const;
