import type { Core } from '@strapi/strapi';
import {
  createTranslationBody,
  translationsMissingQuery,
  type CreatedTranslation,
  type TranslationsMissing,
} from '../../../core/contracts/translations';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { conflictAware, documentId, parse } from './validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /calendar/translations/missing?locale= — published or approved pieces lacking a required locale. */
  async missing(ctx: AdminContext) {
    const { locale } = parse(translationsMissingQuery, ctx.query);
    const only = await getService(strapi, 'languages').optional(locale);
    ctx.body = envelope<TranslationsMissing>(await getService(strapi, 'translations').missing(only));
  },

  /** POST /calendar/pieces/:documentId/translations { locale, from? } — 201, 409 when the version exists. */
  async create(ctx: AdminContext) {
    const id = documentId(ctx);
    const body = parse(createTranslationBody, ctx.request.body);
    const languages = getService(strapi, 'languages');
    const [locale, from] = await Promise.all([languages.one(body.locale), languages.one(body.from)]);
    await conflictAware(ctx, async (): Promise<CreatedTranslation> => {
      const created = await getService(strapi, 'translations').create(id, locale, from);
      ctx.status = 201;
      return created;
    });
  },
});
