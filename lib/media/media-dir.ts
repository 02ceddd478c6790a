import path from 'node:path';

/**
 * Where uploads and their renditions live (MEDIA_DIR, default data/media). Apart from the image
 * pipeline (store.ts): the routes that only read files (renditions, feeds) would otherwise load
 * sharp and libvips into every server process, ~19 MiB that readers never use.
 */
export function mediaDir(): string {
  // The media folder is runtime data: the comment keeps the build from tracing it as source.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.MEDIA_DIR ?? 'data/media');
}
