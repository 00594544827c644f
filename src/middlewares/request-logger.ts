/**
 * The request log line of `strapi::logger` (`GET /path?query (12 ms) 200` at level http), with
 * secret query parameters redacted: a calendar feed URL carries its token, and log files are
 * read by more people than the calendar is shared with.
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from '../utils/koa';
import { redactUrl } from '../utils/redact-url';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    const start = Date.now();
    await next();
    const delta = Math.ceil(Date.now() - start);
    strapi.log.http(`${ctx.method} ${redactUrl(ctx.url)} (${delta} ms) ${ctx.status}`);
  };
