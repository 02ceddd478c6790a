import 'server-only';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';
import { PrismaClient as PostgresClient } from './generated/postgresql/client';
import { databaseUrl, providerOf, sqliteFilePath, type Provider } from './db-url';

// Secrets stay out of every query result unless a query selects them explicitly.
const omit = { user: { passwordHash: true }, comment: { authorEmail: true } } as const;

function createClient(url: string) {
  if (providerOf(url) === 'postgresql') {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    // Both generated clients come from the same model, so they share one shape; the SQLite type names it.
    return new PostgresClient({ adapter, omit }) as unknown as SqliteClient<never, typeof omit>;
  }
  // busy timeout: writers from other processes (a second server, a script) wait instead of failing.
  const adapter = new PrismaBetterSqlite3({ url: sqliteFilePath(url), timeout: 5000 });
  return new SqliteClient({ adapter, omit });
}

export type Db = ReturnType<typeof createClient>;

const globalForDb = globalThis as unknown as { portalDb?: Db; portalDbUrl?: string };

/** The one database client of the process (kept across hot reloads in development). */
export function getDb(): Db {
  const url = databaseUrl();
  if (!globalForDb.portalDb || globalForDb.portalDbUrl !== url) {
    globalForDb.portalDb = createClient(url);
    globalForDb.portalDbUrl = url;
  }
  return globalForDb.portalDb;
}

export function dbProvider(): Provider {
  return providerOf(databaseUrl());
}
