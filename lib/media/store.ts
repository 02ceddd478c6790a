// The media pipeline: an upload is decoded by sharp (so its type comes from its content, not its
// name), re-encoded without metadata, and written once per width plus the crops that search
// engines and social networks ask for. Files live under MEDIA_DIR (default data/media).
import fs from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';
import sharp from 'sharp';
import { mediaDir } from './media-dir';
import { renditionWidths } from './sizes';

export const ACCEPTED_FORMATS = ['jpeg', 'png', 'webp', 'avif'] as const;
const MIME: Record<(typeof ACCEPTED_FORMATS)[number], string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
};
/** Crops for NewsArticle structured data (each at least 50,000 pixels) and the Open Graph card. */
export const CROPS = { '16x9': [1200, 675], '4x3': [1200, 900], '1x1': [1200, 1200] } as const;
export const OG_SIZE = [1200, 630] as const;

export { mediaDir };

export class UnsupportedImageError extends Error {}

export interface StoredImage {
  key: string;
  mimeType: string;
  width: number;
  height: number;
  byteSize: number;
  widths: string;
  placeholder: string;
}

async function inspect(input: Buffer) {
  try {
    const meta = await sharp(input).metadata();
    const format = ACCEPTED_FORMATS.find((f) => f === meta.format || (f === 'avif' && meta.format === 'heif'));
    if (!format || !meta.width || !meta.height) throw new UnsupportedImageError(meta.format ?? 'unknown');
    return { format, width: meta.width, height: meta.height };
  } catch (e) {
    throw e instanceof UnsupportedImageError ? e : new UnsupportedImageError('undecodable');
  }
}

/**
 * Decodes, checks and stores an image; returns what the Media row needs. Crops keep the most
 * salient region ('attention', for uploads) or the centre (cheaper, for generated images).
 */
export async function storeImage(input: Buffer, crop: 'attention' | 'centre' = 'attention'): Promise<StoredImage> {
  const { format, width, height } = await inspect(input);
  const key = `${new Date().toISOString().slice(0, 7)}-${crypto.randomBytes(6).toString('hex')}`;
  const dir = path.join(mediaDir(), key);
  await fs.mkdir(dir, { recursive: true });
  // Decode once (rotate() applies the EXIF orientation; metadata is dropped), then resize from
  // the raw pixels for every rendition.
  const { data, info } = await sharp(input, { limitInputPixels: 40_000_000 }).rotate().raw().toBuffer({ resolveWithObject: true });
  const base = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  const widths = renditionWidths(width);
  await Promise.all([
    ...widths.map((w) =>
      base
        .clone()
        .resize({ width: w, withoutEnlargement: true })
        .webp({ quality: 78, effort: 2 })
        .toFile(path.join(dir, `${w}.webp`)),
    ),
    ...Object.entries(CROPS).map(([name, [w, h]]) =>
      base
        .clone()
        .resize(w, h, { fit: 'cover', position: crop })
        .webp({ quality: 80, effort: 2 })
        .toFile(path.join(dir, `${name}.webp`)),
    ),
    base.clone().resize(OG_SIZE[0], OG_SIZE[1], { fit: 'cover', position: crop }).jpeg({ quality: 82, mozjpeg: true }).toFile(path.join(dir, 'og.jpg')),
  ]);
  const tiny = await base.clone().resize(16, 9, { fit: 'cover' }).blur(1).webp({ quality: 40 }).toBuffer();
  return {
    key,
    mimeType: MIME[format],
    width,
    height,
    byteSize: input.length,
    widths: widths.join(','),
    placeholder: `data:image/webp;base64,${tiny.toString('base64')}`,
  };
}

export async function removeImage(key: string): Promise<void> {
  if (!/^[\w-]+$/.test(key)) return;
  await fs.rm(path.join(mediaDir(), key), { recursive: true, force: true });
}
