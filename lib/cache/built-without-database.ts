// A build made without a database (`npm run build` in a container image, scripts/build.ts)
// prerendered empty pages, and leaves this marker in its folder. On every start of such a build,
// everything prerendered before its first start is expired, so that each page is rendered from the
// real database on its first request and cached from then on, as after any edit.
import fs from 'node:fs';
import path from 'node:path';
import { nextTags } from '@/lib/next-internals.mjs';

export const BUILT_WITHOUT_DATABASE = 'portal-built-without-database';

/** The implicit tag Next gives every page and route response under the root layout. */
const EVERY_PAGE = '_N_T_/layout';

/** The time of the build's first start, written into the marker then (now, if the folder is read-only). */
function firstStart(marker: string): number {
  const recorded = Number(fs.readFileSync(marker, 'utf8'));
  if (recorded) return recorded;
  const now = Date.now();
  try {
    fs.writeFileSync(marker, String(now));
  } catch {
    // A read-only image: every start renders its pages once more.
  }
  return now;
}

/** Whether this build was made without a database; if so, its prerendered pages are now expired. */
export function expirePagesBuiltWithoutDatabase(distDir = process.env.NEXT_DIST_DIR ?? '.next'): boolean {
  const marker = path.join(distDir, BUILT_WITHOUT_DATABASE);
  if (!fs.existsSync(marker)) return false;
  nextTags.tagsManifest.set(EVERY_PAGE, { ...nextTags.tagsManifest.get(EVERY_PAGE), expired: firstStart(marker) });
  return true;
}
