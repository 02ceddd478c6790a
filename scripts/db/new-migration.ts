// npm run db:migration:new -- <name>
// Derives the PostgreSQL schema, then writes the next migration for SQLite and for PostgreSQL by
// replaying the existing migrations on a throwaway database of each kind and diffing it against the
// schema. PostgreSQL comes from PG_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { derivePostgresSchema, POSTGRES_SCHEMA, readSchema, SQLITE_SCHEMA } from './schema-files';
import { createMigration } from './migrate-engine';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration:new -- <name_in_snake_case>');
  process.exit(1);
}

fs.writeFileSync(POSTGRES_SCHEMA, derivePostgresSchema(readSchema(SQLITE_SCHEMA)));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-migration-'));
const sqlite = await createMigration(`file:${path.join(tmp, 'new.db')}`, name);
console.log(sqlite ? `SQLite: prisma/migrations/${sqlite}` : 'SQLite: already in sync');
fs.rmSync(tmp, { recursive: true, force: true });

const admin = process.env.PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const dbName = `portal_migration_${process.pid}`;
const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`CREATE DATABASE "${dbName}"`);
try {
  const url = new URL(admin);
  url.pathname = `/${dbName}`;
  const created = await createMigration(url.href, name);
  console.log(created ? `PostgreSQL: prisma/postgresql/migrations/${created}` : 'PostgreSQL: already in sync');
} finally {
  await client.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await client.end();
}
process.exit();
