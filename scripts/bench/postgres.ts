/** Whether a PostgreSQL server answers at DATABASE_URL (or the local default); sets DATABASE_URL when it does. */
export async function postgresReachable(): Promise<boolean> {
  const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const { Client } = require('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    process.env.DATABASE_URL = url;
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
