/**
 * Whether a feed token's owner may still read the calendar, asked of Strapi's admin permission
 * engine. Building an admin's ability costs tens of milliseconds (all of a super admin's
 * permissions), more than serving a cached feed, so the answer is kept per owner for
 * OWNER_CHECK_TTL_MS. Any change to admin users, roles or permissions on this instance clears
 * it; on other instances of a cluster the TTL bounds how long a revoked right keeps working.
 */
import type { Core } from '@strapi/strapi';
import { ACTIONS } from '../constants';

export const OWNER_CHECK_TTL_MS = 30_000;
const MAX_OWNERS = 1000;
const ADMIN_MODELS = new Set(['admin::user', 'admin::role', 'admin::permission']);
const WRITES = new Set(['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany']);

interface OwnerCache {
  answers: Map<number, { canRead: boolean; at: number }>;
}

const caches = new WeakMap<Core.Strapi, OwnerCache>();

function cacheOf(strapi: Core.Strapi): OwnerCache {
  let cache = caches.get(strapi);
  if (!cache) {
    const created: OwnerCache = { answers: new Map() };
    strapi.db.lifecycles.subscribe((event) => {
      if (WRITES.has(event?.action) && ADMIN_MODELS.has(event?.model?.uid)) created.answers.clear();
    });
    caches.set(strapi, created);
    cache = created;
  }
  return cache;
}

export async function ownerCanRead(strapi: Core.Strapi, ownerId: number, now = Date.now()): Promise<boolean> {
  const { answers } = cacheOf(strapi);
  const known = answers.get(ownerId);
  if (known && now - known.at < OWNER_CHECK_TTL_MS) return known.canRead;
  const ability = await strapi.service('admin::permission').engine.generateUserAbility({ id: ownerId });
  const canRead = Boolean(ability.can(ACTIONS.read));
  // Oldest first out: a Map iterates in insertion order.
  answers.delete(ownerId);
  if (answers.size >= MAX_OWNERS) answers.delete(answers.keys().next().value as number);
  answers.set(ownerId, { canRead, at: now });
  return canRead;
}
