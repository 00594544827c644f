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
      scheduler: {
        // Publishes approved pieces on time; safe to run on every instance of a cluster.
        enabled: env.bool('CALENDAR_SCHEDULER_ENABLED', true),
        intervalSeconds: env.float('CALENDAR_SCHEDULER_INTERVAL_SECONDS', 30),
        leaseSeconds: env.int('CALENDAR_SCHEDULER_LEASE_SECONDS', 120),
        batchSize: env.int('CALENDAR_SCHEDULER_BATCH_SIZE', 50),
        maxAttempts: env.int('CALENDAR_SCHEDULER_MAX_ATTEMPTS', 10),
      },
    },
  },
});
