// The WordPress journey's own server: an empty database that the fixture's export is imported
// into, built and served on a port of its own (scripts/wordpress-e2e-server.ts).
import path from 'node:path';
import { E2E_PORT, e2eEnv } from '../env';

export const WORDPRESS_PORT = Number(process.env.WORDPRESS_E2E_PORT ?? E2E_PORT + 1);
export const WORDPRESS_DATA_DIR = 'data/wordpress-e2e';
export const FIXTURE = path.resolve('../shared/fixtures/wordpress');

export const wordpressEnv = {
  ...e2eEnv,
  DATABASE_URL: `file:./${WORDPRESS_DATA_DIR}/portal.db`,
  MEDIA_DIR: `${WORDPRESS_DATA_DIR}/media`,
  DATA_DIR: WORDPRESS_DATA_DIR,
  NEXT_DIST_DIR: '.builds/wordpress',
  DB_QUERY_LOG: '',
  PORT: String(WORDPRESS_PORT),
};

/** The import command, as an editor would run it. */
export const importArgs = [
  '--conditions=react-server',
  'scripts/import-wordpress.ts',
  `${FIXTURE}/export.xml`,
  '--uploads',
  `${FIXTURE}/uploads`,
  '--role',
  'admin=administrator',
  '--role',
  'sara=editor',
];
