import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { clientMessages, COMMENT_CLIENT_NAMESPACES } from '@/i18n/client-messages';
import { NEWSROOM_TIME_ZONE } from '@/lib/text/dates';

/** The comment form's strings, sent with the pages that have comments only. */
export async function CommentMessages({ locale, children }: { locale: string; children: ReactNode }) {
  return (
    <NextIntlClientProvider
      locale={locale}
      timeZone={NEWSROOM_TIME_ZONE}
      formats={null}
      messages={clientMessages(await getMessages({ locale }), COMMENT_CLIENT_NAMESPACES)}
    >
      {children}
    </NextIntlClientProvider>
  );
}
