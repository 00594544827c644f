import { Readable } from 'node:stream';
import { StreamedFeed, type FeedBody, type RenderedFeed } from './services/feed-cache';

const GZIP_MIN_BYTES = 1024;

/**
 * Sends a rendered feed with a strong ETag and Cache-Control, answers 304 to a matching
 * If-None-Match, and serves the gzip form to clients that accept it when the feed is cached
 * (compressed once, then reused), so polling publishing sites and calendar apps pay little.
 */
/** The part of a request context a feed answer needs (admin and content-API contexts both have it). */
interface FeedContext {
  get(field: string): string;
  set(field: string, value: string): void;
  status: number;
  body: unknown;
  type: string;
  length: number;
}

/** A body of chunks as Koa takes it: one Buffer as is, more as a stream (never joined into a copy). */
function setBody(ctx: FeedContext, { chunks, length }: FeedBody) {
  ctx.body = chunks.length === 1 ? chunks[0] : chunks.length === 0 ? Buffer.alloc(0) : Readable.from(chunks, { objectMode: false });
  // Koa knows a Buffer's length, not a stream's; set after the body, which clears it.
  ctx.length = length;
}

export async function sendFeed(ctx: FeedContext, feed: RenderedFeed | StreamedFeed, type: string, cacheControl: string, compress: boolean) {
  if (feed instanceof StreamedFeed) {
    // Not kept, so no validator and no compressed copy: sent as it is written, with backpressure.
    ctx.set('Cache-Control', cacheControl);
    ctx.type = type;
    ctx.body = Readable.from(feed.chunks(), { objectMode: false });
    return;
  }
  const gzip = compress && feed.length >= GZIP_MIN_BYTES && /\bgzip\b/.test(ctx.get('Accept-Encoding') ?? '');
  // Each representation has its own strong validator.
  const etag = gzip ? `${feed.etag.slice(0, -1)}-gz"` : feed.etag;
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', cacheControl);
  ctx.set('Vary', 'Accept-Encoding');
  const ifNoneMatch: string | undefined = ctx.get('If-None-Match');
  if (
    ifNoneMatch &&
    ifNoneMatch
      .split(',')
      .map((t: string) => t.trim().replace(/^W\//, ''))
      .includes(etag)
  ) {
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  ctx.type = type;
  if (gzip) ctx.set('Content-Encoding', 'gzip');
  setBody(ctx, gzip ? await feed.gzip() : feed);
}
