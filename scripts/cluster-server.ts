// Started by playwright.cluster.config.ts: the production topology in miniature. Two stateless
// `next start` instances on two ports share one PostgreSQL database (created for this run),
// one Redis (the page cache, 'use cache' data and tag invalidations) and one media folder.
import fs from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { createClient } from '@redis/client';
import { CLUSTER_DATA_DIR, CLUSTER_PORTS, clusterEnv, CLUSTER_DATABASE } from '../e2e/cluster/env';
import { spawnServer } from './lib/next-server';
import { freshTestDataDir } from './lib/test-data';

Object.assign(process.env, clusterEnv);
const adminUrl = new URL(process.env.DATABASE_URL!);
adminUrl.pathname = '/postgres';

async function onPostgres<Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: adminUrl.href });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Marks the database as this test's own, so a later run drops it and nothing else. */
const OWNER_MARK = 'portal cluster test database: dropped and recreated by scripts/cluster-server.ts';

/** Drops the test database only if this script made it (PG_SERVER_URL may name any server). */
async function recreateTestDatabase() {
  const [existing] = await onPostgres<{ mark: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS mark FROM pg_database WHERE datname = $1`, [
    CLUSTER_DATABASE,
  ]);
  if (existing && existing.mark !== OWNER_MARK) {
    throw new Error(
      `refusing to drop database "${CLUSTER_DATABASE}" on ${adminUrl.host}: it was not made by this test (no owner mark); drop it yourself if it is a leftover`,
    );
  }
  if (existing) await onPostgres(`DROP DATABASE "${CLUSTER_DATABASE}" WITH (FORCE)`);
  await onPostgres(`CREATE DATABASE "${CLUSTER_DATABASE}"`);
  await onPostgres(`COMMENT ON DATABASE "${CLUSTER_DATABASE}" IS '${OWNER_MARK}'`);
}

async function clearRedis() {
  const client = await createClient({ url: process.env.REDIS_URL }).connect();
  for await (const keys of client.scanIterator({ MATCH: `${process.env.CACHE_KEY_PREFIX}:*`, COUNT: 500 })) {
    if (keys.length) await client.del(keys);
  }
  await client.quit();
}

freshTestDataDir(CLUSTER_DATA_DIR);
await recreateTestDatabase();
await clearRedis();

const { prepareSite } = await import('./prepare-site');
await prepareSite({ forceBuild: true });

// Each instance gets its own copy of the build, as on separate machines: nothing they share
// goes through the disk.
const distDirs = CLUSTER_PORTS.map((port, i) => (i === 0 ? clusterEnv.NEXT_DIST_DIR : `${clusterEnv.NEXT_DIST_DIR}-${port}`));
for (const copy of distDirs.slice(1)) {
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(clusterEnv.NEXT_DIST_DIR, copy, { recursive: true });
}

const instances: ChildProcess[] = [];
async function stopAll() {
  for (const instance of instances) instance.kill('SIGTERM');
  await clearRedis().catch(() => {});
  await onPostgres(`DROP DATABASE IF EXISTS "${CLUSTER_DATABASE}" WITH (FORCE)`).catch(() => {});
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopAll());

/** Starts one instance and resolves once it answers. */
async function startInstance(port: number, distDir: string) {
  const log = fs.createWriteStream(`${CLUSTER_DATA_DIR}/server-${port}.log`);
  const server = spawnServer(port, { ...process.env, NEXT_DIST_DIR: distDir }, ['ignore', 'pipe', 'pipe']);
  server.stdout!.on('data', (chunk) => (process.stdout.write(`[${port}] ${chunk}`), log.write(chunk)));
  server.stderr!.on('data', (chunk) => (process.stderr.write(`[${port}] ${chunk}`), log.write(chunk)));
  server.on('exit', (code) => {
    console.error(`instance on ${port} exited (${code})`);
    void stopAll();
  });
  instances.push(server);
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/robots.txt`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`instance on ${port} did not start`);
}

// Playwright waits for the last port: by then both answer.
for (const [i, port] of CLUSTER_PORTS.entries()) await startInstance(port, distDirs[i]!);
