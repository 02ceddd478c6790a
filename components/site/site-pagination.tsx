import type { ComponentProps } from 'react';
import { useTranslations } from 'next-intl';
import { Pagination } from '@/components/ui/pagination';
import { PlainLink } from '@/components/ui/plain-link';

/** The public site's numbered pages (archives, search results), labelled in the reader's language. */
export function SitePagination(props: Omit<ComponentProps<typeof Pagination>, 'labels' | 'Link'>) {
  const t = useTranslations('Archive');
  return (
    <Pagination {...props} labels={{ nav: t('pagination'), previous: t('previous'), next: t('next'), page: (n) => t('page', { page: n }) }} Link={PlainLink} />
  );
}
