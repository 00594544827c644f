import type { Core } from '@strapi/strapi';
import { ACTION_DEFINITIONS, CONTENT_TYPES, PLUGIN_ID } from './constants';
import { registerCustomFields } from './custom-fields';
import { registerGraphql } from './graphql';
import { renameKpiPermissionBeforeBootstrap } from './migrations/kpi-permission';
import { GUARDED_TYPES } from './services/content-guard';
import { registerIndexMiddleware } from './services/occurrence-index/middleware';
import { defaultLocaleBeforeSync } from './services/languages';
import { MIRRORED_TYPES } from './services/mirrored-versions';
import { GUARDED_ACTIONS } from './services/workflow-guard';
import { getService } from './utils';
import { currentWriter } from './writer';

const WRITE_ACTIONS = new Set(['create', 'update', 'clone']);
const EDITORIAL_FIELDS = ['editorialStatus', 'assignee', 'dueAt'];

/** A deleted piece takes its comments with it, once no version of it is left. */
async function deleteWithThread<T>(strapi: Core.Strapi, documentId: string | undefined, next: () => T): Promise<Awaited<T>> {
  const result = await next();
  if (documentId && !(await strapi.db.query(CONTENT_TYPES.contentPiece).count({ where: { documentId } }))) {
    await getService(strapi, 'comments').removeThread(documentId);
  }
  return result;
}

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  registerCustomFields(strapi);
  registerGraphql(strapi);
  renameKpiPermissionBeforeBootstrap(strapi);
  strapi
    .hook('strapi::content-types.beforeSync')
    .register(({ oldContentTypes, contentTypes }: { oldContentTypes?: Record<string, never>; contentTypes: Record<string, never> }) =>
      defaultLocaleBeforeSync(strapi, oldContentTypes, contentTypes)
    );
  await strapi
    .service('admin::permission')
    .actionProvider.registerMany(ACTION_DEFINITIONS.map((action) => ({ ...action, section: 'plugins', pluginName: PLUGIN_ID })));

  // One guard for every writer (REST, Content Manager, our services): who may cause the write's
  // effect, then validation and slugs.
  strapi.documents.use(async (context, next) => {
    if (!GUARDED_TYPES.has(context.uid)) return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string; status?: string; locale?: string };
    const isPiece = context.uid === CONTENT_TYPES.contentPiece;
    const guarded = isPiece && GUARDED_ACTIONS.has(context.action);
    // The version written to (reads need none): Strapi writes the default locale when none is named.
    const locale = guarded ? (params.locale ?? (await getService(strapi, 'languages').defaultLocale())) : undefined;
    if (guarded) {
      const data = await getService(strapi, 'workflow-guard').check(context.action, { ...params, locale });
      if (params.data || Object.keys(data).length) params.data = data;
    }
    if (isPiece && context.action === 'delete') return deleteWithThread(strapi, params.documentId, next);
    if (isPiece && context.action === 'publish')
      return getService(strapi, 'shared-links').keepSiblingsPublished(params.documentId, locale!, next);
    if (!WRITE_ACTIONS.has(context.action)) return next();
    const action = context.action as 'create' | 'update' | 'clone';
    const links = getService(strapi, 'shared-links');
    // An update of a piece: the links around it; a new language version has none of its own yet.
    const updated = isPiece && action === 'update' ? params.documentId : undefined;
    const linksBefore = updated ? await links.before(updated, locale!) : null;
    const newVersion = linksBefore?.links === null;
    // A clone is judged as a whole (the source's draft with the changes over it), even with no data.
    if (params.data || action === 'clone') {
      const documentId = action === 'create' ? undefined : params.documentId;
      params.data = await getService(strapi, 'content-guard').check(context.uid, params.data ?? {}, documentId, {
        action,
        locale,
        newVersion,
      });
    }
    if (action === 'create' && MIRRORED_TYPES.has(context.uid)) {
      // A theme or task exists in every language: the new one is copied into the others.
      const result = await next();
      const created = result as { documentId?: string; locale?: string } | null;
      if (created?.documentId) await getService(strapi, 'mirrored-versions').mirror(context.uid, created.documentId, created.locale);
      return result;
    }
    if (!isPiece || action === 'clone') return next();
    // Editorial history (and the assignment mail) for every writer, the Content Manager included.
    const editorial = getService(strapi, 'editorial');
    const touches = context.action === 'create' || EDITORIAL_FIELDS.some((f) => params.data && f in params.data);
    const before =
      touches && context.action === 'update' && params.documentId ? await editorial.snapshot(params.documentId, locale!) : null;
    if (linksBefore && newVersion) {
      params.data = await links.adopt(linksBefore, locale!, params.data ?? {});
    }
    const result = await next();
    const written = (result as { documentId?: string } | null)?.documentId;
    // Channels, personas and theme are the same in every language version.
    if (written && context.action === 'update') await links.after(written, locale!, linksBefore?.links ?? null);
    if (touches && written && (context.action === 'create' || before)) {
      // The write is committed by now: a history problem is logged, not turned into a failed save.
      await editorial
        .record(written, locale!, before, currentWriter(strapi).userId)
        .catch((error: unknown) =>
          strapi.log.error(`[calendar] editorial history of ${written} not recorded: ${(error as Error).message}`)
        );
    }
    return result;
  });
  // Registered after the guard, so it runs inside it: only the write itself shares the index's transaction.
  registerIndexMiddleware(strapi);
};
