/**
 * The `chat-hooks` service: what Settings → Calendar → Chat notifications manages. Hooks are
 * listed with a hint of their address, never the address; an edit based on an older version is
 * refused (409) with the current one; a hook turned off or deleted takes its queue with it.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  CHAT_HOOKS_MAX,
  type ChatDelivery,
  type ChatDeliveriesQuery,
  type ChatDeliveryPage,
  type ChatHook,
  type ChatHookList,
  type ChatTestResult,
} from '../../../core/contracts/chat-hooks';
import { checkHookUrl, hookUrlHint } from '../../../core/notifications/chat-hook-url';
import type { ChatEvent, ChatFormat, ChatLanguage } from '../../../core/notifications/chat-message';
import { ConflictError, sameInstant } from '../conflict';
import { CONTENT_TYPES } from '../constants';
import { dbHelpers } from '../db';
import type { Db } from './scheduler/db-clock';
import { query } from '../query';
import { getConfig, getService, invalid, isoOrNull, personRef } from '../utils';
import { encryptUrl, hookStore, hostRules, type StoredHook } from './chat/hooks';

export interface HookFields {
  name?: string;
  format?: ChatFormat;
  url?: string;
  events?: ChatEvent[];
  enabled?: boolean;
  locale?: ChatLanguage;
}

const present = (hook: StoredHook): ChatHook => ({
  id: hook.id,
  name: hook.name,
  format: hook.format,
  urlHint: hook.urlHint ?? '…',
  events: hook.events,
  enabled: hook.enabled,
  locale: hook.language,
  createdBy: personRef(hook.createdBy),
  createdAt: isoOrNull(hook.createdAt)!,
  updatedAt: isoOrNull(hook.updatedAt)!,
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = hookStore(strapi);
  const chat = () => getService(strapi, 'chat-notifications');

  /** The stored columns for what the input changes; the address is checked for this environment, then sealed. */
  function columns(input: HookFields): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    if (input.url !== undefined) {
      const checked = checkHookUrl(input.url, hostRules(strapi));
      if (!checked.ok) throw invalid('url', checked.message);
      data.urlEncrypted = encryptUrl(strapi, checked.url);
      data.urlHint = hookUrlHint(checked.url);
    }
    if (input.name !== undefined) data.name = input.name;
    if (input.format !== undefined) data.format = input.format;
    if (input.events !== undefined) data.events = input.events;
    if (input.enabled !== undefined) data.enabled = input.enabled;
    if (input.locale !== undefined) data.language = input.locale;
    return data;
  }

  async function existing(id: number) {
    const hook = await store.one(id);
    if (!hook) throw new errors.NotFoundError(`No chat hook ${id}`);
    return hook;
  }

  return {
    async list(): Promise<ChatHookList> {
      return { chatEnabled: getConfig(strapi, 'chat').enabled, hooks: (await store.all()).map(present) };
    },

    async create(input: HookFields & Required<Pick<HookFields, 'name' | 'format' | 'url' | 'events'>>, userId: number): Promise<ChatHook> {
      if ((await store.count()) >= CHAT_HOOKS_MAX) throw invalid('name', `At most ${CHAT_HOOKS_MAX} chat hooks: delete one first`);
      const data = columns({ enabled: true, locale: 'en', ...input });
      return present(await store.create({ ...data, createdBy: userId, updatedBy: userId }));
    },

    async update(id: number, input: HookFields & { expectedUpdatedAt: string }, userId: number): Promise<ChatHook> {
      const { expectedUpdatedAt, ...change } = input;
      // Read, compare and write under the row's lock: two edits made from one version cannot both win.
      const { current, updated } = await strapi.db.transaction(async ({ trx }: { trx: Db }) => {
        const db = dbHelpers(strapi);
        if (!db.sqlite()) await trx(db.table(CONTENT_TYPES.chatHook)).where('id', id).forUpdate().select('id');
        const before = await existing(id);
        if (!sameInstant(before.updatedAt, expectedUpdatedAt)) {
          throw new ConflictError(
            'This chat hook was changed by someone else meanwhile; reload it and make the change again',
            present(before)
          );
        }
        const after = await store.update(id, { ...columns(change), updatedBy: userId });
        if (!after) throw new errors.NotFoundError(`No chat hook ${id}`);
        return { current: before, updated: after };
      });
      if (current.enabled && !updated.enabled) await chat().abandonPending(id);
      else if (current.format !== updated.format)
        await chat().abandonPending(id, 'The hook changed to another chat before this was posted');
      return present(updated);
    },

    async remove(id: number) {
      await existing(id);
      await store.remove(id);
      await chat().removeDeliveries(id);
    },

    async test(id: number): Promise<ChatTestResult> {
      const result = await chat().sendTest(await existing(id));
      return { delivered: result.ok, status: result.status, error: result.error };
    },

    async deliveries(q: ChatDeliveriesQuery): Promise<ChatDeliveryPage> {
      const where: Record<string, unknown> = {};
      if (q.hook !== undefined) where.hookId = q.hook;
      if (q.state) where.state = q.state;
      const rows = query(strapi, CONTENT_TYPES.chatDelivery);
      const [found, total, hooks] = await Promise.all([
        rows.findMany({
          where,
          select: ['id', 'hookId', 'event', 'state', 'attempts', 'lastStatus', 'lastError', 'nextAttemptAt', 'sentAt', 'createdAt'],
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          offset: (q.page - 1) * q.pageSize,
          limit: q.pageSize,
        }),
        rows.count({ where }),
        store.all(),
      ]);
      const names = new Map(hooks.map((h) => [h.id, h.name]));
      const data: ChatDelivery[] = found.map((r) => ({
        id: r.id,
        hookId: r.hookId,
        hookName: names.get(r.hookId) ?? null,
        event: r.event,
        state: r.state ?? 'pending',
        attempts: r.attempts ?? 0,
        lastStatus: r.lastStatus ?? null,
        lastError: r.lastError ?? null,
        nextAttemptAt: isoOrNull(r.nextAttemptAt),
        sentAt: isoOrNull(r.sentAt),
        createdAt: isoOrNull(r.createdAt)!,
      }));
      return { data, meta: { pagination: { page: q.page, pageSize: q.pageSize, total, pageCount: Math.ceil(total / q.pageSize) } } };
    },
  };
};
