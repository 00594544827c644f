/**
 * GET /api/calendar/ics?token=…[&filters]: a calendar app's subscription (text/calendar). The
 * token is the credential (calendar apps cannot send headers); filters narrow the token's own.
 */
import { CONTENT_API_PREFIX } from './routing';

export const ICS_ROUTES = { feed: '/ics' } as const;
export const icsPaths = { feed: () => `${CONTENT_API_PREFIX}${ICS_ROUTES.feed}` };
export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';
