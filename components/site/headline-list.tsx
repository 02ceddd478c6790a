import { useLocale } from 'next-intl';
import { PlainLink } from '@/components/ui/plain-link';
import type { ArticleCard } from '@/lib/data/article-shapes';
import { SectionHeading } from '@/components/ui/section-heading';
import { formatDateTime } from '@/lib/text/dates';
import { contentDirection, lineAttributes } from '@/lib/text/direction';
import { articlePath, categoryPath } from '@/lib/urls';
import { CategoryName } from './category-name';
import { TimeAgo } from './time-ago';

/** Headlines only, each with its section and time: the side column's «أخبار أخرى». */
export function HeadlineList({ id, title, items }: { id: string; title: string; items: ArticleCard[] }) {
  const locale = useLocale();
  if (!items.length) return null;
  return (
    <section aria-labelledby={id}>
      <SectionHeading id={id} title={title} />
      <ul className="divide-y divide-line">
        {items.map((a) => {
          const boxDir = contentDirection(a.language, locale);
          return (
            <li key={a.id} {...(boxDir && { dir: boxDir })} className="py-3">
              <PlainLink href={categoryPath(a.category)} className="card-category">
                <CategoryName category={a.category} />
              </PlainLink>
              <h3 {...lineAttributes(a.title, a.language, locale, boxDir)} className="card-title">
                <PlainLink href={articlePath(a)} className="hover:text-brand-ink">
                  {a.title}
                </PlainLink>
              </h3>
              {a.publishedAt && (
                <p className="text-sm text-muted">
                  <TimeAgo iso={a.publishedAt.toISOString()} absolute={formatDateTime(a.publishedAt, locale)} />
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
