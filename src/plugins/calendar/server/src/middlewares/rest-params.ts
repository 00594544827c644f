/**
 * Core REST routes (src/api/*) pass pagination numbers, `id` filters and relation ids to the
 * database as given: beyond a PostgreSQL `integer` the query fails with a 500, and malformed
 * values are silently read as something else. This answers 400 naming the parameter first.
 * Wired per route in each src/api router (find, findOne, create, update, delete).
 */
import type { Core, Struct } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { summarise } from '../../../core/field-errors';
import { checkRestData, checkRestQuery } from '../../../core/query/rest-input';
import { DOCUMENT_ID } from '../controllers/validation';
import type { Context, Next } from '../koa';
import { getService } from '../utils';

/** `api::channel.channel.find` → `api::channel.channel`. */
const uidOf = (handler: unknown) => (typeof handler === 'string' ? handler.slice(0, handler.lastIndexOf('.')) : '');

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    const problems = checkRestQuery(ctx.query ?? {});
    // Core routes name it :id; it holds a documentId.
    const documentId = ctx.params?.id;
    if (documentId !== undefined && !DOCUMENT_ID.test(documentId)) {
      problems.push({ path: ['documentId'], message: 'documentId is not a document id', name: 'ValidationError' });
    }
    const schema = strapi.contentTypes[uidOf(ctx.state.route?.handler) as keyof typeof strapi.contentTypes] as
      Struct.ContentTypeSchema | undefined;
    if (schema && (ctx.method === 'POST' || ctx.method === 'PUT'))
      problems.push(...checkRestData(ctx.request.body?.data, schema.attributes));
    // Strapi stores any string as a locale: a write to an unknown one would make a version nobody reads.
    const locale = ctx.query?.locale;
    const reading = ctx.method === 'GET';
    if (locale !== undefined && !(reading && locale === '*')) {
      const enabled = await getService(strapi, 'languages').enabled();
      if (typeof locale !== 'string' || !enabled.includes(locale)) {
        const message = `locale: no locale ${String(locale)}; enabled: ${enabled.join(', ')}${reading ? ', or * for all' : ''}`;
        problems.push({ path: ['locale'], message, name: 'ValidationError' });
      }
    }
    if (problems.length) throw new errors.ValidationError(summarise(problems), { errors: problems });
    await next();
  };
