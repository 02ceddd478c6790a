import type { AbstractIntlMessages } from 'next-intl';

// Client components get only the namespaces they use, so that public pages do not ship strings
// their server components already rendered (tests/client-messages.test.ts keeps the lists whole).
export const SITE_CLIENT_NAMESPACES = ['Errors'] as const;
/** Under the comments of an article (components/site/comments/comment-messages.tsx), added to the site's. */
export const COMMENT_CLIENT_NAMESPACES = ['Comments'] as const;
export const ADMIN_CLIENT_NAMESPACES = ['Frame', 'Article', 'Errors', 'Comments', 'Admin', 'Social'] as const;

export function clientMessages(all: AbstractIntlMessages, namespaces: readonly string[] = SITE_CLIENT_NAMESPACES): AbstractIntlMessages {
  return Object.fromEntries(namespaces.filter((ns) => ns in all).map((ns) => [ns, all[ns]!]));
}

export type PlainMessages = { [key: string]: PlainMessages | string };

/** Messages of those namespaces that only the server writes: the comments' headings and links, and
 *  the form's errors (lib/actions/comments.ts sends them written out). */
const WRITTEN_ON_THE_SERVER: Record<string, readonly string[]> = {
  Comments: ['leaveComment', 'reply', 'staff', 'empty', 'errors'],
};

/** A message with arguments, plurals or tags needs an ICU formatter; plain text does not. */
const isPlainMessage = (message: string) => !/[{}<>]/.test(message);

/**
 * The public site's client strings (components/shell/plain-messages-provider.tsx): `namespaces`
 * without the messages that need formatting, which public pages format on the server, and without
 * those only the server writes.
 */
export function plainMessages(all: AbstractIntlMessages, namespaces: readonly string[]): PlainMessages {
  const plain = (node: AbstractIntlMessages, leaveOut: readonly string[] = []): PlainMessages =>
    Object.fromEntries(
      Object.entries(node).flatMap(([key, value]): [string, PlainMessages | string][] => {
        if (leaveOut.includes(key)) return [];
        if (typeof value === 'string') return isPlainMessage(value) ? [[key, value]] : [];
        return [[key, plain(value)]];
      }),
    );
  return Object.fromEntries(
    Object.entries(clientMessages(all, namespaces)).map(([ns, node]) => [ns, plain(node as AbstractIntlMessages, WRITTEN_ON_THE_SERVER[ns])]),
  );
}
