import type { Core } from '@strapi/strapi';
import { getService } from '../utils';
import { noQuery } from './validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: any) {
    noQuery(ctx);
    ctx.body = { data: getService(strapi, 'settings').summary() };
  },

  async reference(ctx: any) {
    noQuery(ctx);
    ctx.body = { data: await getService(strapi, 'settings').reference() };
  },
});
