// The edge journey's own site: a fresh database and build, the app on EDGE_E2E_APP_PORT and
// Varnish in front of it on EDGE_E2E_PORT (scripts/edge-e2e-server.ts). The tests talk to Varnish.
import { e2eEnv } from '../env';

export const EDGE_PORT = Number(process.env.EDGE_E2E_PORT ?? 3130);
export const EDGE_APP_PORT = Number(process.env.EDGE_E2E_APP_PORT ?? EDGE_PORT + 1);
export const EDGE_DATA_DIR = 'data/edge-e2e';
/** The server script's pid: SIGUSR1 stops the app (Varnish stays), SIGUSR2 starts it again. */
export const EDGE_SUPERVISOR_PID = `${EDGE_DATA_DIR}/supervisor.pid`;

export const edgeEnv = {
  ...e2eEnv,
  DATABASE_URL: `file:./${EDGE_DATA_DIR}/portal.db`,
  MEDIA_DIR: `${EDGE_DATA_DIR}/media`,
  DATA_DIR: EDGE_DATA_DIR,
  NEXT_DIST_DIR: '.builds/edge-e2e',
  DB_QUERY_LOG: '',
  SITE_URL: `http://127.0.0.1:${EDGE_PORT}`,
  EDGE_PURGE_URLS: `http://127.0.0.1:${EDGE_PORT}`,
  // Varnish appends the address it sees, then the app's server: the client is two from the end.
  TRUSTED_PROXIES: '2',
};
