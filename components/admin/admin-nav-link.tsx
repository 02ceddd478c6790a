'use client';

import type { ReactNode } from 'react';
import { Link, usePathname } from '@/i18n/navigation';

const within = (pathname: string, href: string) => (href === '/admin' ? pathname === '/admin' : pathname === href || pathname.startsWith(`${href}/`));

/**
 * A sidebar link that marks the current section: the deepest link the path is in, so that
 * «مقال جديد» (/admin/articles/new) is marked alone, not with «المقالات» (/admin/articles).
 */
export function AdminNavLink({ href, siblings, children }: { href: string; siblings: string[]; children: ReactNode }) {
  const pathname = usePathname();
  const current = within(pathname, href) && !siblings.some((other) => other.length > href.length && within(pathname, other));
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className="flex min-h-11 items-center justify-between gap-2 rounded-md px-3 font-bold hover:bg-line aria-[current=page]:bg-brand aria-[current=page]:text-on-brand"
    >
      {children}
    </Link>
  );
}
