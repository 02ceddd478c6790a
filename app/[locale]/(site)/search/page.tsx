import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SearchResults } from '@/components/site/search-results';
import { cachedSearch, cachedSiteFrame } from '@/lib/data/public';
import { pageMetadata } from '@/lib/seo/metadata';
import { MAX_COUNTED_RESULTS } from '@/lib/data/search-limits';
import { neutralizeText } from '@/lib/text/unicode-controls';
import { SEARCH_LIMITS } from '@/lib/validation/search';

// Results depend on the query string: the page renders per request (its data is cached per
// query), all of it in the first response so that it works without JavaScript.
export const instant = false;

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, { settings }] = await Promise.all([getTranslations({ locale, namespace: 'Search' }), cachedSiteFrame()]);
  return pageMetadata({ title: t('title'), path: '/search', locale, siteName: settings.siteName, noindex: true });
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  // The echo of what was typed shows no bidi override or hidden character (as titles and comments).
  const query = neutralizeText(first(sp.q)).trim().slice(0, SEARCH_LIMITS.query);
  const page = Math.min(Math.max(1, Number.parseInt(first(sp.page), 10) || 1), Math.ceil(MAX_COUNTED_RESULTS / 10));
  const result = query ? await cachedSearch(query, page) : null;
  return <SearchResults query={query} page={page} result={result} />;
}
