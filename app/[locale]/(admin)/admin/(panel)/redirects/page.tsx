import { getTranslations } from 'next-intl/server';
import { AdminPagination } from '@/components/admin/admin-pagination';
import { ActionButton } from '@/components/admin/forms/action-button';
import { EntityForm } from '@/components/admin/forms/entity-form';
import { PageHeader } from '@/components/admin/page-header';
import { inputClass } from '@/components/ui/field';
import { deleteRedirectAction, saveRedirectAction } from '@/lib/actions/admin/redirects';
import { ADMIN_SECTIONS } from '@/lib/auth/admin-routes';
import { requireStaff } from '@/lib/auth/guards';
import { listRedirects, REDIRECT_KINDS, type RedirectKind } from '@/lib/data/redirects';
import { REDIRECT_LIMITS } from '@/lib/validation/redirects';
import { adminPage } from '@/lib/validation/admin-filters';

const PAGE_SIZE = 30;

export async function generateMetadata() {
  return { title: (await getTranslations('Admin.redirects'))('title') };
}

/** Old addresses and where they answer 301 to: filled by imports, searchable, editable. */
export default async function RedirectsPage({ searchParams }: { searchParams: Promise<{ q?: string; kind?: string; page?: string }> }) {
  await requireStaff(ADMIN_SECTIONS.redirects);
  const sp = await searchParams;
  const q = typeof sp.q === 'string' ? sp.q.trim().slice(0, 200) : '';
  const kind = REDIRECT_KINDS.find((k) => k === sp.kind) as RedirectKind | undefined;
  const page = adminPage(sp.page);
  const [t, { rows, total }] = await Promise.all([getTranslations('Admin.redirects'), listRedirects({ q, kind }, PAGE_SIZE, (page - 1) * PAGE_SIZE)]);
  const fields = (source: string, target: string) => [
    {
      name: 'source',
      label: t('source'),
      required: true,
      maxLength: REDIRECT_LIMITS.address,
      dir: 'auto' as const,
      help: t('sourceHelp'),
      defaultValue: source,
    },
    {
      name: 'target',
      label: t('target'),
      required: true,
      maxLength: REDIRECT_LIMITS.address,
      dir: 'ltr' as const,
      help: t('targetHelp'),
      defaultValue: target,
    },
  ];
  return (
    <>
      <PageHeader title={t('title')} />
      <p className="mb-6 max-w-3xl text-muted">{t('intro')}</p>
      <section aria-labelledby="redirect-new" className="mb-8 rounded-lg border border-line bg-surface p-4">
        <h2 id="redirect-new" className="mb-3 font-kufi text-lg font-bold">
          {t('new')}
        </h2>
        <EntityForm id="redirect-new" action={saveRedirectAction} fields={fields('', '')} submitLabel={t('add')} okKey="redirects.saved" resetOnSuccess />
      </section>
      <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-2">
        <label htmlFor="redirects-q" className="sr-only">
          {t('search')}
        </label>
        <input id="redirects-q" name="q" type="search" defaultValue={q} placeholder={t('search')} className={`${inputClass} max-w-sm`} />
        <label htmlFor="redirects-kind" className="sr-only">
          {t('kind')}
        </label>
        <select id="redirects-kind" name="kind" defaultValue={kind ?? ''} className={`${inputClass} max-w-48`}>
          <option value="">{t('allKinds')}</option>
          {REDIRECT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="min-h-11 rounded-md bg-brand px-4 font-bold text-on-brand">
          {t('apply')}
        </button>
      </form>
      <p className="mb-4 text-sm text-muted" aria-live="polite">
        {t('count', { count: total })}
      </p>
      {rows.length === 0 && <p className="text-muted">{t('empty')}</p>}
      <ul className="grid gap-4">
        {rows.map((r) => (
          <li key={r.id} className="rounded-lg border border-line bg-surface p-4">
            <p className="mb-2 flex flex-wrap gap-2 text-sm">
              <span className="rounded bg-line px-2 font-bold">
                {t(`kinds.${(REDIRECT_KINDS as readonly string[]).includes(r.kind) ? (r.kind as RedirectKind) : 'custom'}`)}
              </span>
              <span className="text-muted">{r.origin === 'import' ? t('imported') : t('manual')}</span>
            </p>
            <EntityForm
              id={`redirect-${r.id}`}
              action={saveRedirectAction}
              hidden={{ id: r.id }}
              fields={fields(r.source, r.target)}
              submitLabel={t('save')}
              okKey="redirects.saved"
            />
            <div className="mt-3">
              <ActionButton
                action={deleteRedirectAction}
                hidden={{ id: r.id }}
                label={t('delete')}
                confirm={t('confirmDelete')}
                variant="danger"
                okKey="redirects.deleted"
              />
            </div>
          </li>
        ))}
      </ul>
      <AdminPagination path="/admin/redirects" page={page} total={total} pageSize={PAGE_SIZE} query={{ q, kind }} />
    </>
  );
}
