import type { FigureNode, GalleryNode } from '@/lib/content/document';
import { mediaImage } from '@/lib/media/sizes';
import type { BodyContext, BodyMedia } from './types';

/** At its own aspect ratio (the width and height reserve its box), in the rendition the screen needs. */
function LibraryImage({ media, alt, sizes }: { media: BodyMedia; alt: string; sizes: string }) {
  return <img {...mediaImage(media)} sizes={sizes} alt={alt || media.alt} width={media.width} height={media.height} loading="lazy" decoding="async" />;
}

/** A library image at its real size (its box reserved), with its caption and credit. */
export function FigureBlock({ node, ctx }: { node: FigureNode; ctx: BodyContext }) {
  const media = ctx.media[node.attrs.mediaId];
  if (!media) return null;
  const credit = node.attrs.credit || media.credit;
  return (
    <figure>
      <LibraryImage media={media} alt={node.attrs.alt} sizes="(min-width: 1024px) 720px, 100vw" />
      {(node.attrs.caption || credit) && (
        <figcaption dir="auto" className="mt-2 text-base text-muted">
          {node.attrs.caption}
          {credit && <span className="ms-2 text-sm">{ctx.labels.imageCredit(credit)}</span>}
        </figcaption>
      )}
    </figure>
  );
}

export function GalleryBlock({ node, ctx }: { node: GalleryNode; ctx: BodyContext }) {
  const images = node.attrs.images.flatMap((image) => (ctx.media[image.mediaId] ? [{ ...image, media: ctx.media[image.mediaId]! }] : []));
  if (!images.length) return null;
  return (
    <figure>
      <div className="grid grid-cols-2 gap-2">
        {images.map((image, i) => (
          <figure key={i}>
            <LibraryImage media={image.media} alt={image.alt} sizes="(min-width: 1024px) 360px, 50vw" />
            {image.caption && (
              <figcaption dir="auto" className="mt-1 text-sm text-muted">
                {image.caption}
              </figcaption>
            )}
          </figure>
        ))}
      </div>
      {node.attrs.caption && (
        <figcaption dir="auto" className="mt-2 text-base text-muted">
          {node.attrs.caption}
        </figcaption>
      )}
    </figure>
  );
}
