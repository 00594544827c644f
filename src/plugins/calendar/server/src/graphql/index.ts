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
import { PLUGIN_ID, PUBLIC_READ_TYPES } from '../constants';
import { getConfig } from '../utils';
import { occurrencesExtension } from './occurrences-query';
import { operationBudget } from './operation-budget';
import { publishedOnlyResolvers } from './published-only';

export function registerGraphql(strapi: Core.Strapi) {
  if (!strapi.plugin('graphql')) return;
  const extension = strapi.plugin('graphql').service('extension');

  // Jobs, logs, tokens, comments and the plan are the admin's, never the public schema's.
  for (const uid of Object.keys(strapi.contentTypes)) {
    if (uid.startsWith(`plugin::${PLUGIN_ID}.`)) extension.shadowCRUD(uid).disable();
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

  // Bounded work per request: aliases and fragments cannot multiply the queries one body runs.
  const apollo = (strapi.config.get('plugin::graphql.apolloServer') ?? {}) as Record<string, unknown>;
  const rules = Array.isArray(apollo.validationRules) ? apollo.validationRules : [];
  strapi.config.set('plugin::graphql.apolloServer', {
    ...apollo,
    validationRules: [...rules, operationBudget(getConfig(strapi, 'graphqlMaxFields'))],
  });
}

/** nexus, as the GraphQL plugin passes its own instance (a type only: nothing of it is bundled). */
export type NexusLike = typeof import('nexus');
