import { resolveSecrets } from '../src/utils/secrets';

export default ({ env }: { env: any }) => ({
  'users-permissions': {
    config: {
      jwtSecret: resolveSecrets().JWT_SECRET,
    },
  },
  calendar: {
    // A local plugin needs `enabled` as well as `resolve`, or the server skips it.
    enabled: true,
    resolve: './src/plugins/calendar',
    config: {
      // Grant the Public role read access to the published content on first boot.
      publicRead: env.bool('CALENDAR_PUBLIC_READ', true),
      defaultTimeZone: env('CALENDAR_DEFAULT_TIME_ZONE', 'Europe/Helsinki'),
    },
  },
});
