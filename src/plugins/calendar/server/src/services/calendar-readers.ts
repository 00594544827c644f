/**
 * Who may read the calendar: active, unblocked admins who are super admins or hold the read action
 * through a role. Mentions reach only them (the mail carries the comment), and work is assigned
 * only to them (the people lists of the board, My work and the comment picker).
 */
import type { Core } from '@strapi/strapi';
import { ACTIONS, CONTENT_TYPES } from '../constants';
import { query } from '../query';

const USER = CONTENT_TYPES.adminUser;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Of `users` (with their roles), the ids of those whose roles let them read the calendar. */
  async function readersOf(users: Array<{ id: number; roles?: Array<{ id: number; code?: string | null }> | null }>) {
    const roleIds = [...new Set(users.flatMap((u) => (u.roles ?? []).map((r) => r.id)))];
    const granted = roleIds.length
      ? await query(strapi, CONTENT_TYPES.adminPermission).findMany({
          where: { action: ACTIONS.read, role: { id: { $in: roleIds } } },
          populate: { role: { select: ['id'] } },
        })
      : [];
    const reading = new Set(granted.map((p) => p.role?.id));
    return new Set(users.filter((u) => (u.roles ?? []).some((r) => r.code === 'strapi-super-admin' || reading.has(r.id))).map((u) => u.id));
  }

  const where = { isActive: true, blocked: { $ne: true } };

  return {
    /** The ids among `ids` of people who may read the calendar. */
    async among(ids: number[]): Promise<Set<number>> {
      const users = await query(strapi, USER).findMany({
        where: { ...where, id: { $in: ids } },
        select: ['id'],
        populate: { roles: { select: ['id', 'code'] } },
      });
      return readersOf(users);
    },

    /** Everyone who may read the calendar, by name. */
    async all() {
      const users = await query(strapi, USER).findMany({
        where,
        select: ['id', 'firstname', 'lastname', 'username'],
        populate: { roles: { select: ['id', 'code'] } },
        orderBy: [{ firstname: 'asc' }, { lastname: 'asc' }, { id: 'asc' }],
      });
      const readers = await readersOf(users);
      return users.filter((u) => readers.has(u.id));
    },
  };
};
