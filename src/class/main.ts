// `npm run class -- --workshop CODE [--port N] [--host ADDR] [--db FILE]`: the live class server on
// the instructor's laptop (see docs/class-server.md).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, str } from '../cli/args';
import { callerPath } from '../cli/paths';
import { CliError, readScenario, scenarioIds } from '../cli/scenarios';
import { decodeWorkshop } from '../workshop/code';
import { ClassRoom } from './room';
import { classServer, distFolder } from './server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const options = {
  workshop: { value: 'CODE', help: 'the workshop code (or link); required' },
  port: { value: 'N', help: 'port to listen on (default 8787)' },
  host: { value: 'ADDR', help: 'address to listen on: 127.0.0.1 (default, this laptop only) or 0.0.0.0 (the classroom network)' },
  db: { value: 'FILE', help: 'the SQLite file of hand-ins (default class-CODE.sqlite in the current folder); reopened after a restart' },
  dist: { value: 'DIR', help: 'the built game (default dist/; built with `npm run build` when missing)' },
  'no-build': { help: 'do not build the game when dist/ is missing (serve the board and API only)' },
  help: { help: 'this text' },
};

const USAGE = `npm run class -- --workshop CODE [--port N] [--host 127.0.0.1|0.0.0.0] [--db FILE] [--dist DIR] [--no-build]
  Serves the game, a hand-in API and the live board (/board) for one workshop.
${Object.entries(options)
  .map(([k, o]) => `  --${k}${'value' in o ? ' ' + o.value : ''}  ${o.help}`)
  .join('\n')}`;

function main(argv: string[]): number {
  const a = parseArgs(argv, options);
  if (a.flags.help) {
    console.log(USAGE);
    return 0;
  }
  const codeText = str(a, 'workshop');
  if (!codeText) throw new CliError('--workshop CODE is required\n' + USAGE, 2);
  const dec = decodeWorkshop(codeText);
  if (!dec.ok) throw new CliError(`--workshop: ${dec.problem.message}`, 2);
  if (!scenarioIds().includes(dec.settings.scenarioId))
    throw new CliError(`the workshop uses scenario "${dec.settings.scenarioId}", which is not in scenarios/`, 1);
  const port = Number(str(a, 'port') ?? '8787');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError('--port takes a number from 0 to 65535', 2);
  const host = str(a, 'host') ?? '127.0.0.1';
  const db = callerPath(str(a, 'db') ?? `class-${dec.code.replace(/[^0-9A-Z]/g, '')}.sqlite`);
  const distDir = str(a, 'dist') === undefined ? join(ROOT, 'dist') : callerPath(str(a, 'dist')!);
  let dist = distFolder(distDir);
  if (dist === null && !a.flags['no-build'] && str(a, 'dist') === undefined) {
    console.log('dist/ has no built game: building it once (npm run build)…');
    const b = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0)
      console.error('the build failed: the board and the API run; build with `npm run build` and restart to serve the game');
    dist = distFolder(distDir);
  }
  if (dist === null) console.error(`no built game in ${distDir}: teams need the game from elsewhere (npm run build, then restart)`);
  const { text } = readScenario(dec.settings.scenarioId);
  const room = new ClassRoom(dec.code, text, db);
  const fonts = join(ROOT, 'node_modules/@fontsource/noto-sans-sc');
  const server = classServer({ room, dist, fonts: existsSync(join(fonts, '400.css')) ? fonts : null });
  server.on('error', (e: NodeJS.ErrnoException) => {
    console.error(e.code === 'EADDRINUSE' ? `port ${port} is in use: give another --port` : `the server could not start: ${e.message}`);
    room.close();
    process.exit(1);
  });
  server.listen(port, host, () => {
    const addr = server.address();
    const p = typeof addr === 'object' && addr ? addr.port : port;
    const hosts =
      host === '0.0.0.0' || host === '::'
        ? Object.values(networkInterfaces())
            .flat()
            .filter((n) => n && n.family === 'IPv4' && !n.internal)
            .map((n) => n!.address)
        : [host];
    console.log(`class server for workshop ${dec.code}: ${room.board().teams.length} team(s) already handed in (database ${db})`);
    for (const hh of hosts.length ? hosts : ['127.0.0.1']) {
      const base = `http://${hh}:${p}`;
      console.log(`  teams join:  ${base}/#workshop=${encodeURIComponent(dec.code)}&server=${encodeURIComponent(base)}`);
      console.log(`  live board:  ${base}/board`);
    }
    if (host === '127.0.0.1' || host === 'localhost') console.log('  (this laptop only: add --host 0.0.0.0 for the classroom network)');
    console.log(`listening on ${host}:${p}`);
  });
  const stop = () => {
    server.close();
    room.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return 0;
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (e instanceof CliError) {
    console.error(e.message);
    process.exit(e.exitCode);
  }
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
