import type { ConfigEnv } from '../src/utils/config-env';
import { resolveSecrets } from '../src/utils/secrets';

/**
 * Mail goes out over SMTP when SMTP_HOST is set; without it (demo, dev) nodemailer's JSON
 * transport accepts the message and nothing leaves the machine.
 */
const smtpOptions = (env: ConfigEnv) =>
  env('SMTP_HOST')
    ? {
        host: env('SMTP_HOST'),
        port: env.int('SMTP_PORT', 587),
        secure: env.bool('SMTP_SECURE', false),
        ignoreTLS: env.bool('SMTP_IGNORE_TLS', false),
        ...(env('SMTP_USERNAME') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } } : {}),
      }
    : { jsonTransport: true };

export default ({ env }: { env: ConfigEnv }) => ({
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: smtpOptions(env),
      settings: {
        defaultFrom: env('EMAIL_FROM', 'Vuosikello <no-reply@vuosikello.local>'),
        defaultReplyTo: env('EMAIL_REPLY_TO', env('EMAIL_FROM', 'no-reply@vuosikello.local')),
      },
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      // The types the publishing sites read; the plugin hides its own types and the private fields.
      shadowCRUD: true,
      // Apollo's sandbox page only in development; the endpoint itself is always on.
      landingPage: env('NODE_ENV', 'development') === 'development',
      depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 7),
      defaultLimit: 25,
      maxLimit: 100,
      apolloServer: { introspection: env.bool('GRAPHQL_INTROSPECTION', true) },
    },
  },
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
      // Content languages created on first boot, the default first; and those every published piece should have.
      locales: env.array('CALENDAR_LOCALES', ['fi', 'sv', 'en']),
      requiredLocales: env.array('CALENDAR_REQUIRED_LOCALES', ['fi', 'sv']),
      // Field labels and descriptions in the Content Manager: en or fi.
      contentManagerLanguage: env('CALENDAR_CONTENT_MANAGER_LANGUAGE', 'en'),
      // Personas' needs, pains and value proposition are internal unless this is on.
      publicPersonaDetails: env.bool('CALENDAR_PUBLIC_PERSONA_DETAILS', false),
      capacity: { defaultWeeklyHours: env.float('CALENDAR_DEFAULT_WEEKLY_HOURS', 37.5) },
      // Occurrences kept in a table for these whole years around the current one (npm run reindex rebuilds it).
      occurrenceIndex: {
        enabled: env.bool('CALENDAR_OCCURRENCE_INDEX', true),
        yearsBack: env.int('CALENDAR_OCCURRENCE_INDEX_YEARS_BACK', 2),
        yearsAhead: env.int('CALENDAR_OCCURRENCE_INDEX_YEARS_AHEAD', 3),
      },
      scheduler: {
        // Publishes approved pieces on time; safe to run on every instance of a cluster.
        enabled: env.bool('CALENDAR_SCHEDULER_ENABLED', true),
        intervalSeconds: env.float('CALENDAR_SCHEDULER_INTERVAL_SECONDS', 30),
        leaseSeconds: env.int('CALENDAR_SCHEDULER_LEASE_SECONDS', 120),
        batchSize: env.int('CALENDAR_SCHEDULER_BATCH_SIZE', 50),
        maxAttempts: env.int('CALENDAR_SCHEDULER_MAX_ATTEMPTS', 10),
      },
      // Public holidays on the calendar and the wheel: country codes such as FI,SE (date-holidays').
      seasons: {
        countries: env
          .array('CALENDAR_SEASON_COUNTRIES', ['FI'])
          .map((c) => String(c).trim().toUpperCase())
          .filter(Boolean),
      },
      shareLinks: {
        // Origins that may embed share links' pages in an iframe (comma-separated); none: this server only.
        frameAncestors: env.array('CALENDAR_SHARE_FRAME_ANCESTORS', []).filter(Boolean),
      },
      notifications: {
        // Assignment mails and the daily digest of work due within 48 h or overdue.
        enabled: env.bool('CALENDAR_NOTIFICATIONS_ENABLED', true),
        // Local hour (in defaultTimeZone) after which the day's digest goes out, once per cluster.
        digestHour: env.int('CALENDAR_DIGEST_HOUR', 8),
        checkIntervalSeconds: env.int('CALENDAR_DIGEST_CHECK_SECONDS', 300),
      },
      chat: {
        // Slack and Teams hooks (Settings → Calendar → Chat notifications); on its own switch, apart from mail.
        enabled: env.bool('CALENDAR_CHAT_ENABLED', true),
        intervalSeconds: env.float('CALENDAR_CHAT_INTERVAL_SECONDS', 10),
        batchSize: env.int('CALENDAR_CHAT_BATCH_SIZE', 20),
        timeoutSeconds: env.int('CALENDAR_CHAT_TIMEOUT_SECONDS', 10),
        // In production hooks post only to Slack's and Teams' hosts and these (an on-premises relay).
        allowedHosts: env.array('CALENDAR_CHAT_ALLOWED_HOSTS', []),
      },
      budget: {
        // The budget's currency (ISO 4217): new lines and entries, and the report.
        currency: env('CALENDAR_BUDGET_CURRENCY', 'EUR'),
      },
    },
  },
});
