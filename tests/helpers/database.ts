/**
 * One fresh database per test file: a temp SQLite file, or a throwaway PostgreSQL database
 * created on the server of DATABASE_URL and dropped afterwards.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type TestDatabaseKind = 'sqlite' | 'postgres';

export interface TestDatabase {
  kind: TestDatabaseKind;
  env: Record<string, string>;
  drop(): Promise<void>;
}

export const testDatabaseKind = (): TestDatabaseKind => (process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite');

async function withPg<T>(url: string, fn: (client: any) => Promise<T>): Promise<T> {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const suffix = `${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  if (testDatabaseKind() === 'postgres') {
    const serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) throw new Error('TEST_DATABASE=postgres needs DATABASE_URL');
    const name = `vk_test_${suffix}`;
    await withPg(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      kind: 'postgres',
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString(), DATABASE_POOL_MIN: '0' },
      drop: () => withPg(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vuosikello-test-'));
  return {
    kind: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
