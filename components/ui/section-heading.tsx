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
    <div className="mb-4 flex items-end justify-between gap-4 border-b-2 border-line">
      <Tag id={id} className="-mb-0.5 border-b-2 border-brand pb-1 text-lg font-bold md:text-xl">
        {title}
      </Tag>
      {more && (
        <PlainLink href={more.href} className="inline-flex min-h-11 items-end pb-1 text-sm font-bold text-brand-ink hover:underline">
          {more.label}
        </PlainLink>
      )}
    </div>
  );
}
