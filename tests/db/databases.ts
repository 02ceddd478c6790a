// Test databases of both kinds. SQLite always runs; PostgreSQL runs when the server at
// PG_ADMIN_URL (default: the local one) answers, and must answer when REQUIRE_POSTGRES=1 (CI).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (e) {
    if (process.env.REQUIRE_POSTGRES === '1') throw new Error(`PostgreSQL is required (REQUIRE_POSTGRES=1) but ${PG_ADMIN_URL} does not answer: ${e}`);
    console.warn(`PostgreSQL at ${PG_ADMIN_URL} does not answer: its database tests are SKIPPED.`);
    return false;
  }
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

let counter = 0;

export function createSqliteDatabase(): TestDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'));
  return { url: `file:${path.join(dir, 'test.db')}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export async function createPostgresDatabase(): Promise<TestDatabase> {
  const name = `portal_test_${process.pid}_${++counter}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Both providers, for describe.each; PostgreSQL only when it answers. */
export const providers = [
  { name: 'sqlite', create: async () => createSqliteDatabase(), available: async () => true },
  { name: 'postgresql', create: createPostgresDatabase, available: postgresAvailable },
] as const;
