import type { ReactNode } from 'react';
import { PlainLink } from '@/components/ui/plain-link';

interface Props {
  id: string;
  title: ReactNode;
  more?: { href: string; label: string };
  as?: 'h2' | 'h3';
}

/** A block title with the brand rule under it and an optional «المزيد» link at the end, its text on the title's line. */
export function SectionHeading({ id, title, more, as: Tag = 'h2' }: Props) {
  return (
    <div className="section-heading">
      <Tag id={id} className="section-title">
        {title}
      </Tag>
      {more && (
        <PlainLink href={more.href} className="section-more">
          {more.label}
        </PlainLink>
      )}
    </div>
  );
}
