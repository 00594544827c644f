/**
 * The site's memory of API answers. An answer is kept for `ttlSeconds` (long by default: it is
 * Strapi's webhook, not the clock, that tells the site when content changed) and shared by the
 * requests that ask for it while it loads. `clear()` forgets everything, loads in flight
 * included, so a page view after a webhook always reads fresh content. The number of answers is
 * capped (unknown slugs are answers too), the oldest going first.
 */

/**
 * @param {{ ttlSeconds: number, maxEntries?: number, now?: () => number }} options
 */
function createCache({ ttlSeconds, maxEntries = 500, now = Date.now }) {
  /** @type {Map<string, { expires: number, value: Promise<unknown> }>} */
  const entries = new Map();

  return {
    /**
     * The answer stored under `key`, or `load()`'s, stored. A failed load is not kept.
     * @template T
     * @param {string} key
     * @param {() => Promise<T>} load
     * @returns {Promise<T>}
     */
    remember(key, load) {
      const hit = entries.get(key);
      if (hit && hit.expires > now()) return /** @type {Promise<T>} */ (hit.value);
      entries.delete(key);
      const entry = { expires: now() + ttlSeconds * 1000, value: load() };
      entries.set(key, entry);
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value);
      entry.value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return entry.value;
    },

    /** Forgets every answer; returns how many there were. */
    clear() {
      const count = entries.size;
      entries.clear();
      return count;
    },

    get size() {
      return entries.size;
    },
  };
}

module.exports = { createCache };
