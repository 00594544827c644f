import type { Core } from '@strapi/strapi';
import { getService } from '../utils';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: any) {
    ctx.body = { data: getService(strapi, 'settings').summary() };
  },

  async reference(ctx: any) {
    ctx.body = { data: await getService(strapi, 'settings').reference() };
  },
});
