import { preload } from 'react-dom';
import type { CoverImage as Cover } from '@/lib/data/article-shapes';
import { mediaImage } from '@/lib/media/sizes';

interface Props {
  /** What drawing it takes: the key and width find its renditions. */
  cover: (Pick<Cover, 'key' | 'width' | 'alt'> & { placeholder?: string }) | null;
  /** Layout widths for the browser to pick a rendition, e.g. "(min-width: 1024px) 50vw, 100vw". */
  sizes: string;
  /** The widest the box is ever shown, in CSS pixels, when it is small (a thumbnail): renditions past twice that are left out. */
  widest?: number;
  /** The largest image above the fold: asked for from the document's head, with high priority. */
  lead?: boolean;
  className?: string;
}

/**
 * A 16:9 image whose box is reserved before it loads, so nothing shifts; its tiny placeholder is
 * the box's background until the picture covers it (thumbnails make do with the plain tint: their
 * placeholders, written twice into the page, weighed more than a small picture is worth). A plain `<img>`: the renditions exist
 * already (lib/media/store.ts), so nothing is resized per request and nothing happens after hydration
 * (next/image's client component had nothing else to do). Cards draw it from their data (CardList).
 */
export function CoverImage({ cover, sizes, widest, lead = false, className = '' }: Props) {
  const image = cover && mediaImage(cover, widest);
  if (image && lead) preload(image.src, { as: 'image', imageSrcSet: image.srcSet, imageSizes: sizes, fetchPriority: 'high' });
  return (
    <div className={`cover ${className}`} {...(cover?.placeholder && !widest && { style: { backgroundImage: `url(${cover.placeholder})` } })}>
      {cover && image && <img {...image} alt={cover.alt} sizes={sizes} {...(lead ? { loading: 'eager', fetchPriority: 'high' } : { loading: 'lazy' })} />}
    </div>
  );
}
