import { resolveSecrets } from '../src/utils/secrets';

export default ({ env }: { env: any }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: {
    keys: resolveSecrets().APP_KEYS.split(','),
  },
  cron: {
    enabled: env.bool('CRON_ENABLED', true),
  },
});
