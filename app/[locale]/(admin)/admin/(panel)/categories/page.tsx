import { getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/admin/forms/action-button';
import { EntityForm, type FieldSpec } from '@/components/admin/forms/entity-form';
import { PageHeader } from '@/components/admin/page-header';
import { ADMIN_SECTIONS } from '@/lib/auth/admin-routes';
import { requireStaff } from '@/lib/auth/guards';
import { deleteCategoryAction, saveCategoryAction } from '@/lib/actions/admin/taxonomy';
import { listCategoriesWithCounts } from '@/lib/data/taxonomy';
import { TAXONOMY_LIMITS } from '@/lib/validation/taxonomy';

export async function generateMetadata() {
  return { title: (await getTranslations('Admin.categories'))('title') };
}

export default async function CategoriesPage() {
  await requireStaff(ADMIN_SECTIONS.categories);
  const [t, categories] = await Promise.all([getTranslations('Admin.categories'), listCategoriesWithCounts()]);
  const fields = (c?: { name: string; nameFr: string; nameEn: string; slug: string; description: string; position: number }): FieldSpec[] => [
    { name: 'name', label: t('name'), required: true, maxLength: TAXONOMY_LIMITS.name, defaultValue: c?.name },
    { name: 'slug', label: t('slug'), maxLength: TAXONOMY_LIMITS.slug, dir: 'ltr', defaultValue: c?.slug },
    { name: 'nameFr', label: t('nameFr'), help: t('interfaceNameHelp'), maxLength: TAXONOMY_LIMITS.name, dir: 'ltr', defaultValue: c?.nameFr },
    { name: 'nameEn', label: t('nameEn'), help: t('interfaceNameHelp'), maxLength: TAXONOMY_LIMITS.name, dir: 'ltr', defaultValue: c?.nameEn },
    { name: 'description', label: t('description'), type: 'textarea', maxLength: TAXONOMY_LIMITS.description, defaultValue: c?.description, wide: true },
    { name: 'position', label: t('position'), type: 'number', defaultValue: c?.position ?? categories.length },
  ];
  return (
    <>
      <PageHeader title={t('title')} />
      <ul className="flex flex-col gap-4">
        {categories.map((c) => (
          <li key={c.id} className="rounded-lg border border-line bg-surface p-4">
            <p className="mb-2 text-sm text-muted">{`${t('articles')}: ${c._count.articles}`}</p>
            <EntityForm
              id={`category-${c.id}`}
              action={saveCategoryAction}
              hidden={{ id: c.id }}
              fields={fields(c)}
              submitLabel={t('save')}
              okKey="categories.saved"
            />
            <div className="mt-3">
              <ActionButton action={deleteCategoryAction} hidden={{ id: c.id }} label={t('delete')} variant="danger" okKey="categories.deleted" />
            </div>
          </li>
        ))}
      </ul>
      <section aria-labelledby="add-category" className="mt-8 rounded-lg border border-line bg-surface p-4">
        <h2 id="add-category" className="mb-4 font-kufi text-lg font-bold">
          {t('add')}
        </h2>
        <EntityForm id="category-new" action={saveCategoryAction} fields={fields()} submitLabel={t('add')} okKey="categories.saved" resetOnSuccess />
      </section>
    </>
  );
}
