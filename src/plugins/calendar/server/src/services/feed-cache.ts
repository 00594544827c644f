/**
 * Remembers rendered public feeds (occurrences JSON, ICS) until the content they were built from
 * changes. Publishing sites and calendar apps poll the same queries over and over; expanding
 * recurrences and serialising tens of thousands of occurrences each time is wasted work.
 *
 * Validity is checked against the database, not an in-process flag, so a write on any instance
 * of a cluster invalidates every instance's cache: the version is the row count and latest
 * `updated_at` of the pieces, channels, personas and themes tables (creating, editing,
 * publishing, unpublishing or deleting any of them changes it).
 *
 * Concurrent requests that miss on the same feed and version share one build: after a change,
 * a crowd of polling clients would otherwise each expand and serialise the same feed at once.
 */
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '../constants';
import { dbHelpers, type StoredTime } from '../db';
import { getConfig } from '../utils';

/** A rendered feed body, with its ETag and, made once on demand, its gzip form. */
export class RenderedFeed {
  readonly body: Buffer;
  readonly etag: string;
  private gzipped?: Buffer;

  constructor(text: string) {
    this.body = Buffer.from(text, 'utf8');
    this.etag = `"${crypto.createHash('sha1').update(this.body).digest('base64url')}"`;
  }

  gzip(): Buffer {
    this.gzipped ??= zlib.gzipSync(this.body, { level: 6 });
    return this.gzipped;
  }
}

interface Entry {
  version: string;
  feed: RenderedFeed;
}

const VERSIONED_TYPES = [CONTENT_TYPES.contentPiece, CONTENT_TYPES.channel, CONTENT_TYPES.persona, CONTENT_TYPES.theme];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = new Map<string, Entry>();
  /** Builds in progress by version and key; at most one per feed request in flight. */
  const building = new Map<string, Promise<RenderedFeed>>();
  let bytes = 0;

  const evict = (key: string) => {
    const old = entries.get(key);
    if (!old) return;
    bytes -= old.feed.body.length;
    entries.delete(key);
  };

  const remember = (key: string, version: string, feed: RenderedFeed, limit: number) => {
    evict(key);
    if (feed.body.length <= limit) {
      entries.set(key, { version, feed });
      bytes += feed.body.length;
      for (const oldest of entries.keys()) {
        if (bytes <= limit) break;
        evict(oldest);
      }
    }
    return feed;
  };

  return {
    /** A string that changes whenever any content the feeds show changes. */
    async version(): Promise<string> {
      const { knex, table, col } = dbHelpers(strapi);
      const parts = await Promise.all(
        VERSIONED_TYPES.map(async (uid) => {
          const updated = col(uid, 'updatedAt');
          const [row] = await knex()(table(uid)).count({ n: '*' }).max({ m: updated });
          const latest = row.m === null || row.m === undefined ? 0 : new Date(row.m as StoredTime).getTime();
          return `${row.n}:${latest}`;
        })
      );
      return parts.join('|');
    },

    /**
     * The feed for `key`: the remembered one if the content has not changed since, else a fresh
     * one from `build`. `cached` says whether it may be served compressed (made once, reused).
     */
    async getOrBuild(key: string, build: () => Promise<string>): Promise<{ feed: RenderedFeed; cached: boolean }> {
      const limit = getConfig(strapi, 'feedCacheMegabytes') * 1024 * 1024;
      if (limit <= 0) return { feed: new RenderedFeed(await build()), cached: false };
      const version = await this.version();
      const hit = entries.get(key);
      if (hit && hit.version === version) {
        // Move to the end: the Map's order is the eviction order (least recently used first).
        entries.delete(key);
        entries.set(key, hit);
        return { feed: hit.feed, cached: true };
      }
      const flight = `${version}\n${key}`;
      let pending = building.get(flight);
      if (!pending) {
        pending = build()
          .then((text) => remember(key, version, new RenderedFeed(text), limit))
          .finally(() => building.delete(flight));
        building.set(flight, pending);
      }
      const feed = await pending;
      return { feed, cached: feed.body.length <= limit };
    },
  };
};
