/**
 * First-boot grant of read access for the Public role. Done once (remembered in the plugin
 * store) so that an administrator who later revokes it is not overruled at the next boot.
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, PUBLIC_READ_TYPES } from '../constants';
import { getConfig } from '../utils';

const STORE_KEY = 'public-read-granted';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Actions granted to Public on first boot. Later features add their content-API routes here. */
  publicActions(): string[] {
    return [...PUBLIC_READ_TYPES.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]), 'plugin::calendar.occurrences.find'];
  },

  async grantOnFirstBoot(): Promise<string[]> {
    if (!getConfig(strapi, 'publicRead')) return [];
    const store = strapi.store({ type: 'plugin', name: PLUGIN_ID, key: STORE_KEY });
    const done = ((await store.get()) as string[] | null) ?? [];
    const todo = this.publicActions().filter((action) => !done.includes(action));
    if (todo.length === 0) return [];

    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    if (!role) {
      strapi.log.warn('[calendar] no Public role found; public read access not granted');
      return [];
    }
    const existing: Array<{ action: string }> = await strapi.db
      .query('plugin::users-permissions.permission')
      .findMany({ where: { role: role.id, action: { $in: todo } }, select: ['action'] });
    const have = new Set(existing.map((p) => p.action));
    const granted: string[] = [];
    for (const action of todo) {
      if (have.has(action)) continue;
      await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
      granted.push(action);
    }
    await store.set({ value: [...done, ...todo] });
    if (granted.length) strapi.log.info(`[calendar] granted the Public role: ${granted.join(', ')}`);
    return granted;
  },
});
