import { useTranslations } from 'next-intl';
import { PlainLink } from '@/components/ui/plain-link';
import type { ArticleCard } from '@/lib/data/article-shapes';
import { articlePath } from '@/lib/urls';
import { textDirection } from '@/lib/text/direction';

/** Previous (older) and next (newer) article. */
export function ArticlePager({ previous, next }: { previous: ArticleCard | null; next: ArticleCard | null }) {
  const t = useTranslations('Article');
  if (!previous && !next) return null;
  const cell = 'flex min-h-11 flex-col rounded-lg border border-line p-4 hover:bg-surface';
  return (
    <nav aria-label={`${t('previous')} / ${t('next')}`} className="grid gap-4 sm:grid-cols-2">
      {previous ? (
        <PlainLink href={articlePath(previous)} rel="prev" className={cell}>
          <span className="text-sm text-muted">{t('previous')}</span>
          <span lang={previous.language} dir={textDirection(previous.title, previous.language)} className="font-kufi font-bold">
            {previous.title}
          </span>
        </PlainLink>
      ) : (
        <span />
      )}
      {next && (
        <PlainLink href={articlePath(next)} rel="next" className={`${cell} sm:text-end`}>
          <span className="text-sm text-muted">{t('next')}</span>
          <span lang={next.language} dir={textDirection(next.title, next.language)} className="font-kufi font-bold">
            {next.title}
          </span>
        </PlainLink>
      )}
    </nav>
  );
}
