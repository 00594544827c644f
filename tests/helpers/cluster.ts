/**
 * Several real Strapi processes on one PostgreSQL database, for the exactly-once tests and the
 * publish benchmark, plus a webhook receiver on 127.0.0.1. An instance may run with its clock
 * skewed by libfaketime (Debian package `faketime`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const INSTANCE = path.resolve(__dirname, 'instance.js');
const LIBFAKETIME = [
  '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1',
  '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1',
  '/usr/lib/faketime/libfaketime.so.1',
  '/usr/local/lib/faketime/libfaketime.so.1',
];

export interface InstanceOptions {
  /** libfaketime offset for this process's clock, e.g. '+150s'. */
  clockOffset?: string;
}

/** The environment that makes libfaketime skew a process's clock (as `faketime -f '+150s' node …` does). */
function skewedClock(offset: string): Record<string, string> {
  const lib = LIBFAKETIME.find((p) => fs.existsSync(p));
  if (!lib) throw new Error("libfaketime is not installed (apt-get install faketime); it is needed to skew an instance's clock");
  // Timers use the monotonic clock; leave it alone so they keep firing on time.
  return { LD_PRELOAD: lib, FAKETIME: offset, FAKETIME_DONT_FAKE_MONOTONIC: '1' };
}

export interface Instance {
  child: ChildProcess;
  port: number;
  instanceId: string;
  /** Date.now() inside the instance when it was ready (shows a skewed clock). */
  clockAtStart: number;
  output: string[];
  stop(): Promise<void>;
  kill(): void;
}

export function startInstance(env: Record<string, string>, options: InstanceOptions = {}): Promise<Instance> {
  const clock = options.clockOffset ? skewedClock(options.clockOffset) : {};
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [INSTANCE], { env: { ...process.env, ...env, ...clock }, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    const timeout = setTimeout(() => reject(new Error(`instance did not start:\n${output.join('')}`)), 120_000);
    child.stderr!.on('data', (d) => output.push(String(d)));
    child.stdout!.on('data', (d) => {
      const text = String(d);
      output.push(text);
      const ready = /READY (\d+) (\S+) (\d+)/.exec(text);
      if (ready) {
        clearTimeout(timeout);
        resolve({
          child,
          port: Number(ready[1]),
          instanceId: ready[2],
          clockAtStart: Number(ready[3]),
          output,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null || child.signalCode) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
          kill: () => child.kill('SIGKILL'),
        });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timeout);
      reject(new Error(`instance exited with ${code}:\n${output.join('')}`));
    });
  });
}

export interface WebhookReceiver {
  url: string;
  /** Each with `receivedAt`: this process's clock when it arrived (an observer independent of the instances' clocks). */
  events: Array<{ event: string; model: string; entry: Record<string, any>; receivedAt: number }>;
  close(): Promise<void>;
}

export function startWebhookReceiver(): Promise<WebhookReceiver> {
  const events: WebhookReceiver['events'] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const receivedAt = Date.now();
      try {
        events.push({ ...JSON.parse(body), receivedAt });
      } catch {
        events.push({ event: 'unparseable', model: '', entry: { body }, receivedAt });
      }
      res.writeHead(200).end('ok');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}/hook`, events, close: () => new Promise((r) => server.close(() => r())) });
    })
  );
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The shared start of a multi-instance test: a throwaway database, an in-process Strapi on it (to
 * seed and inspect), a webhook receiver registered through the webhook store before any instance
 * boots (instances load webhooks at start), and one channel for the pieces.
 */
export async function startClusterFixture(channelName: string) {
  const { createTestDatabase } = await import('./database');
  const { startStrapi } = await import('./strapi');
  const db = await createTestDatabase();
  const app = await startStrapi({}, { database: db });
  const hooks = await startWebhookReceiver();
  await app.strapi.db.query('strapi::webhook').create({
    data: { name: 'publish receiver', url: hooks.url, headers: {}, events: ['entry.publish'], enabled: true },
  });
  const channelId: string = (await app.strapi.documents('api::channel.channel').create({ data: { name: channelName, kind: 'owned' } }))
    .documentId;
  return {
    db,
    app,
    hooks,
    channelId,
    async stop() {
      await hooks.close();
      await app.stop();
      await db.drop();
    },
  };
}
