'use client';

import { usePlainTranslations } from '@/components/shell/plain-messages-provider';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = usePlainTranslations('Errors');
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-24 text-center">
      <h1 className="font-kufi text-3xl font-bold">{t('errorTitle')}</h1>
      <p className="mt-4 text-lg text-muted">{t('errorText')}</p>
      <button type="button" onClick={reset} className="mt-8 inline-flex min-h-11 items-center rounded-md bg-brand px-6 font-bold text-on-brand">
        {t('retry')}
      </button>
    </main>
  );
}
