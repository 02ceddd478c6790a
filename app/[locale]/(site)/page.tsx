import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cachedLatest } from '@/lib/data/public';
import { Link } from '@/i18n/navigation';
import { articlePath } from '@/lib/urls';

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const { items } = await cachedLatest({}, 20);
  return (
    <main id="main" className="mx-auto max-w-6xl p-4">
      <h1 className="text-2xl font-bold">{t('latest')}</h1>
      <ul>
        {items.map((a) => (
          <li key={a.id}>
            <Link href={articlePath(a)}>{a.title}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
