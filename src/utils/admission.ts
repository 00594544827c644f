/**
 * Admission control for the HTTP server: at most `concurrency` requests are worked on at once;
 * the rest wait in arrival order (first in, first out).
 *
 * Without it, every request that arrives starts at once and all of them share the CPU and the
 * database pool step by step, so under overload they all finish late together — past the
 * clients' timeouts — and each client that gives up and retries leaves its abandoned request
 * behind to be worked on anyway (congestion collapse). With it, requests finish in the order
 * they came, a burst is worked off at full speed, and a request whose client has gone while it
 * waited is dropped before any work is done for it. A queue longer than `maxQueued` answers 503.
 */

export interface AdmissionOptions {
  /** Requests worked on at once. */
  concurrency: number;
  /** Requests allowed to wait; beyond this, 503 with Retry-After. */
  maxQueued: number;
  /** Paths that bypass the queue (the health check must answer while the server is busy). */
  bypass?: string[];
}

interface Ctx {
  path: string;
  status: number;
  body: unknown;
  respond?: boolean;
  req: { socket?: { destroyed?: boolean } | null };
  set(name: string, value: string): void;
}

export function createAdmission({ concurrency, maxQueued, bypass = [] }: AdmissionOptions) {
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new Error(`admission: concurrency must be a positive integer, got ${concurrency}`);
  if (!Number.isInteger(maxQueued) || maxQueued < 0)
    throw new Error(`admission: maxQueued must be a non-negative integer, got ${maxQueued}`);
  const skip = new Set(bypass);
  let running = 0;
  // A FIFO queue as an array and a head index: shift() would be O(n) per request.
  let queue: Array<(() => void) | undefined> = [];
  let head = 0;
  const queued = () => queue.length - head;

  const pump = () => {
    while (running < concurrency && head < queue.length) {
      const start = queue[head]!;
      queue[head] = undefined;
      head += 1;
      running += 1;
      // Start it on a later turn of the event loop, so one turn never works off the whole queue.
      setImmediate(start);
    }
    if (head > 1024 && head * 2 > queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
  };

  const middleware = async (ctx: Ctx, next: () => Promise<unknown>) => {
    if (skip.has(ctx.path)) return next();
    if (running < concurrency && queued() === 0) {
      running += 1;
    } else {
      if (queued() >= maxQueued) {
        ctx.status = 503;
        ctx.set('Retry-After', '1');
        ctx.body = {
          data: null,
          error: { status: 503, name: 'ServiceUnavailableError', message: 'The server is busy; retry shortly', details: {} },
        };
        return;
      }
      await new Promise<void>((resolve) => queue.push(resolve));
    }
    try {
      // The client gave up while this request waited: nobody will read the answer.
      if (ctx.req.socket?.destroyed) {
        ctx.respond = false;
        return;
      }
      await next();
    } finally {
      running -= 1;
      pump();
    }
  };

  return Object.assign(middleware, { stats: () => ({ running, queued: queued() }) });
}
