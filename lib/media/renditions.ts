import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { mediaDir } from './media-dir';
import { MEDIA_WIDTHS } from './sizes';

const CROPS = new Set(['16x9.webp', '4x3.webp', '1x1.webp', 'og.jpg']);
const TYPES: Record<string, string> = { '.webp': 'image/webp', '.jpg': 'image/jpeg' };

const inMedia = (...parts: string[]) => path.join(/* turbopackIgnore: true */ mediaDir(), ...parts);

/** A stored rendition of a library image; a width above the original falls back to the largest one made. */
export async function openRendition(key: string, file: string) {
  if (!/^[\w-]{1,64}$/.test(key)) return null;
  let name: string | null = CROPS.has(file) ? file : null;
  const width = /^(\d{2,4})\.webp$/.exec(file)?.[1];
  if (width)
    name =
      [...MEDIA_WIDTHS]
        .reverse()
        .map((w) => `${w}.webp`)
        .find((n) => Number.parseInt(n, 10) <= Number(width) && fs.existsSync(inMedia(key, n))) ?? null;
  if (!name) return null;
  const stat = await fs.promises.stat(inMedia(key, name)).catch(() => null);
  if (!stat?.isFile()) return null;
  return {
    body: Readable.toWeb(fs.createReadStream(inMedia(key, name))) as ReadableStream,
    size: stat.size,
    type: TYPES[path.extname(name)] ?? 'application/octet-stream',
  };
}
