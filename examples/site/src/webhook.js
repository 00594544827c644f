/**
 * `POST /webhooks/strapi`: Strapi's webhook tells the site that content changed (the scheduler
 * published a piece, an editor unpublished one, a channel was renamed), and the site forgets the
 * answers it keeps, so the next page view reads fresh content. Strapi sends the shared secret as
 * `Authorization: Bearer <SITE_WEBHOOK_SECRET>`; it is compared in constant time and never logged.
 */
const crypto = require('node:crypto');

const MAX_BODY_BYTES = 1024 * 1024;
const REFRESH_EVENTS = new Set(['entry.publish', 'entry.unpublish', 'entry.update', 'entry.delete']);

/** Hashing both sides first makes the comparison constant-time whatever their lengths. */
const digest = (text) => crypto.createHash('sha256').update(text).digest();
const sameSecret = (given, expected) => crypto.timingSafeEqual(digest(given), digest(expected));

/** A name from the body, fit for one log line. */
const clean = (value) => (typeof value === 'string' ? value.replace(/[^\w:.-]/g, '').slice(0, 100) : '');

function sendError(res, status, name, message, path) {
  const details = path ? { errors: [{ path: [path], message }] } : {};
  const headers = { 'Content-Type': 'application/json; charset=utf-8' };
  if (status === 401) headers['WWW-Authenticate'] = 'Bearer';
  // A body left unread on a refused request is not worth keeping the connection for.
  if (status === 401 || status === 413) headers.Connection = 'close';
  res.writeHead(status, headers);
  res.end(JSON.stringify({ data: null, error: { status, name, message, details } }));
}

/** The request body as text, or null once it passes `limit` bytes (the rest is not read). */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * @param {{ secret: string, cache: { clear(): number }, log: (line: string) => void, maxBytes?: number }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
function createWebhookHandler({ secret, cache, log, maxBytes = MAX_BODY_BYTES }) {
  const expected = `Bearer ${secret}`;
  return async (req, res) => {
    const authorization = req.headers.authorization;
    if (typeof authorization !== 'string' || !sameSecret(authorization, expected)) {
      return sendError(res, 401, 'UnauthorizedError', 'Authorization: Bearer <SITE_WEBHOOK_SECRET> is required');
    }
    const tooLarge = () => sendError(res, 413, 'PayloadTooLargeError', `The body is larger than ${maxBytes} bytes`, 'body');
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) return tooLarge();
    const text = await readBody(req, maxBytes);
    if (text === null) return tooLarge();

    let body;
    try {
      body = JSON.parse(text);
    } catch (error) {
      return sendError(res, 400, 'ValidationError', `The request body could not be parsed: ${error.message}`, 'body');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return sendError(res, 400, 'ValidationError', 'The body must be a JSON object, as Strapi sends it', 'body');
    if (typeof body.event !== 'string' || body.event.length > 100)
      return sendError(res, 400, 'ValidationError', 'event must be the name of a Strapi event, such as entry.publish', 'event');

    if (REFRESH_EVENTS.has(body.event)) {
      const forgotten = cache.clear();
      const entry = body.entry && typeof body.entry === 'object' ? body.entry : {};
      const which = [body.uid, entry.documentId, entry.locale].map(clean).filter(Boolean);
      log(`[site] refreshed on ${body.event} of ${which.join(' ') || 'an entry'}: ${forgotten} cached answers dropped`);
    }
    res.writeHead(204);
    res.end();
  };
}

module.exports = { createWebhookHandler, MAX_BODY_BYTES, REFRESH_EVENTS };
