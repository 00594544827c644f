import type { ConfigEnv } from '../src/utils/config-env';
/** LOG_LEVEL=warn keeps test output readable; the default shows everything, as Strapi does. */
export default ({ env }: { env: ConfigEnv }) => ({
  level: env('LOG_LEVEL', 'silly'),
});
