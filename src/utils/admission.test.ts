import { createAdmission } from './admission';

const ctx = (path = '/api/channels', destroyed = false) => {
  const headers: Record<string, string> = {};
  return {
    path,
    status: 404,
    body: undefined as unknown,
    respond: undefined as boolean | undefined,
    req: { socket: { destroyed } },
    headers,
    set: (n: string, v: string) => void (headers[n] = v),
  };
};
const gate = () => {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
};
const turn = () => new Promise((r) => setImmediate(r));

describe('createAdmission', () => {
  it('works on at most `concurrency` requests at once and starts the others in arrival order', async () => {
    const admit = createAdmission({ concurrency: 2, maxQueued: 10 });
    const started: number[] = [];
    const gates = [0, 1, 2, 3].map(() => gate());
    const done = gates.map((g, i) =>
      admit(ctx(), async () => {
        started.push(i);
        await g.opened;
      })
    );
    await turn();
    expect(started).toEqual([0, 1]);
    expect(admit.stats()).toEqual({ running: 2, queued: 2 });
    gates[1].open();
    await turn();
    await turn();
    expect(started).toEqual([0, 1, 2]);
    gates[0].open();
    await turn();
    await turn();
    expect(started).toEqual([0, 1, 2, 3]);
    gates[2].open();
    gates[3].open();
    await Promise.all(done);
    expect(admit.stats()).toEqual({ running: 0, queued: 0 });
  });

  it('drops a queued request whose client has gone, without calling the rest of the chain', async () => {
    const admit = createAdmission({ concurrency: 1, maxQueued: 10 });
    const first = gate();
    const running = admit(ctx(), () => first.opened);
    const abandoned = ctx('/api/content-pieces');
    const next = jest.fn(async () => {});
    const waiting = admit(abandoned, next);
    abandoned.req.socket.destroyed = true; // the client timed out while it waited
    first.open();
    await Promise.all([running, waiting]);
    expect(next).not.toHaveBeenCalled();
    expect(abandoned.respond).toBe(false);
  });

  it('answers 503 in Strapi’s error shape once the queue is full, and lets the health check through', async () => {
    const admit = createAdmission({ concurrency: 1, maxQueued: 1, bypass: ['/_health'] });
    const first = gate();
    const running = admit(ctx(), () => first.opened);
    const queued = admit(ctx(), async () => {});
    const refused = ctx();
    await admit(refused, async () => {
      throw new Error('must not run');
    });
    expect(refused.status).toBe(503);
    expect(refused.headers['Retry-After']).toBe('1');
    expect(refused.body).toEqual({
      data: null,
      error: { status: 503, name: 'ServiceUnavailableError', message: expect.any(String), details: {} },
    });
    const health = jest.fn(async () => {});
    await admit(ctx('/_health'), health);
    expect(health).toHaveBeenCalledTimes(1);
    first.open();
    await Promise.all([running, queued]);
  });

  it('frees the slot when the chain throws', async () => {
    const admit = createAdmission({ concurrency: 1, maxQueued: 10 });
    await expect(
      admit(ctx(), async () => {
        throw new Error('boom');
      })
    ).rejects.toThrow('boom');
    expect(admit.stats()).toEqual({ running: 0, queued: 0 });
    const next = jest.fn(async () => {});
    await admit(ctx(), next);
    expect(next).toHaveBeenCalled();
  });

  it('refuses nonsensical limits', () => {
    expect(() => createAdmission({ concurrency: 0, maxQueued: 1 })).toThrow(/concurrency/);
    expect(() => createAdmission({ concurrency: 1, maxQueued: -1 })).toThrow(/maxQueued/);
  });
});
