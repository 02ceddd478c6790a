'use client';

import type { ReactNode } from 'react';
import { Link, usePathname } from '@/i18n/navigation';

/** A sidebar link that marks the current section. */
export function AdminNavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = href === '/admin' ? pathname === '/admin' : pathname === href || pathname.startsWith(`${href}/`);
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
