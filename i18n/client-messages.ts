import type { AbstractIntlMessages } from 'next-intl';

// Client components get only the namespaces they use, so that public pages do not ship the admin's
// strings (the admin layout adds its own).
export const SITE_CLIENT_NAMESPACES = ['Frame', 'Time', 'Article', 'Errors', 'Comments'] as const;
export const ADMIN_CLIENT_NAMESPACES = [...SITE_CLIENT_NAMESPACES, 'Admin', 'Social'] as const;

export function clientMessages(all: AbstractIntlMessages, namespaces: readonly string[] = SITE_CLIENT_NAMESPACES): AbstractIntlMessages {
  return Object.fromEntries(namespaces.filter((ns) => ns in all).map((ns) => [ns, all[ns]!]));
}
