import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigration, deployMigrations, migrationStatus } from '@/scripts/db/migrate-engine';
import { derivePostgresSchema, POSTGRES_SCHEMA, readSchema, SQLITE_SCHEMA } from '@/scripts/db/schema-files';
import { sqliteFilePath } from '@/lib/db-url';
import { providers, type TestDatabase } from './databases';

it('the PostgreSQL schema is derived from the SQLite one (run `npm run db:schema` after editing it)', () => {
  expect(readSchema(POSTGRES_SCHEMA)).toBe(derivePostgresSchema(readSchema(SQLITE_SCHEMA)));
});

describe.each(providers)('migrations on $name', ({ name, create, available }) => {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    if (await available()) db = await create();
  });
  afterAll(async () => db?.drop());

  it('apply to an empty database, then nothing is pending', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    const applied = await deployMigrations(db.url);
    expect(applied.some((m) => m.endsWith('_init'))).toBe(true);
    expect(await deployMigrations(db.url)).toEqual([]);
    const status = await migrationStatus(db.url);
    expect(status.pending).toEqual([]);
    expect(status.applied.length).toBeGreaterThan(0);
  });

  it('match the schema: no migration is missing for a schema change', async ({ skip }) => {
    if (!db) return skip('PostgreSQL is not reachable');
    expect(await createMigration(db.url, 'should_not_exist')).toBeNull();
  });

  it.runIf(name === 'sqlite')('leave SQLite in write-ahead-log mode', async () => {
    const file = new Database(sqliteFilePath(db!.url));
    expect(file.pragma('journal_mode', { simple: true })).toBe('wal');
    file.close();
  });
});
