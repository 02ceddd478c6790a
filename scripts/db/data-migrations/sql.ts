// A small SQL runner over the raw drivers (better-sqlite3, pg) for data migrations: they run
// from plain scripts (npm start, npm run db:migrate), outside the app's Prisma client.
import Database from 'better-sqlite3';
import pg from 'pg';
import { providerOf, sqliteFilePath } from '../../../lib/db-url';

export type Row = Record<string, unknown>;

export interface Sql {
  /** `?` placeholders on both databases. */
  all<T extends Row>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  transaction<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export async function openSql(url: string): Promise<Sql> {
  if (providerOf(url) === 'postgresql') {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return {
      all: async (sql, params = []) => (await client.query(numbered(sql), params)).rows,
      run: async (sql, params = []) => void (await client.query(numbered(sql), params)),
      transaction: async (work) => {
        await client.query('BEGIN');
        try {
          const out = await work();
          await client.query('COMMIT');
          return out;
        } catch (e) {
          await client.query('ROLLBACK');
          throw e;
        }
      },
      close: () => client.end(),
    };
  }
  const db = new Database(sqliteFilePath(url), { timeout: 5000 });
  return {
    all: async (sql, params = []) => db.prepare(sql).all(...params) as never,
    run: async (sql, params = []) => void db.prepare(sql).run(...params),
    transaction: async (work) => {
      db.exec('BEGIN IMMEDIATE');
      try {
        const out = await work();
        db.exec('COMMIT');
        return out;
      } catch (e) {
        db.exec('ROLLBACK');
        throw e;
      }
    },
    close: async () => {
      db.close();
    },
  };
}
