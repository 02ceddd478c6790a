import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { clientMessages } from '@/i18n/client-messages';
import { NEWSROOM_TIME_ZONE } from '@/lib/text/dates';

/** The message namespaces client components below it use, in `locale`, and nothing else (the admin). */
export async function ClientMessagesProvider({ locale, namespaces, children }: { locale: string; namespaces: readonly string[]; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={NEWSROOM_TIME_ZONE} formats={null} messages={clientMessages(await getMessages({ locale }), namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
