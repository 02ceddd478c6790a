// The site that `npm run budgets` and `npm run lighthouse` measure: demo content and a production
// build of their own (data/measured, .builds/measured), so that they can run beside `npm start`.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { deployMigrations } from '../db/migrate-engine';
import { loadDotEnv } from './env';
import { startServer, type RunningServer } from './next-server';

export const MEASURED_PORT = Number(process.env.MEASURED_PORT ?? 3260);

/**
 * A site of a script's own: data in data/<name>, a build in .builds/<name>, served on `port`;
 * migrations, demo content and build made current, its environment set. Returns the build folder.
 */
export async function prepareSiteOfItsOwn(name: string, port: number, databaseUrl = `file:./data/${name}/portal.db`): Promise<string> {
  loadDotEnv();
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    DATA_DIR: `data/${name}`,
    MEDIA_DIR: `data/${name}/media`,
    NEXT_DIST_DIR: `.builds/${name}`,
    // Canonical links name the address the tools load.
    SITE_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
  });
  fs.mkdirSync(`data/${name}`, { recursive: true });
  const { prepareSite } = await import('../prepare-site');
  await prepareSite();
  return process.env.NEXT_DIST_DIR!;
}

/** The measured site's migrations, demo content and build, made current; its environment set. */
export const prepareMeasuredSite = () => prepareSiteOfItsOwn('measured', MEASURED_PORT);

export async function startMeasuredSite(): Promise<RunningServer & { distDir: string }> {
  const distDir = await prepareMeasuredSite();
  return { ...(await startServer(MEASURED_PORT, process.env)), distDir };
}

/** The first article the home page links to. */
export async function firstArticlePath(base: string): Promise<string> {
  const home = await (await fetch(`${base}/`)).text();
  const path = /href="(\/news\/\d+\/[^"]+)"/.exec(home)?.[1];
  if (!path) throw new Error('the home page lists no article');
  // Links write Arabic slugs as letters; tools get the percent-encoded path a browser sends.
  return new URL(path, base).pathname;
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
