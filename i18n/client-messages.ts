import type { AbstractIntlMessages } from 'next-intl';

// Client components get only the namespaces they use, so that pages do not ship every string.
const CLIENT_NAMESPACES = ['Frame', 'Time', 'Article', 'Errors', 'Comments'] as const;

export function clientMessages(all: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in all).map((ns) => [ns, all[ns]!]));
}
