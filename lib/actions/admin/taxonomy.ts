'use server';

import { refreshTags } from '@/lib/cache/refresh';
import { cacheTags } from '@/lib/cache-tags';
import { recordAudit } from '@/lib/data/audit';
import { deleteCategory, deleteTag, saveCategory, saveTag } from '@/lib/data/taxonomy';
import { CategorySchema, IdSchema, TagSchema } from '@/lib/validation/taxonomy';
import { staffAction } from './staff-action';

// Section names appear in every page's navigation and on every card: a change refreshes them all.
function refreshSections(categoryId: number) {
  refreshTags([cacheTags.categories, cacheTags.category(categoryId), cacheTags.latest, cacheTags.feeds, cacheTags.sitemap]);
}

export const saveCategoryAction = staffAction('saveCategoryAction', CategorySchema, async (user, { id, ...data }) => {
  const saved = await saveCategory(id, data);
  if (!saved) return { status: 'error', message: 'checkFields', errors: { slug: ['slugTaken'] }, values: data };
  await recordAudit(user.id, id ? 'category.update' : 'category.create', 'category', saved.id, { name: data.name });
  refreshSections(saved.id);
  return { status: 'ok', message: 'saved', id: saved.id };
});

export const deleteCategoryAction = staffAction('deleteCategoryAction', IdSchema, async (user, { id }) => {
  if (!(await deleteCategory(id))) return { status: 'error', message: 'notEmpty', id };
  await recordAudit(user.id, 'category.delete', 'category', id);
  refreshSections(id);
  return { status: 'ok', message: 'deleted', id };
});

export const saveTagAction = staffAction('saveTagAction', TagSchema, async (user, { id, ...data }) => {
  const saved = await saveTag(id, data);
  if (!saved) return { status: 'error', message: 'checkFields', errors: { slug: ['slugTaken'] }, values: data };
  await recordAudit(user.id, 'tag.update', 'tag', id, { name: data.name });
  refreshTags([cacheTags.tag(id), cacheTags.sitemap]);
  return { status: 'ok', message: 'saved', id };
});

export const deleteTagAction = staffAction('deleteTagAction', IdSchema, async (user, { id }) => {
  const articles = await deleteTag(id);
  await recordAudit(user.id, 'tag.delete', 'tag', id, { articles: articles.length });
  refreshTags([cacheTags.tag(id), cacheTags.sitemap, ...articles.map((a) => cacheTags.article(a))]);
  return { status: 'ok', message: 'deleted', id };
});
