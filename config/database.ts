import type { ConfigEnv } from '../src/utils/config-env';
import path from 'node:path';
import { sqliteAfterCreate } from '../src/utils/sqlite-statements';

/**
 * SQLite file by default; PostgreSQL when DATABASE_CLIENT=postgres, or when only DATABASE_URL is
 * given. Both go through the same Strapi/knex code path.
 */
export default ({ env }: { env: ConfigEnv }) => {
  const client: string = env('DATABASE_CLIENT', env('DATABASE_URL') ? 'postgres' : 'sqlite');
  const pool = {
    min: env.int('DATABASE_POOL_MIN', 2),
    max: env.int('DATABASE_POOL_MAX', 10),
  };
  const acquireConnectionTimeout = env.int('DATABASE_CONNECTION_TIMEOUT', 60000);

  if (client === 'postgres') {
    const ssl = env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false;
    return {
      connection: {
        client: 'postgres',
        connection: env('DATABASE_URL')
          ? { connectionString: env('DATABASE_URL'), ssl, schema: env('DATABASE_SCHEMA', 'public') }
          : {
              host: env('DATABASE_HOST', '127.0.0.1'),
              port: env.int('DATABASE_PORT', 5432),
              database: env('DATABASE_NAME', 'vuosikello'),
              user: env('DATABASE_USERNAME', 'postgres'),
              password: env('DATABASE_PASSWORD', ''),
              ssl,
              schema: env('DATABASE_SCHEMA', 'public'),
            },
        pool,
        acquireConnectionTimeout,
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", got "${client}"`);
  }
  // Compiled config lives in dist/config, so the project root is two levels up.
  const root = path.resolve(__dirname, '..', '..');
  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(root, env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
      acquireConnectionTimeout,
      pool: {
        afterCreate: sqliteAfterCreate({
          // better-sqlite3 is synchronous: without a turn of the event loop between statements, a
          // busy server stops accepting connections and starves them (src/utils/sqlite-turns.ts).
          deferStatements: env.bool('DATABASE_SQLITE_DEFER_STATEMENTS', true),
          // The last statements prepared, kept for their next run (src/utils/sqlite-statements.ts).
          statementCache: env.int('DATABASE_SQLITE_STATEMENT_CACHE', 200),
        }),
      },
    },
  };
};
