import type { ReactNode } from 'react';
import { Icon } from '@/components/ui/icon';

/** The drawer's toggle: menu icon and label, a close icon while open (inside a `group` details). */
export function MenuSummary({ label }: { label: string }) {
  return (
    <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md px-2 font-kufi font-bold [&::-webkit-details-marker]:hidden">
      <Icon name="menu" className="size-6 group-open:hidden" />
      <Icon name="close" className="hidden size-6 group-open:block" />
      {label}
    </summary>
  );
}

/**
 * The admin's drawer on phones: a <details> element, so it opens without JavaScript. Its links
 * load the next page, which starts with the drawer closed.
 */
export function MobileMenu({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="group lg:hidden">
      <MenuSummary label={label} />
      <div className="absolute inset-x-0 top-full z-40 border-b border-line bg-surface shadow-lg">{children}</div>
    </details>
  );
}
