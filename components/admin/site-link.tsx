import type { ComponentProps } from 'react';
import { Link } from '@/i18n/navigation';

/**
 * A link from the admin to a public page. The site has its own root layout, so following the link
 * loads a whole new document: a prefetch would be thrown away, and it kept connections open.
 */
export function SiteLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />;
}
