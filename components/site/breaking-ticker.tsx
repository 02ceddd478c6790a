import { useTranslations } from 'next-intl';
import { PlainLink } from '@/components/ui/plain-link';
import type { ArticleCard } from '@/lib/data/article-shapes';
import { articlePath } from '@/lib/urls';
import { TickerToggle } from './breaking-ticker-controls';
import { textDirection } from '@/lib/text/direction';

/** «عاجل»: flagged stories scrolling under the header; still under reduced motion, pausable.
 *  Its row has fixed heights and the label a width wider than «عاجل» in any of its fonts, so
 *  nothing in it moves whichever font the first layout had (CI saw a 0.0007 shift here). */
export function BreakingTicker({ items }: { items: ArticleCard[] }) {
  const t = useTranslations('Frame');
  if (!items.length) return null;
  const list = (hidden: boolean) => (
    <ul className="flex shrink-0 items-center gap-10 pe-10" aria-hidden={hidden || undefined}>
      {items.map((a) => (
        <li key={a.id}>
          <PlainLink
            href={articlePath(a)}
            tabIndex={hidden ? -1 : undefined}
            lang={a.language}
            dir={textDirection(a.title, a.language)}
            className="block whitespace-nowrap leading-7 font-bold hover:underline"
          >
            {a.title}
          </PlainLink>
        </li>
      ))}
    </ul>
  );
  return (
    <section data-ticker aria-label={t('breakingNews')} className="ticker border-b border-line bg-surface">
      <div className="mx-auto flex h-13 max-w-7xl items-center gap-3 px-4">
        <h2 className="min-w-20 shrink-0 rounded bg-urgent px-3 text-center font-kufi text-sm/7 font-bold text-white">{t('breaking')}</h2>
        <div className="ticker-viewport min-w-0 flex-1 self-stretch overflow-hidden">
          <div className="ticker-track flex h-full w-max">
            {list(false)}
            {list(true)}
          </div>
        </div>
        <TickerToggle labels={{ pause: t('pauseTicker'), play: t('playTicker') }} />
      </div>
    </section>
  );
}
