import { bodyParseError } from '../src/utils/body-errors';
import { corsOrigins } from '../src/utils/cors-origins';

export default () => [
  // strapi::logger writes the URL with its query, feed tokens included; ours redacts secrets.
  'global::request-logger',
  'strapi::errors',
  'strapi::security',
  // No cross-origin browser access unless listed: see src/utils/cors-origins.ts.
  { name: 'strapi::cors', config: { origin: corsOrigins(process.env) } },
  'strapi::poweredBy',
  'strapi::query',
  { name: 'strapi::body', config: { onError: bodyParseError } },
  // NUL and lone surrogates answer 400, unparsed content types 415, before any route.
  'plugin::calendar.text-guard',
  // Refuses the published demo password in production (needs the parsed body).
  'global::demo-login-guard',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
