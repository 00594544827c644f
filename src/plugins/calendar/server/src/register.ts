import type { Core } from '@strapi/strapi';
import { ACTION_DEFINITIONS, CONTENT_TYPES, PLUGIN_ID } from './constants';
import { GUARDED_TYPES } from './services/content-guard';
import { getService } from './utils';

const WRITE_ACTIONS = new Set(['create', 'update']);
const EDITORIAL_FIELDS = ['editorialStatus', 'assignee', 'dueAt'];

/** The signed-in admin behind the current request, if any (not API tokens or public users). */
const currentAdminId = (strapi: Core.Strapi): number | null => {
  const ctx = strapi.requestContext.get() as any;
  return ctx?.state?.auth?.strategy?.name === 'admin' ? (ctx.state.user?.id ?? null) : null;
};

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
    if (context.uid !== CONTENT_TYPES.contentPiece) return next();
    // Editorial history (and the assignment mail) for every writer, the Content Manager included.
    const editorial = getService(strapi, 'editorial');
    const touches = context.action === 'create' || EDITORIAL_FIELDS.some((f) => params.data && f in params.data);
    const before = touches && context.action === 'update' && params.documentId ? await editorial.snapshot(params.documentId) : null;
    const result = await next();
    const written = (result as { documentId?: string } | null)?.documentId;
    if (touches && written && (context.action === 'create' || before)) {
      // The write is committed by now: a history problem is logged, not turned into a failed save.
      await editorial.record(written, before, currentAdminId(strapi)).catch((error: unknown) =>
        strapi.log.error(`[calendar] editorial history of ${written} not recorded: ${(error as Error).message}`)
      );
    }
    return result;
  });
};
