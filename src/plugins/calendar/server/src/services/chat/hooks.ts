/**
 * Chat hooks as stored: the address encrypted with Strapi's own encryption service (AES-256-GCM
 * with the ENCRYPTION_KEY secret), a hint beside it for people, and what the hook posts. A
 * webhook URL is a bearer secret that has to be sent again, so it cannot be a hash like the feed
 * tokens; encrypted, a database dump alone does not hand out the team's channels.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkHookUrl } from '../../../../core/notifications/chat-hook-url';
import { getConfig } from '../../utils';
import { CHAT_EVENTS, type ChatEvent, type ChatFormat, type ChatLanguage } from '../../../../core/notifications/chat-message';
import { CONTENT_TYPES } from '../../constants';
import { query } from '../../query';

export const HOOK = CONTENT_TYPES.chatHook;

export interface StoredHook {
  id: number;
  name: string;
  format: ChatFormat;
  urlEncrypted: string;
  urlHint: string;
  events: ChatEvent[];
  enabled: boolean;
  language: ChatLanguage;
  createdBy: { id: number; firstname?: string | null; lastname?: string | null; username?: string | null } | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

interface Encryption {
  encrypt(value: string): string | null;
  decrypt(value: string): string | null;
}
const encryption = (strapi: Core.Strapi) => strapi.service('admin::encryption') as unknown as Encryption;

export const isProduction = () => process.env.NODE_ENV === 'production';

/** This environment's rules for a hook's address (production: chat services' hosts only). */
export const hostRules = (strapi: Core.Strapi) => ({ production: isProduction(), allowedHosts: getConfig(strapi, 'chat').allowedHosts });

export function encryptUrl(strapi: Core.Strapi, url: string): string {
  const sealed = encryption(strapi).encrypt(url);
  if (!sealed) throw new errors.ApplicationError('Chat hooks need the ENCRYPTION_KEY secret to store their address; set it and restart');
  return sealed;
}

/** The address to post to, or why there is none (the key changed, or the rules of this environment refuse it). */
export function openUrl(strapi: Core.Strapi, hook: Pick<StoredHook, 'urlEncrypted'>): { url: string } | { error: string } {
  let url: string | null;
  try {
    url = encryption(strapi).decrypt(hook.urlEncrypted);
  } catch {
    url = null; // an unknown format or version: unreadable, like a wrong key
  }
  if (!url) return { error: 'The hook’s address cannot be read (was ENCRYPTION_KEY changed?): save the hook with its URL again' };
  const checked = checkHookUrl(url, hostRules(strapi));
  return checked.ok ? { url: checked.url } : { error: `The hook’s address is not allowed here: ${checked.message}` };
}

const asHook = (row: Record<string, unknown>): StoredHook => {
  const events = Array.isArray(row.events) ? (row.events as unknown[]) : [];
  return {
    ...(row as unknown as StoredHook),
    events: CHAT_EVENTS.filter((e) => events.includes(e)),
    enabled: row.enabled !== false,
    language: row.language === 'fi' ? 'fi' : 'en',
  };
};

const CREATOR = { createdBy: { select: ['id', 'firstname', 'lastname', 'username'] } };

export function hookStore(strapi: Core.Strapi) {
  const rows = () =>
    query(strapi, HOOK) as unknown as {
      findMany(p: unknown): Promise<Array<Record<string, unknown>>>;
      findOne(p: unknown): Promise<Record<string, unknown> | null>;
      count(p?: unknown): Promise<number>;
      create(p: unknown): Promise<Record<string, unknown>>;
      update(p: unknown): Promise<Record<string, unknown> | null>;
      delete(p: unknown): Promise<unknown>;
    };
  return {
    async all(): Promise<StoredHook[]> {
      return (await rows().findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], populate: CREATOR })).map(asHook);
    },
    async one(id: number): Promise<StoredHook | null> {
      const row = await rows().findOne({ where: { id }, populate: CREATOR });
      return row ? asHook(row) : null;
    },
    count: () => rows().count(),
    async create(data: Record<string, unknown>) {
      return asHook(await rows().create({ data, populate: CREATOR }));
    },
    async update(id: number, data: Record<string, unknown>) {
      const row = await rows().update({ where: { id }, data, populate: CREATOR });
      return row ? asHook(row) : null;
    },
    remove: (id: number) => rows().delete({ where: { id } }),
    /** Enabled hooks that post `event`. */
    async subscribed(event: ChatEvent): Promise<StoredHook[]> {
      return (await rows().findMany({ where: { enabled: true } })).map(asHook).filter((h) => h.events.includes(event));
    },
  };
}
