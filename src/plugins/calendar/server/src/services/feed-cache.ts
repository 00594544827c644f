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
import { BudgetedLru } from '../budgeted-lru';
import { getConfig, getService } from '../utils';

/** A feed's body as bounded chunks (see `chunk-writer.ts`) and their total length in bytes. */
export interface FeedBody {
  chunks: Buffer[];
  length: number;
}

/**
 * A body that is not kept: sent while it is written (each `chunks()` writes it afresh), without
 * an ETag (that would need all of it first). The feed cache off, or a feed larger than it holds.
 */
export interface StreamedBody {
  streamed: () => Iterable<Buffer>;
}

export const isStreamed = (body: unknown): body is StreamedBody => typeof (body as StreamedBody | null)?.streamed === 'function';

/** A streamed body as a feed: `chunks()` for the response, `bytes()`/`text()` for a caller that needs it whole. */
export class StreamedFeed {
  constructor(private readonly body: StreamedBody) {}

  chunks(): Iterable<Buffer> {
    return this.body.streamed();
  }

  bytes(): Buffer {
    return Buffer.concat([...this.body.streamed()]);
  }

  text(): string {
    return this.bytes().toString('utf8');
  }
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

  /** The body whole, for callers that need it so (GraphQL parses it, the share page is small). */
  bytes(): Buffer {
    return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
  }

  text(): string {
    return this.bytes().toString('utf8');
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

/** What a build is for: the content version the cache read for it, and the cache's generation then. */
export interface BuildContext {
  version: number;
  generation: number;
}

/** Occurrences kept in build states per megabyte of `feedCacheMegabytes` (about 100 bytes each). */
const STATE_PER_MEGABYTE = 10_000;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = new BudgetedLru<Entry>();
  /** Build states by key, with the content version they are of; sized in occurrences. */
  const states = new BudgetedLru<{ version: number; value: unknown }>();
  /** Builds in progress by version and key; at most one per feed request in flight. */
  const building = new Map<string, Promise<RenderedFeed | StreamedFeed>>();
  /** Bumped by forget(): a build that started before it is served but not remembered. */
  let generation = 0;

  return {
    /** Drops every cached feed of this instance (the change log could not be written). */
    forget() {
      entries.clear();
      states.clear();
      generation += 1;
    },

    /** The state a feed was last built from, and the content version it is of. */
    recallState<T>(key: string): { version: number; value: T } | undefined {
      return states.get(key) as { version: number; value: T } | undefined;
    },

    /**
     * Keeps a build's state (of `size` occurrences) for the next build of `key`, within the
     * cache's budget; not when the feeds were forgotten since the build began.
     */
    rememberState(key: string, context: BuildContext, value: unknown, size: number) {
      if (context.version < 0 || context.generation !== generation) return states.delete(key);
      states.set(key, { version: context.version, value }, size, getConfig(strapi, 'feedCacheMegabytes') * STATE_PER_MEGABYTE);
    },

    /** How many bytes of bodies the cache keeps (0: it is off). */
    limitBytes: () => getConfig(strapi, 'feedCacheMegabytes') * 1024 * 1024,

    /** The content's version (the occurrence index's): one primary-key read. */
    version: (): Promise<number> => getService(strapi, 'occurrence-index').version(),

    /**
     * The feed for `key`: the remembered one if the content has not changed since, else a fresh
     * one from `build`. `cached` says whether it may be served compressed (made once, reused).
     */
    async getOrBuild(
      key: string,
      scope: FeedScope,
      /** `context` is null when the cache is off: build from nothing, keep nothing. */
      build: (context: BuildContext | null) => Promise<string | FeedBody | StreamedBody>
    ): Promise<{ feed: RenderedFeed | StreamedFeed; cached: boolean }> {
      const limit = this.limitBytes();
      const feedOf = (body: string | FeedBody | StreamedBody) => (isStreamed(body) ? new StreamedFeed(body) : new RenderedFeed(body));
      if (limit <= 0) return { feed: feedOf(await build(null)), cached: false };
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
      if (hit && hit.version === version && version >= 0) return { feed: hit.feed, cached: true };
      const stored = { range: scope.range && { from: scope.range.from.getTime(), to: scope.range.to.getTime() }, drafts: scope.drafts };
      const flight = `${version}\n${key}`;
      let pending = building.get(flight);
      if (!pending) {
        const context = { version, generation };
        pending = build(context)
          .then((body) => {
            const feed = feedOf(body);
            if (feed instanceof RenderedFeed && context.generation === generation)
              entries.set(key, { version, scope: stored, feed }, feed.length, limit);
            return feed;
          })
          .finally(() => building.delete(flight));
        building.set(flight, pending);
      }
      const feed = await pending;
      return { feed, cached: feed instanceof RenderedFeed && feed.length <= limit };
    },
  };
};
