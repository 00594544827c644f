import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '../constants';
import { getConfig } from '../utils';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** What the admin views need to know about this installation. */
  summary() {
    return {
      defaultTimeZone: getConfig(strapi, 'defaultTimeZone'),
      publicRead: getConfig(strapi, 'publicRead'),
    };
  },

  /** Channels, personas and themes for the views' filters and colours (small tables). */
  async reference() {
    const [channels, personas, themes] = await Promise.all([
      strapi.db.query(CONTENT_TYPES.channel as any).findMany({
        select: ['documentId', 'name', 'slug', 'kind', 'color', 'active'],
        orderBy: { name: 'asc' },
      }),
      strapi.db.query(CONTENT_TYPES.persona as any).findMany({ select: ['documentId', 'name', 'slug'], orderBy: { name: 'asc' } }),
      strapi.db.query(CONTENT_TYPES.theme as any).findMany({
        select: ['documentId', 'name', 'slug', 'color', 'startDate', 'endDate', 'repeatsYearly', 'contentGoal'],
        orderBy: { startDate: 'asc' },
      }),
    ]);
    return { channels, personas, themes };
  },
});
