'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { Messages, NestedKeyOf } from 'next-intl';
import type { COMMENT_CLIENT_NAMESPACES, PlainMessages, SITE_CLIENT_NAMESPACES } from '@/i18n/client-messages';

const Context = createContext<{ locale: string; messages: PlainMessages } | null>(null);

/**
 * The public site's client strings: plain text looked up by key, in the page's language. The
 * public pages' islands need no more, and next-intl's client provider would bring its ICU message
 * parser to every reader's phone (messages with arguments are formatted on the server).
 */
export function PlainMessagesProvider({ locale, messages, children }: { locale: string; messages: PlainMessages; children: ReactNode }) {
  // A provider inside another (the comments' under the site's) adds its namespaces to those above,
  // so that no page sends a namespace twice.
  const above = useContext(Context)?.messages;
  return <Context value={{ locale, messages: above ? { ...above, ...messages } : messages }}>{children}</Context>;
}

function usePlainMessages() {
  const value = useContext(Context);
  if (!value) throw new Error('PlainMessagesProvider is missing above this component');
  return value;
}

export function usePlainLocale(): string {
  return usePlainMessages().locale;
}

type PlainNamespace = (typeof SITE_CLIENT_NAMESPACES)[number] | (typeof COMMENT_CLIENT_NAMESPACES)[number];

/**
 * `t('awaitingModeration')` in `namespace`, its keys typed as next-intl's; a key missing at run time
 * (a message with arguments is not sent: tests/client-messages.test.ts) shows itself.
 */
export function usePlainTranslations<N extends PlainNamespace>(namespace: N): (key: NestedKeyOf<Messages[N]>) => string {
  const { messages } = usePlainMessages();
  return (key) => {
    let node: PlainMessages | string | undefined = messages[namespace];
    for (const part of String(key).split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node : `${namespace}.${key}`;
  };
}
