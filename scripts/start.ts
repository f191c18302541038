/**
 * `npm start`: the four subgraphs and the gateway as five processes, one log
 * stream. Each subgraph must be ready (store reachable) before the gateway
 * starts; the gateway URL and a demo token come last. Ctrl-C stops all five.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { readGatewayConfig, readIdentityConfig, readSubgraphConfig } from '../common/config';
import { DEMO_USERS } from '../common/demo/users';
import { signToken } from '../common/identity';
import { SUBGRAPHS } from '../common/services';

const root = path.resolve(__dirname, '..');
/** Children whose output is not yet fully read ('close' not yet emitted): the launcher exits only once this is empty. */
const open = new Set<ChildProcess>();
const COLORS = [36, 33, 35, 32, 34];
let stopping = false;
let exitCode = 0;

function prefixLines(name: string, color: number, chunk: Buffer): void {
  const label = `\x1b[${color}m${name.padEnd(17)}\x1b[0m│ `;
  for (const line of chunk.toString().split('\n')) if (line.trim()) process.stdout.write(`${label}${line}\n`);
}

function startProcess(name: string, color: number, entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  // `node --import tsx` rather than the tsx CLI: one process per service, so a signal reaches our own
  // shutdown handler directly instead of a wrapper that may force-kill on a second signal.
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (c: Buffer) => prefixLines(name, color, c));
  child.stderr?.on('data', (c: Buffer) => prefixLines(name, color, c));
  child.on('exit', (code, signal) => {
    if (stopping) return;
    // Ctrl-C signals the whole process group: a service can stop (exit 0 after its own handler, or die of the
    // signal if it was still starting) and that exit be seen here before our own SIGINT handler has run,
    // which on a busy machine happens. That is a stop, not a crash: a service exits 0 only once told to
    // stop (common/runService.ts, gateway/src/workers.ts).
    if (code === 0 || signal === 'SIGINT' || signal === 'SIGTERM') {
      process.stdout.write(`${name} stopped; stopping everything.\n`);
      stopAll(0);
    } else {
      process.stdout.write(`${name} exited with ${code === null ? `signal ${signal}` : `code ${code}`}; stopping everything.\n`);
      stopAll(1);
    }
  });
  open.add(child);
  // 'close' (not 'exit'): a child's last log lines are read before the launcher exits.
  child.once('close', () => {
    open.delete(child);
    if (stopping && open.size === 0) process.exit(exitCode);
  });
  return child;
}

async function waitFor(url: string, name: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not become ready at ${url} within ${timeoutMs / 1000} s`);
}

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  exitCode = code;
  if (open.size === 0) process.exit(code);
  // A child that has exited may still have output to read: it is waited for ('close') but not signalled.
  for (const c of open) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 12_000).unref();
}

/**
 * The log line saying which stores are embedded SQLite and where their files are, as the subgraphs
 * resolve them (SQLITE_DIR, or a subgraph's own `sqlite:` URL); null when every store is MySQL.
 */
function sqliteNotice(env: NodeJS.ProcessEnv): string | null {
  const stores = SUBGRAPHS.flatMap((s) => {
    const config = readSubgraphConfig(s.name, env);
    return config.database.kind === 'sqlite' ? [{ name: s.name, file: config.database.file, demo: config.seedDemoData }] : [];
  });
  if (stores.length === 0) return null;
  const folders = [...new Set(stores.map((s) => path.dirname(s.file)))];
  const where = folders.length === 1 ? `in ${folders[0]}${path.sep}` : `(${stores.map((s) => `${s.name}: ${s.file}`).join(', ')})`;
  const who = stores.length === SUBGRAPHS.length && !env.MYSQL_URL ? 'No MySQL configured (MYSQL_URL unset)' : stores.map((s) => s.name).join(', ');
  return `${who}: using embedded SQLite stores ${where}${stores.every((s) => s.demo) ? ' with demo data' : ''}.\n`;
}

async function main(): Promise<void> {
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
  const identity = readIdentityConfig();
  const demoUser = DEMO_USERS.ada;
  const token = await signToken(demoUser, identity, '12h');
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_PRETTY: process.env.LOG_PRETTY ?? '1', FORCE_COLOR: '1' };
  // The services run from the project folder; a relative SQLITE_DIR means the caller's folder, as logged.
  if (env.SQLITE_DIR) env.SQLITE_DIR = path.resolve(env.SQLITE_DIR);
  const notice = sqliteNotice(env);
  if (notice) process.stdout.write(notice);
  SUBGRAPHS.forEach((s, i) => startProcess(s.name, COLORS[i], path.join('subgraphs', s.name, 'src', 'index.ts'), env));
  await Promise.all(SUBGRAPHS.map((s) => waitFor(`http://127.0.0.1:${readSubgraphConfig(s.name).port}/ready`, s.name)));
  const gateway = readGatewayConfig();
  startProcess('gateway', COLORS[4], path.join('gateway', 'src', 'index.ts'), { ...env, PLAYGROUND_TOKEN: process.env.PLAYGROUND_TOKEN ?? token });
  await waitFor(`http://127.0.0.1:${gateway.port}/health`, 'gateway');
  // Let the gateway's own log lines through first, so the URL and token are the last thing on screen.
  await new Promise((r) => setTimeout(r, 500));
  process.stdout.write(
    [
      '',
      `Playground and GraphQL endpoint: http://localhost:${gateway.port}/  (POST http://localhost:${gateway.port}/graphql)`,
      `Demo token for ${demoUser.email} (${demoUser.org}, ${demoUser.roles.join(', ')}), valid 12 h:`,
      token,
      'Other users: npm run token -- <alice|sue|bob|ana|...>. Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`npm start failed: ${err instanceof Error ? err.message : String(err)}\n`);
  stopAll(1);
});
