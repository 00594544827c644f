import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CalendarConfig } from './config';
import type services from './services';
import { PLUGIN_ID } from './constants';
import type { StoredTime } from './db';

type Services = { [K in keyof typeof services]: ReturnType<(typeof services)[K]> };

/** Typed access to this plugin's services. */
export function getService<K extends keyof Services>(strapi: Core.Strapi, name: K): Services[K] {
  return strapi.plugin(PLUGIN_ID).service(name) as Services[K];
}

export function getConfig<K extends keyof CalendarConfig>(strapi: Core.Strapi, key: K): CalendarConfig[K] {
  return strapi.config.get(`plugin::${PLUGIN_ID}.${key}`) as CalendarConfig[K];
}

/** A 400 for one field, in Strapi's shape: the message names the field and so does `details`. */
export const invalid = (field: string, message: string) =>
  new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError' }] });

/** A stored datetime (Date, epoch ms on SQLite, string on PostgreSQL) as ISO 8601, or null. */
export const isoOrNull = (v: unknown) => (v === null || v === undefined ? null : new Date(v as StoredTime).toISOString());

/** The name fields of an admin user, as its rows and populated relations carry them. */
export interface PersonFields {
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string | null;
}

/** How an admin user is shown: full name, else username, else email. */
export const personName = (u: PersonFields | null | undefined) =>
  u ? [u.firstname, u.lastname].filter(Boolean).join(' ') || u.username || u.email : null;

/** A person as calendar routes show them (`{ id, name }`, never the e-mail), or null; a nameless user shows as #id. */
export const personRef = (u: (PersonFields & { id: number }) | null | undefined) =>
  u ? { id: u.id, name: personName(u) ?? `#${u.id}` } : null;

/**
 * One row per document, the default locale's version where there is one: for what every
 * language version shares (KPI targets, stage, goal), so a translated piece counts once.
 */
export function onePerDocument<T extends { documentId: string; locale?: string | null }>(rows: T[], defaultLocale: string): T[] {
  const chosen = new Map<string, T>();
  for (const row of rows) {
    const seen = chosen.get(row.documentId);
    if (!seen || (seen.locale !== defaultLocale && row.locale === defaultLocale)) chosen.set(row.documentId, row);
  }
  return [...chosen.values()];
}
