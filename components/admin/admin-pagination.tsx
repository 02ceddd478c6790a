import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { Pagination } from '@/components/ui/pagination';

interface Props {
  path: string;
  page: number;
  total: number;
  pageSize: number;
  /** The list's filters, kept on every page link; empty values are left out. */
  query?: Record<string, string | number | undefined | null>;
}

/** Page links under an admin list. */
export async function AdminPagination({ path, page, total, pageSize, query = {} }: Props) {
  const t = await getTranslations('Admin.common');
  const href = (n: number) => {
    const params = new URLSearchParams();
    const entries = [...Object.entries(query), ['page', n > 1 ? n : undefined] as const];
    for (const [k, v] of entries) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
    return params.size ? `${path}?${params}` : path;
  };
  return (
    <Pagination
      page={page}
      pages={Math.ceil(total / pageSize)}
      href={href}
      Link={Link}
      labels={{ nav: t('pagination'), previous: t('previous'), next: t('next'), page: (n) => t('page', { page: n }) }}
    />
  );
}
