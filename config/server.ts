import type { ConfigEnv } from '../src/utils/config-env';
import { resolveSecrets } from '../src/utils/secrets';

export default ({ env }: { env: ConfigEnv }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: {
    keys: resolveSecrets().APP_KEYS.split(','),
  },
  cron: {
    enabled: env.bool('CRON_ENABLED', true),
  },
  // Strapi's update check rewrites the tracked .strapi-updater.json on a boot a day apart, so a
  // test run or `npm run screenshots` would leave the work tree changed. Upgrades are pinned anyway.
  logger: {
    updates: { enabled: false },
  },
});
