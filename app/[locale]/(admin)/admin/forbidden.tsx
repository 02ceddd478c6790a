import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export default function Forbidden() {
  const t = useTranslations('Admin.forbidden');
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="font-kufi text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-lg text-muted">{t('text')}</p>
      <Link href="/admin" className="mt-8 inline-flex min-h-11 items-center rounded-md bg-brand px-6 font-bold text-on-brand">
        {t('back')}
      </Link>
    </div>
  );
}
