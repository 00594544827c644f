import { bodyParseError } from '../src/utils/body-errors';

export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  { name: 'strapi::body', config: { onError: bodyParseError } },
  // NUL and lone surrogates answer 400, unparsed content types 415, before any route.
  'plugin::calendar.text-guard',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
