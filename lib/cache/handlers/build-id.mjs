// @ts-check
// Cached pages and data belong to one build (their HTML names that build's scripts), so each
// build keeps its entries under its own id and a deploy never serves the previous one's.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** @type {string | undefined} */
let id;

export function buildId() {
  id ??= readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'), 'utf8').trim();
  return id;
}
