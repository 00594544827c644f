/**
 * Published content only, whatever the query asks (`status: DRAFT`, `publicationFilter`), for
 * everyone but a full-access API token: the rule REST follows (middlewares/published-only.ts).
 * The root queries and the language versions reached from a piece both take those arguments, and
 * a filter or sort on `localizations` is refused (Strapi matches it against drafts too).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { localizationsRefusal } from '../../../core/query/draft-reach';
import type { Context } from '../koa';
import { isFullAccessToken } from '../writer';

type GraphqlContext = { koaContext?: Context; rootQueryArgsByPath?: Map<string | number, Record<string, unknown>> };
type Info = { path: { key: string | number; prev?: unknown } };
type Resolve = (parent: unknown, args: Record<string, unknown>, context: GraphqlContext, info: Info) => unknown;

const PUBLICATION_ARGS = ['publicationFilter', 'hasPublishedVersion'];

export const publishedOnly = (next: Resolve, parent: unknown, args: Record<string, unknown>, context: GraphqlContext, info: Info) => {
  if (isFullAccessToken(context.koaContext)) return next(parent, args, context, info);
  const refused = localizationsRefusal(args);
  if (refused) throw new errors.ValidationError(refused.message, { errors: [refused] });
  const published: Record<string, unknown> = { ...args, status: 'published' };
  for (const key of PUBLICATION_ARGS) delete published[key];
  // Strapi's nested resolvers read the root query's arguments from the context, as they came in.
  const root = info.path.prev ? undefined : context.rootQueryArgsByPath?.get(info.path.key);
  if (root) context.rootQueryArgsByPath!.set(info.path.key, { ...published, _originField: root._originField });
  return next(parent, published, context, info);
};

/** The resolvers of the draft-and-publish types that take a publication status. */
export function publishedOnlyResolvers(strapi: Core.Strapi) {
  const naming = strapi.plugin('graphql').service('utils').naming;
  const config: Record<string, { middlewares: Array<typeof publishedOnly> }> = {};
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
      config[field] = { middlewares: [publishedOnly] };
  }
  return config;
}
