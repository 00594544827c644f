/**
 * Remembers rendered public feeds (occurrences JSON, ICS) until the content they were built from
 * changes. Publishing sites and calendar apps poll the same queries over and over; expanding
 * recurrences and serialising tens of thousands of occurrences each time is wasted work.
 *
 * Validity is checked against the database, not an in-process flag, so a write on any instance
 * of a cluster invalidates every instance's cache: each indexed write increments the occurrence
 * index's version and records the span of time it touched (`occurrence-index/changes.ts`). A
 * feed stays valid while no change since its version touched its range and audience: editing
 * one piece in March leaves the cached feeds of June alone, and draft work leaves the public
 * feeds alone. Nothing changed costs one primary-key read.
 *
 * Concurrent requests that miss on the same feed and version share one build: after a change,
 * a crowd of polling clients would otherwise each expand and serialise the same feed at once.
 *
 * Besides bodies it keeps what a feed is built from (`recallState`/`rememberState`: the public
 * feed's sorted occurrences), with the version it is of, so a build after an edit re-reads only
 * the documents written since (`occurrence-index` `changedDocuments`) instead of everything.
 */
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import type { Core } from '@strapi/strapi';
import { getConfig, getService } from '../utils';

/** A feed's body as bounded chunks (see `chunk-writer.ts`) and their total length in bytes. */
export interface FeedBody {
  chunks: Buffer[];
  length: number;
}

/** A rendered feed body, with its ETag and, made once on demand, its gzip form. */
export class RenderedFeed {
  readonly chunks: Buffer[];
  readonly length: number;
  readonly etag: string;
  private gzipped?: Promise<FeedBody>;

  constructor(body: string | FeedBody) {
    const { chunks, length } = typeof body === 'string' ? { chunks: [Buffer.from(body, 'utf8')], length: Buffer.byteLength(body) } : body;
    this.chunks = chunks;
    this.length = length;
    const hash = crypto.createHash('sha1');
    for (const chunk of chunks) hash.update(chunk);
    this.etag = `"${hash.digest('base64url')}"`;
  }

  /** The body as text, for callers that need it whole (GraphQL parses it, the share page is small). */
  text(): string {
    return this.chunks.length === 1 ? this.chunks[0].toString('utf8') : Buffer.concat(this.chunks, this.length).toString('utf8');
  }

  /** The gzip form, compressed chunk by chunk (never a copy of the whole body first). */
  gzip(): Promise<FeedBody> {
    this.gzipped ??= new Promise<FeedBody>((resolve, reject) => {
      const out: Buffer[] = [];
      let length = 0;
      const gzip = zlib.createGzip({ level: 6 });
      gzip.on('data', (chunk: Buffer) => {
        out.push(chunk);
        length += chunk.length;
      });
      gzip.on('end', () => resolve({ chunks: out, length }));
      gzip.on('error', reject);
      for (const chunk of this.chunks) gzip.write(chunk);
      gzip.end();
    });
    return this.gzipped;
  }
}

/** What a cached feed shows: its range of time (null: all of it) and whether drafts are in it. */
export interface FeedScope {
  range: { from: Date; to: Date } | null;
  drafts: boolean;
}

interface Entry {
  version: number;
  scope: { range: { from: number; to: number } | null; drafts: boolean };
  feed: RenderedFeed;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = new Map<string, Entry>();
  /** Builds in progress by version and key; at most one per feed request in flight. */
  const building = new Map<string, Promise<RenderedFeed>>();
  let bytes = 0;
  /** Bumped by forget(): a build that started before it is served but not remembered. */
  let generation = 0;
  /** Build states by key, least recently used first; `size` counts occurrences. */
  const states = new Map<string, { version: number; value: unknown; size: number }>();
  let stateSize = 0;
  /** Occurrences kept in build states per megabyte of `feedCacheMegabytes` (about 100 bytes each). */
  const STATE_PER_MEGABYTE = 10_000;

  const evict = (key: string) => {
    const old = entries.get(key);
    if (!old) return;
    bytes -= old.feed.length;
    entries.delete(key);
  };

  const remember = (key: string, version: number, scope: Entry['scope'], feed: RenderedFeed, limit: number) => {
    evict(key);
    if (feed.length <= limit) {
      entries.set(key, { version, scope, feed });
      bytes += feed.length;
      for (const oldest of entries.keys()) {
        if (bytes <= limit) break;
        evict(oldest);
      }
    }
    return feed;
  };

  return {
    /** Drops every cached feed of this instance (the change log could not be written). */
    forget() {
      entries.clear();
      states.clear();
      bytes = 0;
      stateSize = 0;
      generation += 1;
    },

    /** The state a feed was last built from, and the content version it is of. */
    recallState<T>(key: string): { version: number; value: T } | undefined {
      const state = states.get(key);
      if (!state) return undefined;
      states.delete(key);
      states.set(key, state);
      return { version: state.version, value: state.value as T };
    },

    /** Changes when this instance forgets its feeds: a build records it first and passes it to rememberState. */
    generation: () => generation,

    /**
     * Keeps a build state (of `size` occurrences) within the cache's budget; none when the cache
     * is off, or when the feeds were forgotten since the build began (`startedAt`, a generation).
     */
    rememberState(key: string, version: number, value: unknown, size: number, startedAt: number) {
      const limit = getConfig(strapi, 'feedCacheMegabytes') * STATE_PER_MEGABYTE;
      const old = states.get(key);
      if (old) {
        stateSize -= old.size;
        states.delete(key);
      }
      if (version < 0 || size > limit || startedAt !== generation) return;
      states.set(key, { version, value, size });
      stateSize += size;
      for (const [oldest, state] of states) {
        if (stateSize <= limit) break;
        stateSize -= state.size;
        states.delete(oldest);
      }
    },

    /** The content's version (the occurrence index's): one primary-key read. */
    version: (): Promise<number> => getService(strapi, 'occurrence-index').version(),

    /**
     * The feed for `key`: the remembered one if the content has not changed since, else a fresh
     * one from `build`. `cached` says whether it may be served compressed (made once, reused).
     */
    async getOrBuild(
      key: string,
      scope: FeedScope,
      build: () => Promise<string | FeedBody>
    ): Promise<{ feed: RenderedFeed; cached: boolean }> {
      const limit = getConfig(strapi, 'feedCacheMegabytes') * 1024 * 1024;
      if (limit <= 0) return { feed: new RenderedFeed(await build()), cached: false };
      const index = getService(strapi, 'occurrence-index');
      const version = await this.version();
      const hit = entries.get(key);
      if (
        hit &&
        hit.version !== version &&
        version >= 0 &&
        !(await index.touched(hit.version, version, hit.scope.range, hit.scope.drafts))
      ) {
        hit.version = version;
      }
      if (hit && hit.version === version && version >= 0) {
        // Move to the end: the Map's order is the eviction order (least recently used first).
        entries.delete(key);
        entries.set(key, hit);
        return { feed: hit.feed, cached: true };
      }
      const stored = { range: scope.range && { from: scope.range.from.getTime(), to: scope.range.to.getTime() }, drafts: scope.drafts };
      const flight = `${version}\n${key}`;
      let pending = building.get(flight);
      if (!pending) {
        const started = generation;
        pending = build()
          .then((body) => {
            const feed = new RenderedFeed(body);
            return started === generation ? remember(key, version, stored, feed, limit) : feed;
          })
          .finally(() => building.delete(flight));
        building.set(flight, pending);
      }
      const feed = await pending;
      return { feed, cached: feed.length <= limit };
    },
  };
};
