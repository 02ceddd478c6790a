import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';
import { PrismaClient as PostgresClient } from './generated/postgresql/client';
import { databaseUrl, providerOf, sqliteFilePath, type Provider } from './db-url';
import { logQuery, queryLogEnabled } from './db-query-log';

// Secrets stay out of every query result unless a query selects them explicitly.
const omit = { user: { passwordHash: true }, comment: { authorEmail: true } } as const;

/** Listeners for every SQL statement, when DB_QUERY_EVENTS=1 (tests/db/query-plans.test.ts). */
const sqlListeners = new Set<(sql: string, params: string) => void>();
export function onSql(listener: (sql: string, params: string) => void): () => void {
  sqlListeners.add(listener);
  return () => sqlListeners.delete(listener);
}
type QueryEvents = { $on(event: 'query', listener: (e: { query: string; params: string }) => void): void };
function emitSql(client: unknown) {
  if (process.env.DB_QUERY_EVENTS === '1') (client as QueryEvents).$on('query', (e) => sqlListeners.forEach((l) => l(e.query, e.params)));
}

function createClient(url: string) {
  const log = process.env.DB_QUERY_EVENTS === '1' ? [{ emit: 'event' as const, level: 'query' as const }] : undefined;
  if (providerOf(url) === 'postgresql') {
    // A database that does not answer fails a request within seconds instead of holding it.
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), connectionTimeoutMillis: 5000 });
    // Both generated clients come from the same model, so they share one shape; the SQLite type names it.
    const client = new PostgresClient({ adapter, omit, log });
    emitSql(client);
    return client as unknown as SqliteClient<never, typeof omit>;
  }
  // busy timeout: writers from other processes (a second server, a script) wait instead of failing.
  const adapter = new PrismaBetterSqlite3({ url: sqliteFilePath(url), timeout: 5000 });
  const client = new SqliteClient({ adapter, omit, log });
  emitSql(client);
  return client as unknown as SqliteClient<never, typeof omit>;
}

export type Db = ReturnType<typeof createClient>;

function withQueryLog(client: Db): Db {
  if (!queryLogEnabled()) return client;
  return client.$extends({
    query: {
      $allOperations({ model, operation, args, query }) {
        logQuery(model, operation);
        return query(args);
      },
    },
  }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { portalDb?: Db; portalDbUrl?: string };

/** The transaction of inOneTransaction(), for every getDb() call made inside it. */
const currentTransaction = new AsyncLocalStorage<Db>();

/**
 * The one database client of the process (kept across hot reloads in development), or, inside
 * inOneTransaction(), that transaction.
 */
export function getDb(): Db {
  return currentTransaction.getStore() ?? rootDb();
}

/**
 * Runs `work` with every query made through getDb() in one transaction: one commit instead of one
 * per statement (a bulk import's items), all or nothing. A $transaction() inside joins it.
 */
export async function inOneTransaction<T>(work: () => Promise<T>, timeoutMs = 120_000): Promise<T> {
  if (currentTransaction.getStore()) return work();
  return rootDb().$transaction((tx) => currentTransaction.run(joinable(tx as unknown as Db), work), { timeout: timeoutMs, maxWait: timeoutMs });
}

/** A transaction client whose $transaction() runs inside it (Prisma has no nested transactions). */
function joinable(tx: Db): Db {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property !== '$transaction') return Reflect.get(target, property, receiver);
      return (arg: unknown) => (typeof arg === 'function' ? (arg as (t: Db) => unknown)(receiver as Db) : Promise.all(arg as Promise<unknown>[]));
    },
  });
}

function rootDb(): Db {
  const url = databaseUrl();
  if (!globalForDb.portalDb || globalForDb.portalDbUrl !== url) {
    globalForDb.portalDb = withQueryLog(createClient(url));
    globalForDb.portalDbUrl = url;
  }
  return globalForDb.portalDb;
}

export function dbProvider(): Provider {
  return providerOf(databaseUrl());
}
