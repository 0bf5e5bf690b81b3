// The class server's HTTP side (node:http only): the built game from dist/, the hand-in API, the
// live board and its server-sent events. Every hand-in is handled to the end (verified, stored on
// disk) before its reply: Node runs one at a time, so 60 teams at once are simply queued.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { BOARD_HTML } from './board-page';
import { MAX_HANDIN_BYTES, reasons } from './room';
import type { ClassRoom } from './room';
import type { TeamResult } from '../workshop/debrief';

/** A team in /api/debrief's ranked and unfinished lists. */
function teamSummary(t: TeamResult) {
  return { rank: t.rank, team: t.team, score: t.score.total, outcome: t.outcome, quarters: t.quartersPlayed, finalHash: t.finalHash };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

// The game may be opened from another address than the server's (a copy on a laptop): hand-ins are
// plain POSTs of public run text, so any origin may make them.
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type, x-class-pin',
};

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...CORS });
  res.end(text);
}

/** The request body as text, or null when it is larger than `max` bytes. */
function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((ok, fail) => {
    const parts: Buffer[] = [];
    let size = 0,
      over = false;
    req.on('data', (b: Buffer) => {
      size += b.length;
      if (size > max) {
        over = true;
        parts.length = 0;
        return;
      }
      parts.push(b);
    });
    req.on('end', () => ok(over ? null : Buffer.concat(parts).toString('utf8')));
    req.on('error', fail);
  });
}

function serveFile(res: ServerResponse, root: string, urlPath: string): void {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    path = '/';
  }
  if (path.endsWith('/')) path += 'index.html';
  const full = resolve(root, '.' + path);
  // Nothing outside dist/ (no "..", no symlinks out of it).
  if (full !== root && !full.startsWith(root + sep)) {
    res.writeHead(404).end('not found');
    return;
  }
  if (!existsSync(full) || !statSync(full).isFile() || !realpathSync(full).startsWith(realpathSync(root))) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(full)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  res.end(readFileSync(full));
}

/** `fonts`: the Chinese font's folder (@fontsource/noto-sans-sc), served under /fonts/ for the board. */
export interface ClassServerOptions {
  room: ClassRoom;
  dist: string | null;
  fonts?: string | null;
}

export function classServer({ room, dist, fonts = null }: ClassServerOptions): Server {
  const clients = new Set<ServerResponse>();
  // Board updates are pushed at most every 250 ms: 60 hand-ins in one second make four pushes, not 60.
  let pending: ReturnType<typeof setTimeout> | null = null;
  const push = () => {
    if (pending) return;
    pending = setTimeout(() => {
      pending = null;
      if (clients.size === 0) return;
      const msg = `event: board\ndata: ${JSON.stringify(room.board())}\n\n`;
      for (const c of clients) c.write(msg);
    }, 250);
  };
  room.onChange(push);
  const root = dist === null ? null : resolve(dist);
  const fontRoot = fonts === null ? null : resolve(fonts);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://class.local');
    const path = url.pathname;
    const handle = async () => {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS).end();
        return;
      }
      if (path === '/api/handin' && req.method === 'POST') {
        const text = await readBody(req, MAX_HANDIN_BYTES);
        if (text === null) {
          send(res, 413, {
            ok: false,
            code: 'tooLarge',
            field: 'run',
            ...reasons('class.refuseTooLarge', { max: MAX_HANDIN_BYTES }),
          });
          return;
        }
        const r = room.handIn(text, req.headers['x-class-pin']);
        send(res, r.status, r.body);
        return;
      }
      if (path === '/api/resume' && req.method === 'POST') {
        const text = await readBody(req, 10_000);
        let body: { team?: unknown; pin?: unknown } = {};
        try {
          body = JSON.parse(text ?? '{}') as typeof body;
        } catch {
          /* refused below */
        }
        const r = room.resume(body?.team, body?.pin);
        send(res, r.status, r.body);
        return;
      }
      if (path === '/api/board' && req.method === 'GET') {
        send(res, 200, room.board());
        return;
      }
      if (path === '/api/debrief' && req.method === 'GET') {
        const d = room.debrief();
        send(res, 200, {
          code: d.code,
          ranked: d.ranked.map(teamSummary),
          unfinished: d.unfinished.map(teamSummary),
          flagged: d.flagged.length,
        });
        return;
      }
      if (path === '/api/health') {
        send(res, 200, { ok: true, workshop: room.ctx.code });
        return;
      }
      if (path === '/api/events' && req.method === 'GET') {
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          connection: 'keep-alive',
          ...CORS,
        });
        res.write(`retry: 2000\nevent: board\ndata: ${JSON.stringify(room.board())}\n\n`);
        clients.add(res);
        req.on('close', () => clients.delete(res));
        return;
      }
      if ((path === '/board' || path === '/board/') && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(BOARD_HTML);
        return;
      }
      if (req.method === 'GET' && fontRoot !== null && path.startsWith('/fonts/')) {
        serveFile(res, fontRoot, path.slice('/fonts'.length));
        return;
      }
      if (req.method === 'GET' && root !== null) {
        serveFile(res, root, path);
        return;
      }
      send(res, 404, {
        ok: false,
        code: 'notFound',
        reason: `no ${req.method} ${path} here: the game is at /, the board at /board, hand-ins go to POST /api/handin`,
      });
    };
    handle().catch((e: unknown) => {
      // A fault in one request never stops the class: it gets a 500, the server goes on.
      console.error(e);
      if (!res.headersSent)
        send(res, 500, {
          ok: false,
          code: 'serverError',
          reason: 'the class server failed on this request (see its terminal); the game will try again',
        });
      else res.end();
    });
  });
  server.on('close', () => {
    for (const c of clients) c.end();
    clients.clear();
    if (pending) clearTimeout(pending);
  });
  return server;
}

/** The built game's folder when it has an index.html, else null. */
export function distFolder(dir: string): string | null {
  return existsSync(join(dir, 'index.html')) ? dir : null;
}
