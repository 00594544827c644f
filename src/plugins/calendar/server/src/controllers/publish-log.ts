import type { Core } from '@strapi/strapi';
import { publishLogQuery, type PublishLogPage } from '../../../core/contracts/publishing';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { parse } from './validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /calendar/publish-log?page=&pageSize=&documentId=&outcome= — newest first. */
  async find(ctx: AdminContext) {
    const page: PublishLogPage = await getService(strapi, 'scheduler').history(parse(publishLogQuery, ctx.query));
    ctx.body = page;
  },
});
