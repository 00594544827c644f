/**
 * The KPI integration's content-API action was renamed (`plan.recordFromIntegration` →
 * `kpis.recordFromIntegration`) when the controller took the name of what it does. Roles and
 * custom API tokens that were granted the old action keep their right: each row is renamed, or
 * dropped when the holder already has the new action. Idempotent: a second run finds nothing.
 */
import type { Core } from '@strapi/strapi';
import { KPI_INTEGRATION_ACTION, LEGACY_KPI_INTEGRATION_ACTION } from '../../../core/contracts/kpis';

/** The permission tables and the relation that names who holds each row. */
const HOLDERS = [
  { uid: 'plugin::users-permissions.permission', holder: 'role' },
  { uid: 'admin::api-token-permission', holder: 'token' },
] as const;

interface PermissionRow {
  id: number;
  action: string;
  holder: { id: number } | null;
}

export async function renameKpiIntegrationPermission(strapi: Core.Strapi): Promise<number> {
  let renamed = 0;
  for (const { uid, holder } of HOLDERS) {
    // The users-permissions plugin is optional in a project.
    if (!strapi.getModel(uid)) continue;
    const query = strapi.db.query(uid);
    const rows = (await query.findMany({
      where: { action: { $in: [LEGACY_KPI_INTEGRATION_ACTION, KPI_INTEGRATION_ACTION] } },
      populate: { [holder]: { select: ['id'] } },
    })) as Array<Record<string, unknown> & { id: number; action: string }>;
    const permissions: PermissionRow[] = rows.map((r) => ({
      id: r.id,
      action: r.action,
      holder: (r[holder] as { id: number } | null) ?? null,
    }));
    const holding = new Set(permissions.filter((p) => p.action === KPI_INTEGRATION_ACTION).map((p) => p.holder?.id));
    for (const row of permissions.filter((p) => p.action === LEGACY_KPI_INTEGRATION_ACTION)) {
      if (holding.has(row.holder?.id)) await query.delete({ where: { id: row.id } });
      else await query.update({ where: { id: row.id }, data: { action: KPI_INTEGRATION_ACTION } });
      holding.add(row.holder?.id);
      renamed += 1;
    }
  }
  if (renamed) strapi.log.info(`[calendar] renamed ${renamed} permission(s) ${LEGACY_KPI_INTEGRATION_ACTION} → ${KPI_INTEGRATION_ACTION}`);
  return renamed;
}

/**
 * Runs the rename once the database schema is in sync and before any plugin's bootstrap: the
 * users-permissions bootstrap deletes permission rows whose action no longer exists, so a
 * rename in our own bootstrap would come too late for the roles. Called from `register`.
 */
export function renameKpiPermissionBeforeBootstrap(strapi: Core.Strapi) {
  strapi.hook('strapi::content-types.afterSync').register(() => renameKpiIntegrationPermission(strapi));
}
