import type { Core } from '@strapi/strapi';

/** Koa's request context, through Strapi's types (the plugin does not depend on koa itself). */
export type Context = Parameters<Core.MiddlewareHandler>[0];
export type Next = Parameters<Core.MiddlewareHandler>[1];
