/**
 * The demo's quiet season (suvanto): the July development theme is marked as one, so the year
 * wheel stripes it and the coverage view suggests it for development work. Runs on every demo
 * boot (idempotent), so an older demo database gets it too. Finnish public holidays are on by
 * default (the plugin's `seasons.countries` is ['FI']): nothing to seed for them.
 */
import type { Core } from '@strapi/strapi';

/** The themes of the demo plan (src/demo/plan.ts) that are quiet seasons, by their Finnish name. */
export const QUIET_SEASON_THEMES = ['Suvanto: kehitystyö'];

export async function markQuietSeasons(strapi: Core.Strapi) {
  const themes = (await strapi.db
    .query('api::theme.theme')
    .findMany({ where: { name: { $in: QUIET_SEASON_THEMES } }, select: ['documentId'] })) as Array<{ documentId: string }>;
  const documentIds = [...new Set(themes.map((t) => t.documentId))];
  // Every language version: the flag is shared by them, like the dates.
  if (documentIds.length)
    await strapi.db.query('api::theme.theme').updateMany({ where: { documentId: { $in: documentIds } }, data: { quietSeason: true } });
}
