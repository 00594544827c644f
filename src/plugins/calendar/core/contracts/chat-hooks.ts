/**
 * Chat notifications (admin, `plugin::calendar.settings`): the team's Slack and Teams hooks —
 * list, create, update (409 when stale), delete, send a test message — and their recent
 * deliveries. A hook's URL is write-only: answers carry `urlHint`, never the address.
 */
import { z } from 'zod';
import { CHAT_DELIVERY_EVENTS, CHAT_EVENTS, CHAT_FORMATS, CHAT_LANGUAGES, type ChatDeliveryEvent } from '../notifications/chat-message';
import type { ChatEvent, ChatFormat, ChatLanguage } from '../notifications/chat-message';
import { HOOK_URL_MAX } from '../notifications/chat-hook-url';
import { isDbIdText, isoDateTime, queryInt, type Pagination, type Person } from './fields';
import { adminPath } from './routing';

export { CHAT_DELIVERY_EVENTS, CHAT_EVENTS, CHAT_FORMATS, CHAT_LANGUAGES };
export type { ChatDeliveryEvent, ChatEvent, ChatFormat, ChatLanguage };

/** More would be a mistake (each event is posted to every hook): the list stays one screen. */
export const CHAT_HOOKS_MAX = 50;
export const CHAT_DELIVERY_STATES = ['pending', 'sending', 'sent', 'failed'] as const;
export type ChatDeliveryState = (typeof CHAT_DELIVERY_STATES)[number];

const name = z.string({ message: 'name must be text' }).trim().min(1, 'name is required').max(100, 'name must be at most 100 characters');
const format = z.enum(CHAT_FORMATS, { message: `format must be one of ${CHAT_FORMATS.join(', ')}` });
/** The address's rules (https, or http for a local host outside production) are the server's: it knows NODE_ENV. */
const url = z
  .string({ message: 'url must be text: the webhook address from Slack or Teams' })
  .trim()
  .min(1, 'url is required: the webhook address from Slack or Teams')
  .max(HOOK_URL_MAX, `url must be at most ${HOOK_URL_MAX.toLocaleString('en')} characters`);
const EVENTS_MESSAGE = `events must be a list of ${CHAT_EVENTS.join(', ')}`;
const events = z
  .array(z.enum(CHAT_EVENTS, { message: EVENTS_MESSAGE }), { message: EVENTS_MESSAGE })
  .min(1, 'events must name at least one event')
  .max(CHAT_EVENTS.length * 2, EVENTS_MESSAGE)
  .transform((list) => CHAT_EVENTS.filter((e) => list.includes(e)));
const enabled = z.boolean({ message: 'enabled must be true or false' });
const locale = z.enum(CHAT_LANGUAGES, { message: `locale must be one of ${CHAT_LANGUAGES.join(', ')}` });

export const createChatHookBody = z.object({ name, format, url, events, enabled: enabled.optional(), locale: locale.optional() }).strict();
export type ChatHookInput = z.input<typeof createChatHookBody>;

/** Only what changes, plus the version the form showed; no `url` keeps the stored address. */
export const updateChatHookBody = z
  .object({
    name: name.optional(),
    format: format.optional(),
    url: url.optional(),
    events: events.optional(),
    enabled: enabled.optional(),
    locale: locale.optional(),
    expectedUpdatedAt: isoDateTime('expectedUpdatedAt'),
  })
  .strict();
export type ChatHookChange = z.input<typeof updateChatHookBody>;

/** The test message takes no input. */
export const chatTestBody = z.object({}).strict();

export const chatDeliveriesQuery = z
  .object({
    hook: z
      .string({ message: 'hook must be a chat hook id' })
      .refine(isDbIdText, 'hook must be a chat hook id')
      .transform(Number)
      .optional(),
    state: z.enum(CHAT_DELIVERY_STATES, { message: `state must be one of ${CHAT_DELIVERY_STATES.join(', ')}` }).optional(),
    page: queryInt('page', 1, 100_000).default(1),
    pageSize: queryInt('pageSize', 1, 100).default(25),
  })
  .strict();
export type ChatDeliveriesQuery = z.infer<typeof chatDeliveriesQuery>;
export type ChatDeliveriesArgs = Partial<ChatDeliveriesQuery>;

export interface ChatHook {
  id: number;
  name: string;
  format: ChatFormat;
  /** `https://hooks.slack.com/…/XyZ1`: the address itself is never answered. */
  urlHint: string;
  events: ChatEvent[];
  enabled: boolean;
  locale: ChatLanguage;
  createdBy: Person | null;
  createdAt: string;
  updatedAt: string;
}

export interface ChatHookList {
  /** Whether this server posts at all (`CALENDAR_CHAT_ENABLED`). */
  chatEnabled: boolean;
  hooks: ChatHook[];
}

export interface ChatDelivery {
  id: number;
  hookId: number;
  hookName: string | null;
  event: ChatDeliveryEvent;
  state: ChatDeliveryState;
  attempts: number;
  /** The receiver's last HTTP status; null when it did not answer. */
  lastStatus: number | null;
  /** Never contains the hook's address. */
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
  createdAt: string;
}

export interface ChatDeliveryPage {
  data: ChatDelivery[];
  meta: { pagination: Pagination };
}

/** The answer to "send a test message": what the receiver said. */
export interface ChatTestResult {
  delivered: boolean;
  status: number | null;
  error: string | null;
}

export const CHAT_HOOK_ROUTES = {
  list: '/chat-hooks',
  create: '/chat-hooks',
  update: '/chat-hooks/:id',
  remove: '/chat-hooks/:id',
  test: '/chat-hooks/:id/test',
  deliveries: '/chat-deliveries',
} as const;
export const chatHookPaths = {
  list: () => adminPath(CHAT_HOOK_ROUTES.list),
  create: () => adminPath(CHAT_HOOK_ROUTES.create),
  update: (id: number) => adminPath(CHAT_HOOK_ROUTES.update, { id }),
  remove: (id: number) => adminPath(CHAT_HOOK_ROUTES.remove, { id }),
  test: (id: number) => adminPath(CHAT_HOOK_ROUTES.test, { id }),
  deliveries: () => adminPath(CHAT_HOOK_ROUTES.deliveries),
};
