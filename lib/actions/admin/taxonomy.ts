'use server';

import { refreshTags } from '@/lib/cache/refresh';
import { cacheTags } from '@/lib/cache-tags';
import { recordAudit } from '@/lib/data/audit';
import { approveTag, deleteCategory, deleteTag, saveCategory, saveTag } from '@/lib/data/taxonomy';
import { CategorySchema, IdSchema, TagSchema } from '@/lib/validation/taxonomy';
import { staffAction } from './staff-action';

// Section names appear in every page's navigation and on every card: a change refreshes them all.
async function refreshSections(categoryId: number) {
  await refreshTags([cacheTags.categories, cacheTags.category(categoryId), cacheTags.latest, cacheTags.feeds, cacheTags.sitemap]);
}

export const saveCategoryAction = staffAction('saveCategoryAction', CategorySchema, async (user, { id, ...data }) => {
  const saved = await saveCategory(id, data);
  if (saved === 'notFound') return { status: 'error', message: 'notFound' };
  if (saved === 'slugTaken') return { status: 'error', message: 'checkFields', errors: { slug: ['slugTaken'] }, values: data };
  await recordAudit(user.id, id ? 'category.update' : 'category.create', 'category', saved.id, { name: data.name });
  await refreshSections(saved.id);
  return { status: 'ok', message: 'saved', id: saved.id };
});

export const deleteCategoryAction = staffAction('deleteCategoryAction', IdSchema, async (user, { id }) => {
  const result = await deleteCategory(id);
  if (result !== 'deleted') return { status: 'error', message: result === 'notEmpty' ? 'sectionNotEmpty' : 'notFound', id };
  await recordAudit(user.id, 'category.delete', 'category', id);
  await refreshSections(id);
  return { status: 'ok', message: 'deleted', id };
});

export const saveTagAction = staffAction('saveTagAction', TagSchema, async (user, { id, ...data }) => {
  const saved = await saveTag(id, data);
  if (saved === 'notFound') return { status: 'error', message: 'notFound' };
  if (saved === 'slugTaken') return { status: 'error', message: 'checkFields', errors: { slug: ['slugTaken'] }, values: data };
  await recordAudit(user.id, 'tag.update', 'tag', id, { name: data.name });
  await refreshTags([cacheTags.tag(id), cacheTags.sitemap]);
  return { status: 'ok', message: 'saved', id };
});

/** A tag a contributor or an author typed goes public: on its articles, its archive, the sitemap. */
export const approveTagAction = staffAction('approveTagAction', IdSchema, async (user, { id }) => {
  const articles = await approveTag(id);
  if (!articles) return { status: 'error', message: 'notFound' };
  await recordAudit(user.id, 'tag.approve', 'tag', id);
  await refreshTags([cacheTags.tag(id), cacheTags.latest, cacheTags.sitemap, ...articles.map((a) => cacheTags.article(a))]);
  return { status: 'ok', message: 'approved', id };
});

export const deleteTagAction = staffAction('deleteTagAction', IdSchema, async (user, { id }) => {
  const articles = await deleteTag(id);
  if (!articles) return { status: 'error', message: 'notFound' };
  await recordAudit(user.id, 'tag.delete', 'tag', id, { articles: articles.length });
  await refreshTags([cacheTags.tag(id), cacheTags.sitemap, ...articles.map((a) => cacheTags.article(a))]);
  return { status: 'ok', message: 'deleted', id };
});
