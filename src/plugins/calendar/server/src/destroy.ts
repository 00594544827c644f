import type { Core } from '@strapi/strapi';
import { getService } from './utils';

/** Stops the scheduler and the chat worker and waits for a publish or a post in progress, so shutdown never cuts one in half. */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'scheduler').stop();
  await getService(strapi, 'notifications').stop();
  await getService(strapi, 'chat-notifications').stop();
  await getService(strapi, 'occurrence-index').stop();
};
