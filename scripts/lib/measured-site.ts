// The site that `npm run budgets` and `npm run lighthouse` measure: demo content and a production
// build of their own (data/measured, .builds/measured), so that they can run beside `npm start`.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { deployMigrations } from '../db/migrate-engine';
import { loadDotEnv } from './env';
import { startServer, type RunningServer } from './next-server';

export const MEASURED_PORT = Number(process.env.MEASURED_PORT ?? 3260);

/** The measured site's migrations, demo content and build, made current; its environment set. */
export async function prepareMeasuredSite(): Promise<string> {
  loadDotEnv();
  Object.assign(process.env, {
    DATABASE_URL: 'file:./data/measured/portal.db',
    DATA_DIR: 'data/measured',
    MEDIA_DIR: 'data/measured/media',
    NEXT_DIST_DIR: '.builds/measured',
    // Canonical links name the address the tools load.
    SITE_URL: `http://127.0.0.1:${MEASURED_PORT}`,
    NEXT_TELEMETRY_DISABLED: '1',
  });
  fs.mkdirSync('data/measured', { recursive: true });
  const { prepareSite } = await import('../prepare-site');
  await prepareSite();
  return process.env.NEXT_DIST_DIR!;
}

export async function startMeasuredSite(): Promise<RunningServer & { distDir: string }> {
  const distDir = await prepareMeasuredSite();
  return { ...(await startServer(MEASURED_PORT, process.env)), distDir };
}

/** The first article the home page links to. */
export async function firstArticlePath(base: string): Promise<string> {
  const home = await (await fetch(`${base}/`)).text();
  const path = /href="(\/news\/\d+\/[^"]+)"/.exec(home)?.[1];
  if (!path) throw new Error('the home page lists no article');
  return path;
}

/**
 * A consistent copy of the measured site's database in `dir` (for tests that write to it or
 * kill the server), in WAL mode like the site's own; returns its DATABASE_URL.
 */
export async function copyMeasuredDatabase(dir: string): Promise<string> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const file = `${dir}/portal.db`;
  const source = new Database('data/measured/portal.db', { readonly: true });
  source.prepare('VACUUM INTO ?').run(file);
  source.close();
  // VACUUM INTO writes a rollback journal; applying migrations sets WAL.
  const url = `file:./${file}`;
  await deployMigrations(url);
  return url;
}
