import type { Core } from '@strapi/strapi';
import { coverageQuery } from '../../../core/contracts/coverage';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { parse } from './validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /calendar/coverage?year=&persona=&channel=&locale= */
  async report(ctx: AdminContext) {
    const { year, persona, channel, locale } = parse(coverageQuery, ctx.query);
    const one = await getService(strapi, 'languages').optional(locale);
    ctx.body = envelope(await getService(strapi, 'coverage-report').coverage(year, { persona, channel, ...(one ? { locale: one } : {}) }));
  },
});
