import { useTranslations } from 'next-intl';
import { PlainLink } from '@/components/ui/plain-link';
import type { ArticleCard } from '@/lib/data/article-shapes';
import { SectionHeading } from '@/components/ui/section-heading';
import { articlePath } from '@/lib/urls';
import { textDirection } from '@/lib/text/direction';

/** «الأكثر قراءة»: a ranked list with large numerals. */
export function MostRead({ items }: { items: ArticleCard[] }) {
  const t = useTranslations('Home');
  if (!items.length) return null;
  return (
    <section aria-labelledby="most-read">
      <SectionHeading id="most-read" title={t('mostRead')} />
      <ol className="divide-y divide-line">
        {items.map((a, i) => (
          <li key={a.id} className="flex items-start gap-4 py-3">
            <span className="w-8 shrink-0 text-center font-kufi text-4xl font-bold leading-none text-brand-ink" aria-hidden="true">
              {i + 1}
            </span>
            <PlainLink
              href={articlePath(a)}
              lang={a.language}
              dir={textDirection(a.title, a.language)}
              className="font-kufi font-bold leading-snug hover:text-brand-ink"
            >
              {a.title}
            </PlainLink>
          </li>
        ))}
      </ol>
    </section>
  );
}
