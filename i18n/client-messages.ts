import type { AbstractIntlMessages } from 'next-intl';

// Client components get only the namespaces they use, so that public pages do not ship strings
// their server components already rendered (tests/client-messages.test.ts keeps the lists whole).
export const SITE_CLIENT_NAMESPACES = ['Errors'] as const;
/** Under the comments of an article (components/site/comments/comment-messages.tsx). */
export const COMMENT_CLIENT_NAMESPACES = ['Errors', 'Comments'] as const;
export const ADMIN_CLIENT_NAMESPACES = ['Frame', 'Article', 'Errors', 'Comments', 'Admin', 'Social'] as const;

export function clientMessages(all: AbstractIntlMessages, namespaces: readonly string[] = SITE_CLIENT_NAMESPACES): AbstractIntlMessages {
  return Object.fromEntries(namespaces.filter((ns) => ns in all).map((ns) => [ns, all[ns]!]));
}
