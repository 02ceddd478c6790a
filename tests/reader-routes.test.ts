import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The routes readers, feed readers and crawlers reach: the public pages, pictures, feeds, sitemaps. */
function readerRoutes(): string[] {
  const site = fs
    .readdirSync('app/[locale]/(site)', { recursive: true, encoding: 'utf8' })
    .filter((f) => /(^|\/)(page|layout|not-found)\.tsx$/.test(f))
    .map((f) => path.join('app/[locale]/(site)', f));
  const files = [
    'app/feed.xml/route.ts',
    'app/feed/[file]/route.ts',
    'app/media/[key]/[file]/route.ts',
    'app/sitemap.xml/route.ts',
    'app/sitemaps/[file]/route.ts',
    'app/robots.ts',
  ];
  return [...site, ...files];
}

describe('reader routes', () => {
  it('load no image library: sharp and libvips stay out of a server that only serves readers (~19 MiB each)', () => {
    const entries = readerRoutes();
    expect(entries.length).toBeGreaterThan(8);
    const { metafile } = buildSync({
      entryPoints: entries,
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      jsx: 'automatic',
      packages: 'external',
      outdir: 'reader-routes',
      loader: { '.css': 'empty', '.svg': 'empty', '.woff2': 'empty' },
      logLevel: 'silent',
    });
    const loading = Object.entries(metafile.outputs)
      .filter(([, out]) => out.imports.some((i) => i.external && i.path === 'sharp'))
      .map(([, out]) => out.entryPoint);
    expect(loading).toEqual([]);
  });
});
