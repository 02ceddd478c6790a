import { useTranslations } from 'next-intl';
import { PlainLink } from '@/components/ui/plain-link';

export default function NotFound() {
  const t = useTranslations('Errors');
  return (
    <main className="mx-auto max-w-2xl px-4 py-24 text-center">
      <p className="font-kufi text-7xl font-bold text-brand-ink" aria-hidden="true">
        {'404'}
      </p>
      <h1 className="mt-4 font-kufi text-3xl font-bold">{t('notFoundTitle')}</h1>
      <p className="mt-4 text-lg text-muted">{t('notFoundText')}</p>
      <PlainLink href="/" className="mt-8 inline-flex min-h-11 items-center rounded-md bg-brand px-6 font-bold text-on-brand">
        {t('backHome')}
      </PlainLink>
    </main>
  );
}
