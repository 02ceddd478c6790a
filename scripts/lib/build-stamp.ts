// Whether the production build in distDir matches the sources and the database it was built
// against (pages are prerendered from the database at build time).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SOURCES = [
  'app',
  'components',
  'lib',
  'i18n',
  'messages',
  'public',
  'proxy.ts',
  'next.config.js',
  'package-lock.json',
  'postcss.config.mjs',
  'scripts/subset-fonts.mjs',
];

function* files(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isFile()) yield entry;
  else for (const name of fs.readdirSync(entry).sort()) if (!name.endsWith('.test.ts')) yield* files(path.join(entry, name));
}

/** Written by the seed: a reseeded database needs a new build, as pages are prerendered from it. */
export const seedMarkerFile = () => path.resolve(process.env.DATA_DIR ?? 'data', 'last-seed');

export function buildStamp(databaseUrl: string): string {
  // SITE_URL is written into prerendered pages (canonical links, feeds).
  const hash = crypto
    .createHash('sha256')
    .update(databaseUrl)
    .update(process.env.SITE_URL ?? '');
  if (fs.existsSync(seedMarkerFile())) hash.update(fs.readFileSync(seedMarkerFile()));
  for (const source of SOURCES) for (const file of files(source)) hash.update(file).update(fs.readFileSync(file));
  return hash.digest('hex');
}

const stampFile = (distDir: string) => path.join(distDir, 'portal-build-stamp');

export function isBuildCurrent(distDir: string, stamp: string): boolean {
  return fs.existsSync(path.join(distDir, 'BUILD_ID')) && fs.existsSync(stampFile(distDir)) && fs.readFileSync(stampFile(distDir), 'utf8') === stamp;
}

export function recordBuild(distDir: string, stamp: string) {
  fs.writeFileSync(stampFile(distDir), stamp);
}
