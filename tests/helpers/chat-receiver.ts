/**
 * A chat webhook receiver on 127.0.0.1 (node http, port 0) standing in for Slack and Teams: it
 * keeps every body posted to it with its path, can be told to answer the next N posts with an
 * error, and can be stopped and started again on the same port (a receiver that is down).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatPost {
  path: string;
  body: any;
  contentType: string | undefined;
  /** What the receiver answered. */
  status: number;
}

export interface ChatReceiver {
  port: number;
  /** An address on this receiver; each hook gets its own path, so posts can be told apart. */
  url(path: string): string;
  posts: ChatPost[];
  /** Posts to `path` that were answered 2xx. */
  received(path: string): ChatPost[];
  /** Answer the next `times` posts (to any path) with `status`. */
  failNext(times: number, status?: number, headers?: Record<string, string>): void;
  waitFor(match: (post: ChatPost) => boolean, timeoutMs?: number): Promise<ChatPost>;
  /** Stop listening (connections are refused) and later listen again on the same port. */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startChatReceiver(): Promise<ChatReceiver> {
  const posts: ChatPost[] = [];
  let failures: { times: number; status: number; headers: Record<string, string> } = { times: 0, status: 500, headers: {} };
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // kept as text
      }
      const failing = failures.times > 0;
      if (failing) failures.times -= 1;
      const status = failing ? failures.status : 200;
      posts.push({ path: req.url ?? '', body, contentType: req.headers['content-type'], status });
      res.writeHead(status, failing ? failures.headers : { 'Content-Type': 'text/plain' }).end(failing ? 'receiver_error' : 'ok');
    });
  });
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  await listen(0);
  const port = (server.address() as AddressInfo).port;
  const stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    posts,
    received: (path) => posts.filter((p) => p.path === path && p.status < 300),
    failNext(times, status = 500, headers = {}) {
      failures = { times, status, headers };
    },
    async waitFor(match, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = posts.find(match);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(
        `no matching chat post within ${timeoutMs} ms; got: ${posts.map((p) => `${p.path} ${p.status}`).join(' | ') || 'none'}`
      );
    },
    down: stop,
    up: () => listen(port),
    close: () => (server.listening ? stop() : Promise.resolve()),
  };
}
