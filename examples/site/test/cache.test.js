/** The cache: answers kept for their time, shared while loading, forgotten on clear, failures not kept, a cap. */
const assert = require('node:assert/strict');
const { test } = require('node:test');
const { createCache } = require('../src/cache');

const clock = () => {
  let now = 1_000_000;
  return { now: () => now, advance: (ms) => (now += ms) };
};

test('keeps an answer for its time and loads again after it', async () => {
  const time = clock();
  const cache = createCache({ ttlSeconds: 600, now: time.now });
  let loads = 0;
  const load = async () => ++loads;
  assert.equal(await cache.remember('a', load), 1);
  time.advance(599_999);
  assert.equal(await cache.remember('a', load), 1);
  time.advance(1);
  assert.equal(await cache.remember('a', load), 2);
});

test('shares a load in flight, and clear() forgets it so the next request reads again', async () => {
  const cache = createCache({ ttlSeconds: 600 });
  let release;
  let loads = 0;
  const slow = () => {
    loads++;
    return new Promise((resolve) => (release = resolve));
  };
  const first = cache.remember('a', slow);
  const second = cache.remember('a', slow);
  assert.equal(loads, 1);
  assert.equal(cache.clear(), 1);
  release('old');
  assert.deepEqual(await Promise.all([first, second]), ['old', 'old']);
  assert.equal(await cache.remember('a', async () => 'fresh'), 'fresh');
});

test('does not keep a failed load', async () => {
  const cache = createCache({ ttlSeconds: 600 });
  await assert.rejects(
    cache.remember('a', async () => Promise.reject(new Error('down'))),
    /down/
  );
  assert.equal(cache.size, 0);
  assert.equal(await cache.remember('a', async () => 'up'), 'up');
});

test('holds at most maxEntries answers, dropping the oldest', async () => {
  const cache = createCache({ ttlSeconds: 600, maxEntries: 3 });
  for (const key of ['a', 'b', 'c', 'd']) await cache.remember(key, async () => key);
  assert.equal(cache.size, 3);
  assert.equal(await cache.remember('a', async () => 'reloaded'), 'reloaded');
  assert.equal(await cache.remember('d', async () => 'reloaded'), 'd');
});
