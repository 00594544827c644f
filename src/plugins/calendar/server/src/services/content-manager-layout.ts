/**
 * Once, on first boot: a Content Manager list of content pieces that shows what planners look
 * for (stage, goal, time, status) sorted by publication time. Later changes made in the admin's
 * "Configure the view" are kept: this never runs again.
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, PLUGIN_ID } from '../constants';

const STORE_KEY = 'content-manager-layout';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async applyOnce(): Promise<boolean> {
    const store = strapi.store({ type: 'plugin', name: PLUGIN_ID, key: STORE_KEY });
    if (await store.get()) return false;
    const contentTypes = strapi.plugin('content-manager')?.service('content-types');
    if (!contentTypes) return false;
    const uid = CONTENT_TYPES.contentPiece;
    const current = await contentTypes.findConfiguration({ uid });
    await contentTypes.updateConfiguration(
      { uid },
      {
        settings: { ...current.settings, defaultSortBy: 'publishAt', defaultSortOrder: 'ASC', mainField: 'title' },
        metadatas: current.metadatas,
        layouts: { ...current.layouts, list: ['title', 'funnelStage', 'contentGoal', 'publishAt', 'editorialStatus'] },
      }
    );
    await store.set({ value: { appliedAt: new Date().toISOString() } });
    return true;
  },
});
