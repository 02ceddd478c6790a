import type { ComponentType, ReactNode } from 'react';

interface LinkProps {
  href: string;
  className: string;
  rel?: string;
  'aria-label'?: string;
  children: ReactNode;
}

interface Props {
  page: number;
  pages: number;
  href: (page: number) => string;
  labels: { nav: string; previous: string; next: string; page: (n: number) => string };
  /** The public site links with plain `<a>` (answered by the HTTP cache), the admin with client navigation. */
  Link: ComponentType<LinkProps>;
}

/** Numbered pages with previous/next; a window of pages around the current one. */
export function Pagination({ page, pages, href, labels, Link }: Props) {
  if (pages <= 1) return null;
  const window = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const cell = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-line px-3 font-bold';
  return (
    <nav aria-label={labels.nav} className="mt-8 flex flex-wrap items-center justify-center gap-2">
      {page > 1 && (
        <Link rel="prev" href={href(page - 1)} className={`${cell} hover:bg-surface`}>
          {labels.previous}
        </Link>
      )}
      {window.map((n, i) => (
        <span key={n} className="contents">
          {i > 0 && n - window[i - 1]! > 1 && <span aria-hidden="true">…</span>}
          {n === page ? (
            <span aria-current="page" aria-label={labels.page(n)} className={`${cell} border-brand bg-brand text-on-brand`}>
              {n}
            </span>
          ) : (
            <Link href={href(n)} aria-label={labels.page(n)} className={`${cell} hover:bg-surface`}>
              {n}
            </Link>
          )}
        </span>
      ))}
      {page < pages && (
        <Link rel="next" href={href(page + 1)} className={`${cell} hover:bg-surface`}>
          {labels.next}
        </Link>
      )}
    </nav>
  );
}
