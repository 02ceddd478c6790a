// The site that `npm run budgets` and `npm run lighthouse` measure: demo content and a production
// build of their own (data/measured, .builds/measured), so that they can run beside `npm start`.
import fs from 'node:fs';
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
