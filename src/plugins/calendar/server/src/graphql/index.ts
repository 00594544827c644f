/**
 * GraphQL for publishing sites (with @strapi/plugin-graphql, when it is enabled): the content
 * types as Strapi exposes them, read-only; the plugin's own types left out; published content
 * only for everyone but a full-access API token (as REST); and `calendarOccurrences`, the REST
 * occurrences feed with the same validation. Private fields are absent from the schema already:
 * the plugin leaves out private attributes, and persona details are private unless configured.
 *
 * Runs in the plugin's register, before the GraphQL plugin builds its schema in its bootstrap.
 */
import type { Core } from '@strapi/strapi';
import { PUBLIC_READ_TYPES } from '../constants';
import { getConfig } from '../utils';
import { occurrencesExtension } from './occurrences-query';
import { operationBudget } from './operation-budget';
import { publishedOnlyResolvers } from './published-only';
import { requestGuard } from './request-guard';

export function registerGraphql(strapi: Core.Strapi) {
  if (!strapi.plugin('graphql')) return;
  const extension = strapi.plugin('graphql').service('extension');

  // The schema has the project's content types and what sites need of Strapi's own (media,
  // languages, site users); jobs, logs, tokens, comments, the plan, review workflows stay out.
  for (const uid of Object.keys(strapi.contentTypes)) {
    if (!uid.startsWith('api::') && !EXPOSED_PLUGIN_TYPES.some((prefix) => uid.startsWith(prefix))) extension.shadowCRUD(uid).disable();
  }
  // Sites read; writes go through REST and the admin, where ids and relations are checked
  // before Strapi queries with them.
  for (const uid of PUBLIC_READ_TYPES) extension.shadowCRUD(uid).disableMutations();

  extension.use(({ nexus }: { nexus: NexusLike }) => {
    const occurrences = occurrencesExtension(strapi, nexus);
    return {
      types: occurrences.types,
      resolversConfig: { ...occurrences.resolversConfig, ...publishedOnlyResolvers(strapi) },
    };
  });

  // Bounded work per request, and no internals in error answers. `cors: false` leaves CORS to
  // Strapi's own middleware (CORS_ORIGINS), which the GraphQL plugin would otherwise open to all.
  const graphqlConfig = (key: string) => strapi.config.get(`plugin::graphql.${key}`);
  const apollo = (graphqlConfig('apolloServer') ?? {}) as Record<string, unknown>;
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  const budget = getConfig(strapi, 'graphql');
  strapi.config.set('plugin::graphql.apolloServer', {
    ...apollo,
    cors: false,
    validationRules: [
      ...list(apollo.validationRules),
      operationBudget({
        maxFields: budget.maxFields,
        maxLoads: budget.maxLoads,
        defaultLimit: Number(graphqlConfig('defaultLimit') ?? 25),
        maxLimit: Number(graphqlConfig('maxLimit') ?? 100),
        weights: { calendarOccurrences: OCCURRENCES_WEIGHT },
      }),
    ],
    plugins: [...list(apollo.plugins), requestGuard(budget.maxInputNodes)],
  });
}

/** Strapi's own types a publishing site may read through GraphQL, under their permissions. */
const EXPOSED_PLUGIN_TYPES = ['plugin::upload.', 'plugin::i18n.', 'plugin::users-permissions.'];
/** A feed build reads and expands every scheduled piece of its range: as many loads as this. */
const OCCURRENCES_WEIGHT = 100;

/** nexus, as the GraphQL plugin passes its own instance (a type only: nothing of it is bundled). */
export type NexusLike = typeof import('nexus');
