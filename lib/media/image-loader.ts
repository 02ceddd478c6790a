// next/image loader for the media library: every upload is stored once per width in
// MEDIA_WIDTHS (lib/media/sizes.ts), so the browser picks a ready file and nothing is resized
// per request.
import { MEDIA_WIDTHS } from './sizes';

export default function mediaLoader({ src, width }: { src: string; width: number }): string {
  if (!src.startsWith('/media/')) return src;
  const fit = MEDIA_WIDTHS.find((w) => w >= width) ?? MEDIA_WIDTHS[MEDIA_WIDTHS.length - 1];
  return `${src}/${fit}.webp`;
}
