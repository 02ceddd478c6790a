// Two instances against PostgreSQL and Redis (scripts/cluster-server.ts); the staff accounts are
// the e2e ones, so the same sign-in helper works.
import { e2eEnv } from '../env';

export const CLUSTER_PORTS = [Number(process.env.CLUSTER_PORT_A ?? 3201), Number(process.env.CLUSTER_PORT_B ?? 3202)] as const;
export const CLUSTER_DATA_DIR = 'data/cluster';
export const CLUSTER_DATABASE = 'portal_cluster_test';

const pgServer = process.env.PG_SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432';

export const clusterEnv = {
  ...e2eEnv,
  DATABASE_URL: `${pgServer}/${CLUSTER_DATABASE}`,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  CACHE_KEY_PREFIX: 'madina-cluster-test',
  // One media folder for both, as shared storage would be in production.
  MEDIA_DIR: `${CLUSTER_DATA_DIR}/media`,
  DATA_DIR: CLUSTER_DATA_DIR,
  NEXT_DIST_DIR: '.builds/cluster',
};
