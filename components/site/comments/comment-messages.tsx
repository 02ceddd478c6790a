import type { ReactNode } from 'react';
import { PlainClientMessages } from '@/components/shell/plain-client-messages';
import { COMMENT_CLIENT_NAMESPACES } from '@/i18n/client-messages';

/** The comment form's strings, sent with the pages that have comments only. */
export function CommentMessages({ locale, children }: { locale: string; children: ReactNode }) {
  return (
    <PlainClientMessages locale={locale} namespaces={COMMENT_CLIENT_NAMESPACES}>
      {children}
    </PlainClientMessages>
  );
}
