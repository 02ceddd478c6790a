import { useTranslations } from 'next-intl';
import type { ArticleCard as Card } from '@/lib/data/article-shapes';
import { SectionHeading } from '@/components/ui/section-heading';
import { categoryPath } from '@/lib/urls';
import { ArticleCard } from './article-card';

/** One section on the home page: a bigger card, three or four compact ones and «المزيد». */
export function CategoryBlock({ category, items }: { category: { slug: string; name: string }; items: Card[] }) {
  const t = useTranslations('Home');
  const [first, ...rest] = items;
  if (!first) return null;
  const id = `section-${category.slug}`;
  return (
    <section aria-labelledby={id}>
      <SectionHeading id={id} title={category.name} more={{ href: categoryPath(category), label: t('more') }} />
      <div className="grid gap-6 md:grid-cols-2">
        <ArticleCard article={first} showCategory={false} />
        <div className="flex flex-col gap-4">
          {rest.map((a) => (
            <ArticleCard key={a.id} article={a} variant="compact" showCategory={false} />
          ))}
        </div>
      </div>
    </section>
  );
}
