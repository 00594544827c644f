/**
 * Strapi 5's content API answers `?status=draft` to anyone allowed to `find`, which would show
 * drafts to the Public role. Publishing sites get published content only; a full-access API
 * token (an integration that may also write drafts) keeps the choice. A filter or sort on
 * `localizations` is refused to the others: Strapi matches it against drafts too.
 */
import { errors } from '@strapi/utils';
import { localizationsRefusal } from '../../../core/query/draft-reach';
import type { Context, Next } from '../koa';
import { isFullAccessToken } from '../writer';

export default () => async (ctx: Context, next: Next) => {
  if (!isFullAccessToken(ctx) && ctx.query) {
    const refused = localizationsRefusal(ctx.query);
    if (refused) throw new errors.ValidationError(refused.message, { errors: [refused] });
    if (ctx.query.status !== undefined && ctx.query.status !== 'published') ctx.query = { ...ctx.query, status: 'published' };
  }
  await next();
};
