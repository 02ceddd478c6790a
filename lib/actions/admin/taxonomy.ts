'use server';

import { updateTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';
import { recordAudit } from '@/lib/data/audit';
import { deleteCategory, deleteTag, saveCategory, saveTag } from '@/lib/data/taxonomy';
import { CategorySchema, IdSchema, TagSchema } from '@/lib/validation/taxonomy';
import { staffAction } from './staff-action';

// Section names appear in every page's navigation and on every card: a change refreshes them all.
function refreshSections(categoryId: number) {
  updateTag(cacheTags.categories);
  updateTag(cacheTags.category(categoryId));
  updateTag(cacheTags.latest);
  updateTag(cacheTags.feeds);
  updateTag(cacheTags.sitemap);
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
  updateTag(cacheTags.tag(id));
  updateTag(cacheTags.sitemap);
  return { status: 'ok', message: 'saved', id };
});

export const deleteTagAction = staffAction('deleteTagAction', IdSchema, async (user, { id }) => {
  const articles = await deleteTag(id);
  await recordAudit(user.id, 'tag.delete', 'tag', id, { articles: articles.length });
  updateTag(cacheTags.tag(id));
  updateTag(cacheTags.sitemap);
  for (const a of articles) updateTag(cacheTags.article(a));
  return { status: 'ok', message: 'deleted', id };
});
