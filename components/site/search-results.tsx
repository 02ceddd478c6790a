import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { PlainLink } from '@/components/ui/plain-link';
import { SitePagination } from './site-pagination';
import { CoverImage } from '@/components/ui/cover-image';
import { Icon } from '@/components/ui/icon';
import type { SearchHit } from '@/lib/data/search';
import { MAX_COUNTED_RESULTS } from '@/lib/data/search-limits';
import { formatDate } from '@/lib/text/dates';
import { highlight, snippet } from '@/lib/text/highlight';
import { contentDirection, textDirection } from '@/lib/text/direction';
import { articlePath, categoryPath } from '@/lib/urls';
import { CategoryName } from './category-name';
import { SEARCH_LIMITS } from '@/lib/validation/search';

function Marked({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlight(text, terms).map((s, i) =>
        s.hit ? (
          <mark key={i} className="rounded-sm bg-mark px-0.5 text-inherit">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}

interface Props {
  query: string;
  page: number;
  result: { terms: string[]; total: number; hits: SearchHit[] } | null;
}

/** What the reader typed, in a run of its own direction inside the sentence. */
const isolate = (chunks: ReactNode) => <bdi>{chunks}</bdi>;

export function SearchResults({ query, page, result }: Props) {
  const t = useTranslations('Search');
  const tf = useTranslations('Frame');
  const locale = useLocale();
  const pages = result ? Math.ceil(Math.min(result.total, MAX_COUNTED_RESULTS) / 10) : 0;
  return (
    <main className="mx-auto max-w-4xl px-4 py-6">
      <h1 className="font-kufi text-3xl font-bold">{query ? t.rich('resultsFor', { query, q: isolate }) : t('title')}</h1>
      <search className="mt-4">
        <form action="/search" method="get" role="search" className="flex">
          <label htmlFor="search-page-q" className="sr-only">
            {tf('searchLabel')}
          </label>
          <input
            id="search-page-q"
            name="q"
            type="search"
            defaultValue={query}
            required
            maxLength={SEARCH_LIMITS.query}
            className="min-h-12 w-full rounded-s-md border border-line bg-surface px-3 text-lg"
          />
          <button type="submit" className="inline-flex min-h-12 items-center gap-2 rounded-e-md bg-brand px-5 font-bold text-on-brand">
            <Icon name="search" />
            {t('submit')}
          </button>
        </form>
      </search>
      {!result ? (
        <p className="mt-6 text-lg">{t('emptyQuery')}</p>
      ) : result.hits.length === 0 ? (
        <div className="mt-6" role="status">
          <p className="text-lg font-bold">{t.rich('none', { query, q: isolate })}</p>
          <p className="mt-2 text-muted">{t('tips')}</p>
        </div>
      ) : (
        <>
          <p className="mt-6 text-muted" role="status">
            {result.total > MAX_COUNTED_RESULTS ? t('moreThan', { count: MAX_COUNTED_RESULTS }) : t('count', { count: result.total })}
          </p>
          <ol className="mt-4 divide-y divide-line">
            {result.hits.map((hit) => (
              <li key={hit.id} dir={contentDirection(hit.language, locale)} className="flex gap-4 py-5">
                <div className="min-w-0 flex-1">
                  <PlainLink href={categoryPath(hit.category)} className="text-sm font-bold text-brand-ink">
                    <CategoryName category={hit.category} />
                  </PlainLink>
                  <h2 lang={hit.language} dir={textDirection(hit.title, hit.language)} className="font-kufi text-xl font-bold leading-snug">
                    <PlainLink href={articlePath(hit)} className="hover:text-brand-ink">
                      <Marked text={hit.title} terms={result.terms} />
                    </PlainLink>
                  </h2>
                  <p className="mt-2 text-muted">
                    <Marked text={snippet(hit.text, result.terms)} terms={result.terms} />
                  </p>
                  {hit.publishedAt && (
                    <time className="mt-1 block text-sm text-muted" dateTime={hit.publishedAt.toISOString()}>
                      {formatDate(hit.publishedAt, locale)}
                    </time>
                  )}
                </div>
                {hit.cover && <CoverImage cover={hit.cover} sizes="160px" widest={160} className="hidden w-40 shrink-0 rounded-md sm:block" />}
              </li>
            ))}
          </ol>
          <SitePagination page={page} pages={pages} href={(n) => `/search?q=${encodeURIComponent(query)}${n > 1 ? `&page=${n}` : ''}`} />
        </>
      )}
    </main>
  );
}
