// The three archives (a section, a tag, an author): one loader and one reading of their URLs, so
// that they cannot drift apart (an Arabic slug, a page number, an empty page).
import 'server-only';
import { notFound } from 'next/navigation';
import { cachedAuthor, cachedCategory, cachedLatest, cachedTag } from '@/lib/data/public';
import { INDEXED_ARCHIVE_PAGES } from '@/lib/seo/metadata';
import { slugFromSegment } from '@/lib/urls';

export const ARCHIVE_PAGE_SIZE = 12;

/** robots for archive pages: deep pages stay crawlable (their links matter) but out of the index. */
export const archiveNoindex = (page: number) => page > INDEXED_ARCHIVE_PAGES;

/** `[]` -> 1, `['page', '3']` -> 3; anything else (including `['page', '1']`) is not a page. */
export function parsePageSegments(segments: string[] | undefined): number | null {
  if (!segments?.length) return 1;
  if (segments.length === 2 && segments[0] === 'page' && /^[1-9]\d{0,5}$/.test(segments[1]!) && segments[1] !== '1') return Number(segments[1]);
  return null;
}

const owners = {
  category: { find: cachedCategory, filter: (id: number) => ({ categoryId: id }) },
  tag: { find: cachedTag, filter: (id: number) => ({ tagId: id }) },
  author: { find: cachedAuthor, filter: (id: number) => ({ authorId: id }) },
};

export type ArchiveKind = keyof typeof owners;
type Owner<K extends ArchiveKind> = NonNullable<Awaited<ReturnType<(typeof owners)[K]['find']>>>;
export type ArchiveParams = Promise<{ locale: string; slug: string; page?: string[] }>;

/**
 * generateStaticParams for archives rendered on their first visit (and for an empty database):
 * Cache Components wants at least one entry, and a slug that never exists renders the 404 page.
 */
export const ARCHIVE_PLACEHOLDER = { slug: '-', page: [] as string[] };

/** The archive's owner and the articles of the asked page; 404 for an unknown slug or page. */
export async function loadArchive<K extends ArchiveKind>(kind: K, params: ArchiveParams) {
  const { slug: segment, page: segments } = await params;
  const page = parsePageSegments(segments);
  const slug = slugFromSegment(segment);
  if (!page || !slug) notFound();
  const { find, filter } = owners[kind];
  const owner = (await find(slug)) as Owner<K> | null;
  if (!owner) notFound();
  const { items, total } = await cachedLatest(filter(owner.id), ARCHIVE_PAGE_SIZE, (page - 1) * ARCHIVE_PAGE_SIZE);
  if (page > 1 && !items.length) notFound();
  return { owner, page, items, total };
}
