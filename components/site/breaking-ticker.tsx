import { useLocale, useTranslations } from 'next-intl';
import type { ArticleCard } from '@/lib/data/article-shapes';
import { articlePath, linkPath } from '@/lib/urls';
import { TickerToggle } from './breaking-ticker-controls';
import { LinkItems } from './link-items';
import { lineAttributes } from '@/lib/text/direction';

/** «عاجل»: flagged stories scrolling under the header; still under reduced motion, pausable.
 *  The list is written once: TickerToggle doubles it for the seamless loop (without JavaScript
 *  it stands still and scrolls by hand, as under reduced motion).
 *  Its row has fixed heights and the label a width wider than «عاجل» in any of its fonts, so
 *  nothing in it moves whichever font the first layout had (CI saw a 0.0007 shift here). */
export function BreakingTicker({ items }: { items: ArticleCard[] }) {
  const t = useTranslations('Frame');
  const locale = useLocale();
  if (!items.length) return null;
  return (
    <section data-ticker aria-label={t('breakingNews')} className="ticker border-b border-line bg-surface">
      <div className="mx-auto flex h-13 max-w-7xl items-center gap-3 px-4">
        <h2 className="min-w-20 shrink-0 rounded bg-urgent px-3 text-center font-kufi text-sm/7 font-bold text-white">{t('breaking')}</h2>
        <div className="ticker-viewport min-w-0 flex-1 self-stretch">
          <div className="ticker-track flex h-full w-max">
            <ul className="ticker-list">
              <LinkItems
                links={items.map((a) => ({ href: linkPath(locale, articlePath(a)), text: a.title, ...lineAttributes(a.title, a.language, locale) }))}
                className="ticker-link"
              />
            </ul>
          </div>
        </div>
        <TickerToggle labels={{ pause: t('pauseTicker'), play: t('playTicker') }} />
      </div>
    </section>
  );
}
