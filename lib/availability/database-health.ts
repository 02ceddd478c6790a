// Whether the database answers, for the server to tell an outage (503, come back soon) from a
// fault of its own (500). Used by scripts/serve.ts outside Next's bundles: no server-only imports.
import Database from 'better-sqlite3';
import pg from 'pg';
import { databaseUrl, providerOf, sqliteFilePath } from '../db-url';

const TIMEOUT_MS = 1000;
/** One probe answers for this long: during an outage every failing page asks. */
const REMEMBER_MS = 2000;
let last: { at: number; up: Promise<boolean> } | undefined;

export function databaseAnswers(): Promise<boolean> {
  if (last && Date.now() - last.at < REMEMBER_MS) return last.up;
  last = { at: Date.now(), up: probe(databaseUrl()) };
  return last.up;
}

async function probe(url: string): Promise<boolean> {
  if (providerOf(url) === 'sqlite') {
    try {
      const db = new Database(sqliteFilePath(url), { readonly: true, fileMustExist: true, timeout: TIMEOUT_MS });
      db.prepare('SELECT 1').get();
      db.close();
      return true;
    } catch {
      return false;
    }
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: TIMEOUT_MS, query_timeout: TIMEOUT_MS });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
