import type { Core } from '@strapi/strapi';
import {
  chatDeliveriesQuery,
  chatTestBody,
  createChatHookBody,
  updateChatHookBody,
  type ChatDeliveryPage,
  type ChatHook,
  type ChatHookList,
  type ChatTestResult,
} from '../../../core/contracts/chat-hooks';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { conflictAware, dbId, noQuery, parse } from './validation';

/** Settings → Calendar → Chat notifications: every route needs `plugin::calendar.settings`. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const hooks = () => getService(strapi, 'chat-hooks');
  return {
    /** GET /calendar/chat-hooks */
    async list(ctx: AdminContext) {
      noQuery(ctx);
      ctx.body = envelope<ChatHookList>(await hooks().list());
    },

    /** POST /calendar/chat-hooks */
    async create(ctx: AdminContext) {
      const body = parse(createChatHookBody, ctx.request.body);
      ctx.body = envelope<ChatHook>(await hooks().create(body, ctx.state.user.id));
      ctx.status = 201;
    },

    /** PUT /calendar/chat-hooks/:id — 409 with the current hook when `expectedUpdatedAt` is stale. */
    async update(ctx: AdminContext) {
      const id = dbId('id', ctx.params.id);
      const body = parse(updateChatHookBody, ctx.request.body);
      await conflictAware(ctx, (): Promise<ChatHook> => hooks().update(id, body, ctx.state.user.id));
    },

    /** DELETE /calendar/chat-hooks/:id */
    async remove(ctx: AdminContext) {
      const id = dbId('id', ctx.params.id);
      await hooks().remove(id);
      ctx.status = 204;
      ctx.body = null;
    },

    /** POST /calendar/chat-hooks/:id/test — posts a test message now and answers what the receiver said. */
    async test(ctx: AdminContext) {
      const id = dbId('id', ctx.params.id);
      parse(chatTestBody, ctx.request.body);
      ctx.body = envelope<ChatTestResult>(await hooks().test(id));
    },

    /** GET /calendar/chat-deliveries?hook=&state=&page=&pageSize= — newest first. */
    async deliveries(ctx: AdminContext) {
      const page: ChatDeliveryPage = await hooks().deliveries(parse(chatDeliveriesQuery, ctx.query));
      ctx.body = page;
    },
  };
};
