// Everything `next start` needs: migrations applied, demo content on an empty database, and a
// production build that matches the sources and the database. Used by `npm start` and the e2e server.
import { pathToFileURL } from 'node:url';
import { databaseUrl } from '../lib/db-url';
import { deployMigrations } from './db/migrate-engine';
import { runDataMigrations } from './db/data-migrations';
import { buildStamp, isBuildCurrent, recordBuild } from './lib/build-stamp';
import { bin, run } from './lib/run';

export async function prepareSite({ distDir = process.env.NEXT_DIST_DIR ?? '.next', forceBuild = false } = {}) {
  const url = databaseUrl();
  const applied = await deployMigrations(url);
  if (applied.length) console.log(`Migrations applied: ${applied.join(', ')}`);
  const data = await runDataMigrations(url);
  if (data.length) console.log(`Data migrations applied: ${data.join(', ')}`);
  await run(bin('tsx'), ['--conditions=react-server', 'prisma/seed/index.ts', '--if-empty']);
  const stamp = buildStamp(url);
  if (!forceBuild && isBuildCurrent(distDir, stamp)) {
    console.log(`The build in ${distDir} is current.`);
  } else {
    console.log(`Building into ${distDir} …`);
    await run(bin('next'), ['build'], { env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' } });
    recordBuild(distDir, stamp);
  }
}

// `tsx scripts/prepare-site.ts`: the preparation alone (benchmarks, deploy scripts).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { loadDotEnv } = await import('./lib/env');
  loadDotEnv();
  await prepareSite();
  process.exit(0);
}
