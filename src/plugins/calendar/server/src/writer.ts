/**
 * Who is writing, from the request context, and whether they hold the publish right. A write with
 * no request behind it (the scheduler's tick, boot, seeds) is the system's own.
 *
 * The publish right of content pieces is one rule (docs/user-guide.md, "Who may publish"):
 * - an admin user or admin token: the `plugin::calendar.publish` action. Strapi's own Content
 *   Manager publish permission is needed as well to press Publish there, but on its own it no
 *   longer publishes a piece: Editors have it by default, and a piece goes out through review;
 * - the content API: a full-access API token. Custom tokens and signed-in site users write drafts
 *   (`?status=draft`) that the workflow publishes.
 */
import type { Core } from '@strapi/strapi';
import { ACTIONS } from './constants';
import type { Context } from './koa';

export type Writer =
  | { kind: 'system'; canPublish: true; userId: null }
  | { kind: 'admin'; canPublish: boolean; userId: number | null }
  | { kind: 'content-api'; canPublish: boolean; userId: null };

const ADMIN_STRATEGIES = new Set(['admin', 'admin-token']);
// 'api-token' is the name before 5.x renamed the content API token strategy.
const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

export function currentWriter(strapi: Core.Strapi): Writer {
  const ctx = strapi.requestContext.get();
  if (!ctx) return { kind: 'system', canPublish: true, userId: null };
  const strategy: string | undefined = ctx.state?.auth?.strategy?.name;
  if (strategy && ADMIN_STRATEGIES.has(strategy)) {
    const ability = ctx.state.userAbility;
    return { kind: 'admin', canPublish: Boolean(ability?.can(ACTIONS.publish)), userId: ctx.state.user?.id ?? null };
  }
  const fullAccess = Boolean(strategy && TOKEN_STRATEGIES.has(strategy) && ctx.state.auth.credentials?.type === 'full-access');
  return { kind: 'content-api', canPublish: fullAccess, userId: null };
}

/** A full-access API token (the only content-API writer that may publish or read drafts). */
export function isFullAccessToken(ctx: Context | undefined): boolean {
  const auth = ctx?.state?.auth;
  return Boolean(auth && TOKEN_STRATEGIES.has(auth.strategy?.name) && auth.credentials?.type === 'full-access');
}
