/**
 * Several real Strapi processes on one PostgreSQL database, for the exactly-once tests and the
 * publish benchmark, plus a webhook receiver on 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';

const INSTANCE = path.resolve(__dirname, 'instance.js');

export interface Instance {
  child: ChildProcess;
  port: number;
  instanceId: string;
  output: string[];
  stop(): Promise<void>;
  kill(): void;
}

export function startInstance(env: Record<string, string>): Promise<Instance> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [INSTANCE], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    const timeout = setTimeout(() => reject(new Error(`instance did not start:\n${output.join('')}`)), 120_000);
    child.stderr!.on('data', (d) => output.push(String(d)));
    child.stdout!.on('data', (d) => {
      const text = String(d);
      output.push(text);
      const ready = /READY (\d+) (\S+)/.exec(text);
      if (ready) {
        clearTimeout(timeout);
        resolve({
          child,
          port: Number(ready[1]),
          instanceId: ready[2],
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
  events: Array<{ event: string; model: string; entry: Record<string, any> }>;
  close(): Promise<void>;
}

export function startWebhookReceiver(): Promise<WebhookReceiver> {
  const events: WebhookReceiver['events'] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      try {
        events.push(JSON.parse(body));
      } catch {
        events.push({ event: 'unparseable', model: '', entry: { body } });
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
