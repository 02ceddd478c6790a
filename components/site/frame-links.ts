// The links of the site's frame as data (components/site/link-items.tsx, social-links.tsx), worked
// out once per page by the layout and handed to the header and the footer alike.
import type { SocialLinks as Accounts } from '@/lib/data/site';
import { interfaceCategoryName, type CategoryNames } from '@/lib/text/category-name';
import { categoryPath, linkPath } from '@/lib/urls';
import type { LinkItem } from './link-items';
import type { SocialLink } from './social-links';

const NETWORKS = ['facebook', 'x', 'youtube', 'instagram', 'whatsapp', 'telegram'] as const;

/** The categories in the interface's language (the original, isolated, where it has no name). */
export function sectionLinks(categories: ({ slug: string } & CategoryNames)[], locale: string): LinkItem[] {
  return categories.map((c) => {
    const own = interfaceCategoryName(c, locale);
    return { href: linkPath(locale, categoryPath(c)), text: own ?? c.name, ...(own === null && { isolate: true }) };
  });
}

/** The accounts the site has, in a fixed order, each named in the interface's language. */
export function socialLinks(accounts: Accounts, networkName: (network: (typeof NETWORKS)[number]) => string): SocialLink[] {
  return NETWORKS.flatMap((n) => (accounts[n] ? [{ network: n, href: accounts[n], label: networkName(n) }] : []));
}
