import type { Core } from '@strapi/strapi';
import { ACTION_DEFINITIONS, PLUGIN_ID } from './constants';
import { GUARDED_TYPES } from './services/content-guard';
import { getService } from './utils';

const WRITE_ACTIONS = new Set(['create', 'update']);

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi
    .service('admin::permission')
    .actionProvider.registerMany(
      ACTION_DEFINITIONS.map((action) => ({ ...action, section: 'plugins', pluginName: PLUGIN_ID }))
    );

  // One guard for every writer (REST, Content Manager, our services): validate, then fill slugs.
  strapi.documents.use(async (context, next) => {
    if (!GUARDED_TYPES.has(context.uid) || !WRITE_ACTIONS.has(context.action)) return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    if (params.data) {
      const documentId = context.action === 'update' ? params.documentId : undefined;
      params.data = await getService(strapi, 'content-guard').check(context.uid, params.data, documentId);
    }
    return next();
  });
};
