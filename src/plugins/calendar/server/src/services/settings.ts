import type { Core } from '@strapi/strapi';
import { getConfig } from '../utils';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** What the admin views need to know about this installation. */
  summary() {
    return {
      defaultTimeZone: getConfig(strapi, 'defaultTimeZone'),
      publicRead: getConfig(strapi, 'publicRead'),
    };
  },
});
