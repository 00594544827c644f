/**
 * The demo's webhook to the example publishing site (examples/site): when the scheduler
 * publishes a piece, Strapi posts `entry.publish` to the site and the site refreshes. Registered
 * once, only when `npm run demo` asks for it (VUOSIKELLO_DEMO_SITE_WEBHOOK_URL), never in
 * production. The secret is the demo's published one unless SITE_WEBHOOK_SECRET is set.
 */
import type { Core } from '@strapi/strapi';
import { isProduction } from './credentials';

export const SITE_WEBHOOK_NAME = 'Example site';
/** Published (README, examples/site/src/config.js): the site takes it only outside production. */
export const DEMO_SITE_WEBHOOK_SECRET = 'vuosikello-demo-site-webhook';
const EVENTS = ['entry.publish', 'entry.unpublish', 'entry.update', 'entry.delete'];

interface Webhook {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}
interface WebhookStore {
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(data: Omit<Webhook, 'id' | 'isEnabled'>): Promise<Webhook>;
}
interface WebhookRunner {
  add(webhook: Webhook): void;
}

export async function registerDemoSiteWebhook(strapi: Core.Strapi) {
  const url = process.env.VUOSIKELLO_DEMO_SITE_WEBHOOK_URL;
  if (!url || isProduction()) return;
  const store = strapi.get('webhookStore') as WebhookStore;
  // Once: a webhook of this name, even one an admin has since edited or disabled, is left alone.
  if ((await store.findWebhooks()).some((w) => w.name === SITE_WEBHOOK_NAME)) return;
  const secret = process.env.SITE_WEBHOOK_SECRET || DEMO_SITE_WEBHOOK_SECRET;
  const webhook = await store.createWebhook({
    name: SITE_WEBHOOK_NAME,
    url,
    headers: { Authorization: `Bearer ${secret}` },
    events: EVENTS,
  });
  // Strapi registered the stored webhooks before this bootstrap ran; this one joins them.
  (strapi.get('webhookRunner') as WebhookRunner).add(webhook);
  strapi.log.info(`[demo] webhook "${SITE_WEBHOOK_NAME}" → ${url} (${EVENTS.join(', ')})`);
}
