import { etagOf } from './services/feed-cache';

/**
 * Sends a body with a strong ETag and Cache-Control; answers 304 to a matching If-None-Match,
 * so publishing sites and calendar apps that poll pay only for changes.
 */
export function sendCached(ctx: any, body: string, type: string, cacheControl: string, etag = etagOf(body)) {
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', cacheControl);
  ctx.set('Vary', 'Accept-Encoding');
  const ifNoneMatch: string | undefined = ctx.get('If-None-Match');
  if (ifNoneMatch && ifNoneMatch.split(',').map((t: string) => t.trim().replace(/^W\//, '')).includes(etag)) {
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  ctx.type = type;
  ctx.body = body;
}
