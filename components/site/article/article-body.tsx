import Image from 'next/image';
import type { ComponentProps } from 'react';
import type { MediaSize } from '@/lib/data/media';
import { renderMarkdown } from '@/lib/markdown/render';
import { mediaPath } from '@/lib/urls';

/** The article's Markdown, sanitised; library images at their real size, others dropped. */
export function ArticleBody({ source, rtl, media }: { source: string; rtl: boolean; media: Record<string, MediaSize> }) {
  const img = ({ src, alt }: ComponentProps<'img'>) => {
    const key = typeof src === 'string' ? /^\/media\/([\w-]+)$/.exec(src)?.[1] : undefined;
    const m = key ? media[key] : undefined;
    if (!m) return null;
    return (
      <Image
        src={mediaPath(m.key)}
        alt={alt || m.alt}
        width={m.width}
        height={m.height}
        sizes="(min-width: 1024px) 720px, 100vw"
        placeholder={m.placeholder ? (m.placeholder as `data:image/${string}`) : 'empty'}
      />
    );
  };
  const a = ({ href, children, title }: ComponentProps<'a'>) => {
    const external = typeof href === 'string' && /^https?:\/\//.test(href);
    return (
      <a href={href} title={title} rel={external ? 'noopener noreferrer' : undefined}>
        {children}
      </a>
    );
  };
  return <div className="prose-article">{renderMarkdown(source, { rtl, components: { img, a } })}</div>;
}
