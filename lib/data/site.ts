import 'server-only';
import { getDb } from '@/lib/db';
import { CATEGORY_NAME_FIELDS } from '@/lib/text/category-name';

export interface SocialLinks {
  facebook?: string;
  x?: string;
  youtube?: string;
  instagram?: string;
  whatsapp?: string;
  telegram?: string;
}

export async function getSiteSettings() {
  const row = await getDb().siteSettings.findUnique({ where: { id: 1 } });
  if (!row) throw new Error('Site settings are missing: run `npm run db:seed`.');
  const { socialLinks, ...rest } = row;
  return { ...rest, socialLinks: JSON.parse(socialLinks) as SocialLinks };
}

export type SiteSettings = Awaited<ReturnType<typeof getSiteSettings>>;

export function listCategories() {
  return getDb().category.findMany({
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, slug: true, ...CATEGORY_NAME_FIELDS, description: true },
  });
}

export function findCategoryBySlug(slug: string) {
  return getDb().category.findUnique({ where: { slug }, select: { id: true, slug: true, ...CATEGORY_NAME_FIELDS, description: true } });
}

export function findPageBySlug(slug: string) {
  return getDb().page.findUnique({ where: { slug }, include: { parent: { select: { slug: true, title: true } } } });
}

/** An approved tag that a published article carries; any other answers «not found» (a tag named in an embargoed draft stays unknown). */
export function findTagBySlug(slug: string) {
  return getDb().tag.findFirst({
    where: { slug, approved: true, articles: { some: { article: { status: 'PUBLISHED' } } } },
    select: { id: true, slug: true, name: true },
  });
}

/** A staff member with a public author page (at least one published article). */
export function findAuthorBySlug(slug: string) {
  return getDb().user.findFirst({
    where: { slug, articles: { some: { status: 'PUBLISHED' } } },
    select: { id: true, slug: true, name: true, bio: true },
  });
}

export async function updateSiteSettings(data: Omit<SiteSettings, 'id' | 'socialLinks'> & { socialLinks: SocialLinks }) {
  const { socialLinks, ...rest } = data;
  await getDb().siteSettings.update({ where: { id: 1 }, data: { ...rest, socialLinks: JSON.stringify(socialLinks) } });
}
