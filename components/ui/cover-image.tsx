import Image from 'next/image';
import type { CoverImage as Cover } from '@/lib/data/article-shapes';
import { mediaPath } from '@/lib/urls';

interface Props {
  cover: Cover | null;
  /** Layout widths for the browser to pick a rendition, e.g. "(min-width: 1024px) 50vw, 100vw". */
  sizes: string;
  /** The largest image above the fold: loaded eagerly with high priority. */
  lead?: boolean;
  className?: string;
}

/** A 16:9 image whose box is reserved before it loads, so nothing shifts. */
export function CoverImage({ cover, sizes, lead = false, className = '' }: Props) {
  return (
    <div className={`relative aspect-video overflow-hidden bg-line ${className}`}>
      {cover && (
        <Image
          src={mediaPath(cover.key)}
          alt={cover.alt}
          fill
          sizes={sizes}
          className="object-cover"
          loading={lead ? 'eager' : 'lazy'}
          fetchPriority={lead ? 'high' : 'auto'}
          placeholder={cover.placeholder ? (cover.placeholder as `data:image/${string}`) : 'empty'}
        />
      )}
    </div>
  );
}
