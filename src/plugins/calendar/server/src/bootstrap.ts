import type { Core } from '@strapi/strapi';
import { grantNewPermissionsEveryLocale } from './services/languages';
import { oneInstanceAtATime } from './db';
import { rebuildAfterLanguageDeleted } from './services/occurrence-index/middleware';
import { getService } from './utils';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // First: every write from here on keeps the occurrence index in step.
  await oneInstanceAtATime(strapi, 'occurrence-index', () => getService(strapi, 'occurrence-index').setUp());
  await getService(strapi, 'occurrence-index').start();
  rebuildAfterLanguageDeleted(strapi);
  const languages = getService(strapi, 'languages');
  grantNewPermissionsEveryLocale(strapi);
  // Instances booting together set the languages up one after the other.
  await oneInstanceAtATime(strapi, 'languages', async () => {
    await languages.setUp();
    await getService(strapi, 'scheduler').adoptUnlocalisedJobs(await languages.defaultLocale());
    await getService(strapi, 'mirrored-versions').backfill();
  });
  await getService(strapi, 'public-access').grantOnFirstBoot();
  await getService(strapi, 'content-manager-layout').applyOnce();
  await getService(strapi, 'field-labels').apply();
  getService(strapi, 'scheduler').watchWrites();
  getService(strapi, 'scheduler').start();
  getService(strapi, 'notifications').start();
  getService(strapi, 'chat-notifications').start();
};
