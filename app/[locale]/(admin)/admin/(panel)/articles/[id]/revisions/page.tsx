import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/admin/page-header';
import { RestoreRevisionButton } from '@/components/admin/restore-revision-button';
import { TextDiff } from '@/components/admin/text-diff';
import { Link } from '@/i18n/navigation';
import { requireStaff } from '@/lib/auth/guards';
import { canEditArticle } from '@/lib/auth/roles';
import { findArticleForEdit, listRevisions } from '@/lib/data/article-admin';
import { formatDateTime } from '@/lib/text/dates';
import { documentText, EMPTY_DOCUMENT, parseDocument } from '@/lib/content/document';

export async function generateMetadata() {
  return { title: (await getTranslations('Admin.revisions'))('title') };
}

/** What a revision is compared by: headline, excerpt and the body's text, one block a line. */
const comparable = (r: { title: string; excerpt: string; body: string }) =>
  `${r.title}\n\n${r.excerpt}\n\n${documentText(parseDocument(r.body) ?? EMPTY_DOCUMENT)}`;

/** Earlier texts of an article, each compared with the current one, with restore. */
export default async function RevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireStaff();
  const { id } = await params;
  const article = /^\d{1,9}$/.test(id) ? await findArticleForEdit(Number(id)) : null;
  if (!article) notFound();
  if (!canEditArticle(user, article)) forbidden();
  const [t, locale, revisions] = await Promise.all([getTranslations('Admin.revisions'), getLocale(), listRevisions(article.id)]);
  const current = comparable(article);
  return (
    <>
      <PageHeader title={`${t('title')}: ${article.title}`}>
        <Link href={`/admin/articles/${article.id}`} className="underline">
          {t('back')}
        </Link>
      </PageHeader>
      {revisions.length === 0 && <p>{t('none')}</p>}
      <ol className="flex flex-col gap-6">
        {revisions.map((r) => (
          <li key={r.id} className="rounded-lg border border-line bg-surface p-4">
            <details>
              <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-3 font-bold">
                <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt, locale)}</time>
                {r.editor && <span className="font-normal text-muted">{t('by', { name: r.editor.name })}</span>}
                <span className="font-normal">{r.title}</span>
              </summary>
              <h2 className="mt-4 font-bold">{t('compare')}</h2>
              <div className="mt-2 max-h-[60vh] overflow-y-auto rounded border border-line p-3">
                <TextDiff before={comparable(r)} after={current} labels={{ added: t('added'), removed: t('removed') }} />
              </div>
              <div className="mt-4">
                <RestoreRevisionButton revisionId={r.id} />
              </div>
            </details>
          </li>
        ))}
      </ol>
    </>
  );
}
