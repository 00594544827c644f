/**
 * The Koa context the plugin's controllers see: Koa's own, plus what Strapi's router and auth
 * strategies add (route params, the parsed body, the signed-in admin or the API token).
 */
import type { Context as KoaContext } from 'koa';

/** What the admin auth strategy puts on `ctx.state` for an admin route. */
export interface AdminState {
  user: { id: number };
  /** The permission engine's answer for this user (CASL ability). */
  userAbility?: { can: (action: string, subject?: unknown) => boolean };
}

/** What the content-API auth strategy puts on `ctx.state` (an API token's credentials). */
export interface ContentApiState {
  auth?: { strategy?: { name?: string }; credentials?: { id?: number; name?: string } | null };
}

type WithRequest<S> = Omit<KoaContext, 'state' | 'request' | 'query'> & {
  state: S;
  params: Record<string, string | undefined>;
  /** Parsed by Strapi's qs-based query parser: strings, arrays and nested objects. */
  query: Record<string, unknown>;
  request: KoaContext['request'] & { body?: unknown };
};

/** An admin route's context (the route's policies guarantee a signed-in admin). */
export type AdminContext = WithRequest<AdminState>;
/** A content-API route's context (public or API token). */
export type ApiContext = WithRequest<ContentApiState>;
/** Either: the helpers below the controllers work for both. */
export type Context = AdminContext | ApiContext;
