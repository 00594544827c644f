/**
 * npm run bench:load — many concurrent publishing sites against one production-mode Strapi.
 *
 * For SQLite and then PostgreSQL (a throwaway database on DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/test, dropped after): seeds a plan (load-seed.ts) with an
 * in-process Strapi, starts a separate Strapi process with NODE_ENV=production and generated
 * secrets (`strapi start`, API only, 127.0.0.1 — load-server.ts), and runs autocannon against each public
 * endpoint in turn. Prints requests, errors, timeouts, non-2xx and p50/p99/max latency per endpoint
 * and database, and exits 1 when any request failed, timed out or was not 2xx.
 *
 * Options (flag or environment variable):
 *   --connections N   BENCH_LOAD_CONNECTIONS   concurrent connections (default 200, at most 1000)
 *   --duration S      BENCH_LOAD_DURATION      seconds per endpoint (default 30, at most 120)
 *   --timeout S       BENCH_LOAD_TIMEOUT       a request still unanswered after S seconds is a timeout (default 10)
 *   --pieces N        BENCH_LOAD_PIECES        content pieces seeded (default 400, of which --recurring recur)
 *   --recurring N     BENCH_LOAD_RECURRING     (default 40)
 *   --databases LIST  BENCH_LOAD_DATABASES     sqlite,postgres (default both)
 *   --endpoints LIST  BENCH_LOAD_ENDPOINTS     occurrences,pieces,channels (default all)
 * BENCH_SERVER_PROFILE=dir writes a CPU profile of the server (load-server.ts) there when it stops.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { seedPlan } from './load-seed';
import { startProductionServer, type ProductionServer } from './load-server';

const ROOT = path.resolve(__dirname, '..', '..');
const YEAR = 2026;

function option(name: string, fallback: string): string {
  const flag = `--${name}`;
  const args = process.argv.slice(2);
  const inline = args.find((a) => a.startsWith(`${flag}=`));
  if (inline) return inline.slice(flag.length + 1);
  const at = args.indexOf(flag);
  if (at >= 0 && args[at + 1]) return args[at + 1];
  return process.env[`BENCH_LOAD_${name.toUpperCase()}`] ?? fallback;
}

function bounded(name: string, fallback: number, min: number, max: number): number {
  const value = Number(option(name, String(fallback)));
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${name} must be a number from ${min} to ${max}`);
  return value;
}

const CONNECTIONS = bounded('connections', 200, 1, 1000);
const DURATION = bounded('duration', 30, 1, 120);
const TIMEOUT = bounded('timeout', 10, 1, 60);
const PIECES = bounded('pieces', 400, 1, 5000);
const RECURRING = bounded('recurring', 40, 0, PIECES);
const DATABASES = option('databases', 'sqlite,postgres')
  .split(',')
  .map((d) => d.trim()) as Array<'sqlite' | 'postgres'>;
const ENDPOINT_NAMES = option('endpoints', 'occurrences,pieces,channels')
  .split(',')
  .map((e) => e.trim());

const ENDPOINTS: Record<string, string> = {
  occurrences: `/api/calendar/occurrences?from=${YEAR}-01-01&to=${YEAR}-12-31`,
  pieces: '/api/content-pieces?populate[0]=channels&populate[1]=personas&populate[2]=theme',
  channels: '/api/channels',
};
for (const name of [...ENDPOINT_NAMES])
  if (!ENDPOINTS[name]) throw new Error(`unknown endpoint "${name}" (one of ${Object.keys(ENDPOINTS).join(', ')})`);
for (const db of DATABASES) if (db !== 'sqlite' && db !== 'postgres') throw new Error(`unknown database "${db}"`);

interface Row {
  database: string;
  endpoint: string;
  requests: number;
  rps: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  p50: number;
  p99: number;
  max: number;
}

const secretsEnv = () => ({
  APP_KEYS: Array.from({ length: 4 }, () => crypto.randomBytes(16).toString('base64')).join(','),
  ADMIN_JWT_SECRET: crypto.randomBytes(32).toString('base64'),
  API_TOKEN_SALT: crypto.randomBytes(32).toString('base64'),
  TRANSFER_TOKEN_SALT: crypto.randomBytes(32).toString('base64'),
  ENCRYPTION_KEY: crypto.randomBytes(32).toString('base64'),
  JWT_SECRET: crypto.randomBytes(32).toString('base64'),
});

async function postgresReachable(url: string) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

// As browsers and HTTP libraries send it; the feeds are served compressed from the cache.
const HEADERS = { 'accept-encoding': 'gzip' };

function runAutocannon(url: string): Promise<any> {
  const autocannon = require('autocannon');
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections: CONNECTIONS, duration: DURATION, timeout: TIMEOUT, headers: HEADERS },
      (error: Error | null, result: any) => (error ? reject(error) : resolve(result))
    );
  });
}

/**
 * Waits (at most 60 s) until a small database-backed request is answered promptly again:
 * requests whose clients timed out are still being worked off and must not slow down the next run.
 */
async function drained(base: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const started = Date.now();
    const res = await fetch(`${base}/api/channels?pagination[pageSize]=1`, { signal: AbortSignal.timeout(10_000) }).catch(() => null);
    await res?.arrayBuffer();
    if (res?.status === 200 && Date.now() - started < 250) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function benchDatabase(kind: 'sqlite' | 'postgres'): Promise<Row[]> {
  const label = kind === 'postgres' ? 'PostgreSQL' : 'SQLite';
  process.env.TEST_DATABASE = kind;
  const { createTestDatabase } = await import(path.join(ROOT, 'tests/helpers/database'));
  const { startStrapi } = await import(path.join(ROOT, 'tests/helpers/strapi'));
  const db = await createTestDatabase();
  const rows: Row[] = [];
  let instance: ProductionServer | undefined;
  try {
    const seeder = await startStrapi({ LOG_LEVEL: 'error' }, { database: db });
    try {
      const seeded = await seedPlan(seeder.strapi, { pieces: PIECES, recurring: RECURRING, year: YEAR });
      console.log(
        `\n${label}: seeded ${seeded.pieces} pieces (${RECURRING} recurring), ${seeded.channels} channels, ` +
          `${seeded.personas} personas, ${seeded.themes} themes in ${seeded.seconds.toFixed(1)} s`
      );
    } finally {
      await seeder.stop();
    }
    instance = await startProductionServer({
      ...secretsEnv(),
      ...db.env,
      NODE_ENV: 'production',
      SERVE_ADMIN_PANEL: 'false',
      LOG_LEVEL: 'error',
      // The scheduler and the digest run as in production; nothing is due and mail stays local.
      CALENDAR_SCHEDULER_ENABLED: 'true',
      CALENDAR_NOTIFICATIONS_ENABLED: 'true',
    });
    const base = `http://127.0.0.1:${instance.port}`;
    for (const name of ENDPOINT_NAMES) {
      const url = `${base}${ENDPOINTS[name]}`;
      await drained(base);
      const warm = await fetch(url, { headers: HEADERS });
      const text = await warm.text();
      if (warm.status !== 200) throw new Error(`${name}: warm-up answered ${warm.status}: ${text.slice(0, 300)}`);
      // The machine may be shared: the load average says how much of it the run had.
      const load = os.loadavg()[0];
      const result = await runAutocannon(url);
      const row: Row = {
        database: kind,
        endpoint: name,
        requests: result.requests.total,
        rps: result.requests.average,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        p50: result.latency.p50,
        p99: result.latency.p99,
        max: result.latency.max,
      };
      rows.push(row);
      console.log(
        `  ${name.padEnd(12)} ${String(row.requests).padStart(7)} req ${row.rps.toFixed(0).padStart(5)}/s  ` +
          `errors ${row.errors}  timeouts ${row.timeouts}  non-2xx ${row.non2xx}  ` +
          `p50 ${row.p50} ms  p99 ${row.p99} ms  max ${row.max} ms  (load average before ${load.toFixed(1)})`
      );
    }
  } finally {
    if (instance) {
      await instance.stop();
      const errors = instance.output.join('').trim();
      if (errors) console.log(`  instance output (last 2,000 characters):\n${errors.slice(-2000)}`);
    }
    await db.drop();
  }
  return rows;
}

(async () => {
  process.env.LOG_LEVEL = 'error';
  process.chdir(ROOT);
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: ROOT, ignoreDiagnostics: true });
  console.log(
    `Load benchmark: ${CONNECTIONS} connections for ${DURATION} s per endpoint, timeout ${TIMEOUT} s, ` +
      `production-mode Strapi on 127.0.0.1`
  );
  const rows: Row[] = [];
  const skipped: string[] = [];
  for (const kind of DATABASES) {
    if (kind === 'postgres') {
      process.env.DATABASE_URL ||= 'postgres://postgres@127.0.0.1:5432/test';
      if (!(await postgresReachable(process.env.DATABASE_URL))) {
        console.log('\nPostgreSQL: SKIPPED (none reachable at DATABASE_URL)');
        skipped.push(kind);
        continue;
      }
    }
    rows.push(...(await benchDatabase(kind)));
  }
  const failed = rows.filter((r) => r.errors > 0 || r.timeouts > 0 || r.non2xx > 0);
  const total = rows.reduce((n, r) => n + r.requests, 0);
  const worstP99 = rows.reduce((m, r) => Math.max(m, r.p99), 0);
  console.log(
    `\nsummary: ${rows.length} runs, ${total} requests, ` +
      `errors ${rows.reduce((n, r) => n + r.errors, 0)}, timeouts ${rows.reduce((n, r) => n + r.timeouts, 0)}, ` +
      `non-2xx ${rows.reduce((n, r) => n + r.non2xx, 0)}, worst p99 ${worstP99} ms` +
      (skipped.length ? `, skipped ${skipped.join(', ')}` : '') +
      ` — ${failed.length === 0 ? 'OK' : `FAILED: ${failed.map((r) => `${r.database}/${r.endpoint}`).join(', ')}`}`
  );
  process.exit(failed.length === 0 ? 0 : 1);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
