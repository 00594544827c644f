import type { Core } from '@strapi/strapi';
import type { Reference } from '../../../core/contracts/reference';
import type { Settings } from '../../../core/contracts/settings';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { noQuery } from './validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: AdminContext) {
    noQuery(ctx);
    ctx.body = envelope<Settings>(await getService(strapi, 'settings').summary());
  },

  async reference(ctx: AdminContext) {
    noQuery(ctx);
    ctx.body = envelope<Reference>(await getService(strapi, 'settings').reference());
  },
});
