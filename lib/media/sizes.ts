import { mediaPath } from './path';

/** Widths of the WebP renditions made for every image (lib/media/store.ts). */
export const MEDIA_WIDTHS = [160, 320, 640, 960, 1280] as const;

/** Aspect ratio of cover images on cards and articles (16:9). */
export const COVER_RATIO = 16 / 9;

/** The widths made of an original `width` pixels wide: each one up to it, and the smallest always. */
export const renditionWidths = (width: number): number[] => MEDIA_WIDTHS.filter((w, i) => w <= width || i === 0);

/**
 * `src` and `srcSet` of a library image, from the renditions it has. With `widest` (the most CSS
 * pixels its box is ever shown at), renditions past what a 2× screen needs are left out.
 */
export function mediaImage(media: { key: string; width: number }, widest?: number) {
  let widths = renditionWidths(media.width);
  const enough = widest ? widths.findIndex((w) => w >= widest * 2) : -1;
  if (enough >= 0) widths = widths.slice(0, enough + 1);
  const url = (w: number) => `${mediaPath(media.key)}/${w}.webp`;
  return { src: url(widths.findLast((w) => w <= 640) ?? widths[0]!), srcSet: widths.map((w) => `${url(w)} ${w}w`).join(', ') };
}
