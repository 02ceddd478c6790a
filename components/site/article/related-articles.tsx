import { useTranslations } from 'next-intl';
import type { ArticleCard as Card } from '@/lib/data/article-shapes';
import { SectionHeading } from '@/components/ui/section-heading';
import { ArticleCards } from '../cards/article-cards';

/** «مقالات ذات صلة»: a sticky column at the end on wide screens, a grid of cards below on phones. */
export function RelatedArticles({ items }: { items: Card[] }) {
  const t = useTranslations('Article');
  if (!items.length) return null;
  return (
    <aside aria-labelledby="related" className="lg:sticky lg:top-4">
      <SectionHeading id="related" title={t('related')} />
      <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-1">
        <ArticleCards articles={items} variant="compact" item />
      </ul>
    </aside>
  );
}
