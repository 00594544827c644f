import type { Core } from '@strapi/strapi';

/** Koa's request context and `next`, as Strapi's middleware type has them. */
export type Context = Parameters<Core.MiddlewareHandler>[0];
export type Next = Parameters<Core.MiddlewareHandler>[1];
