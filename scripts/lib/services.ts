import pg from 'pg';
import { createClient } from '@redis/client';

const PG_URL = process.env.PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The service the two-instance test lacks, or null when PostgreSQL and Redis both answer. */
export async function servicesForCluster(): Promise<string | null> {
  const postgres = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await postgres.connect();
    await postgres.end();
  } catch {
    return `PostgreSQL at ${PG_URL}`;
  }
  const redis = createClient({ url: REDIS_URL, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.quit();
  } catch {
    return `Redis at ${REDIS_URL}`;
  }
  return null;
}
