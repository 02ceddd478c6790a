// The links of the site's frame as data (components/site/link-items.tsx, social-links.tsx), worked
// out once per page by the layout and handed to the header and the footer alike; cards name their
// category with the same link.
import type { SocialLinks as Accounts } from '@/lib/data/site';
import { interfaceCategoryName, type CategoryNames } from '@/lib/text/category-name';
import { categoryPath, linkPath } from '@/lib/urls';
import type { LinkItem } from './link-items';
import type { SocialLink } from './social-links';

const NETWORKS = ['facebook', 'x', 'youtube', 'instagram', 'whatsapp', 'telegram'] as const;

/** A category's link in the interface's language (the original name, isolated, where it has none). */
export function categoryLink(category: { slug: string } & CategoryNames, locale: string): LinkItem {
  const own = interfaceCategoryName(category, locale);
  return { href: linkPath(locale, categoryPath(category)), text: own ?? category.name, ...(own === null && { isolate: true }) };
}

export const sectionLinks = (categories: ({ slug: string } & CategoryNames)[], locale: string): LinkItem[] => categories.map((c) => categoryLink(c, locale));

/** The accounts the site has, in a fixed order, each named in the interface's language. */
export function socialLinks(accounts: Accounts, networkName: (network: (typeof NETWORKS)[number]) => string): SocialLink[] {
  return NETWORKS.flatMap((n) => (accounts[n] ? [{ network: n, href: accounts[n], label: networkName(n) }] : []));
}
