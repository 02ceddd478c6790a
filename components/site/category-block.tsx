import { useTranslations } from 'next-intl';
import type { ArticleCard as Card } from '@/lib/data/article-shapes';
import { SectionHeading } from '@/components/ui/section-heading';
import { categoryPath } from '@/lib/urls';
import type { CategoryNames } from '@/lib/text/category-name';
import { ArticleCards } from './cards/article-cards';
import { CategoryName } from './category-name';

/** One section on the home page: a bigger card, the compact ones and «المزيد». */
export function CategoryBlock({ category, items }: { category: { slug: string } & CategoryNames; items: Card[] }) {
  const t = useTranslations('Home');
  const [first, ...rest] = items;
  if (!first) return null;
  const id = `section-${category.slug}`;
  return (
    <section aria-labelledby={id} className="lazy-render">
      <SectionHeading id={id} title={<CategoryName category={category} />} more={{ href: categoryPath(category), label: t('more') }} />
      <div className="grid gap-6 md:grid-cols-2">
        <ArticleCards articles={[first]} showCategory={false} />
        <div className="flex flex-col gap-4">
          <ArticleCards articles={rest} variant="compact" showCategory={false} />
        </div>
      </div>
    </section>
  );
}
