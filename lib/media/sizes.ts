/** Widths of the WebP renditions made for every image; next.config.js uses the same list. */
export const MEDIA_WIDTHS = [160, 320, 640, 960, 1280] as const;

/** Aspect ratio of cover images on cards and articles (16:9). */
export const COVER_RATIO = 16 / 9;
