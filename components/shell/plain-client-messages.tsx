import type { ReactNode } from 'react';
import { getMessages } from 'next-intl/server';
import { plainMessages } from '@/i18n/client-messages';
import { PlainMessagesProvider } from './plain-messages-provider';

// Not beside ClientMessagesProvider: importing that module would put next-intl's client provider,
// and its message parser, in the public pages' scripts though it is never rendered there.

/** The message namespaces the public site's client components below use, as plain strings, in `locale`. */
export async function PlainClientMessages({ locale, namespaces, children }: { locale: string; namespaces: readonly string[]; children: ReactNode }) {
  return (
    <PlainMessagesProvider locale={locale} messages={plainMessages(await getMessages({ locale }), namespaces)}>
      {children}
    </PlainMessagesProvider>
  );
}
