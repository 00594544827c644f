/**
 * Published content only, whatever the query asks (`status: DRAFT`, `publicationFilter`), for
 * everyone but a full-access API token: the rule REST follows (middlewares/published-only.ts).
 * The root queries and the language versions reached from a piece both take those arguments.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from '../koa';
import { isFullAccessToken } from '../writer';

type Resolve = (parent: unknown, args: Record<string, unknown>, context: { koaContext?: Context }, info: unknown) => unknown;

const PUBLICATION_ARGS = ['publicationFilter', 'hasPublishedVersion'];

export const publishedOnly = (
  next: Resolve,
  parent: unknown,
  args: Record<string, unknown>,
  context: { koaContext?: Context },
  info: unknown
) => {
  if (isFullAccessToken(context.koaContext)) return next(parent, args, context, info);
  const published: Record<string, unknown> = { ...args, status: 'published' };
  for (const key of PUBLICATION_ARGS) delete published[key];
  return next(parent, published, context, info);
};

/** The resolvers of the draft-and-publish types that take a publication status. */
export function publishedOnlyResolvers(strapi: Core.Strapi) {
  const naming = strapi.plugin('graphql').service('utils').naming;
  const config: Record<string, { middlewares: Resolve[] }> = {};
  for (const contentType of Object.values(strapi.contentTypes) as Array<{ uid: string; options?: { draftAndPublish?: boolean } }>) {
    if (!contentType.uid.startsWith('api::') || !contentType.options?.draftAndPublish) continue;
    const type = naming.getTypeName(contentType);
    for (const field of [
      `Query.${naming.getFindQueryName(contentType)}`,
      `Query.${naming.getFindOneQueryName(contentType)}`,
      `Query.${naming.getFindConnectionQueryName(contentType)}`,
      `${type}.localizations`,
      `${type}.localizations_connection`,
    ])
      config[field] = { middlewares: [publishedOnly as Resolve] };
  }
  return config;
}
